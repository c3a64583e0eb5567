import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ChannelsForm } from './ChannelsForm';
import { DelegationForm } from './DelegationForm';
import { NotificationsPanel } from './NotificationsPanel';
import { PasswordForm } from './PasswordForm';
import { Page } from '../../components/Page';

const TABS = ['notifications', 'channels', 'delegation', 'password'] as const;
type Tab = (typeof TABS)[number];

/** 我的: notifications, how they reach me, my out-of-office delegate and my password; each tab has its address. */
export default function MePage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const tab: Tab = TABS.find((name) => name === search.get('tab')) ?? 'notifications';
  const body = { notifications: <NotificationsPanel />, channels: <ChannelsForm />, delegation: <DelegationForm />, password: <PasswordForm /> };
  return (
    <Page title={t('me.title')}>
      <Tabs
        activeKey={tab}
        onChange={(key) => setSearch(key === 'notifications' ? {} : { tab: key })}
        tabBarGutter={16}
        items={TABS.map((key) => ({ key, label: t(`me.tabs.${key}`), children: key === tab ? body[key] : null }))}
      />
    </Page>
  );
}
