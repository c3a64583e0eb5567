import { Segmented, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartPanel, type DataColumn } from '../../components/charts/ChartPanel';
import { formatBasisPoints } from '../../components/moneyList';
import { formatMoney } from '../../format';
import { Loaded } from './Loaded';
import { useRevenueShare, useRoi, type RevenueShare, type Roi, type RoiGroup, type Window } from './queries';

type Row = Roi['groups'][number];
const GROUPS: RoiGroup[] = ['person', 'office', 'tier', 'center'];

/**
 * 投入产出: for the projects closed in the window, presales cost against won value per sales owner, office, tier or
 * center; where the senior people worked (A/B against C–E); and which industries carry the revenue.
 */
export function RoiReport({ window, groupBy, onGroupBy }: { window: Window; groupBy: RoiGroup; onGroupBy: (g: RoiGroup) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const roi = useRoi(window, groupBy);
  const money = (amount: number | null, currency: string, language: string) => (amount === null ? '—' : formatMoney({ amount, currency }, language));
  const picker = (
    <Select<RoiGroup>
      aria-label={t('reports.roi.groupBy')}
      value={groupBy}
      onChange={onGroupBy}
      style={{ width: 140 }}
      options={GROUPS.map((g) => ({ value: g, label: t(`reports.roi.groups.${g}`) }))}
    />
  );
  return (
    <>
      <Loaded query={roi}>
        {(data) => {
          const name = (r: Row) => r.name ?? t('reports.credits.none');
          const columns: DataColumn<Row>[] = [
            { key: 'group', title: t(`reports.roi.groups.${data.groupBy}`), value: name },
            { key: 'closed', title: t('reports.roi.closed'), value: (r) => r.closed, align: 'right' },
            { key: 'winRate', title: t('reports.roi.winRate'), value: (r) => formatBasisPoints(r.winRateBasisPoints, 'en'), render: (r) => formatBasisPoints(r.winRateBasisPoints, lang), align: 'right' },
            { key: 'wonValue', title: t('reports.roi.wonValue'), value: (r) => money(r.wonValue, r.currency, 'en'), render: (r) => money(r.wonValue, r.currency, lang), align: 'right' },
            { key: 'cost', title: t('reports.roi.cost'), value: (r) => money(r.presalesCost, r.currency, 'en'), render: (r) => money(r.presalesCost, r.currency, lang), align: 'right' },
            { key: 'perWon', title: t('reports.roi.costPerWon'), value: (r) => money(r.costPerWonDeal, r.currency, 'en'), render: (r) => money(r.costPerWonDeal, r.currency, lang), align: 'right' },
            { key: 'net', title: t('reports.roi.creditNet'), value: (r) => money(r.creditNetOfCost, r.currency, 'en'), render: (r) => money(r.creditNetOfCost, r.currency, lang), align: 'right' },
            {
              key: 'seniorOnTop',
              title: t('reports.roi.seniorOnTop'),
              value: (r) => formatBasisPoints(r.levelMix.seniorShareOnTopTiersBasisPoints, 'en'),
              render: (r) => formatBasisPoints(r.levelMix.seniorShareOnTopTiersBasisPoints, lang),
              align: 'right',
            },
          ];
          const mix = data.levelMix;
          return (
            <ChartPanel
              title={t('reports.roi.title')}
              extra={picker}
              chartLabel={t('reports.roi.chartLabel', { count: data.groups.length })}
              option={{
                grid: { left: 8, right: 24, top: 40, bottom: 8 },
                legend: { top: 0 },
                tooltip: { trigger: 'axis' },
                xAxis: { type: 'category', data: data.groups.map(name), axisLabel: { rotate: 30, width: 120, overflow: 'truncate' } },
                yAxis: { type: 'value' },
                series: [
                  { type: 'bar', name: t('reports.roi.wonValue'), data: data.groups.map((g) => g.wonValue / 100), itemStyle: { color: '#237804' } },
                  { type: 'bar', name: t('reports.roi.cost'), data: data.groups.map((g) => g.presalesCost / 100), itemStyle: { color: '#ad4e00' } },
                ],
              }}
              columns={columns}
              rows={data.groups}
              rowKey={(r) => `${r.id ?? 'none'}-${r.currency}`}
              csvName={`roi-${data.groupBy}-${data.window.from}-${data.window.to}`}
              footer={
                <Typography.Paragraph>
                  {t('reports.roi.levelMix', {
                    senior: formatBasisPoints(mix.seniorShareOnTopTiersBasisPoints, lang),
                    all: formatBasisPoints(mix.allShareOnTopTiersBasisPoints, lang),
                  })}
                </Typography.Paragraph>
              }
            />
          );
        }}
      </Loaded>
      <RevenueShareTable window={window} />
    </>
  );
}

type ShareRow = Omit<RevenueShare['industries'][number], 'industry'> & { key: string };
type ShareFocus = 'industry' | 'solution';

/** 多位一体: revenue per industry or per key solution, its share, and the centers dedicated to it. */
function RevenueShareTable({ window }: { window: Window }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const shares = useRevenueShare(window);
  const [focus, setFocus] = useState<ShareFocus>('industry');
  return (
    <Loaded query={shares}>
      {(data) => {
        const rows: ShareRow[] =
          focus === 'industry'
            ? data.industries.map(({ industry, ...r }) => ({ ...r, key: industry }))
            : data.solutions.map(({ solution, ...r }) => ({ ...r, key: solution ?? t('reports.roi.noSolution') }));
        const columns: DataColumn<ShareRow>[] = [
          { key: 'key', title: t(`reports.roi.${focus}`), value: (r) => r.key },
          { key: 'revenue', title: t('reports.columns.revenue'), value: (r) => formatMoney({ amount: r.revenue, currency: r.currency }, 'en'), render: (r) => formatMoney({ amount: r.revenue, currency: r.currency }, lang), align: 'right' },
          { key: 'share', title: t('reports.roi.share'), value: (r) => formatBasisPoints(r.shareBasisPoints, 'en'), render: (r) => formatBasisPoints(r.shareBasisPoints, lang), align: 'right' },
          { key: 'centers', title: t('reports.columns.center'), value: (r) => r.centers.map((c) => c.name).join('; ') || '—' },
        ];
        return (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Segmented<ShareFocus>
              aria-label={t('reports.roi.shareBy')}
              value={focus}
              onChange={setFocus}
              options={(['industry', 'solution'] as const).map((value) => ({ value, label: t(`reports.roi.${value}`) }))}
            />
            <ChartPanel
              title={t(`reports.roi.revenueShareTitle_${focus}`)}
              chartLabel={t(`reports.roi.revenueShareChart_${focus}`, { count: rows.length })}
              option={{
                tooltip: { trigger: 'item' },
                series: [{ type: 'pie', radius: ['35%', '65%'], data: rows.map((r) => ({ name: r.key, value: r.revenue / 100 })) }],
              }}
              columns={columns}
              rows={rows}
              rowKey={(r) => `${r.key}-${r.currency}`}
              csvName={`revenue-share-${focus}-${data.window.from}-${data.window.to}`}
            />
          </Space>
        );
      }}
    </Loaded>
  );
}
