import { allHandlersFinished, ApplicationFailure, condition, defineQuery, defineUpdate, proxyActivities, setHandler, sleep } from '@temporalio/workflow';
import type { MoatActivities } from '../activities';
import type { AppealDecision, PeriodAppeal, PeriodStatus } from '../domain/performance';
import type { Role } from '../domain/people';
import type { Period } from '../domain/targets';
import { NOTIFICATION_DELIVERY_RETRY, NOTIFICATION_DELIVERY_TIMEOUT } from '../notify/retry-policy';
import { patchedSince } from './patches';

/**
 * 绩效打分 at a period's close: the results are computed and stored, every scored person is told, the appeal window
 * runs (appeals filed, the scorer's manager decides each), and once it has closed with no appeal open the period is
 * frozen. One workflow per period (`performance-period-2026Q4`), started by a director.
 */

export interface PerformancePeriodInput {
  period: Period;
  closedById: string;
  reason: string;
  /** Closed before the period's last day (the director said so). */
  early: boolean;
}

export interface PerformancePeriodView {
  period: Period;
  status: 'closing' | PeriodStatus;
  appealUntil: string | null;
  policyVersion: number | null;
  openAppeals: number;
}

export interface FileAppealArgs {
  appealId: string;
  personId: string;
  projectId: string;
  reason: string;
}

export interface DecideAppealArgs extends AppealDecision {
  appealId: string;
  decider: { id: string; roles: Role[] };
  reason: string;
}

export function performancePeriodWorkflowId(period: string): string {
  return `performance-period-${period}`;
}

/** Answers once the close is on record: the route that closes a period answers with it (update-with-start). */
export const periodClosedUpdate = defineUpdate<PerformancePeriodView>('periodClosed');
export const fileAppealUpdate = defineUpdate<PeriodAppeal, [FileAppealArgs]>('fileAppeal');
export const decideAppealUpdate = defineUpdate<PeriodAppeal, [DecideAppealArgs]>('decideAppeal');
export const performancePeriodQuery = defineQuery<PerformancePeriodView>('performancePeriod');

const { closePerformancePeriod, filePerformanceAppeal, decidePerformanceAppeal, escalatePerformanceAppeals, freezePerformancePeriod } = proxyActivities<MoatActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds', maximumAttempts: 30 },
});
const { deliverNotifications } = proxyActivities<MoatActivities>({ startToCloseTimeout: NOTIFICATION_DELIVERY_TIMEOUT, retry: NOTIFICATION_DELIVERY_RETRY });

const now = () => new Date().toISOString();

export async function performancePeriodWorkflow(input: PerformancePeriodInput): Promise<PerformancePeriodView> {
  // An appeal left undecided moves up its decider's manager tree (added after the first periods were closed).
  const escalatesAppeals = patchedSince('moat-appeal-escalation');
  let status: PerformancePeriodView['status'] = 'closing';
  let appealUntil: string | null = null;
  let policyVersion: number | null = null;
  let windowClosed = false;
  const appeals = new Map<string, PeriodAppeal['status']>();
  const deliveries: Array<Promise<unknown>> = [];

  const openAppeals = () => [...appeals.values()].filter((s) => s === 'open').length;
  const view = (): PerformancePeriodView => ({ period: input.period, status, appealUntil, policyVersion, openAppeals: openAppeals() });
  const closed = () => status !== 'closing';
  // E-mail and webhooks off the critical path; a failing channel ends recorded as failed and never fails the period.
  const deliver = (notificationIds: number[]) => {
    if (notificationIds.length > 0) deliveries.push(deliverNotifications({ notificationIds }).catch(() => undefined));
  };
  const remember = (appeal: PeriodAppeal, notificationIds: number[]) => {
    appeals.set(appeal.appealId, appeal.status);
    deliver(notificationIds);
    return appeal;
  };

  setHandler(performancePeriodQuery, view);
  setHandler(periodClosedUpdate, async () => {
    await condition(closed);
    return view();
  });
  setHandler(
    fileAppealUpdate,
    async (args) => {
      await condition(closed);
      const { appeal, notificationIds } = await filePerformanceAppeal({ ...args, period: input.period, at: now() });
      return remember(appeal, notificationIds);
    },
    {
      validator: (_args: FileAppealArgs) => {
        if (windowClosed) throw ApplicationFailure.create({ type: 'conflict', message: `the appeal window of ${input.period} has closed`, nonRetryable: true });
      },
    },
  );
  setHandler(decideAppealUpdate, async (args) => {
    await condition(closed);
    const { appeal, notificationIds } = await decidePerformanceAppeal({ ...args, period: input.period, at: now() });
    return remember(appeal, notificationIds);
  });

  const record = await closePerformancePeriod({ ...input, at: now() });
  ({ status, appealUntil, policyVersion } = record);
  deliver(record.notificationIds);
  if (status === 'appeal') {
    const remaining = Date.parse(record.appealUntil) - Date.now();
    if (remaining > 0) await sleep(remaining);
    windowClosed = true;
    const settled = () => openAppeals() === 0 && allHandlersFinished();
    if (escalatesAppeals) {
      let decideBy = record.decideBy;
      // Until every appeal is decided: wait for the decider's time, then move what is still open one level up.
      while (!(await condition(settled, Math.max(1, Date.parse(decideBy) - Date.now())))) {
        const escalation = await escalatePerformanceAppeals({ period: input.period, at: now() });
        deliver(escalation.notificationIds);
        decideBy = escalation.decideBy;
      }
    } else await condition(settled);
    await freezePerformancePeriod({ period: input.period, at: now() });
    status = 'frozen';
  }
  await Promise.all(deliveries);
  return view();
}
