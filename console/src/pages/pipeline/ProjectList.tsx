import { Alert, Button, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../api/errors';
import { usePersonName } from '../../components/directory';
import { ScrollRegion } from '../../components/ScrollRegion';
import { formatMoney } from '../../format';
import { useBoard, useProjectPages, type BoardFilters, type ProjectSummary } from './queries';
import { daysInStage } from './sla';
import { ProjectStatusTag, SlaChip, TierTag } from './SlaChip';

/** The same projects as a table, with the same filters, a page at a time (keyset paging: "load more", not page numbers). */
export function ProjectList({ filters, now }: { filters: BoardFilters; now: number }) {
  const { t, i18n } = useTranslation();
  const nameOf = usePersonName();
  const board = useBoard(filters);
  const pages = useProjectPages(filters, undefined);
  const rows = pages.data?.pages.flatMap((page) => page.items) ?? [];
  const stageLabel = (stage: string) => board.data?.stages.find((s) => s.stage === stage)?.label ?? stage;
  const total = board.data?.stages.reduce((sum, s) => sum + s.count, 0);

  const columns: TableColumnsType<ProjectSummary> = [
    { key: 'name', title: t('common.project'), render: (_, p) => <Link to={`/projects/${p.id}`}>{p.name}</Link> },
    { key: 'customer', title: t('common.customer'), dataIndex: 'customerName' },
    { key: 'stage', title: t('common.stage'), render: (_, p) => stageLabel(p.stage) },
    { key: 'tier', title: t('common.tier'), render: (_, p) => <TierTag tier={p.tier} /> },
    { key: 'owner', title: t('pipeline.list.owner'), render: (_, p) => nameOf(p.ownerId) },
    {
      key: 'sla',
      title: t('pipeline.list.sla'),
      render: (_, p) => (p.status === 'open' ? <SlaChip clock={p} now={now} /> : <ProjectStatusTag status={p.status} />),
    },
    { key: 'days', title: t('pipeline.list.daysInStage'), render: (_, p) => (p.status === 'open' ? daysInStage(p.stageEnteredAt, now) : '—') },
    { key: 'value', title: t('common.expectedValue'), align: 'right', render: (_, p) => formatMoney(p.expectedValue, i18n.language) },
  ];

  return (
    <div>
      {pages.isError && <Alert type="warning" title={errorMessage(t, pages.error)} />}
      <ScrollRegion label={t('pipeline.list.scroll')} minWidth={960}>
      <Table<ProjectSummary>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={rows}
        loading={pages.isPending}
        pagination={false}
        locale={{ emptyText: t('pipeline.list.empty') }}
      />
      </ScrollRegion>
      {pages.hasNextPage && (
        <Button style={{ marginTop: 12 }} onClick={() => void pages.fetchNextPage()} loading={pages.isFetchingNextPage}>
          {t('pipeline.loadMore', { shown: rows.length, total: total ?? '…' })}
        </Button>
      )}
    </div>
  );
}
