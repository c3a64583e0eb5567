import { Alert, Button, Empty, Segmented, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../api/errors';
import { formatDateTime } from '../../format';
import { useMarkRead, useNotifications, type Notification } from './queries';

/** Where a notice leads: a performance period's results (绩效打分), else its project, else nowhere. */
function linkOf(n: Notification): string | null {
  const period = (n.data as { period?: unknown } | null)?.period;
  if (n.kind.startsWith('performance_') && typeof period === 'string') return `/reports?tab=performance&period=${encodeURIComponent(period)}`;
  return n.projectId ? `/projects/${n.projectId}` : null;
}

/** 通知: read and unread, newest first; each links to what it is about; marking read reloads the list and the count. */
export function NotificationsPanel() {
  const { t, i18n } = useTranslation();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const notifications = useNotifications(unreadOnly);
  const markRead = useMarkRead();
  const items = notifications.data?.pages.flatMap((page) => page.items) ?? [];
  const unread = notifications.data?.pages[0]?.unread;

  const row = (n: Notification) => (
    <li key={n.id} data-unread={n.readAt === null} style={{ listStyle: 'none', padding: '12px 0', borderBottom: '1px solid #f0f0f0', display: 'flex', gap: 12, alignItems: 'flex-start', justifyContent: 'space-between', flexWrap: 'wrap' }}>
      <div style={{ minWidth: 0, flex: '1 1 240px' }}>
        <Space size={6} wrap>
          {n.readAt === null && (
            <Tag variant="solid" color="#0958d9">
              {t('me.notifications.unreadMark')}
            </Tag>
          )}
          {linkOf(n) ? <Link to={linkOf(n)!}>{n.title}</Link> : <Typography.Text>{n.title}</Typography.Text>}
        </Space>
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
          {formatDateTime(n.createdAt, i18n.language)}
          {n.readAt && ` · ${t('me.notifications.readAt', { at: formatDateTime(n.readAt, i18n.language) })}`}
        </Typography.Text>
      </div>
      {n.readAt === null && (
        <Button size="small" loading={markRead.isPending && markRead.variables === n.id} onClick={() => markRead.mutate(n.id)} aria-label={t('me.notifications.markReadOf', { title: n.title })}>
          {t('me.notifications.markRead')}
        </Button>
      )}
    </li>
  );

  return (
    <section aria-labelledby="notifications-title">
      <Space wrap style={{ marginBottom: 12, justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2} id="notifications-title" style={{ fontSize: 18, margin: 0 }}>
          {unread === undefined ? t('me.notifications.title') : t('me.notifications.titleUnread', { count: unread })}
        </Typography.Title>
        <Segmented<'all' | 'unread'>
          aria-label={t('me.notifications.filter')}
          value={unreadOnly ? 'unread' : 'all'}
          onChange={(value) => setUnreadOnly(value === 'unread')}
          options={[
            { value: 'all', label: t('me.notifications.all') },
            { value: 'unread', label: t('me.notifications.unread') },
          ]}
        />
      </Space>
      {markRead.error && <Alert type="error" showIcon title={errorMessage(t, markRead.error)} style={{ marginBottom: 12 }} />}
      {notifications.isPending ? (
        <Skeleton active />
      ) : notifications.isError ? (
        <Alert type="error" showIcon title={errorMessage(t, notifications.error)} />
      ) : (
        <>
          {items.length === 0 ? (
            <Empty description={t('me.notifications.empty')} />
          ) : (
            <ul aria-label={t('me.notifications.listLabel')} style={{ margin: 0, padding: 0 }}>
              {items.map(row)}
            </ul>
          )}
          {notifications.hasNextPage && (
            <Button onClick={() => void notifications.fetchNextPage()} loading={notifications.isFetchingNextPage} style={{ marginTop: 12 }}>
              {t('me.notifications.more')}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
