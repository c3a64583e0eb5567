import { Empty, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../format';
import type { InboxItem, InboxTab } from './queries';

function kindKey(item: InboxItem): string {
  return item.kind === 'approval' ? `inbox.kinds.${item.approval.kind}` : `inbox.kinds.${item.kind}`;
}

/** Handoffs and approvals open here; sign-offs and scores are given on the project's page. */
function itemPath(item: InboxItem, tab: InboxTab): string {
  const query = tab === 'waiting' ? '' : `?tab=${tab}`;
  return item.kind === 'handoff' || item.kind === 'approval' ? `/inbox/${item.kind}/${item.id}${query}` : `/projects/${item.project.id}`;
}

function Row({ item, tab, selected }: { item: InboxItem; tab: InboxTab; selected: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <li style={{ listStyle: 'none' }}>
      <Link
        to={itemPath(item, tab)}
        aria-current={selected ? 'page' : undefined}
        style={{
          display: 'block',
          padding: '12px 16px',
          borderBottom: '1px solid #f0f0f0',
          background: selected ? '#e6f4ff' : undefined,
          color: 'inherit',
        }}
      >
        <Typography.Text strong>{t(kindKey(item))}</Typography.Text>
        {item.via !== 'self' && (
          <Tag style={{ marginInlineStart: 8 }} variant="solid" color="#0958d9">
            {t(`inbox.via.${item.via}`)}
          </Tag>
        )}
        <Typography.Text style={{ display: 'block' }} ellipsis>
          {`${item.project.name} · ${item.project.customerName}`}
        </Typography.Text>
        {item.at && (
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {formatDateTime(item.at, i18n.language)}
          </Typography.Text>
        )}
      </Link>
    </li>
  );
}

export function InboxList({ items, tab, selectedId }: { items: InboxItem[]; tab: InboxTab; selectedId?: string }) {
  const { t } = useTranslation();
  if (items.length === 0) return <Empty description={t(`inbox.empty.${tab}`)} />;
  return (
    <ul aria-label={t('inbox.listLabel')} style={{ margin: 0, padding: 0 }}>
      {items.map((item) => (
        <Row key={`${item.kind}:${item.id}`} item={item} tab={tab} selected={item.id === selectedId} />
      ))}
    </ul>
  );
}
