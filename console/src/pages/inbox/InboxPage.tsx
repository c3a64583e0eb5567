import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Col, Grid, Row, Skeleton, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { errorMessage } from '../../api/errors';
import { NotFound } from '../Placeholder';
import { InboxList } from './InboxList';
import { ApprovalDetail, HandoffDetail } from './ItemDetail';
import { INBOX_TABS, inboxItems, useInbox, type InboxKind, type InboxTab } from './queries';
import { Page } from '../../components/Page';

function isKind(kind: string | undefined): kind is InboxKind {
  return kind === 'handoff' || kind === 'approval';
}

/**
 * 待办: what waits for the signed-in person. The list at the left and the item at the right on wide screens; on a
 * phone the list, then the item on a page of its own. Every item has its address (/inbox/approval/<id>), so a
 * notification can link straight to it.
 */
export default function InboxPage() {
  const { t } = useTranslation();
  const { kind, id } = useParams();
  const [search, setSearch] = useSearchParams();
  const tab: InboxTab = INBOX_TABS.find((name) => name === search.get('tab')) ?? 'waiting';
  const inbox = useInbox(tab);
  const wide = Grid.useBreakpoint().md ?? true;
  if (kind !== undefined && (!isKind(kind) || !id)) return <NotFound />;

  const items = inbox.data ? inboxItems(inbox.data) : [];
  const detail =
    kind === 'approval' && id ? (
      <ApprovalDetail id={id} />
    ) : kind === 'handoff' && id ? (
      <HandoffDetail id={id} listed={inbox.data?.handoffs.find((h) => h.id === id)} />
    ) : (
      <Typography.Paragraph type="secondary">{t('inbox.selectHint')}</Typography.Paragraph>
    );

  const list = inbox.isPending ? (
    <Skeleton active />
  ) : inbox.isError ? (
    <Typography.Paragraph type="danger" role="alert">
      {errorMessage(t, inbox.error)}{' '}
      <Button size="small" onClick={() => void inbox.refetch()}>
        {t('common.reload')}
      </Button>
    </Typography.Paragraph>
  ) : (
    <InboxList items={items} tab={tab} selectedId={id} />
  );

  return (
    <Page title={t('inbox.title')}>
      {/* The tab is in the address, so "decided by me" can be linked and survives a reload. */}
      <Tabs
        activeKey={tab}
        onChange={(key) => setSearch(key === 'waiting' ? {} : { tab: key })}
        tabBarGutter={wide ? undefined : 16}
        items={INBOX_TABS.map((key) => ({
          key,
          // The count only where it is known: the tab on show.
          label: key === 'waiting' && tab === 'waiting' && inbox.data ? t('inbox.tabs.waitingCount', { count: items.length }) : t(`inbox.tabs.${key}`),
          children: key !== tab ? null : wide ? (
            <Row gutter={16} align="top">
              <Col span={9}>
                <Card size="small">{list}</Card>
              </Col>
              <Col span={15}>
                <Card>{detail}</Card>
              </Col>
            </Row>
          ) : id ? (
            <>
              <Link to={tab === 'waiting' ? '/inbox' : `/inbox?tab=${tab}`} style={{ display: 'inline-block', marginBottom: 12 }}>
                <ArrowLeftOutlined /> {t('common.back')}
              </Link>
              {detail}
            </>
          ) : (
            list
          ),
        }))}
      />
    </Page>
  );
}
