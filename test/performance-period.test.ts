import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MoatActivities } from '../activities';
import type { PeriodAppeal } from '../domain/performance';
import {
  decideAppealUpdate,
  fileAppealUpdate,
  performancePeriodQuery,
  performancePeriodWorkflowId,
  periodClosedUpdate,
  type performancePeriodWorkflow,
} from '../workflows/performance-period-workflow';
import { uniqueSuffix } from './support/moat';
import { startTimeSkippingWorker, type TimeSkippingWorker } from './support/time-skipping';

/*
 * 绩效打分's period close on the real workflow with its activities in memory, on the time-skipping test server: the
 * appeal window of days runs in milliseconds. The period stays open to appeals until its window closes, and then
 * until every appeal filed in it is decided; only then is it frozen.
 */

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const WINDOW = 5 * DAY;
/** The decider's time once the window has closed, and again after each move up. */
const DECIDE = 3 * DAY;

interface Period {
  closedAt?: number;
  frozenAt?: number;
  appeals: PeriodAppeal[];
  /** When the open appeals were moved up a level. */
  escalations: number[];
}
const periods = new Map<string, Period>();

const activities = {
  async closePerformancePeriod({ period, at }: { period: string; at: string }) {
    periods.get(period)!.closedAt = Date.parse(at);
    const appealUntil = Date.parse(at) + WINDOW;
    const decideBy = new Date(appealUntil + DECIDE).toISOString();
    return { period, status: 'appeal' as const, policyVersion: 1, appealUntil: new Date(appealUntil).toISOString(), decideBy, closedEarly: false, notificationIds: [1] };
  },
  async filePerformanceAppeal({ period, appealId, personId, projectId }: { period: string; appealId: string; personId: string; projectId: string }) {
    const appeal: PeriodAppeal = { appealId, personId, projectId, scorerId: 'owner', deciderId: 'boss', status: 'open' };
    periods.get(period)!.appeals.push(appeal);
    return { appeal, notificationIds: [2] };
  },
  async decidePerformanceAppeal({ period, appealId, outcome }: { period: string; appealId: string; outcome: 'upheld' | 'amended' }) {
    const appeal = periods.get(period)!.appeals.find((a) => a.appealId === appealId)!;
    appeal.status = outcome;
    return { appeal, notificationIds: [] };
  },
  async escalatePerformanceAppeals({ period, at }: { period: string; at: string }) {
    periods.get(period)!.escalations.push(Date.parse(at));
    return { escalated: 1, decideBy: new Date(Date.parse(at) + DECIDE).toISOString(), notificationIds: [3] };
  },
  async freezePerformancePeriod({ period, at }: { period: string; at: string }) {
    periods.get(period)!.frozenAt = Date.parse(at);
  },
  async deliverNotifications() {
    return { sent: 0, failed: 0, pending: 0 };
  },
} satisfies Partial<MoatActivities>;

let server: TimeSkippingWorker;
let env: TestWorkflowEnvironment;
const taskQueue = `performance-${uniqueSuffix()}`;

beforeAll(async () => {
  server = await startTimeSkippingWorker(taskQueue, activities);
  env = server.env;
});

afterAll(async () => {
  await server?.stop();
});

let quarter = 0;
async function closePeriod(): Promise<{ handle: WorkflowHandle<typeof performancePeriodWorkflow>; period: string; record: Period; appealUntil: number }> {
  const period = `2${String(100 + quarter).padStart(3, '0')}Q${(quarter++ % 4) + 1}`;
  const record: Period = { appeals: [], escalations: [] };
  periods.set(period, record);
  const handle = await env.client.workflow.start<typeof performancePeriodWorkflow>('performancePeriodWorkflow', {
    taskQueue,
    workflowId: performancePeriodWorkflowId(period),
    args: [{ period, closedById: 'director', reason: 'quarter end', early: false }],
  });
  const view = await handle.executeUpdate(periodClosedUpdate);
  expect(view).toMatchObject({ period, status: 'appeal', openAppeals: 0 });
  return { handle, period, record, appealUntil: Date.parse(view.appealUntil!) };
}

