import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useEffect, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { ApiError, setSessionEndedHandler } from './api/client';
import { i18n } from './i18n';
import { consoleRoutes } from './routes';
import { SESSION_KEY } from './session';
import { THEME } from './theme';

export function newQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A 4xx will not get better by asking again; a dropped connection or a 503 may.
        retry: (count, error) => count < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
        refetchOnWindowFocus: true,
      },
    },
  });
}

/** antd follows the console's language; `<html lang>` and dayjs follow it in i18n.ts. */
function Themed({ children }: { children: React.ReactNode }) {
  const { i18n: current } = useTranslation();
  return (
    <ConfigProvider locale={current.language === 'zh-CN' ? zhCN : enUS} theme={THEME} button={{ autoInsertSpace: false }}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

export function ConsoleProviders({ client, children }: { client: QueryClient; children: React.ReactNode }) {
  useEffect(() => {
    // Any 401 (the session ended, expired or was revoked): forget it, and the guard shows the sign-in page.
    setSessionEndedHandler(() => client.setQueryData(SESSION_KEY, null));
  }, [client]);
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={client}>
        <Themed>{children}</Themed>
      </QueryClientProvider>
    </I18nextProvider>
  );
}

export function App({ routes = consoleRoutes }: { routes?: RouteObject[] }) {
  const [client] = useState(newQueryClient);
  const [router] = useState(() => createBrowserRouter(routes));
  return (
    <ConsoleProviders client={client}>
      <RouterProvider router={router} />
    </ConsoleProviders>
  );
}
