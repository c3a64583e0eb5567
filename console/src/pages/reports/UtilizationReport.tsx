import { useTranslation } from 'react-i18next';
import { ChartPanel, type DataColumn } from '../../components/charts/ChartPanel';
import { formatBasisPoints, formatMoneyList } from '../../components/moneyList';
import { Loaded } from './Loaded';
import { useUtilization, type Utilization, type Window } from './queries';

type PersonRow = Utilization['people'][number];
type CenterRow = Utilization['deliveryCenters'][number];

/** Booked and worked days against capacity per person and per delivery center in the window. */
export function UtilizationReport({ window }: { window: Window }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const utilization = useUtilization(window);
  const load = <R extends PersonRow | CenterRow>(): DataColumn<R>[] => [
    { key: 'capacity', title: t('reports.columns.capacityDays'), value: (r) => r.capacityDays, align: 'right' },
    { key: 'booked', title: t('reports.columns.bookedDays'), value: (r) => r.bookedDays, align: 'right' },
    { key: 'worked', title: t('reports.columns.workedDays'), value: (r) => r.workedDays, align: 'right' },
    { key: 'bookedShare', title: t('reports.columns.bookedShare'), value: (r) => (r.bookedBasisPoints === null ? null : r.bookedBasisPoints / 100), render: (r) => formatBasisPoints(r.bookedBasisPoints, lang), align: 'right' },
    { key: 'workedShare', title: t('reports.columns.workedShare'), value: (r) => (r.workedBasisPoints === null ? null : r.workedBasisPoints / 100), render: (r) => formatBasisPoints(r.workedBasisPoints, lang), align: 'right' },
    { key: 'cost', title: t('reports.columns.actualCost'), value: (r) => formatMoneyList(r.actualCost, 'en'), render: (r) => formatMoneyList(r.actualCost, lang), align: 'right' },
  ];
  return (
    <Loaded query={utilization}>
      {(data) => (
        <>
          <ChartPanel<PersonRow>
            title={t('reports.utilization.people')}
            chartLabel={t('reports.utilization.chartLabel', { count: data.people.length, from: data.window.from, to: data.window.to })}
            option={{
              grid: { left: 8, right: 24, top: 40, bottom: 8 },
              legend: { top: 0 },
              tooltip: { trigger: 'axis' },
              xAxis: { type: 'category', data: data.people.map((p) => p.name), axisLabel: { rotate: 30, width: 120, overflow: 'truncate' } },
              yAxis: { type: 'value', name: t('reports.days') },
              series: [
                { type: 'bar', name: t('reports.columns.capacityDays'), data: data.people.map((p) => p.capacityDays), itemStyle: { color: '#8c8c8c' } },
                { type: 'bar', name: t('reports.columns.bookedDays'), data: data.people.map((p) => p.bookedDays), itemStyle: { color: '#0958d9' } },
                { type: 'bar', name: t('reports.columns.workedDays'), data: data.people.map((p) => p.workedDays), itemStyle: { color: '#237804' } },
              ],
            }}
            columns={[{ key: 'name', title: t('reports.columns.person'), value: (r) => r.name }, { key: 'rate', title: t('reports.columns.rateLevel'), value: (r) => r.rateLevel ?? '—' }, ...load<PersonRow>()]}
            rows={data.people}
            rowKey={(r) => r.personId}
            csvName={`utilization-people-${data.window.from}-${data.window.to}`}
            minWidth={900}
          />
          <ChartPanel<CenterRow>
            title={t('reports.utilization.centers')}
            columns={[
              { key: 'name', title: t('reports.columns.center'), value: (r) => r.name },
              { key: 'members', title: t('reports.columns.members'), value: (r) => r.members, align: 'right' },
              ...load<CenterRow>(),
            ]}
            rows={data.deliveryCenters}
            rowKey={(r) => r.deliveryCenterId}
            csvName={`utilization-centers-${data.window.from}-${data.window.to}`}
            minWidth={900}
          />
        </>
      )}
    </Loaded>
  );
}
