import { isCalendarDate, signedCommitments, type Commitment } from './commitments';
import { deadlineAfter, feasibilitySigner, hasEscalatedTo } from './collaborate';
import { reject } from './errors';
import type { Actor } from './people';
import { deliveryHandoffPolicy } from './policy';
import type { DecisionTime, ProjectState } from './project';
import {
  deliveryHandoffKey,
  promisesOf,
  type CommitmentOutcome,
  type DeliveryHandoff,
  type DeliveryOwnerVia,
  type PromiseEvent,
} from './promises';

/**
 * 交付移交, 一票到底 into delivery: after a win the project is offered to who answers for delivery, who accepts it or
 * declines it up the manager tree; the one who accepted records the go-live, every commitment of the win kept or
 * not. Pure: the workflow decides with these (the state and events are in promises.ts).
 */

/**
 * Who answers for delivery after a win, in order of preference: the delivery team lead appointed at dispatch (A/B),
 * the delivery manager named at close, whoever signed feasibility; with none of them, the owner at close keeps it.
 */
export function deliveryOwnerOnWin(state: ProjectState, win: { deliveryManagerId?: string }): { personId: string; via: DeliveryOwnerVia } {
  const signer = feasibilitySigner(state.policy.document, {
    tier: state.tier,
    onChannelPath: state.match.onChannelPath,
    officeId: state.facts.officeId,
    dispatch: state.match.dispatch,
  });
  if (signer.kind === 'team_lead' && signer.leadId) return { personId: signer.leadId, via: 'team_lead' };
  if (win.deliveryManagerId) return { personId: win.deliveryManagerId, via: 'delivery_manager' };
  const signedBy = state.collaboration.feasibility?.approved ? state.collaboration.feasibility.signedById : null;
  if (signedBy) return { personId: signedBy, via: 'feasibility_signer' };
  return { personId: state.ownerId, via: 'owner' };
}

function offer(state: ProjectState, to: { personId: string; via: DeliveryOwnerVia }, commitments: Commitment[], time: DecisionTime): PromiseEvent {
  const dueAt = deadlineAfter(state.policy.document, time.now, deliveryHandoffPolicy(state.policy.document).acceptHours);
  return { type: 'delivery_handoff_offered', toPersonId: to.personId, via: to.via, dueAt, commitments };
}

/** The delivery handoff (交付移交) a win opens, carrying the commitments of the last approved sign-off. */
export function deliveryHandoffOnWin(state: ProjectState, win: { deliveryManagerId?: string }, time: DecisionTime): PromiseEvent {
  return offer(state, deliveryOwnerOnWin(state, win), signedCommitments(state), time);
}

// ---------------------------------------------------------------------------------------------------------------
// Accepting or declining the handoff.

function offeredHandoff(state: ProjectState): DeliveryHandoff {
  const handoff = promisesOf(state).handoff;
  if (!handoff) throw reject.conflict('this project has no delivery handoff: one is offered when the project is won');
  if (handoff.status !== 'offered') throw reject.conflict(`the delivery handoff was already accepted by ${handoff.ownerId}`);
  return handoff;
}

/**
 * The offeree decides, or their delegate while they are out of office; a manager the offer escalated to may also
 * accept it (then they answer for delivery). Answers on whose behalf, or null.
 */
function standsFor(state: ProjectState, handoff: DeliveryHandoff, actor: Actor, verb: 'accept' | 'decline'): boolean {
  return (
    actor.id === handoff.toPersonId ||
    actor.actingFor.includes(handoff.toPersonId) ||
    (verb === 'accept' && hasEscalatedTo(state, deliveryHandoffKey(handoff), actor.id))
  );
}

function offereeOrStandIn(state: ProjectState, handoff: DeliveryHandoff, actor: Actor, verb: 'accept' | 'decline'): string | null {
  if (!standsFor(state, handoff, actor, verb)) throw reject.forbidden(`only the person offered the delivery handoff (or their delegate) may ${verb} it`);
  return actor.id === handoff.toPersonId ? null : handoff.toPersonId;
}

/** What `actor` may do about the delivery now: accept or decline the offer, record the go-live (how many commitments). */
export function deliveryRights(state: ProjectState, actor: Actor): { accept: boolean; decline: boolean; goLive: number | null } {
  const { handoff, goLive } = promisesOf(state);
  const offered = handoff?.status === 'offered';
  return {
    accept: offered && standsFor(state, handoff, actor, 'accept'),
    decline: offered && standsFor(state, handoff, actor, 'decline'),
    goLive: handoff?.status === 'accepted' && handoff.ownerId === actor.id && !goLive ? handoff.commitments.length : null,
  };
}

export function decideAcceptDeliveryHandoff(state: ProjectState, cmd: { actor: Actor }): PromiseEvent[] {
  const handoff = offeredHandoff(state);
  const onBehalfOf = offereeOrStandIn(state, handoff, cmd.actor, 'accept');
  return [{ type: 'delivery_handoff_accepted', toPersonId: cmd.actor.id, onBehalfOf }];
}

