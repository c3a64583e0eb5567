import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { errorMessage } from '../api/errors';
import { useSession } from '../session';
import { Loading } from './Loading';

/**
 * The console's screens need a session: without one, the sign-in page, which brings the person back here. When Moat
 * cannot say (unreachable, 503), the person is told so rather than sent to sign in again.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Loading />;
  if (session.isError) {
    return (
      <Result
        status="warning"
        title={<h1 style={{ fontSize: 20, margin: 0 }}>{errorMessage(t, session.error)}</h1>}
        extra={<Button onClick={() => void session.refetch()}>{t('common.reload')}</Button>}
      />
    );
  }
  if (!session.data) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return children;
}
