/*
 * The project lifecycle as pure rules: every lifecycle decide… function and evolve (the state and event types are
 * in project.ts). Long because the decider reads best with its commands and its evolve in one place.
 */
import { checkWinCredit, emptyAssess, evolveAssess, isAssessEvent, winCreditEvent, type WinCredit } from './assess';
import { reject } from './errors';
import { closeMatchEvents } from './match';
import { emptyMatch, evolveMatch, isMatchEvent } from './match-state';
import { evolveQuality, isQualityEvent, qualityScore } from './opportunity-quality';
import type { Money } from './money';
import type { Actor, PersonRef } from './people';
import { hasRole } from './people';
import {
  deadlineAfter,
  deadlineForNewOwner,
  emptyCollaboration,
  evolveCollaboration,
  isCollaborationEvent,
  requireFeasibilityFor,
  type OwnerClockRules,
} from './collaborate';
import { firstStage, nextStage, stagePolicy, stageSlaHours } from './pipeline';
import type { PinnedPolicy, StagePolicy } from './policy';
import type { Tier } from './tier';
import { requireOpen } from './guards';
import { deliveryHandoffOnWin } from './delivery-handoff';
import { evolvePromises, isPromiseEvent, promisesOf, requireGateHoldsForWin, type PromiseRules } from './promises';
import type {
  CloseOutcome,
  DecisionContext,
  DecisionTime,
  PendingHandoff,
  ProjectEvent,
  ProjectFacts,
  ProjectState,
  RecordedEvent,
} from './project';

/**
 * The project lifecycle as pure rules: commands are decided into events, events evolve the state. The workflow
 * only stamps events (sequence number, time, actor), persists them through an activity and applies them; the
 * same functions are unit-tested without a server.
 */
export function openProject(
  projectId: string,
  policy: PinnedPolicy,
  facts: ProjectFacts,
  tier: { tier: Tier; reason: string },
  now: string,
  budget: Money = { amount: 0, currency: facts.expectedValue.currency },
): { state: ProjectState; event: ProjectEvent } {
  const stage = firstStage(policy.document);
  const deadline = deadlineAfter(policy.document, now, stageSlaHours(stage, tier.tier));
  const state: ProjectState = {
    projectId,
    policy,
    facts,
    tier: tier.tier,
    stage: stage.key,
    stageEnteredAt: now,
    stageDeadline: deadline,
    ownerId: facts.salesOwnerId,
    status: 'open',
    pendingHandoff: null,
    closeReason: null,
    seq: 0,
    match: emptyMatch(budget, facts.channel),
    collaboration: emptyCollaboration(now),
    assess: emptyAssess(),
    quality: facts.quality ? { factors: facts.quality, score: qualityScore(policy.document.tiers.quality, facts.quality), stage: stage.key, at: now } : null,
  };
  return {
    state,
    event: {
      type: 'project_opened',
      tier: tier.tier,
      tierReason: tier.reason,
      stage: stage.key,
      ownerId: facts.salesOwnerId,
      policyVersion: policy.version,
      stageDeadline: deadline,
    },
  };
}

/**
 * Who may open a project where: the sales owner belongs to the project's office, and whoever opens it is the sales
 * owner, someone above them in the manager tree, or a director.
 */
export function checkProjectOpening(opening: {
  creator: PersonRef;
  /** Whether the creator stands above the sales owner in the manager tree. */
  creatorManagesSalesOwner: boolean;
  salesOwner: PersonRef & { officeId: string | null };
  officeId: string;
}): void {
  const { creator, salesOwner } = opening;
  if (!hasRole(salesOwner, 'sales')) {
    throw reject.invalid('the sales owner must hold role sales', [{ path: 'salesOwnerId', message: 'not a sales person' }]);
  }
  if (salesOwner.officeId !== opening.officeId) {
    throw reject.invalid("a project is opened in its sales owner's office", [
      { path: 'officeId', message: salesOwner.officeId ? `the sales owner belongs to office ${salesOwner.officeId}` : 'the sales owner has no office' },
    ]);
  }
  if (creator.id !== salesOwner.id && !opening.creatorManagesSalesOwner && !hasRole(creator, 'director')) {
    throw reject.forbidden("a project is opened by its sales owner, a manager above them, or a director");
  }
}

