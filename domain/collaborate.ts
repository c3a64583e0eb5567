/*
 * 过程协同 as pure rules: obligations and their deadlines, escalation ladders, feasibility (who signs, what is owed), deadline
 * extensions, reassignment and the new owner's clock. Long because the ladder and the rules that re-arm it
 * are one piece of logic; a split would spread one invariant over files.
 */
import { addBusinessHours, businessHoursBetween } from './business-calendar';
import { reject } from './errors';
import type { DecisionTime, ProjectState } from './project';
import { routingTier } from './approval-chain';
import { hasRole, type Actor, type PersonRef, type Role } from './people';
import { stagePolicy, stagesFor } from './pipeline';
import type { Tier } from './tier';
import type { PolicyDocument } from './policy';
import { eventTypeGuard, requireOpen } from './guards';
import { checkCommitments, requireGateNotReopened, type Commitment } from './commitments';

/**
 * 过程协同 (Collaborate): promises delivery can keep (the feasibility sign-off before proposal), and obligations
 * that outlive their SLA climbing the manager tree — reminder, manager, manager's manager. Pure: the workflow
 * sleeps until `nextEscalation(...).dueAt` on a durable timer and resolves managers through an activity.
 */

export interface FeasibilitySignOff {
  approved: boolean;
  note: string;
  signedById: string;
  at: string;
  /** 不随意许诺: what the sign-off promises (domain/commitments.ts); absent in sign-offs from before commitments. */
  commitments?: Commitment[];
}

/** One step of a ladder that fired. */
export interface EscalationMark {
  key: string;
  level: number;
  targetId: string | null;
  /** The ladder ran past the top of the manager tree: nothing further fires for this obligation. */
  exhausted: boolean;
}

export interface CollaborationState {
  /** 交付可行性确认: the latest sign-off; a negative one blocks proposal until a new positive one. */
  feasibility: FeasibilitySignOff | null;
  /** When the owner's clock on the current stage started: stage entry, a new owner, or an extension. */
  stageClockStart: string;
  /** Every escalation step fired, per obligation. */
  escalations: EscalationMark[];
}

export type ObligationKind = 'stage' | 'approval' | 'handoff' | 'scoring' | 'delivery_handoff';

/** Somebody owes the project an action by a deadline. */
export interface Obligation {
  key: string;
  kind: ObligationKind;
  refId: string;
  responsibleId: string | null;
  /** An approval for a pool (the directors) rather than one person. */
  responsibleRole: Role | null;
  since: string;
  deadline: string;
}

export type CollaborationEvent =
  | { type: 'feasibility_signed'; approved: boolean; note: string; commitments?: Commitment[] }
  | { type: 'deadline_extended'; from: string; to: string; reason: string }
  | {
      type: 'ownership_reassigned';
      fromPersonId: string;
      toPersonId: string;
      reason: string;
      /** The new owner's deadline when too little of the stage's was left (see `deadlineForNewOwner`). */
      stageDeadline?: string;
    }
  | {
      type: 'escalated';
      key: string;
      kind: ObligationKind;
      refId: string;
      level: number;
      responsibleId: string | null;
      targetId: string | null;
      targetRole: Role | null;
      dueAt: string;
      reason: string;
      exhausted: boolean;
    };

/**
 * The stage deadline a new owner (a reassignment, an accepted handoff) starts with: unchanged while enough of it is
 * left, else the policy's grace period from now — without it a reassigned overdue stage escalated at once, to the
 * very manager who had just acted.
 */
export function deadlineForNewOwner(state: ProjectState, now: string): string | undefined {
  return newOwnerDeadline(state.policy.document, state.stageDeadline, now);
}

/** `deadlineForNewOwner` on a deadline and a policy alone (the what-if re-times recorded owners with it). */
export function newOwnerDeadline(policy: PolicyDocument, deadline: string, now: string): string | undefined {
  const grace = deadlineAfter(policy, now, policy.escalation.newOwnerGraceHours);
  return Date.parse(grace) > Date.parse(deadline) ? grace : undefined;
}

