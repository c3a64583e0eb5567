import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChartPanel, type DataColumn } from '../../components/charts/ChartPanel';
import { usePersonName } from '../../components/directory';
import { formatDateTime } from '../../format';
import { Loaded } from './Loaded';
import { useStalled, type Stalled } from './queries';

type Row = Stalled['items'][number];

/** Open projects past their stage deadline, worst first (as the API orders them), with how far the ladder climbed. */
export function StalledReport() {
  const { t, i18n } = useTranslation();
  const stalled = useStalled();
  const nameOf = usePersonName();
  const lang = i18n.language;
  return (
    <Loaded query={stalled}>
      {(data) => {
        const rows = data.items;
        const top = rows.slice(0, 15).reverse();
        const columns: DataColumn<Row>[] = [
          { key: 'project', title: t('reports.columns.project'), value: (r) => r.name, render: (r) => <Link to={`/projects/${r.id}`}>{r.name}</Link> },
          { key: 'tier', title: t('reports.columns.tier'), value: (r) => r.tier },
          { key: 'stage', title: t('reports.columns.stage'), value: (r) => r.stage },
          { key: 'owner', title: t('reports.columns.owner'), value: (r) => nameOf(r.ownerId) },
          { key: 'deadline', title: t('reports.columns.deadline'), value: (r) => r.stageDeadline, render: (r) => formatDateTime(r.stageDeadline, lang) },
          { key: 'overdue', title: t('reports.columns.overdueHours'), value: (r) => r.overdueHours, align: 'right' },
          {
            key: 'escalation',
            title: t('reports.columns.escalation'),
            value: (r) => r.escalationLevel,
            render: (r) =>
              r.escalationLevel > 0 ? (
                <Tag variant="solid" color="#ad4e00">{t('reports.stalled.step', { step: r.escalationLevel })}</Tag>
              ) : (
                t('reports.stalled.notEscalated')
              ),
          },
        ];
        return (
          <ChartPanel
            title={t('reports.stalled.title')}
            chartLabel={t('reports.stalled.chartLabel', { count: rows.length })}
            option={{
              grid: { left: 8, right: 24, top: 16, bottom: 8 },
              tooltip: { trigger: 'axis' },
              xAxis: { type: 'value', name: t('reports.columns.overdueHours'), nameLocation: 'middle', nameGap: 24 },
              yAxis: { type: 'category', data: top.map((r) => r.name), axisLabel: { width: 160, overflow: 'truncate' } },
              series: [{ type: 'bar', name: t('reports.columns.overdueHours'), data: top.map((r) => r.overdueHours), itemStyle: { color: '#cf1322' } }],
            }}
            chartHeight={Math.max(200, top.length * 28 + 60)}
            columns={columns}
            rows={rows}
            rowKey={(r) => r.id}
            csvName="stalled-deals"
          />
        );
      }}
    </Loaded>
  );
}
