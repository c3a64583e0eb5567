import { proxyActivities } from '@temporalio/workflow';
import type { MoatActivities } from '../activities';

/**
 * What-if over a large window (issue 15): the candidate policy re-run batch by batch (each an activity that reads the
 * record and stores its projects' outcomes, so progress is visible as `done` of `total`), then the report added up.
 * It never touches a project, the ledger or a notification. One workflow per simulation (`policy-simulation-<id>`).
 */

/** Where the next batch starts: the last project simulated, in opening order (db/policy-simulation.ts). */
interface SimulationCursor {
  createdAt: string;
  id: string;
}

export interface PolicySimulationInput {
  simulationId: string;
}

export function policySimulationWorkflowId(simulationId: string): string {
  return `policy-simulation-${simulationId}`;
}

const { simulatePolicyBatch, finishPolicySimulation } = proxyActivities<MoatActivities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds', maximumAttempts: 10 },
});
const { failPolicySimulation } = proxyActivities<MoatActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds', maximumAttempts: 30 },
});

export async function policySimulationWorkflow(input: PolicySimulationInput): Promise<{ projects: number }> {
  const { simulationId } = input;
  let after: SimulationCursor | null = null;
  let projects = 0;
  try {
    do {
      const batch: { simulated: number; next: SimulationCursor | null } = await simulatePolicyBatch({ simulationId, after });
      projects += batch.simulated;
      after = batch.next;
    } while (after);
    await finishPolicySimulation({ simulationId, at: new Date().toISOString() });
  } catch (error) {
    // The simulation says it failed (and why) instead of showing a progress that never moves.
    await failPolicySimulation({ simulationId, error: (error as Error).message, at: new Date().toISOString() });
    throw error;
  }
  return { projects };
}