/** A stage deadline may be pushed at most this far ahead: two years, beyond any sales cycle. */
export const MAX_DEADLINE_DAYS_AHEAD = 730;

export interface OwnerClockRules {
  /** Off only when replaying histories recorded before new owners got a fresh clock. */
  freshOwnerClock: boolean;
}

export function emptyCollaboration(stageClockStart: string): CollaborationState {
  return { feasibility: null, stageClockStart, escalations: [] };
}

/** A deadline `hours` of business time after `from`, on the policy's calendar. */
export function deadlineAfter(policy: PolicyDocument, from: string, hours: number): string {
  return addBusinessHours(policy.calendar, from, hours);
}

/** Everything the project is waiting on, each with who owes it and by when. */
export function obligations(state: ProjectState): Obligation[] {
  if (state.status !== 'open') {
    // After close only the owner's scores (主负责人打分) and the acceptance of the delivery handoff (交付移交) are owed.
    const owed: Obligation[] = [];
    const scoring = state.assess.scoring;
    if (scoring?.status === 'open') {
      owed.push({
        key: `scoring:${state.projectId}`,
        kind: 'scoring',
        refId: state.projectId,
        responsibleId: scoring.scorerId,
        responsibleRole: null,
        since: scoring.requestedAt,
        deadline: scoring.dueAt,
      });
    }
    const delivery = state.promises?.handoff;
    if (delivery?.status === 'offered') {
      owed.push({
        // The same key as domain/promises.ts `deliveryHandoffKey`: a new offeree starts a new ladder.
        key: `delivery_handoff:${delivery.toPersonId}:${delivery.offeredAt}`,
        kind: 'delivery_handoff',
        refId: state.projectId,
        responsibleId: delivery.toPersonId,
        responsibleRole: null,
        since: delivery.offeredAt,
        deadline: delivery.dueAt,
      });
    }
    return owed;
  }
  const policy = state.policy.document;
  const list: Obligation[] = [
    {
      key: stageObligationKey(state),
      kind: 'stage',
      refId: state.stage,
      responsibleId: state.ownerId,
      responsibleRole: null,
      since: state.collaboration.stageClockStart,
      deadline: state.stageDeadline,
    },
  ];
  const handoff = state.pendingHandoff;
  if (handoff) {
    list.push({
      key: `handoff:${handoff.id}`,
      kind: 'handoff',
      refId: handoff.id,
      responsibleId: handoff.toPersonId,
      responsibleRole: null,
      since: handoff.proposedAt,
      deadline: deadlineAfter(policy, handoff.proposedAt, policy.sla.handoffOfferHours),
    });
  }
  for (const approval of state.match.approvals) {
    if (approval.status !== 'pending') continue;
    list.push({
      key: `approval:${approval.id}`,
      kind: 'approval',
      refId: approval.id,
      responsibleId: approval.approver.personId,
      responsibleRole: approval.approver.personId ? null : approval.approver.role,
      since: approval.requestedAt,
      deadline: deadlineAfter(policy, approval.requestedAt, policy.sla.approvalHours[approval.kind]),
    });
  }
  return list;
}

/** When `level` of the ladder falls due for an obligation: 0 the reminder, 1 the deadline, then every step. */
export function escalationDueAt(policy: PolicyDocument, obligation: Obligation, level: number): string {
  const { calendar, escalation } = policy;
  if (level === 0) {
    // A clock restarted after its deadline (a new owner on an overdue stage) reminds at once.
    if (obligation.deadline <= obligation.since) return obligation.since;
    const sla = businessHoursBetween(calendar, obligation.since, obligation.deadline);
    return addBusinessHours(calendar, obligation.since, (sla * escalation.reminderAtBasisPoints) / 10_000);
  }
  return addBusinessHours(calendar, obligation.deadline, (level - 1) * escalation.stepHours);
}

export interface DueEscalation {
  obligation: Obligation;
  level: number;
  dueAt: string;
}

