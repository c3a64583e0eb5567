import { Empty, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../format';
import type { InboxDelivery, InboxItem, InboxTab } from './queries';

/** A delivery handoff waiting is an offer to accept, or once accepted a go-live owed; decided: accepted or declined. */
function deliveryKind(delivery: InboxDelivery, tab: InboxTab): string {
  if (delivery.status === 'declined') return 'deliveryDeclined';
  if (delivery.status === 'offered') return 'deliveryOffer';
  return tab === 'waiting' ? 'goLive' : 'deliveryAccepted';
}

function kindKey(item: InboxItem, tab: InboxTab): string {
  switch (item.kind) {
    case 'approval':
      return `inbox.kinds.${item.approval.kind}`;
    case 'deliveryHandoff':
      return `inbox.kinds.${deliveryKind(item.delivery, tab)}`;
    case 'feasibility':
      return item.reopened ? 'inbox.kinds.feasibilityReopened' : 'inbox.kinds.feasibility';
    default:
      return `inbox.kinds.${item.kind}`;
  }
}

/** What a delivery handoff or a reopened sign-off adds under the project's name. */
function note(item: InboxItem, t: TFunction, language: string): string | null {
  if (item.kind === 'feasibility' && item.reopened) return t('inbox.reopenedNote');
  if (item.kind !== 'deliveryHandoff') return null;
  const { status, commitments, dueAt } = item.delivery;
  return status === 'offered'
    ? t('inbox.deliveryDue', { count: commitments, due: formatDateTime(dueAt, language) })
    : t('inbox.deliveryCommitments', { count: commitments });
}

/** Handoffs and approvals open here; sign-offs, delivery handoffs, go-lives and scores are done on the project's page. */
function itemPath(item: InboxItem, tab: InboxTab): string {
  const query = tab === 'waiting' ? '' : `?tab=${tab}`;
  return item.kind === 'handoff' || item.kind === 'approval' ? `/inbox/${item.kind}/${item.id}${query}` : `/projects/${item.project.id}`;
}

function Row({ item, tab, selected }: { item: InboxItem; tab: InboxTab; selected: boolean }) {
  const { t, i18n } = useTranslation();
  const extra = note(item, t, i18n.language);
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
        <Typography.Text strong>{t(kindKey(item, tab))}</Typography.Text>
        {item.via !== 'self' && (
          <Tag style={{ marginInlineStart: 8 }} variant="solid" color="#0958d9">
            {t(`inbox.via.${item.via}`)}
          </Tag>
        )}
        <Typography.Text style={{ display: 'block' }} ellipsis>
          {`${item.project.name} · ${item.project.customerName}`}
        </Typography.Text>
        {extra && <Typography.Text style={{ display: 'block', fontSize: 13 }}>{extra}</Typography.Text>}
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
