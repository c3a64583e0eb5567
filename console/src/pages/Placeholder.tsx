import { Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Screen } from '../screens';
import { hasAnyRole, useSession } from '../session';
import { Page } from '../components/Page';

export type PlaceholderPage = 'pipeline' | 'project' | 'newProject' | 'resources' | 'deliveryCenter' | 'reports' | 'me' | 'admin';

/** A screen whose address exists before the screen does: titled, so links and tests can already find it. */
export function Placeholder({ page, screen }: { page: PlaceholderPage; screen: Screen }) {
  const { t } = useTranslation();
  const person = useSession().data?.person;
  if (person && !hasAnyRole(person, screen.roles)) return <Forbidden roles={screen.roles ?? []} />;
  return (
    <Page title={t(`pages.${page}.title`)}>
      <Typography.Paragraph>{t(`pages.${page}.description`)}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('pages.comingSoon')}</Typography.Paragraph>
    </Page>
  );
}

export function Forbidden({ roles }: { roles: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <Result
      status="403"
      title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('pages.forbidden.title')}</h1>}
      subTitle={t('pages.forbidden.body', { roles: roles.map((role) => t(`roles.${role}`)).join(', ') })}
    />
  );
}

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('pages.notFound.title')}</h1>}
      subTitle={t('pages.notFound.body')}
      extra={<Link to="/inbox">{t('pages.notFound.home')}</Link>}
    />
  );
}
