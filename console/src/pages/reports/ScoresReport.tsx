import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { ChartPanel, type DataColumn } from '../../components/charts/ChartPanel';
import { Loaded } from './Loaded';
import { useScores, type Scores, type Window } from './queries';

type Row = Scores['people'][number];
const LEVELS = [1, 2, 3, 4, 5] as const;

/** Scores (主负责人打分) per scored person: count, mean and distribution — only the scores the reader may see. */
export function ScoresReport({ window }: { window: Window }) {
  const { t, i18n } = useTranslation();
  const scores = useScores(window);
  const mean = (r: Row) => (r.mean === null ? '—' : new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(r.mean));
  return (
    <Loaded query={scores}>
      {(data) => {
        const columns: DataColumn<Row>[] = [
          { key: 'person', title: t('reports.columns.person'), value: (r) => r.name },
          { key: 'count', title: t('reports.columns.count'), value: (r) => r.count, align: 'right' },
          { key: 'mean', title: t('reports.columns.mean'), value: (r) => r.mean, render: mean, align: 'right' },
          ...LEVELS.map((level) => ({ key: `s${level}`, title: t('reports.scores.level', { level }), value: (r: Row) => r.distribution[level], align: 'right' as const })),
          { key: 'comments', title: t('reports.columns.comments'), value: (r) => r.comments.map((c) => `${c.score}: ${c.comment}`).join(' | ') },
        ];
        return (
          <>
            {data.scope === 'visible' && <Alert type="info" showIcon title={t('reports.scores.visibleOnly')} style={{ marginBottom: 16 }} />}
            <ChartPanel
              title={t('reports.scores.title')}
              chartLabel={t('reports.scores.chartLabel', { count: data.people.length })}
              option={{
                grid: { left: 8, right: 24, top: 24, bottom: 8 },
                tooltip: { trigger: 'axis' },
                xAxis: { type: 'category', data: data.people.map((p) => p.name), axisLabel: { rotate: 30, width: 120, overflow: 'truncate' } },
                yAxis: { type: 'value', min: 0, max: 5, name: t('reports.columns.mean') },
                series: [{ type: 'bar', name: t('reports.columns.mean'), data: data.people.map((p) => p.mean ?? 0), itemStyle: { color: '#531dab' } }],
              }}
              columns={columns}
              rows={data.people}
              rowKey={(r) => r.personId}
              csvName={`scores-${data.window.from}-${data.window.to}`}
              minWidth={800}
            />
          </>
        );
      }}
    </Loaded>
  );
}
