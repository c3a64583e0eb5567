import { Alert, Button, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import { usePersonName } from '../../components/directory';
import { formatMoneyCompact } from '../../format';
import { ProjectCard } from './ProjectCard';
import { useBoard, useProjectPages, type BoardFilters, type StageColumn } from './queries';

function ColumnTotal({ column }: { column: StageColumn }) {
  const { t, i18n } = useTranslation();
  if (column.expectedValue.length === 0) return <span>{formatMoneyCompact({ amount: 0, currency: 'CNY' }, i18n.language)}</span>;
  return (
    <span>
      {column.expectedValue.map((value) => (
        <span key={value.currency} className="pipeline-column-value" title={value.capped ? t('pipeline.column.cappedHint') : undefined}>
          {value.capped ? t('pipeline.column.capped', { value: formatMoneyCompact(value, i18n.language) }) : formatMoneyCompact(value, i18n.language)}
        </span>
      ))}
    </span>
  );
}

function Column({ column, filters, now }: { column: StageColumn; filters: BoardFilters; now: number }) {
  const { t } = useTranslation();
  const nameOf = usePersonName();
  const pages = useProjectPages(filters, column.stage, column.count > 0);
  const projects = pages.data?.pages.flatMap((page) => page.items) ?? [];
  const headingId = `column-${column.stage}`;
  return (
    <section className="pipeline-column" aria-labelledby={headingId}>
      <header className="pipeline-column-header">
        <Typography.Title level={2} id={headingId} className="pipeline-column-title">
          {column.label}
        </Typography.Title>
        <span className="pipeline-column-stats">
          <span>{t('pipeline.column.count', { count: column.count })}</span>
          <ColumnTotal column={column} />
        </span>
      </header>
      {pages.isError && <Alert type="warning" title={errorMessage(t, pages.error)} />}
      {pages.isPending && column.count > 0 ? (
        <Skeleton active />
      ) : (
        <ul className="pipeline-cards" aria-label={t('pipeline.column.cards', { stage: column.label })}>
          {projects.map((project) => (
            <li key={project.id}>
              <ProjectCard project={project} ownerName={nameOf(project.ownerId)} now={now} />
            </li>
          ))}
        </ul>
      )}
      {pages.hasNextPage && (
        <Button block onClick={() => void pages.fetchNextPage()} loading={pages.isFetchingNextPage}>
          {t('pipeline.loadMore', { shown: projects.length, total: column.count })}
        </Button>
      )}
    </section>
  );
}

/** One column per stage of the current policy; each column pages its own cards, so 5,000 projects never load at once. */
export function BoardView({ filters, now }: { filters: BoardFilters; now: number }) {
  const { t } = useTranslation();
  const board = useBoard(filters);
  if (board.isPending) return <Skeleton active />;
  if (board.isError)
    return (
      <Alert
        type="warning"
        title={errorMessage(t, board.error)}
        action={<Button onClick={() => void board.refetch()}>{t('common.reload')}</Button>}
      />
    );
  return (
    <div className="pipeline-board" role="region" aria-label={t('pipeline.boardLabel')} tabIndex={0}>
      {board.data.stages.map((column) => (
        <Column key={column.stage} column={column} filters={filters} now={now} />
      ))}
    </div>
  );
}
