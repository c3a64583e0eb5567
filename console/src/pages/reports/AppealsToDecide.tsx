import { Button, Card, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePersonName } from '../../components/directory';
import { ScrollRegion } from '../../components/ScrollRegion';
import { formatDateTime } from '../../format';
import type { Person } from '../../session';
import { useOpenAppeals, type AppealItem } from './performanceQueries';
import type { PerformanceDialogState } from './PerformanceDialogs';

/** The open appeals `me` must decide: those naming them as decider, and (for a director) those of scorers without a manager. */
export function appealsToDecide(items: readonly AppealItem[], me: Person): AppealItem[] {
  const director = me.roles.includes('director');
  return items.filter((a) => a.status === 'open' && a.personId !== me.id && (a.deciderId === me.id || (a.deciderId === null && director)));
}

/**
 * 申诉待裁决: the appeals against scores the caller must decide, in every period, each with Uphold and Amend. Shown
 * only when there is one.
 */
export function AppealsToDecide({ me, onDecide }: { me: Person; onDecide: (dialog: PerformanceDialogState) => void }) {
  const { t, i18n } = useTranslation();
  const appeals = useOpenAppeals();
  const nameOf = usePersonName();
  const rows = appealsToDecide(appeals.data ?? [], me);
  if (rows.length === 0) return null;
  const title = t('reports.performance.toDecide.title', { count: rows.length });
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{title}</h2>} style={{ marginBottom: 16 }}>
      <ScrollRegion label={t('charts.tableRegion', { title })} minWidth={760}>
        <Table<AppealItem>
          size="small"
          rowKey={(a) => a.appealId}
          dataSource={rows}
          pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          columns={[
            { key: 'period', title: t('reports.performance.toDecide.period'), render: (_, a) => a.period },
            { key: 'person', title: t('reports.columns.person'), render: (_, a) => a.personName },
            { key: 'project', title: t('reports.columns.project'), render: (_, a) => <Link to={`/projects/${a.projectId}`}>{a.projectName}</Link> },
            { key: 'scorer', title: t('reports.performance.projects.scorer'), render: (_, a) => nameOf(a.scorerId) },
            { key: 'reason', title: t('reports.performance.toDecide.reason'), render: (_, a) => a.reason },
            { key: 'raisedAt', title: t('reports.performance.toDecide.raisedAt'), render: (_, a) => formatDateTime(a.raisedAt, i18n.language) },
            {
              key: 'actions',
              title: t('reports.performance.toDecide.actions'),
              render: (_, a) => (
                <Space wrap>
                  <Button
                    size="small"
                    aria-label={t('reports.performance.decide.upheldFor', { person: a.personName, project: a.projectName })}
                    onClick={() => onDecide({ kind: 'decide', outcome: 'upheld', appeal: a })}
                  >
                    {t('reports.performance.decide.upheld')}
                  </Button>
                  <Button
                    size="small"
                    type="primary"
                    aria-label={t('reports.performance.decide.amendedFor', { person: a.personName, project: a.projectName })}
                    onClick={() => onDecide({ kind: 'decide', outcome: 'amended', appeal: a })}
                  >
                    {t('reports.performance.decide.amended')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </ScrollRegion>
    </Card>
  );
}