export function isOwnerOrOwnersManager(state: ProjectState, actor: Actor): boolean {
  return actor.id === state.ownerId || actor.manages.includes(state.ownerId);
}

function requireNoPendingHandoff(state: ProjectState): void {
  if (state.pendingHandoff) {
    throw reject.conflict(
      `a handoff to ${state.pendingHandoff.toPersonId} is pending (${state.pendingHandoff.id}); it must be accepted or declined first`,
      [{ path: 'pendingHandoff', message: state.pendingHandoff.id }],
    );
  }
}

export interface AdvanceCommand {
  actor: Actor;
  nominee?: PersonRef;
  /** Optimistic check: the stage the caller believes the project is in. */
  fromStage?: string;
}

export interface AdvanceRules {
  /** Off only when replaying histories recorded before the feasibility gate existed. */
  feasibilityGate: boolean;
}

/** What an advance moves to, and the nominee who must accept the new stage (none when the owner keeps it). */
export interface AdvancePlan {
  next: StagePolicy;
  handoffTo?: PersonRef;
}

/** Whether the owner may advance now, and to what: every rule of an advance, without creating anything. */
export function checkAdvance(state: ProjectState, cmd: AdvanceCommand, rules: AdvanceRules = { feasibilityGate: true }): AdvancePlan {
  requireOpen(state);
  if (cmd.actor.id !== state.ownerId) {
    throw reject.forbidden('only the project owner may advance the stage');
  }
  if (cmd.fromStage !== undefined && cmd.fromStage !== state.stage) {
    throw reject.conflict(`the project is already in stage "${state.stage}", not "${cmd.fromStage}"`);
  }
  requireNoPendingHandoff(state);
  const next = nextStage(state.policy.document, state.tier, state.stage);
  if (!next) {
    throw reject.conflict(`"${state.stage}" is the last stage: close the project instead`);
  }
  if (rules.feasibilityGate) requireFeasibilityFor(state, next.key);
  const ownerQualifies = hasRole(cmd.actor, next.ownerRole);
  const nominee = cmd.nominee;
  if (!ownerQualifies && !nominee) {
    throw reject.invalid(`stage "${next.key}" is owned by a ${next.ownerRole}: name one as nomineeId`, [
      { path: 'nomineeId', message: `required: a person with role ${next.ownerRole}` },
    ]);
  }
  if (!nominee || nominee.id === state.ownerId) return { next };
  if (!hasRole(nominee, next.ownerRole)) {
    throw reject.invalid(`the nominee does not hold role ${next.ownerRole} required by stage "${next.key}"`, [
      { path: 'nomineeId', message: `must hold role ${next.ownerRole}` },
    ]);
  }
  return { next, handoffTo: nominee };
}

export function decideAdvance(
  state: ProjectState,
  cmd: AdvanceCommand,
  ctx: DecisionContext,
  rules: AdvanceRules = { feasibilityGate: true },
): ProjectEvent[] {
  const { next, handoffTo } = checkAdvance(state, cmd, rules);
  const deadline = deadlineAfter(state.policy.document, ctx.now, stageSlaHours(next, state.tier));
  const events: ProjectEvent[] = [{ type: 'stage_advanced', from: state.stage, to: next.key, stageDeadline: deadline }];
  if (handoffTo) {
    events.push({
      type: 'handoff_proposed',
      handoff: {
        id: ctx.newId(),
        fromPersonId: state.ownerId,
        toPersonId: handoffTo.id,
        proposedById: cmd.actor.id,
        reason: `stage "${next.key}" is owned by a ${next.ownerRole}`,
        kind: 'stage',
        proposedAt: ctx.now,
      },
    });
  }
  return events;
}

export interface ProposeHandoffCommand {
  actor: Actor;
  to: PersonRef;
  reason: string;
}

/** Whether this handoff may be offered now: every rule of a proposal, without creating the offer. */
export function checkProposeHandoff(state: ProjectState, cmd: ProposeHandoffCommand): void {
  requireOpen(state);
  if (!isOwnerOrOwnersManager(state, cmd.actor)) {
    throw reject.forbidden("only the owner or the owner's manager may propose a handoff");
  }
  requireNoPendingHandoff(state);
  if (cmd.to.id === state.ownerId) {
    throw reject.invalid('the nominee already owns the project', [{ path: 'toPersonId', message: 'is the current owner' }]);
  }
  const role = stagePolicy(state.policy.document, state.stage).ownerRole;
  if (!hasRole(cmd.to, role)) {
    throw reject.invalid(`stage "${state.stage}" is owned by a ${role}; the nominee does not hold that role`, [
      { path: 'toPersonId', message: `must hold role ${role}` },
    ]);
  }
  if (!cmd.reason.trim()) {
    throw reject.invalid('a handoff needs a reason', [{ path: 'reason', message: 'required' }]);
  }
}

