import { proxyActivities } from '@temporalio/workflow';
import type { MoatActivities } from '../activities';

const { correctCredit } = proxyActivities<MoatActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds', maximumAttempts: 20 },
});

export interface CreditCorrectionInput {
  projectId: string;
  /** Names this correction; its entries' idempotency keys derive from it, so a retry adds nothing twice. */
  correctionId: string;
  amount: number;
  reason: string;
  actorId: string;
}

export function creditCorrectionWorkflowId(projectId: string, correctionId: string): string {
  return `credit-correction-${projectId}-${correctionId}`;
}

/**
 * A corrected final value of a won deal: correcting credit and revenue entries (deltas) appended in one
 * transaction. A workflow of its own because the project's workflow may have finished long ago.
 */
export async function creditCorrectionWorkflow(input: CreditCorrectionInput): Promise<{ projectId: string; finalValue: { amount: number; currency: string }; entries: number }> {
  return correctCredit(input);
}