/** Every rule of a decline but where it goes next (that needs the manager tree). */
export function checkDeclineDeliveryHandoff(state: ProjectState, cmd: { actor: Actor; reason: string }): DeliveryHandoff {
  const handoff = offeredHandoff(state);
  offereeOrStandIn(state, handoff, cmd.actor, 'decline');
  if (!cmd.reason.trim()) throw reject.invalid('declining needs a reason', [{ path: 'reason', message: 'required' }]);
  return handoff;
}

/**
 * A decline sends the handoff up, never sideways: to the offeree's manager (`managers`, nearest first), who may take
 * it or pass it up in turn. At the top of the tree there is nobody to pass it to: accept it.
 */
export function decideDeclineDeliveryHandoff(
  state: ProjectState,
  cmd: { actor: Actor; reason: string },
  managers: readonly string[],
  time: DecisionTime,
): PromiseEvent[] {
  const handoff = checkDeclineDeliveryHandoff(state, cmd);
  const next = managers[0];
  if (!next) {
    throw reject.conflict('the delivery handoff has nobody above its offeree to go to: they are at the top of the manager tree, so they accept it');
  }
  const onBehalfOf = handoff.toPersonId === cmd.actor.id ? null : handoff.toPersonId;
  return [
    { type: 'delivery_handoff_declined', personId: handoff.toPersonId, reason: cmd.reason.trim(), onBehalfOf },
    offer(state, { personId: next, via: 'manager' }, handoff.commitments, time),
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Go-live: each commitment kept or not.

export interface GoLiveCommand {
  actor: Actor;
  liveOn: string;
  commitments: Array<{ index: number; kept: boolean; note?: string }>;
}

/** A day after today (UTC) is still "today" somewhere the go-live happened. */
const dayAfter = (iso: string) => new Date(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

function goLiveOutcomes(handoff: DeliveryHandoff, given: GoLiveCommand['commitments']): CommitmentOutcome[] {
  const problems: Array<{ path: string; message: string }> = [];
  const byIndex = new Map<number, GoLiveCommand['commitments'][number]>();
  given.forEach((g, i) => {
    if (!Number.isInteger(g.index) || g.index < 0 || g.index >= handoff.commitments.length) {
      problems.push({ path: `commitments[${i}].index`, message: `no commitment ${g.index}: the win promised ${handoff.commitments.length} (0–${handoff.commitments.length - 1})` });
    } else if (byIndex.has(g.index)) {
      problems.push({ path: `commitments[${i}].index`, message: `commitment ${g.index} is given twice` });
    } else {
      byIndex.set(g.index, g);
    }
    if (!g.kept && !g.note?.trim()) problems.push({ path: `commitments[${i}].note`, message: 'a commitment not kept needs a note saying why' });
  });
  const missing = handoff.commitments.map((_, i) => i).filter((i) => !byIndex.has(i));
  if (missing.length > 0) problems.push({ path: 'commitments', message: `every commitment the win promised is accounted for; missing: ${missing.join(', ')}` });
  if (problems.length > 0) throw reject.invalid(`the go-live does not account for the commitments: ${problems[0]!.message}`, problems);
  return handoff.commitments.map((c, index) => {
    const g = byIndex.get(index)!;
    return { index, item: c.item, dueDate: c.dueDate, kept: g.kept, note: g.note?.trim() || null };
  });
}

const sameOutcomes = (a: readonly CommitmentOutcome[], b: readonly CommitmentOutcome[]) =>
  a.length === b.length && a.every((o, i) => o.kept === b[i]!.kept && (o.note ?? null) === (b[i]!.note ?? null));

/**
 * The accepted delivery owner records the go-live, every commitment of the win kept or not (a note for each not
 * kept). The same go-live again is answered as done (no event); a different one is refused.
 */
export function decideRecordGoLive(state: ProjectState, cmd: GoLiveCommand, time: DecisionTime): PromiseEvent[] {
  const { handoff, goLive } = promisesOf(state);
  if (!handoff) throw reject.conflict('a go-live is recorded after a win, once the delivery handoff is accepted; this project has none');
  if (handoff.status !== 'accepted') throw reject.conflict(`the delivery handoff is not accepted yet: ${handoff.toPersonId} accepts it first`);
  if (cmd.actor.id !== handoff.ownerId) throw reject.forbidden('only the delivery owner who accepted the handoff records the go-live');
  if (!isCalendarDate(cmd.liveOn)) throw reject.invalid('the go-live date is a date, YYYY-MM-DD', [{ path: 'liveOn', message: 'not a date' }]);
  const today = time.now.slice(0, 10);
  const wonOn = handoff.offeredAt.slice(0, 10);
  const outcomes = goLiveOutcomes(handoff, cmd.commitments);
  if (goLive) {
    if (goLive.liveOn === cmd.liveOn && sameOutcomes(goLive.outcomes, outcomes)) return [];
    throw reject.conflict(`the go-live was already recorded (live on ${goLive.liveOn}); it is not recorded twice`);
  }
  if (cmd.liveOn < wonOn) throw reject.invalid(`the project went live after it was won (${wonOn})`, [{ path: 'liveOn', message: `before ${wonOn}` }]);
  if (cmd.liveOn > dayAfter(today)) throw reject.invalid('a go-live is recorded once it happened', [{ path: 'liveOn', message: 'in the future' }]);
  return [{ type: 'go_live_recorded', liveOn: cmd.liveOn, outcomes }];
}