export function decideProposeHandoff(state: ProjectState, cmd: ProposeHandoffCommand, ctx: DecisionContext): ProjectEvent[] {
  checkProposeHandoff(state, cmd);
  return [
    {
      type: 'handoff_proposed',
      handoff: {
        id: ctx.newId(),
        fromPersonId: state.ownerId,
        toPersonId: cmd.to.id,
        proposedById: cmd.actor.id,
        reason: cmd.reason,
        kind: 'manual',
        proposedAt: ctx.now,
      },
    },
  ];
}

function requirePendingHandoff(state: ProjectState, handoffId: string): PendingHandoff {
  const pending = state.pendingHandoff;
  if (!pending || pending.id !== handoffId) {
    throw reject.conflict(`handoff ${handoffId} is not pending on this project`);
  }
  return pending;
}

export interface HandoffDecisionCommand {
  actor: Actor;
  handoffId: string;
  reason?: string;
}

/**
 * Why a delegate may not decide a handoff offered to the person they stand in for, or null when they may: only
 * where they could have been nominated themselves, i.e. they hold the role that owns the stage. Otherwise the
 * offer waits for the nominee.
 */
export function whyDelegateWaits(state: Pick<ProjectState, 'policy' | 'stage'>, delegate: PersonRef, verb = 'decide'): string | null {
  const role = stagePolicy(state.policy.document, state.stage).ownerRole;
  if (hasRole(delegate, role)) return null;
  return `stage "${state.stage}" is owned by a ${role}: a delegate without that role may not ${verb} the handoff; it waits for the nominee`;
}

/** The nominee decides, or their delegate while the nominee is out of office (then the delegate takes over). */
function nomineeOrDelegate(state: ProjectState, pending: PendingHandoff, actor: Actor, verb: string): string | null {
  if (actor.id === pending.toPersonId) return null;
  if (actor.actingFor.includes(pending.toPersonId)) {
    const waits = whyDelegateWaits(state, actor, verb);
    if (waits) throw reject.forbidden(waits);
    return pending.toPersonId;
  }
  throw reject.forbidden(`only the nominee (or their delegate) may ${verb} the handoff`);
}

export function decideAcceptHandoff(
  state: ProjectState,
  cmd: HandoffDecisionCommand,
  ctx?: DecisionTime,
  rules: OwnerClockRules = { freshOwnerClock: false },
): ProjectEvent[] {
  requireOpen(state);
  const pending = requirePendingHandoff(state, cmd.handoffId);
  const onBehalfOf = nomineeOrDelegate(state, pending, cmd.actor, 'accept');
  const stageDeadline = rules.freshOwnerClock && ctx ? deadlineForNewOwner(state, ctx.now) : undefined;
  return [
    {
      type: 'handoff_accepted',
      handoffId: pending.id,
      fromPersonId: pending.fromPersonId,
      toPersonId: cmd.actor.id,
      onBehalfOf,
      ...(stageDeadline ? { stageDeadline } : {}),
    },
  ];
}

export function decideDeclineHandoff(state: ProjectState, cmd: HandoffDecisionCommand): ProjectEvent[] {
  requireOpen(state);
  const pending = requirePendingHandoff(state, cmd.handoffId);
  const onBehalfOf = nomineeOrDelegate(state, pending, cmd.actor, 'decline');
  const reason = cmd.reason?.trim();
  if (!reason) throw reject.invalid('declining needs a reason', [{ path: 'reason', message: 'required' }]);
  return [{ type: 'handoff_declined', handoffId: pending.id, reason, onBehalfOf }];
}

export interface CloseCommand extends WinCredit {
  actor: Actor;
  outcome: CloseOutcome;
  reason?: string;
}

/**
 * Closes the project. A won close needs the feasibility gate to hold; with `rules.deliveryHandoff` (and the time, for
 * its SLA) it also offers the delivery handoff (交付移交, domain/promises.ts).
 */
