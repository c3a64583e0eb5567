import { LogoutOutlined, MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Grid, Layout, Menu, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { screenOfPath, SCREENS } from '../screens';
import { hasAnyRole, useSession, useSignOut, type Person } from '../session';
import { LanguageSwitch } from './LanguageSwitch';

function SideMenu({ person, onNavigate }: { person: Person; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const current = screenOfPath(pathname);
  const items = SCREENS.filter((s) => hasAnyRole(person, s.roles)).map((s) => ({
    key: s.id,
    icon: s.icon,
    label: (
      <Link to={s.path} onClick={onNavigate}>
        {t(`nav.${s.id}`)}
      </Link>
    ),
  }));
  return (
    <nav aria-label={t('nav.label')}>
      <Menu mode="inline" selectedKeys={current ? [current] : []} items={items} style={{ borderInlineEnd: 'none' }} />
    </nav>
  );
}

/**
 * The frame of every signed-in screen: the menu at the side on wide screens, in a drawer on phones (375 px inside a
 * chat app is a common way in), the language switch and signing out at the top.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const person = session.data?.person;
  if (!person) return null;
  const wide = screens.md ?? true;

  const leave = () => signOut.mutate(undefined, { onSettled: () => void navigate('/sign-in', { replace: true }) });

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="moat-skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      {wide && (
        <Layout.Sider width={208} theme="light" style={{ borderInlineEnd: '1px solid #f0f0f0' }}>
          <div style={{ padding: '16px 24px', fontWeight: 600, fontSize: 18 }}>{t('app.name')}</div>
          <SideMenu person={person} />
        </Layout.Sider>
      )}
      <Layout>
        <Layout.Header
          style={{ background: '#fff', padding: '0 12px', display: 'flex', alignItems: 'center', gap: 8, borderBottom: '1px solid #f0f0f0' }}
        >
          {!wide && (
            <>
              <Button type="text" icon={<MenuOutlined />} aria-label={t('nav.openMenu')} onClick={() => setDrawerOpen(true)} />
              <span style={{ fontWeight: 600 }}>{t('app.name')}</span>
            </>
          )}
          <span style={{ flex: 1 }} />
          {wide && (
            <Typography.Text type="secondary" ellipsis style={{ maxWidth: 320 }}>
              {t('nav.signedInAs', { name: person.name })}
            </Typography.Text>
          )}
          <LanguageSwitch />
          <Button type="text" icon={<LogoutOutlined />} onClick={leave} loading={signOut.isPending} aria-label={wide ? undefined : t('nav.signOut')}>
            {wide ? t('nav.signOut') : null}
          </Button>
        </Layout.Header>
        <Layout.Content id="main" tabIndex={-1} style={{ padding: wide ? 24 : 12, outline: 'none' }}>
          <Outlet />
        </Layout.Content>
      </Layout>
      {!wide && (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          title={person.name}
          size={260}
          styles={{ body: { padding: 0 } }}
        >
          <SideMenu person={person} onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      )}
    </Layout>
  );
}