/** The next step of any ladder, or undefined when nothing is owed or every ladder has run out. */
export function nextEscalation(state: ProjectState): DueEscalation | undefined {
  const policy = state.policy.document;
  let next: DueEscalation | undefined;
  for (const obligation of obligations(state)) {
    const steps = state.collaboration.escalations.filter((e) => e.key === obligation.key);
    if (steps.some((e) => e.exhausted)) continue;
    const level = Math.max(-1, ...steps.map((e) => e.level)) + 1;
    // A pool (the directors) has no manager to climb to: it is reminded and told when overdue.
    const top = obligation.responsibleId ? policy.escalation.maxLevels : 1;
    if (level > top) continue;
    const dueAt = escalationDueAt(policy, obligation, level);
    if (!next || dueAt < next.dueAt) next = { obligation, level, dueAt };
  }
  return next;
}

/**
 * The escalation event for a due step. `managers` is the responsible person's manager chain, nearest first:
 * level 1 goes to the manager, level 2 to the manager's manager; past the top of the tree the ladder ends.
 */
export function escalationEvent(due: DueEscalation, managers: readonly string[]): CollaborationEvent {
  const { obligation, level } = due;
  const WHAT: Record<ObligationKind, string> = {
    stage: `stage "${obligation.refId}" is due ${obligation.deadline}`,
    handoff: `a handoff offer is due ${obligation.deadline}`,
    approval: `an approval is due ${obligation.deadline}`,
    scoring: `scores for the project's participants are due ${obligation.deadline}`,
    delivery_handoff: `the delivery handoff of a won project waits to be accepted since ${obligation.since}, due ${obligation.deadline}`,
  };
  const what = WHAT[obligation.kind];
  let targetId: string | null = null;
  let targetRole: Role | null = null;
  let reason: string;
  if (level === 0) {
    targetId = obligation.responsibleId;
    targetRole = obligation.responsibleRole;
    reason = `reminder: ${what}`;
  } else if (!obligation.responsibleId) {
    targetRole = obligation.responsibleRole;
    reason = `overdue: ${what}`;
  } else {
    targetId = managers[level - 1] ?? null;
    reason = targetId ? `escalated to level ${level}: ${what}` : `overdue and past the top of the manager tree: ${what}`;
  }
  return {
    type: 'escalated',
    key: obligation.key,
    kind: obligation.kind,
    refId: obligation.refId,
    level,
    responsibleId: obligation.responsibleId,
    targetId,
    targetRole,
    dueAt: due.dueAt,
    reason,
    exhausted: level > 0 && obligation.responsibleId !== null && targetId === null,
  };
}

/** Has the obligation `key` climbed to `personId` (level 1 or above)? Then they may act in the responsible's place. */
export function hasEscalatedTo(state: ProjectState, key: string, personId: string): boolean {
  return state.collaboration.escalations.some((e) => e.key === key && e.level >= 1 && e.targetId === personId);
}

export function stageObligationKey(state: Pick<ProjectState, 'stage' | 'ownerId' | 'collaboration'>): string {
  return `stage:${state.stage}:${state.ownerId}:${state.collaboration.stageClockStart}`;
}

export function evolveCollaboration(state: ProjectState, event: CollaborationEvent & { at: string; actorId: string }): ProjectState {
  const c = state.collaboration;
  switch (event.type) {
    case 'feasibility_signed':
      return {
        ...state,
        collaboration: {
          ...c,
          feasibility: {
            approved: event.approved,
            note: event.note,
            signedById: event.actorId,
            at: event.at,
            ...(event.commitments ? { commitments: event.commitments } : {}),
          },
        },
      };
    case 'deadline_extended':
      return { ...state, stageDeadline: event.to, collaboration: { ...c, stageClockStart: event.at } };
    case 'ownership_reassigned':
      return {
        ...state,
        ownerId: event.toPersonId,
        pendingHandoff: null,
        stageDeadline: event.stageDeadline ?? state.stageDeadline,
        collaboration: { ...c, stageClockStart: event.at },
      };
    case 'escalated':
      return {
        ...state,
        collaboration: {
          ...c,
          escalations: [...c.escalations, { key: event.key, level: event.level, targetId: event.targetId, exhausted: event.exhausted }],
        },
      };
  }
}

