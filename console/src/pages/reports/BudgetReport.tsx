import { Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChartPanel, type DataColumn } from '../../components/charts/ChartPanel';
import { formatBasisPoints, toMajor } from '../../components/moneyList';
import { formatMoney } from '../../format';
import { Loaded } from './Loaded';
import { useBudgetReport, type BudgetReport as Report, type BudgetStatus } from './queries';

type Row = Report['items'][number];
const STATUSES: BudgetStatus[] = ['open', 'won', 'lost'];

/** Presales budget burn per project, over-budget first, against the 50 / 80 / 100 % alert lines. */
export function BudgetReport({ status, onStatus }: { status: BudgetStatus; onStatus: (s: BudgetStatus) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const budget = useBudgetReport(status);
  const statusPicker = (
    <Select<BudgetStatus>
      aria-label={t('reports.budget.status')}
      value={status}
      onChange={onStatus}
      style={{ width: 120 }}
      options={STATUSES.map((s) => ({ value: s, label: t(`reports.budget.statuses.${s}`) }))}
    />
  );
  return (
    <Loaded query={budget}>
      {(data) => {
        const rows = data.items;
        const top = rows.slice(0, 20);
        const money = (pick: (r: Row) => Row['budget']) => ({
          value: (r: Row) => toMajor(pick(r)),
          render: (r: Row) => formatMoney(pick(r), lang),
          align: 'right' as const,
        });
        const columns: DataColumn<Row>[] = [
          { key: 'project', title: t('reports.columns.project'), value: (r) => r.name, render: (r) => <Link to={`/projects/${r.projectId}`}>{r.name}</Link> },
          { key: 'customer', title: t('reports.columns.customer'), value: (r) => r.customerName },
          { key: 'tier', title: t('reports.columns.tier'), value: (r) => r.tier },
          { key: 'currency', title: t('reports.columns.currency'), value: (r) => r.budget.currency },
          { key: 'budget', title: t('reports.columns.budget'), ...money((r) => r.budget) },
          { key: 'committed', title: t('reports.columns.committed'), ...money((r) => r.committed) },
          { key: 'actual', title: t('reports.columns.actual'), ...money((r) => r.actual) },
          { key: 'remaining', title: t('reports.columns.remaining'), ...money((r) => r.remaining) },
          {
            key: 'used',
            title: t('reports.columns.used'),
            value: (r) => (r.usedBasisPoints === null ? null : r.usedBasisPoints / 100),
            render: (r) => (
              <>
                {formatBasisPoints(r.usedBasisPoints, lang)}{' '}
                {r.overBudget && <Tag variant="solid" color="#cf1322">{t('reports.budget.over')}</Tag>}
              </>
            ),
            align: 'right',
          },
        ];
        return (
          <ChartPanel
            title={t('reports.budget.title')}
            extra={statusPicker}
            chartLabel={t('reports.budget.chartLabel', { count: top.length })}
            option={{
              grid: { left: 8, right: 24, top: 24, bottom: 8 },
              tooltip: { trigger: 'axis' },
              xAxis: { type: 'category', data: top.map((r) => r.name), axisLabel: { rotate: 30, width: 120, overflow: 'truncate' } },
              yAxis: { type: 'value', name: '%' },
              series: [
                {
                  type: 'bar',
                  name: t('reports.columns.used'),
                  data: top.map((r) => ({ value: (r.usedBasisPoints ?? 0) / 100, itemStyle: { color: r.overBudget ? '#cf1322' : '#0958d9' } })),
                  markLine: {
                    symbol: 'none',
                    lineStyle: { color: '#595959', type: 'dashed' },
                    data: [{ yAxis: 50 }, { yAxis: 80 }, { yAxis: 100 }],
                  },
                },
              ],
            }}
            columns={columns}
            rows={rows}
            rowKey={(r) => r.projectId}
            csvName={`budget-${status}`}
            minWidth={900}
          />
        );
      }}
    </Loaded>
  );
}
