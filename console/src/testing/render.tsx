import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { ConsoleProviders, newQueryClient } from '../App';
import { i18n, type Language } from '../i18n';
import { consoleRoutes } from '../routes';

/** The whole console at `url`, in `language`, against whatever fakeApi answers. */
export async function renderConsole(url: string, language: Language = 'zh-CN') {
  await i18n.changeLanguage(language);
  const router = createMemoryRouter(consoleRoutes, { initialEntries: [url] });
  const client = newQueryClient();
  client.setDefaultOptions({ queries: { retry: false, refetchOnWindowFocus: false } });
  const view = render(
    <ConsoleProviders client={client}>
      <RouterProvider router={router} />
    </ConsoleProviders>,
  );
  return { ...view, router, client };
}
