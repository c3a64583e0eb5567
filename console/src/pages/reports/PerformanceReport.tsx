import { Alert, App, Button, Empty, Input, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import { ChartPanel, type DataColumn } from '../../components/charts/ChartPanel';
import { formatBasisPoints, formatDays } from '../../components/moneyList';
import { formatDateTime } from '../../format';
import { useSession } from '../../session';
import { AppealsToDecide } from './AppealsToDecide';
import { Loaded } from './Loaded';
import { PerformanceDialog, type PerformanceDialogState } from './PerformanceDialogs';
import { PerformanceProjects } from './PerformanceProjects';
import { downloadPerformanceCsv, periodEnd, usePerformance, type Performance, type PerformancePerson } from './performanceQueries';

const PERIOD = /^2\d{3}(Q[1-4])?$/;
/** Solid tags: white text on these colours passes WCAG AA. */
const STATUS_COLORS = { preview: '#595959', appeal: '#ad4e00', frozen: '#237804' } as const;

/** Where the period stands: a preview before its close, its appeal window, or frozen; closed early said so. */
function PeriodStatus({ report }: { report: Performance }) {
  const { t, i18n } = useTranslation();
  const when = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : '—');
  const text =
    report.status === 'preview'
      ? t('reports.performance.status.previewBody', { version: report.policyVersion })
      : report.status === 'appeal'
        ? t('reports.performance.status.appealBody', { closedAt: when(report.closedAt), until: when(report.appealUntil), version: report.policyVersion })
        : t('reports.performance.status.frozenBody', { frozenAt: when(report.frozenAt), closedAt: when(report.closedAt), version: report.policyVersion });
  const mean = report.companyMean === null ? null : new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(report.companyMean);
  return (
    <Alert
      type={report.status === 'preview' ? 'info' : report.status === 'appeal' ? 'warning' : 'success'}
      showIcon
      data-testid="performance-status"
      title={
        <Space wrap size={4}>
          <Tag variant="solid" color={STATUS_COLORS[report.status]}>
            {t(`reports.performance.status.${report.status}`)}
          </Tag>
          {report.closedEarly && (
            <Tag variant="solid" color="#820014">
              {t('reports.performance.status.closedEarly')}
            </Tag>
          )}
          <span>{text}</span>
        </Space>
      }
      description={mean === null ? undefined : t('reports.performance.companyMean', { mean })}
      style={{ marginBottom: 16 }}
    />
  );
}

/**
 * 绩效打分 of a period (?period=2026Q3): where the period stands, each person's weighted result and pay factor as a
 * chart and a table (a row expands to the scored projects), the server's CSV for HR; a director closes the period
 * here, the scored person appeals a score, and the deciders find the appeals waiting for them above the results.
 */
export function PerformanceReport({ period, onPeriod }: { period: string; onPeriod: (period: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { message } = App.useApp();
  const me = useSession().data?.person;
  const report = usePerformance(period);
  const [dialog, setDialog] = useState<PerformanceDialogState | undefined>();
  const director = me?.roles.includes('director') ?? false;

  const choose = (value: string) => PERIOD.test(value.trim()) && onPeriod(value.trim());
  const download = (p: string) => downloadPerformanceCsv(p).catch((error: unknown) => void message.error(errorMessage(t, error)));

  return (
    <>
      {me && <AppealsToDecide me={me} onDecide={setDialog} />}
      <Loaded query={report}>
        {(data) => {
          const end = periodEnd(data.period);
          const today = new Date().toISOString().slice(0, 10);
          const controls = (
            <Space wrap>
              <Input
                key={data.period}
                aria-label={t('reports.performance.period')}
                defaultValue={period}
                style={{ width: 110 }}
                onBlur={(e) => choose(e.target.value)}
                onPressEnter={(e) => choose(e.currentTarget.value)}
              />
              {director && data.status === 'preview' && (
                <Button type="primary" onClick={() => setDialog({ kind: 'close', period: data.period, running: today <= end, end })}>
                  {t('reports.performance.close.button')}
                </Button>
              )}
            </Space>
          );
          const openAppeals = (r: PerformancePerson) => r.appeals.filter((a) => a.status === 'open').length;
          const number = (n: number) => new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);
          const columns: DataColumn<PerformancePerson>[] = [
            { key: 'person', title: t('reports.columns.person'), value: (r) => r.name, render: (r) => (r.personId === me?.id ? t('reports.performance.nameYou', { name: r.name }) : r.name) },
            { key: 'role', title: t('reports.performance.role'), value: (r) => (r.role ? t(`roles.${r.role}`, { defaultValue: r.role }) : t('reports.performance.defaultRole')) },
            { key: 'result', title: t('reports.performance.result'), value: (r) => r.result, render: (r) => number(r.result), align: 'right' },
            { key: 'payFactor', title: t('reports.performance.payFactor'), value: (r) => r.payFactorBasisPoints / 100, render: (r) => formatBasisPoints(r.payFactorBasisPoints, lang), align: 'right' },
            { key: 'scoreShare', title: t('reports.performance.scoreShare'), value: (r) => r.scoreShareBasisPoints / 100, render: (r) => formatBasisPoints(r.scoreShareBasisPoints, lang), align: 'right' },
            { key: 'days', title: t('reports.performance.days'), value: (r) => r.daysWorked, render: (r) => formatDays(r.daysWorked, lang), align: 'right' },
            { key: 'projects', title: t('reports.columns.projects'), value: (r) => r.projects.length, align: 'right' },
            { key: 'openAppeals', title: t('reports.performance.openAppeals'), value: openAppeals, align: 'right' },
          ];
          const people = data.people;
          return (
            <>
              <PeriodStatus report={data} />
              <ChartPanel
                title={t('reports.performance.title', { period: data.period })}
                extra={controls}
                chartLabel={people.length === 0 ? undefined : t('reports.performance.chartLabel', { count: people.length })}
                option={{
                  grid: { left: 8, right: 24, top: 24, bottom: 8 },
                  tooltip: { trigger: 'axis' },
                  xAxis: { type: 'category', data: people.map((p) => p.name), axisLabel: { rotate: 30, width: 120, overflow: 'truncate' } },
                  yAxis: { type: 'value', min: 0, max: 5, name: t('reports.performance.result') },
                  series: [
                    {
                      type: 'bar',
                      name: t('reports.performance.result'),
                      data: people.map((p) => p.result),
                      itemStyle: { color: '#0958d9' },
                      ...(data.companyMean === null
                        ? {}
                        : { markLine: { symbol: 'none', data: [{ yAxis: data.companyMean, name: t('reports.performance.mean') }], lineStyle: { color: '#ad4e00' } } }),
                    },
                  ],
                }}
                columns={columns}
                rows={people}
                rowKey={(r) => r.personId}
                csvName={`performance-${data.period}`}
                download={() => download(data.period)}
                expandable={{
                  render: (r) => <PerformanceProjects report={data} person={r} mine={r.personId === me?.id} onAppeal={setDialog} />,
                  rowExpandable: (r) => r.projects.length > 0,
                }}
                emptyText={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reports.performance.empty', { period: data.period })} />}
                minWidth={760}
              />
            </>
          );
        }}
      </Loaded>
      {dialog && <PerformanceDialog key={JSON.stringify(dialog)} dialog={dialog} onClose={() => setDialog(undefined)} />}
    </>
  );
}
