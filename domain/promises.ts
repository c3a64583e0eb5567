import {
  checkCommitments,
  currentCommitments,
  gateState,
  reopenedRefusal,
  sameCommitments,
  type Commitment,
  type CommitmentChange,
} from './commitments';
import { feasibilitySigner, type SignFeasibilityCommand } from './collaborate';
import { reject } from './errors';
import { eventTypeGuard, requireOpen } from './guards';
import type { Actor } from './people';
import type { ProjectState } from './project';

/**
 * 不随意许诺, 一票到底 into delivery: the commitments a feasibility sign-off promised are carried past the win. A change
 * by the sales side reopens the gate until delivery signs again; a win offers the project to who answers for
 * delivery, who must accept it (delivery-handoff.ts); the go-live records each commitment kept or not. Pure: the
 * workflow decides with these and the report adds up what they recorded.
 */

/** Why the delivery handoff went to this person, in the order of preference at a win, then after a decline. */
export type DeliveryOwnerVia = 'team_lead' | 'delivery_manager' | 'feasibility_signer' | 'owner' | 'manager';

export interface DeliveryHandoff {
  toPersonId: string;
  via: DeliveryOwnerVia;
  status: 'offered' | 'accepted';
  offeredAt: string;
  dueAt: string;
  /** Who accepted — the offeree, their delegate, or a manager the offer escalated to: the delivery owner. */
  ownerId: string | null;
  acceptedAt: string | null;
  /** What the win promised: the commitments of the last approved sign-off. */
  commitments: Commitment[];
  /** Everyone who declined it so far, in order. */
  declinedBy: string[];
}

export interface CommitmentOutcome extends Commitment {
  index: number;
  kept: boolean;
  note: string | null;
}

export interface GoLive {
  liveOn: string;
  recordedById: string;
  at: string;
  outcomes: CommitmentOutcome[];
}

export interface PromisesState {
  /** The latest change of the commitments by the sales side (it counts while it amends the latest sign-off). */
  change: CommitmentChange | null;
  handoff: DeliveryHandoff | null;
  goLive: GoLive | null;
}

export type PromiseEvent =
  | {
      type: 'commitments_changed';
      commitments: Commitment[];
      reason: string;
      /** The sign-off it amends (its time), null before any. */
      amends: string | null;
      /** Who signs feasibility and is told: the team lead, or the office's latest signer. */
      signerId: string | null;
      /** With no one signed yet on the office path: the office whose delivery people sign, all told. */
      signerOfficeId?: string | null;
    }
  | { type: 'delivery_handoff_offered'; toPersonId: string; via: DeliveryOwnerVia; dueAt: string; commitments: Commitment[] }
  | { type: 'delivery_handoff_accepted'; toPersonId: string; onBehalfOf: string | null }
  | { type: 'delivery_handoff_declined'; personId: string; reason: string; onBehalfOf: string | null }
  | { type: 'go_live_recorded'; liveOn: string; outcomes: CommitmentOutcome[] };

export const isPromiseEvent: (event: { type: string }) => event is PromiseEvent = eventTypeGuard<PromiseEvent>({
  commitments_changed: true,
  delivery_handoff_offered: true,
  delivery_handoff_accepted: true,
  delivery_handoff_declined: true,
  go_live_recorded: true,
});

export const emptyPromises = (): PromisesState => ({ change: null, handoff: null, goLive: null });

/** States from before promises were kept have none. */
export const promisesOf = (state: Pick<ProjectState, 'promises'>): PromisesState => state.promises ?? emptyPromises();

export function evolvePromises(promises: PromisesState, event: PromiseEvent & { at: string; actorId: string }): PromisesState {
  switch (event.type) {
    case 'commitments_changed':
      return {
        ...promises,
        change: { commitments: event.commitments, reason: event.reason, changedById: event.actorId, at: event.at, amends: event.amends },
      };
    case 'delivery_handoff_offered':
      return {
        ...promises,
        handoff: {
          toPersonId: event.toPersonId,
          via: event.via,
          status: 'offered',
          offeredAt: event.at,
          dueAt: event.dueAt,
          ownerId: null,
          acceptedAt: null,
          commitments: event.commitments,
          declinedBy: promises.handoff?.declinedBy ?? [],
        },
      };
    case 'delivery_handoff_accepted':
      return promises.handoff
        ? { ...promises, handoff: { ...promises.handoff, status: 'accepted', ownerId: event.toPersonId, acceptedAt: event.at } }
        : promises;
    case 'delivery_handoff_declined':
      return promises.handoff ? { ...promises, handoff: { ...promises.handoff, declinedBy: [...promises.handoff.declinedBy, event.personId] } } : promises;
    case 'go_live_recorded':
      return { ...promises, goLive: { liveOn: event.liveOn, recordedById: event.actorId, at: event.at, outcomes: event.outcomes } };
  }
}

