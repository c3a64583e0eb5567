import { Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ChartPanel, type DataColumn } from '../../components/charts/ChartPanel';
import { formatBasisPoints } from '../../components/moneyList';
import { Loaded } from './Loaded';
import { PROMISE_GROUPS, usePromises, type PromiseGroup, type Promises, type Window } from './queries';

type Row = Promises['groups'][number];

/**
 * 不随意许诺: of the won projects that went live in the window, the commitments kept and not kept per sales person,
 * tier or delivery center, and those already overdue on won projects not yet live.
 */
export function PromisesReport({ window, groupBy, onGroupBy }: { window: Window; groupBy: PromiseGroup; onGroupBy: (g: PromiseGroup) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const promises = usePromises(window, groupBy);
  const picker = (
    <Select<PromiseGroup>
      aria-label={t('reports.promises.groupBy')}
      value={groupBy}
      onChange={onGroupBy}
      style={{ width: 150 }}
      options={PROMISE_GROUPS.map((g) => ({ value: g, label: t(`reports.promises.groups.${g}`) }))}
    />
  );
  return (
    <Loaded query={promises}>
      {(data) => {
        const name = (r: Row) => r.name ?? t('reports.credits.none');
        const columns: DataColumn<Row>[] = [
          { key: 'group', title: t(`reports.promises.groups.${data.groupBy}`), value: name },
          { key: 'live', title: t('reports.promises.projectsLive'), value: (r) => r.projectsLive, align: 'right' },
          { key: 'made', title: t('reports.promises.made'), value: (r) => r.made, align: 'right' },
          { key: 'kept', title: t('reports.promises.kept'), value: (r) => r.kept, align: 'right' },
          { key: 'notKept', title: t('reports.promises.notKept'), value: (r) => r.notKept, align: 'right' },
          {
            key: 'share',
            title: t('reports.promises.keptShare'),
            value: (r) => formatBasisPoints(r.keptBasisPoints, 'en'),
            render: (r) => formatBasisPoints(r.keptBasisPoints, lang),
            align: 'right',
          },
          { key: 'open', title: t('reports.promises.stillOpen'), value: (r) => r.stillOpen, align: 'right' },
        ];
        const totals = data.totals;
        return (
          <ChartPanel
            title={t('reports.promises.title')}
            extra={picker}
            chartLabel={t('reports.promises.chartLabel', { count: data.groups.length })}
            option={{
              grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
              legend: { top: 0 },
              tooltip: { trigger: 'axis' },
              xAxis: { type: 'category', data: data.groups.map(name), axisLabel: { rotate: 30, width: 120, overflow: 'truncate' } },
              yAxis: { type: 'value', minInterval: 1 },
              series: [
                { type: 'bar', stack: 'promises', name: t('reports.promises.kept'), data: data.groups.map((g) => g.kept), itemStyle: { color: '#237804' } },
                { type: 'bar', stack: 'promises', name: t('reports.promises.notKept'), data: data.groups.map((g) => g.notKept), itemStyle: { color: '#cf1322' } },
                { type: 'bar', name: t('reports.promises.stillOpen'), data: data.groups.map((g) => g.stillOpen), itemStyle: { color: '#ad4e00' } },
              ],
            }}
            columns={columns}
            rows={data.groups}
            rowKey={(r) => r.id ?? 'none'}
            csvName={`promises-${data.groupBy}-${data.window.from}-${data.window.to}`}
            footer={
              <>
                <Typography.Paragraph>
                  {t('reports.promises.totals', {
                    kept: totals.kept,
                    made: totals.made,
                    share: formatBasisPoints(totals.keptBasisPoints, lang),
                    projects: totals.projectsLive,
                    open: totals.stillOpen,
                  })}
                </Typography.Paragraph>
                <Typography.Paragraph type="secondary">{t('reports.promises.help')}</Typography.Paragraph>
              </>
            }
          />
        );
      }}
    </Loaded>
  );
}
