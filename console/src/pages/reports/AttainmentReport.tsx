import { Input, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ChartPanel, type DataColumn } from '../../components/charts/ChartPanel';
import { formatBasisPoints, formatMoneyList } from '../../components/moneyList';
import { formatMoney } from '../../format';
import { Loaded } from './Loaded';
import { TargetHistory } from './TargetHistory';
import { TargetsEditor } from './TargetsEditor';
import { hasAnyRole, useSession } from '../../session';
import { useAttainment, type Attainment, type CreditGroup } from './queries';

type Group = Attainment['groups'][number];
/** One line of a group; `revenue` only on the group's first line, since the group's revenue is counted once. */
type Row = { id: string; name: string; line: Group['lines'][number]; revenue?: Group['revenue'] };
const GROUPS: CreditGroup[] = ['person', 'office', 'center'];
const PERIOD = /^2\d{3}(Q[1-4])?$/;

/** 背销售数字: each person's (office's, center's) credit in the period against the targets set, per credit role. */
export function AttainmentReport({ period, groupBy, onChange }: { period: string; groupBy: CreditGroup; onChange: (c: { period?: string; groupBy?: CreditGroup }) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const attainment = useAttainment(period, groupBy);
  const person = useSession().data?.person;
  const controls = (
    <Space wrap>
      <Input
        aria-label={t('reports.attainment.period')}
        defaultValue={period}
        style={{ width: 110 }}
        onBlur={(e) => PERIOD.test(e.target.value.trim()) && onChange({ period: e.target.value.trim() })}
        onPressEnter={(e) => PERIOD.test(e.currentTarget.value.trim()) && onChange({ period: e.currentTarget.value.trim() })}
      />
      <Select<CreditGroup>
        aria-label={t('reports.credits.groupBy')}
        value={groupBy}
        onChange={(g) => onChange({ groupBy: g })}
        style={{ width: 140 }}
        options={GROUPS.map((g) => ({ value: g, label: t(`reports.credits.groups.${g}`) }))}
      />
      {person && hasAnyRole(person, ['director']) && <TargetsEditor period={period} />}
      <TargetHistory period={period} />
    </Space>
  );
  return (
    <Loaded query={attainment}>
      {(data) => {
        const rows: Row[] = data.groups.flatMap((g) =>
          g.lines.map((line, index) => ({
            id: `${g.id ?? 'none'}-${line.role}-${line.currency}`,
            name: g.name ?? t('reports.credits.none'),
            line,
            ...(index === 0 ? { revenue: g.revenue } : {}),
          })),
        );
        const money = (amount: number | null, currency: string, language: string) => (amount === null ? '—' : formatMoney({ amount, currency }, language));
        const columns: DataColumn<Row>[] = [
          { key: 'group', title: t(`reports.credits.groups.${data.groupBy}`), value: (r) => r.name },
          { key: 'role', title: t('reports.attainment.role'), value: (r) => t(`reports.attainment.roles.${r.line.role}`) },
          { key: 'target', title: t('reports.attainment.target'), value: (r) => money(r.line.target, r.line.currency, 'en'), render: (r) => money(r.line.target, r.line.currency, lang), align: 'right' },
          { key: 'credit', title: t('reports.columns.credit'), value: (r) => money(r.line.credit, r.line.currency, 'en'), render: (r) => money(r.line.credit, r.line.currency, lang), align: 'right' },
          {
            key: 'revenue',
            title: t('reports.columns.revenue'),
            value: (r) => (r.revenue ? formatMoneyList(r.revenue, 'en') : ''),
            render: (r) => (r.revenue ? formatMoneyList(r.revenue, lang) : ''),
            align: 'right',
          },
          { key: 'attained', title: t('reports.attainment.attained'), value: (r) => formatBasisPoints(r.line.attainmentBasisPoints, 'en'), render: (r) => formatBasisPoints(r.line.attainmentBasisPoints, lang), align: 'right' },
        ];
        return (
          <ChartPanel
            title={t('reports.attainment.title', { period: data.period })}
            extra={controls}
            chartLabel={t('reports.attainment.chartLabel', { count: rows.length })}
            option={{
              grid: { left: 8, right: 24, top: 24, bottom: 8 },
              tooltip: { trigger: 'axis' },
              xAxis: { type: 'category', data: rows.map((r) => `${r.name} · ${t(`reports.attainment.roles.${r.line.role}`)}`), axisLabel: { rotate: 30, width: 120, overflow: 'truncate' } },
              yAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
              series: [{ type: 'bar', name: t('reports.attainment.attained'), data: rows.map((r) => (r.line.attainmentBasisPoints ?? 0) / 100), itemStyle: { color: '#0958d9' } }],
            }}
            columns={columns}
            rows={rows}
            rowKey={(r) => r.id}
            csvName={`attainment-${data.groupBy}-${data.period}`}
            footer={<Typography.Paragraph type="secondary">{t('reports.attainment.revenueNote')}</Typography.Paragraph>}
          />
        );
      }}
    </Loaded>
  );
}