export const isCollaborationEvent: (event: { type: string }) => event is CollaborationEvent = eventTypeGuard<CollaborationEvent>({
  feasibility_signed: true,
  deadline_extended: true,
  ownership_reassigned: true,
  escalated: true,
});

/**
 * Who signs feasibility (交付可行性确认): on the A/B path the delivery team lead appointed at dispatch (none until
 * then); otherwise any delivery person of the project's office.
 */
export type FeasibilitySigner = { kind: 'team_lead'; leadId: string | null } | { kind: 'office_delivery'; officeId: string };

export function feasibilitySigner(
  policy: PolicyDocument,
  project: { tier: Tier; onChannelPath: boolean; officeId: string; dispatch: { status: string; leadId: string | null } | null },
): FeasibilitySigner {
  const path = routingTier(policy.approvals, project.tier, project.onChannelPath);
  if (path !== 'A' && path !== 'B') return { kind: 'office_delivery', officeId: project.officeId };
  return { kind: 'team_lead', leadId: project.dispatch?.status === 'appointed' ? project.dispatch.leadId : null };
}

/** Whether `person` is who signs feasibility for this signer. */
export function signsFeasibility(signer: FeasibilitySigner, person: PersonRef & { officeId?: string | null }): boolean {
  return signer.kind === 'team_lead' ? signer.leadId === person.id : hasRole(person, 'delivery') && person.officeId === signer.officeId;
}

/** Whether a stage still ahead of `stage` on the tier's path needs a feasibility sign-off to be entered. */
export function feasibilityAhead(policy: PolicyDocument, tier: Tier, stage: string): boolean {
  const path = stagesFor(policy, tier);
  const at = path.findIndex((s) => s.key === stage);
  return path.slice(at + 1).some((s) => s.requiresFeasibility);
}

export interface SignFeasibilityCommand {
  actor: Actor & { officeId?: string | null };
  approved: boolean;
  note: string;
  /** 不随意许诺: what the sign-off promises (domain/commitments.ts). */
  commitments?: Commitment[];
}

export function decideSignFeasibility(state: ProjectState, cmd: SignFeasibilityCommand): CollaborationEvent[] {
  requireOpen(state);
  const signer = feasibilitySigner(state.policy.document, {
    tier: state.tier,
    onChannelPath: state.match.onChannelPath,
    officeId: state.facts.officeId,
    dispatch: state.match.dispatch,
  });
  if (signer.kind === 'team_lead' && !signer.leadId) {
    throw reject.conflict('feasibility on a tier A/B project is signed by its delivery team lead, and none is appointed yet');
  }
  if (!signsFeasibility(signer, cmd.actor)) {
    throw reject.forbidden(
      signer.kind === 'team_lead'
        ? 'only the delivery team lead signs feasibility on this project'
        : "feasibility on this project is signed by a delivery person of the project's office",
    );
  }
  const note = cmd.note.trim();
  if (!note) throw reject.invalid('say what was checked', [{ path: 'note', message: 'required' }]);
  // A command without a list (the workflow fills it in: see promises.ts `commitmentsToSign`) promises nothing.
  if (cmd.commitments === undefined) return [{ type: 'feasibility_signed', approved: cmd.approved, note }];
  return [{ type: 'feasibility_signed', approved: cmd.approved, note, commitments: checkCommitments(cmd.commitments) }];
}

/**
 * Refuses entering a stage that needs a positive feasibility sign-off on record (the stage's `requiresFeasibility`),
 * and any stage from there on while changed commitments wait for delivery to sign them (the gate reopened).
 */
export function requireFeasibilityFor(state: ProjectState, nextStageKey: string): void {
  requireGateNotReopened(state, nextStageKey);
  if (!stagePolicy(state.policy.document, nextStageKey).requiresFeasibility) return;
  const signOff = state.collaboration.feasibility;
  if (!signOff) {
    throw reject.conflict(`entering "${nextStageKey}" needs a feasibility sign-off by delivery on record; there is none`, [
      { path: 'feasibility', message: 'missing' },
    ]);
  }
  if (!signOff.approved) {
    throw reject.conflict(`the latest feasibility sign-off is negative ("${signOff.note}"); a new positive one is needed`, [
      { path: 'feasibility', message: 'negative' },
    ]);
  }
}