export function decideClose(
  state: ProjectState,
  cmd: CloseCommand,
  time?: DecisionTime,
  rules: PromiseRules = { deliveryHandoff: false },
): ProjectEvent[] {
  requireOpen(state);
  if (!isOwnerOrOwnersManager(state, cmd.actor)) {
    throw reject.forbidden("only the owner or the owner's manager may close the project");
  }
  const closeWonFrom = state.policy.document.pipeline.closeWonFrom;
  if (cmd.outcome === 'won' && state.stage !== closeWonFrom) {
    throw reject.conflict(`a project is won only from stage "${closeWonFrom}"; it is in "${state.stage}"`);
  }
  if (cmd.outcome === 'won') requireGateHoldsForWin(state, rules);
  const reason = cmd.reason?.trim() || null;
  if (cmd.outcome === 'lost' && !reason) {
    throw reject.invalid('closing as lost needs a reason', [{ path: 'reason', message: 'required when outcome is lost' }]);
  }
  const events: ProjectEvent[] = [];
  if (state.pendingHandoff) {
    events.push({ type: 'handoff_cancelled', handoffId: state.pendingHandoff.id, reason: `project closed ${cmd.outcome}` });
  }
  events.push(...closeMatchEvents(state, cmd.outcome));
  events.push({ type: 'project_closed', outcome: cmd.outcome, reason });
  if (cmd.outcome === 'won') {
    checkWinCredit(state, cmd, cmd.actor);
    events.push(winCreditEvent(state, cmd));
    if (rules.deliveryHandoff && time) events.push(deliveryHandoffOnWin(state, cmd, time));
  }
  return events;
}

export interface OverrideTierCommand {
  actor: Actor;
  tier: Tier;
  reason: string;
}

/** A director may override the tier with a reason; dispatch and budget follow the new tier. */
export function decideOverrideTier(state: ProjectState, cmd: OverrideTierCommand): ProjectEvent[] {
  requireOpen(state);
  if (!hasRole(cmd.actor, 'director')) throw reject.forbidden('only a director may override a tier');
  const reason = cmd.reason.trim();
  if (!reason) throw reject.invalid('a tier override needs a reason', [{ path: 'reason', message: 'required' }]);
  if (cmd.tier === state.tier) {
    throw reject.conflict(`the project is already tier ${state.tier}`, [{ path: 'tier', message: 'unchanged' }]);
  }
  return [{ type: 'tier_overridden', from: state.tier, to: cmd.tier, reason }];
}

/** Applies one recorded event. Pure: returns a new state. */
export function evolve(state: ProjectState, event: RecordedEvent): ProjectState {
  const next: ProjectState = { ...state, seq: event.seq };
  if (isMatchEvent(event)) return { ...next, match: evolveMatch(state.match, event) };
  if (isCollaborationEvent(event)) return evolveCollaboration(next, event);
  if (isAssessEvent(event)) return { ...next, assess: evolveAssess(state.assess, event) };
  if (isQualityEvent(event)) return evolveQuality(next, event);
  if (isPromiseEvent(event)) return { ...next, promises: evolvePromises(promisesOf(state), event) };
  switch (event.type) {
    case 'project_opened':
      return next;
    case 'stage_advanced':
      return {
        ...next,
        stage: event.to,
        stageEnteredAt: event.at,
        stageDeadline: event.stageDeadline,
        collaboration: { ...state.collaboration, stageClockStart: event.at },
      };
    case 'handoff_proposed':
      return { ...next, pendingHandoff: event.handoff };
    case 'handoff_accepted':
      // A new owner gets a fresh clock on the stage: the ladder targets their managers from now on.
      return {
        ...next,
        ownerId: event.toPersonId,
        pendingHandoff: null,
        stageDeadline: event.stageDeadline ?? state.stageDeadline,
        collaboration: { ...state.collaboration, stageClockStart: event.at },
      };
    case 'handoff_declined':
    case 'handoff_cancelled':
      return { ...next, pendingHandoff: null };
    case 'project_closed':
      return { ...next, status: event.outcome, closeReason: event.reason };
    case 'tier_overridden':
      // A director's tier decides the routing from now on, channel or not.
      return { ...next, tier: event.to, tierOverridden: true, match: { ...state.match, onChannelPath: false } };
  }
}
