import { Alert, Card, Select, Space, Statistic } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartPanel, type DataColumn } from '../../components/charts/ChartPanel';
import { formatDays, toMajor } from '../../components/moneyList';
import { formatMoney } from '../../format';
import { giniOf, lorenzCurve } from './lorenz';
import { Loaded } from './Loaded';
import { useAllocation, type Allocation, type Window } from './queries';

type Currency = Allocation['currencies'][number];
type TierRow = Currency['tiers'][number];
type SalesRow = Currency['salesPeople'][number];

/**
 * Allocation fairness (劣币驱逐良币): do presales days follow pipeline value? Days per tier against the tier's
 * pipeline, and the Lorenz curve of days per million of pipeline across the sales people with the API's Gini.
 */
export function AllocationReport({ window }: { window: Window }) {
  const { t } = useTranslation();
  const allocation = useAllocation(window);
  const [picked, setPicked] = useState<string>();
  return (
    <Loaded query={allocation}>
      {(data) => {
        const current = data.currencies.find((c) => c.currency === picked) ?? data.currencies[0];
        if (!current) return <Alert type="info" showIcon title={t('reports.allocation.empty')} />;
        return (
          <>
            {data.currencies.length > 1 && (
              <Select
                aria-label={t('reports.columns.currency')}
                value={current.currency}
                onChange={setPicked}
                options={data.currencies.map((c) => ({ value: c.currency, label: c.currency }))}
                style={{ width: 120, marginBottom: 16 }}
              />
            )}
            <CurrencyAllocation data={current} window={data.window} />
          </>
        );
      }}
    </Loaded>
  );
}

function CurrencyAllocation({ data, window }: { data: Currency; window: Window }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const perMillion = (v: number | null) => (v === null ? '—' : formatDays(v, lang));
  const shared = <R extends TierRow | SalesRow>(): DataColumn<R>[] => [
    { key: 'projects', title: t('reports.columns.projects'), value: (r) => r.projects, align: 'right' },
    { key: 'pipeline', title: t('reports.columns.pipeline'), value: (r) => toMajor(r.pipeline), render: (r) => formatMoney(r.pipeline, lang), align: 'right' },
    { key: 'booked', title: t('reports.columns.bookedDays'), value: (r) => r.bookedDays, align: 'right' },
    { key: 'worked', title: t('reports.columns.workedDays'), value: (r) => r.workedDays, align: 'right' },
    { key: 'bookedPerMillion', title: t('reports.columns.bookedPerMillion'), value: (r) => r.bookedDaysPerMillion, render: (r) => perMillion(r.bookedDaysPerMillion), align: 'right' },
    { key: 'workedPerMillion', title: t('reports.columns.workedPerMillion'), value: (r) => r.workedDaysPerMillion, render: (r) => perMillion(r.workedDaysPerMillion), align: 'right' },
  ];
  const withPipeline = data.salesPeople.filter((s) => s.bookedDaysPerMillion !== null);
  const curve = lorenzCurve(withPipeline.map((s) => s.bookedDaysPerMillion!));
  const gini = new Intl.NumberFormat(lang, { maximumFractionDigits: 3 }).format;
  return (
    <>
      <Card style={{ marginBottom: 16 }}>
        <Space size="large" wrap>
          <Statistic title={t('reports.allocation.giniBooked')} value={gini(data.gini.bookedDays)} />
          <Statistic title={t('reports.allocation.giniWorked')} value={gini(data.gini.workedDays)} />
          <Statistic title={t('reports.allocation.salesPeople')} value={data.gini.salesPeople} />
          <Statistic title={t('reports.columns.pipeline')} value={formatMoney(data.total.pipeline, lang)} />
        </Space>
      </Card>
      <ChartPanel<SalesRow>
        title={t('reports.allocation.lorenzTitle')}
        chartLabel={t('reports.allocation.lorenzLabel', { gini: gini(data.gini.bookedDays), curve: gini(giniOf(curve)) })}
        option={{
          grid: { left: 8, right: 24, top: 40, bottom: 8 },
          legend: { top: 0 },
          tooltip: { trigger: 'axis' },
          xAxis: { type: 'value', min: 0, max: 100, name: t('reports.allocation.shareOfSalesPeople'), nameLocation: 'middle', nameGap: 24 },
          yAxis: { type: 'value', min: 0, max: 100, name: t('reports.allocation.shareOfDays') },
          series: [
            { type: 'line', name: t('reports.allocation.equality'), data: [[0, 0], [100, 100]], lineStyle: { type: 'dashed', color: '#595959' }, itemStyle: { color: '#595959' }, symbol: 'none' },
            { type: 'line', name: t('reports.allocation.lorenz'), data: curve.map((p) => [p.people * 100, p.days * 100]), itemStyle: { color: '#0958d9' } },
          ],
        }}
        columns={[{ key: 'name', title: t('reports.columns.salesPerson'), value: (r) => r.name }, ...shared<SalesRow>()]}
        rows={data.salesPeople}
        rowKey={(r) => r.salesPersonId}
        csvName={`allocation-sales-${data.currency}-${window.from}-${window.to}`}
        minWidth={900}
      />
      <ChartPanel<TierRow>
        title={t('reports.allocation.tiersTitle')}
        chartLabel={t('reports.allocation.tiersLabel', { currency: data.currency })}
        option={{
          grid: { left: 8, right: 8, top: 40, bottom: 8 },
          legend: { top: 0 },
          tooltip: { trigger: 'axis' },
          xAxis: { type: 'category', data: data.tiers.map((r) => t('reports.allocation.tier', { tier: r.tier })) },
          yAxis: [
            { type: 'value', name: data.currency },
            { type: 'value', name: t('reports.days') },
          ],
          series: [
            { type: 'bar', name: t('reports.columns.pipeline'), data: data.tiers.map((r) => toMajor(r.pipeline)), itemStyle: { color: '#0958d9' } },
            { type: 'bar', name: t('reports.columns.bookedDays'), yAxisIndex: 1, data: data.tiers.map((r) => r.bookedDays), itemStyle: { color: '#ad4e00' } },
          ],
        }}
        columns={[{ key: 'tier', title: t('reports.columns.tier'), value: (r) => r.tier }, ...shared<TierRow>()]}
        rows={data.tiers}
        rowKey={(r) => r.tier}
        csvName={`allocation-tiers-${data.currency}-${window.from}-${window.to}`}
        minWidth={800}
      />
    </>
  );
}
