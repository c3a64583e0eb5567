import { ledgerTotals } from './cost-ledger';
import type { ProjectState } from './project';

/**
 * What the `projects` row holds of a project: the facts, where it stands, and the totals Match keeps — without the
 * pinned policy document, the ledger and the rest of the state, which the record never reads. The workflow sends
 * this to its record activity, not the whole state (about 11 KB a time, most of it the policy).
 */
export type ProjectRow = Pick<
  ProjectState,
  'projectId' | 'facts' | 'tier' | 'stage' | 'stageEnteredAt' | 'stageDeadline' | 'ownerId' | 'status' | 'closeReason' | 'seq'
> & {
  policyVersion: number;
  budget: { amount: number; currency: string };
  committedAmount: number;
  actualAmount: number;
  dispatch: { status: string; leadId: string | null; deliveryCenterId: string | null } | null;
  feasibility: 'approved' | 'rejected' | null;
  /** 商机质量 as last scored; absent in rows sent by histories from before it existed. */
  quality?: { factors: Record<string, number>; score: number } | null;
};

export function projectRowOf(state: ProjectState): ProjectRow {
  const totals = ledgerTotals(state.match.ledger, state.match.budget.currency);
  const dispatch = state.match.dispatch;
  const feasibility = state.collaboration.feasibility;
  return {
    projectId: state.projectId,
    facts: state.facts,
    policyVersion: state.policy.version,
    tier: state.tier,
    stage: state.stage,
    stageEnteredAt: state.stageEnteredAt,
    stageDeadline: state.stageDeadline,
    ownerId: state.ownerId,
    status: state.status,
    closeReason: state.closeReason,
    seq: state.seq,
    budget: state.match.budget,
    committedAmount: totals.committed.amount,
    actualAmount: totals.actual.amount,
    dispatch: dispatch ? { status: dispatch.status, leadId: dispatch.leadId, deliveryCenterId: dispatch.deliveryCenterId } : null,
    feasibility: feasibility ? (feasibility.approved ? 'approved' : 'rejected') : null,
    quality: state.quality ? { factors: state.quality.factors, score: state.quality.score } : null,
  };
}
