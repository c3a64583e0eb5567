import { Space, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { WindowPicker } from '../../components/WindowPicker';
import { screen } from '../../screens';
import { hasAnyRole, useSession } from '../../session';
import { Forbidden } from '../Placeholder';
import { AllocationReport } from './AllocationReport';
import { BudgetReport } from './BudgetReport';
import { CreditsReport } from './CreditsReport';
import { AttainmentReport } from './AttainmentReport';
import { defaultWindow, PROMISE_GROUPS, quarterOf, type BudgetStatus, type CreditGroup, type PromiseGroup, type RoiGroup, type Window } from './queries';
import { PerformanceReport } from './PerformanceReport';
import { PromisesReport } from './PromisesReport';
import { RoiReport } from './RoiReport';
import { ScoresReport } from './ScoresReport';
import { StalledReport } from './StalledReport';
import { UtilizationReport } from './UtilizationReport';
import { Page } from '../../components/Page';

const TABS = ['stalled', 'budget', 'utilization', 'credits', 'attainment', 'roi', 'promises', 'scores', 'performance', 'allocation'] as const;
type Tab = (typeof TABS)[number];
const WINDOWED: readonly Tab[] = ['utilization', 'credits', 'roi', 'promises', 'scores', 'allocation'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The reports, one tab each; the tab, the window and each tab's choice live in the address (?tab=credits&from=…),
 * so a report can be linked and survives a reload. Every chart comes with its table and a CSV download.
 * 绩效打分 (?tab=performance) is open to everyone: a scored person reads their own result there and appeals it; the
 * other reports are for the roles of the menu entry.
 */
export default function ReportsPage() {
  const { t } = useTranslation();
  const person = useSession().data?.person;
  const [search, setSearch] = useSearchParams();
  const roles = screen('reports').roles;
  const everyReport = !person || hasAnyRole(person, roles);
  const tabs: readonly Tab[] = everyReport ? TABS : ['performance'];
  const tab: Tab = tabs.find((name) => name === search.get('tab')) ?? tabs[0]!;
  if (!everyReport && search.get('tab') !== 'performance') return <Forbidden roles={roles ?? []} />;
  const fallback = defaultWindow();
  const from = search.get('from');
  const to = search.get('to');
  const window: Window = { from: from && DATE.test(from) ? from : fallback.from, to: to && DATE.test(to) ? to : fallback.to };
  const status = (['open', 'won', 'lost'] as const).find((s) => s === search.get('status')) ?? 'open';
  const groupBy = (['person', 'office', 'center'] as const).find((g) => g === search.get('groupBy')) ?? 'person';
  const roiGroupBy = (['person', 'office', 'tier', 'center'] as const).find((g) => g === search.get('groupBy')) ?? 'person';
  const promiseGroupBy = PROMISE_GROUPS.find((g) => g === search.get('groupBy')) ?? 'salesPerson';
  const period = search.get('period') ?? quarterOf(new Date());

  const set = (changes: Record<string, string | undefined>) =>
    setSearch((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes)) {
        if (value === undefined) next.delete(key);
        else next.set(key, value);
      }
      return next;
    });

  const body = (key: Tab) => {
    switch (key) {
      case 'stalled':
        return <StalledReport />;
      case 'budget':
        return <BudgetReport status={status} onStatus={(s: BudgetStatus) => set({ status: s })} />;
      case 'utilization':
        return <UtilizationReport window={window} />;
      case 'credits':
        return <CreditsReport window={window} groupBy={groupBy} onGroupBy={(g: CreditGroup) => set({ groupBy: g })} />;
      case 'attainment':
        return <AttainmentReport period={period} groupBy={groupBy} onChange={(c) => set(Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)))} />;
      case 'roi':
        return <RoiReport window={window} groupBy={roiGroupBy} onGroupBy={(g: RoiGroup) => set({ groupBy: g })} />;
      case 'promises':
        return <PromisesReport window={window} groupBy={promiseGroupBy} onGroupBy={(g: PromiseGroup) => set({ groupBy: g })} />;
      case 'scores':
        return <ScoresReport window={window} />;
      case 'performance':
        return <PerformanceReport period={period} onPeriod={(p) => set({ period: p })} />;
      case 'allocation':
        return <AllocationReport window={window} />;
    }
  };

  return (
    <Page title={t('reports.title')}>
      <Tabs
        activeKey={tab}
        onChange={(key) => set({ tab: key === 'stalled' ? undefined : key })}
        // Ten tabs fit a 1280 px screen in English without antd's overflow menu (whose button axe refuses in a tablist).
        tabBarGutter={16}
        items={tabs.map((key) => ({
          key,
          label: t(`reports.tabs.${key}`),
          children:
            key !== tab ? null : (
              <Space orientation="vertical" style={{ width: '100%' }} size="middle">
                {WINDOWED.includes(key) && <WindowPicker window={window} onChange={(w) => set({ from: w.from, to: w.to })} />}
                {body(key)}
              </Space>
            ),
        }))}
      />
    </Page>
  );
}
