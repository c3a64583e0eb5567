import { allHandlersFinished, condition, defineUpdate, proxyLocalActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import type { BaselineActivities } from './baseline-activities';

/**
 * The benchmark's baseline: the same Temporal traffic and Postgres work as one Moat project, done the fastest
 * correct way Temporal offers and nothing else. Opening runs one read in the workflow body (Moat: pinning the policy)
 * and the first update one write (Moat: recording the opening); every later update runs the same reads and writes,
 * one after the other, as the Moat call it stands for (approve: a read, Moat's priceBooking, then the record; close:
 * write, read, write) and answers. Each is a local activity (run inside the workflow task, no activity task's trip
 * through the server), idempotent by (workflow, seq) as Moat's record is by (project, seq). The workflow completes
 * once the last update has answered, as a project completes when it is closed.
 */

export type Work = 'read' | 'write';

// The same timeout and retry policy as the project workflow's activities (workflows/project-workflow.ts).
const { read, write } = proxyLocalActivities<BaselineActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds', maximumAttempts: 30 },
});

export interface BaselineInput {
  /** Updates this workflow answers before it completes, the first (sent with the start) included. */
  updates: number;
}

/** Args: the update's number (1 for the one sent with the start) and the reads and writes it runs in sequence. */
export const baselineStepUpdate = defineUpdate<number, [number, Work[]]>('step');

export async function baselineWorkflow(input: BaselineInput): Promise<number> {
  const { workflowId } = workflowInfo();
  let opened = false;
  let answered = 0;
  let seq = 0;

  setHandler(baselineStepUpdate, async (_step, work) => {
    await condition(() => opened);
    for (const kind of work) {
      if (kind === 'read') await read({ workflowId });
      else await write({ workflowId, seq: ++seq });
    }
    answered += 1;
    return answered;
  });

  await read({ workflowId });
  opened = true;

  await condition(() => answered >= input.updates);
  await condition(allHandlersFinished);
  return answered;
}