async function advanceTo(instant: number): Promise<void> {
  const now = await env.currentTimeMs();
  if (instant > now) await env.sleep(Math.ceil(instant - now));
}

const appeal = (appealId: string) => ({ appealId, personId: 'ann', projectId: `project-${appealId}`, reason: 'my part was bigger' });

describe('绩效打分: a closed period runs its appeal window, then freezes', () => {
  it('freezes when the window closes with no appeal, and not a minute before', async () => {
    const { handle, record, appealUntil } = await closePeriod();
    expect(appealUntil - record.closedAt!).toBe(WINDOW);
    await advanceTo(appealUntil - MINUTE);
    expect(record.frozenAt).toBeUndefined();
    expect((await handle.query(performancePeriodQuery)).status).toBe('appeal');
    const done = await handle.result();
    expect(done.status).toBe('frozen');
    expect(record.frozenAt! - appealUntil).toBeGreaterThanOrEqual(0);
    expect(record.frozenAt! - appealUntil).toBeLessThan(MINUTE);
  });

  it('waits past the window for the appeals filed in it, refuses new ones, and freezes once the last is decided', async () => {
    const { handle, record, appealUntil } = await closePeriod();
    await advanceTo(record.closedAt! + DAY);
    expect(await handle.executeUpdate(fileAppealUpdate, { args: [appeal('a1')] })).toMatchObject({ appealId: 'a1', status: 'open' });
    expect(await handle.executeUpdate(fileAppealUpdate, { args: [appeal('a2')] })).toMatchObject({ appealId: 'a2', status: 'open' });
    await handle.executeUpdate(decideAppealUpdate, { args: [{ appealId: 'a1', decider: { id: 'boss', roles: ['manager'] }, outcome: 'upheld', reason: 'fair score' }] });

    await advanceTo(appealUntil + DAY);
    expect(record.frozenAt, 'an appeal is still open').toBeUndefined();
    expect(await handle.query(performancePeriodQuery)).toMatchObject({ status: 'appeal', openAppeals: 1 });
    const late = handle.executeUpdate(fileAppealUpdate, { args: [appeal('a3')] });
    await expect(late).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
    await expect(late).rejects.toMatchObject({ cause: { type: 'conflict' } });
    expect(record.appeals.map((a) => a.appealId)).toEqual(['a1', 'a2']);

    await handle.executeUpdate(decideAppealUpdate, { args: [{ appealId: 'a2', decider: { id: 'boss', roles: ['manager'] }, outcome: 'amended', score: 4, reason: 'the owner missed the migration work' }] });
    expect((await handle.result()).status).toBe('frozen');
    expect(record.frozenAt!).toBeGreaterThanOrEqual(appealUntil + DAY);
  });

  it('moves an appeal left undecided up a level when the decider’s time is up, and again, until it is decided', async () => {
    const { handle, record, appealUntil } = await closePeriod();
    await advanceTo(record.closedAt! + DAY);
    await handle.executeUpdate(fileAppealUpdate, { args: [appeal('b1')] });
    await advanceTo(appealUntil + DECIDE - MINUTE);
    expect(record.escalations, 'not before the decider’s time is up').toEqual([]);
    await advanceTo(appealUntil + DECIDE + MINUTE);
    expect(record.escalations).toHaveLength(1);
    expect(record.escalations[0]! - (appealUntil + DECIDE)).toBeLessThan(MINUTE);
    await advanceTo(appealUntil + 2 * DECIDE + MINUTE);
    expect(record.escalations).toHaveLength(2);
    await handle.executeUpdate(decideAppealUpdate, { args: [{ appealId: 'b1', decider: { id: 'top', roles: ['director'] }, outcome: 'upheld', reason: 'the score stands' }] });
    expect((await handle.result()).status).toBe('frozen');
    expect(record.escalations).toHaveLength(2);
  });
});
