import { allHandlersFinished, condition, defineUpdate, proxyActivities, setHandler } from '@temporalio/workflow';
import type * as activities from './baseline-activities';

/**
 * The benchmark's baseline: the same shape of Temporal traffic as one Moat project, without Moat. Opening runs
 * one activity in the workflow body (Moat: pinPolicyAndClassify) and the first update one more (Moat: recording
 * the opening event); every later update runs as many activities, one after the other, as the Moat call it
 * stands for (one for most; two for approving a resource request: Moat's priceBooking, then the record) and
 * answers. The workflow completes once the last update has answered, as a project completes when it is closed.
 */

// The same timeout and retry policy as the project workflow's activities (workflows/project-workflow.ts).
const { noop } = proxyActivities<typeof activities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds', maximumAttempts: 30 },
});

export interface BaselineInput {
  /** Updates this workflow answers before it completes, the first (sent with the start) included. */
  updates: number;
}

/** Args: the update's number (1 for the one sent with the start) and how many activities it runs in sequence. */
export const baselineStepUpdate = defineUpdate<number, [number, number]>('step');

export async function baselineWorkflow(input: BaselineInput): Promise<number> {
  let opened = false;
  let answered = 0;

  setHandler(baselineStepUpdate, async (step, activityCount) => {
    await condition(() => opened);
    for (let i = 0; i < activityCount; i++) await noop(step);
    answered += 1;
    return answered;
  });

  await noop(0);
  opened = true;

  await condition(() => answered >= input.updates);
  await condition(allHandlersFinished);
  return answered;
}