export interface ExtensionRules {
  /** Off only when replaying histories recorded before an extension had to move the deadline later. */
  laterOnly: boolean;
}

/** An escalation manager (above the owner in the tree) or a director extends the stage deadline: a snooze, never earlier. */
export function decideExtendDeadline(
  state: ProjectState,
  cmd: { actor: Actor; until: string; reason: string },
  ctx: DecisionTime,
  rules: ExtensionRules = { laterOnly: true },
): CollaborationEvent[] {
  requireOpen(state);
  if (!cmd.actor.manages.includes(state.ownerId) && !hasRole(cmd.actor, 'director')) {
    throw reject.forbidden("only the owner's managers or a director may extend a stage deadline");
  }
  const until = Date.parse(cmd.until);
  if (!(until > Date.parse(ctx.now))) {
    throw reject.invalid('the new deadline must be in the future', [{ path: 'until', message: 'in the past' }]);
  }
  if (rules.laterOnly && !(until > Date.parse(state.stageDeadline))) {
    throw reject.invalid(`an extension moves the deadline later than ${state.stageDeadline}`, [{ path: 'until', message: 'not after the current deadline' }]);
  }
  if (until > Date.parse(ctx.now) + MAX_DEADLINE_DAYS_AHEAD * 86_400_000) {
    throw reject.invalid(`a deadline is at most ${MAX_DEADLINE_DAYS_AHEAD} days ahead`, [{ path: 'until', message: 'too far ahead' }]);
  }
  const reason = cmd.reason.trim();
  if (!reason) throw reject.invalid('an extension needs a reason', [{ path: 'reason', message: 'required' }]);
  return [{ type: 'deadline_extended', from: state.stageDeadline, to: new Date(cmd.until).toISOString(), reason }];
}

/**
 * A forced reassignment: by a director, or by a manager once the stage has escalated to them. The new owner must
 * hold the stage's role; a pending handoff is cancelled by it.
 */
export function decideReassign(
  state: ProjectState,
  cmd: { actor: Actor; to: PersonRef; reason: string },
  ctx?: DecisionTime,
  rules: OwnerClockRules = { freshOwnerClock: false },
): Array<CollaborationEvent | { type: 'handoff_cancelled'; handoffId: string; reason: string }> {
  requireOpen(state);
  if (!hasRole(cmd.actor, 'director') && !hasEscalatedTo(state, stageObligationKey(state), cmd.actor.id)) {
    throw reject.forbidden('a forced reassignment is for a director, or a manager the stage has escalated to');
  }
  if (cmd.to.id === state.ownerId) throw reject.invalid('the person already owns the project', [{ path: 'toPersonId', message: 'is the owner' }]);
  const role = stagePolicy(state.policy.document, state.stage).ownerRole;
  if (!hasRole(cmd.to, role)) {
    throw reject.invalid(`stage "${state.stage}" is owned by a ${role}`, [{ path: 'toPersonId', message: `must hold role ${role}` }]);
  }
  const reason = cmd.reason.trim();
  if (!reason) throw reject.invalid('a reassignment needs a reason', [{ path: 'reason', message: 'required' }]);
  const cancelled = state.pendingHandoff
    ? [{ type: 'handoff_cancelled' as const, handoffId: state.pendingHandoff.id, reason: 'ownership reassigned by a manager' }]
    : [];
  const stageDeadline = rules.freshOwnerClock && ctx ? deadlineForNewOwner(state, ctx.now) : undefined;
  return [
    ...cancelled,
    { type: 'ownership_reassigned', fromPersonId: state.ownerId, toPersonId: cmd.to.id, reason, ...(stageDeadline ? { stageDeadline } : {}) },
  ];
}