/** The delivery handoff waits for acceptance or the go-live: the workflow stays to collect it. */
export function deliveryOpen(state: ProjectState): boolean {
  const { handoff, goLive } = promisesOf(state);
  return handoff !== null && goLive === null;
}

/** The escalation key of the offer as it stands: a new offeree starts a new ladder. */
export const deliveryHandoffKey = (handoff: Pick<DeliveryHandoff, 'toPersonId' | 'offeredAt'>): string =>
  `delivery_handoff:${handoff.toPersonId}:${handoff.offeredAt}`;

// ---------------------------------------------------------------------------------------------------------------
// Changing the commitments (reopens the gate).

/**
 * Who signs feasibility on the project and is told of a change: the team lead (none before one is appointed), or on
 * the office path whoever signed last, else every delivery person of the office.
 */
function signersToTell(state: ProjectState): { signerId: string | null; signerOfficeId: string | null } {
  const signer = feasibilitySigner(state.policy.document, {
    tier: state.tier,
    onChannelPath: state.match.onChannelPath,
    officeId: state.facts.officeId,
    dispatch: state.match.dispatch,
  });
  if (signer.kind === 'team_lead') return { signerId: signer.leadId, signerOfficeId: null };
  const signedBy = state.collaboration.feasibility?.signedById ?? null;
  return { signerId: signedBy, signerOfficeId: signedBy ? null : signer.officeId };
}

/** Who speaks for the sales side: the owner, the sales owner, a manager above the owner. */
export function changesCommitments(state: ProjectState, actor: Actor): boolean {
  return actor.id === state.ownerId || actor.id === state.facts.salesOwnerId || actor.manages.includes(state.ownerId);
}

/**
 * The sales side changes what is promised: the owner, the sales owner, or a manager above the owner, with a reason.
 * After an approved sign-off the gate reopens (it no longer counts) until delivery signs the new list; before any,
 * the list waits for delivery to sign it.
 */
export function decideChangeCommitments(state: ProjectState, cmd: { actor: Actor; commitments: Commitment[]; reason: string }): PromiseEvent[] {
  requireOpen(state);
  if (!changesCommitments(state, cmd.actor)) {
    throw reject.forbidden("only the owner, the sales owner or a manager above the owner changes what is promised");
  }
  const reason = cmd.reason.trim();
  if (!reason) throw reject.invalid('say why the commitments change', [{ path: 'reason', message: 'required' }]);
  const commitments = checkCommitments(cmd.commitments);
  if (sameCommitments(commitments, currentCommitments(state))) {
    throw reject.conflict('the commitments are already these; nothing changes', [{ path: 'commitments', message: 'unchanged' }]);
  }
  return [{ type: 'commitments_changed', commitments, reason, amends: state.collaboration.feasibility?.at ?? null, ...signersToTell(state) }];
}

/** What a feasibility sign-off signs: the list it names, or else the commitments as they stand (a change waiting for it). */
export function commitmentsToSign(state: ProjectState, args: SignFeasibilityCommand): SignFeasibilityCommand & { commitments: Commitment[] } {
  return { ...args, commitments: args.commitments ?? currentCommitments(state) };
}

// ---------------------------------------------------------------------------------------------------------------
// The win: the gate must hold (the delivery handoff it offers: delivery-handoff.ts).

export interface PromiseRules {
  /** Off only when replaying histories recorded before the delivery handoff (patch `moat-delivery-handoff`). */
  deliveryHandoff: boolean;
}

/** A won close needs the gate to hold: no change waiting for delivery, and (with the handoff) no negative sign-off. */
export function requireGateHoldsForWin(state: ProjectState, rules: PromiseRules): void {
  const gate = gateState(state);
  if (gate === 'reopened') throw reopenedRefusal('closing won');
  if (rules.deliveryHandoff && gate === 'rejected') {
    throw reject.conflict('closing won needs delivery to stand behind what was promised: the latest feasibility sign-off is negative', [
      { path: 'feasibility', message: 'negative' },
    ]);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The report: promises kept.

export interface PromiseCounts {
  /** Commitments of the projects that went live in the window. */
  made: number;
  kept: number;
  notKept: number;
  /** Commitments of won projects not yet live whose due date passed (within the window). */
  stillOpen: number;
}

/** Kept of those accounted for at go-live, in basis points (rounded down); null when none went live. */
export function keptShareBasisPoints(counts: Pick<PromiseCounts, 'kept' | 'notKept'>): number | null {
  const accounted = counts.kept + counts.notKept;
  return accounted > 0 ? Math.floor((counts.kept * 10_000) / accounted) : null;
}
