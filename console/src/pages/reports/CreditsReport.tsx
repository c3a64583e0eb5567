import { Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ChartPanel, type DataColumn } from '../../components/charts/ChartPanel';
import { formatBasisPoints, formatMoneyList, majorIn } from '../../components/moneyList';
import { Loaded } from './Loaded';
import { useCredits, type CreditGroup, type Credits, type Window } from './queries';

type Row = Credits['groups'][number];
const GROUPS: CreditGroup[] = ['person', 'office', 'center'];

/**
 * Credit (背数字, 双算) beside revenue: each group's credit next to the revenue of the projects behind it. Credit may
 * exceed revenue, since several roles are credited the same deal.
 */
export function CreditsReport({ window, groupBy, onGroupBy }: { window: Window; groupBy: CreditGroup; onGroupBy: (g: CreditGroup) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const credits = useCredits(window, groupBy);
  const picker = (
    <Select<CreditGroup>
      aria-label={t('reports.credits.groupBy')}
      value={groupBy}
      onChange={onGroupBy}
      style={{ width: 140 }}
      options={GROUPS.map((g) => ({ value: g, label: t(`reports.credits.groups.${g}`) }))}
    />
  );
  return (
    <Loaded query={credits}>
      {(data) => {
        // Charts do not add currencies: the chart plots the first currency of the totals (CNY in practice).
        const currency = data.totals[0]?.currency ?? 'CNY';
        const name = (r: Row) => r.name ?? t('reports.credits.none');
        const columns: DataColumn<Row>[] = [
          { key: 'group', title: t(`reports.credits.groups.${data.groupBy}`), value: name },
          { key: 'credit', title: t('reports.columns.credit'), value: (r) => formatMoneyList(r.credit, 'en'), render: (r) => formatMoneyList(r.credit, lang), align: 'right' },
          { key: 'revenue', title: t('reports.columns.revenue'), value: (r) => formatMoneyList(r.revenue, 'en'), render: (r) => formatMoneyList(r.revenue, lang), align: 'right' },
          { key: 'projects', title: t('reports.columns.projects'), value: (r) => r.projects.map((p) => p.name).join('; ') },
        ];
        return (
          <ChartPanel
            title={t('reports.credits.title')}
            extra={picker}
            chartLabel={t('reports.credits.chartLabel', { count: data.groups.length, currency })}
            option={{
              grid: { left: 8, right: 24, top: 40, bottom: 8 },
              legend: { top: 0 },
              tooltip: { trigger: 'axis' },
              xAxis: { type: 'category', data: data.groups.map(name), axisLabel: { rotate: 30, width: 120, overflow: 'truncate' } },
              yAxis: { type: 'value', name: currency },
              series: [
                { type: 'bar', name: t('reports.columns.credit'), data: data.groups.map((g) => majorIn(g.credit, currency)), itemStyle: { color: '#0958d9' } },
                { type: 'bar', name: t('reports.columns.revenue'), data: data.groups.map((g) => majorIn(g.revenue, currency)), itemStyle: { color: '#237804' } },
              ],
            }}
            columns={columns}
            rows={data.groups}
            rowKey={(r) => r.id ?? 'none'}
            csvName={`credits-${data.groupBy}-${data.window.from}-${data.window.to}`}
            footer={<CreditTotals totals={data.totals} />}
          />
        );
      }}
    </Loaded>
  );
}

/** The totals over the groups shown, per currency. */
export function CreditTotals({ totals }: { totals: Credits['totals'] }) {
  const { t, i18n } = useTranslation();
  return (
    <Typography.Paragraph>
      {totals.map((total) =>
        t('reports.credits.total', {
          credit: formatMoneyList([total.credit], i18n.language),
          revenue: formatMoneyList([total.revenue], i18n.language),
          share: formatBasisPoints(total.creditBasisPointsOfRevenue, i18n.language),
        }),
      ).join(' · ')}
    </Typography.Paragraph>
  );
}
