import { z } from 'zod';
import { feasibilitySigner, hasEscalatedTo, signsFeasibility, stageObligationKey } from './collaborate';
import { Rejection } from './errors';
import { checkAdvance, isOwnerOrOwnersManager } from './lifecycle';
import { decisionRight, resourceKindFor } from './match';
import { hasRole, RoleSchema, type Actor, type PersonRef } from './people';
import { nextStage, stagePolicy } from './pipeline';
import type { ProjectState } from './project';
import { isTeamLead } from './project-team';
import { rescoredAtThisGate } from './opportunity-quality';
import { deliveryRights } from './delivery-handoff';
import { changesCommitments } from './promises';

/**
 * What a person may do on a project now: the console shows these actions and only these. Each entry follows the
 * permission and state rules of its decision (domain/lifecycle.ts, collaborate.ts, match.ts, assess.ts), not the
 * arguments a form will supply: a listed action may still be refused for what is typed into it (a reason left
 * empty, too many days), never for who asks or when.
 */
export const AvailableActionSchema = z.discriminatedUnion('action', [
  /** `nomineeRole`: the next stage is owned by this role, which the owner lacks: the advance names a nominee who holds it. */
  z.object({ action: z.literal('advance'), nextStage: z.string(), nomineeRole: RoleSchema.nullable() }),
  /** `role`: the nominee must hold the current stage's role. */
  z.object({ action: z.literal('proposeHandoff'), role: RoleSchema }),
  /** `canWin`: the project is in the stage it may be won from; lost is always possible. */
  z.object({ action: z.literal('close'), canWin: z.boolean() }),
  z.object({ action: z.literal('overrideTier') }),
  z.object({ action: z.literal('extendDeadline') }),
  z.object({ action: z.literal('reassign'), role: RoleSchema }),
  z.object({ action: z.literal('signFeasibility') }),
  /** Appoint the delivery team lead: decides the pending dispatch approval. */
  z.object({ action: z.literal('dispatch'), approvalId: z.string() }),
  z.object({ action: z.literal('redispatch') }),
  /** `assignsDirectly`: the caller is the A/B project's delivery team lead, whose request naming a person books them at once. */
  z.object({ action: z.literal('requestResource'), assignsDirectly: z.boolean() }),
  /** 统一指挥: the delivery team lead names the project team. */
  z.object({ action: z.literal('nameTeam') }),
  /** 商机质量: re-score the opportunity at this stage's gate (once per stage). */
  z.object({ action: z.literal('rescoreQuality') }),
  /** The bookings the person may record time on. */
  z.object({ action: z.literal('recordTime'), bookingIds: z.array(z.string()) }),
  z.object({ action: z.literal('setBudget') }),
  z.object({ action: z.literal('correctFinalValue') }),
  /** The participants still to be scored. */
  z.object({ action: z.literal('score'), missing: z.array(z.string()) }),
  /** 不随意许诺: change what is promised (reopens the feasibility gate after a sign-off). */
  z.object({ action: z.literal('changeCommitments') }),
  /** 交付移交: accept or decline the won project's delivery; record its go-live (`commitments`: how many to account for). */
  z.object({ action: z.literal('acceptDeliveryHandoff') }),
  z.object({ action: z.literal('declineDeliveryHandoff') }),
  z.object({ action: z.literal('recordGoLive'), commitments: z.number().int() }),
]);

export type AvailableAction = z.infer<typeof AvailableActionSchema>;

export type ActionName = AvailableAction['action'];

/** The advance the owner may make now, or none: the stage's own rules (a pending handoff, the feasibility gate). */
function advance(state: ProjectState, actor: Actor): AvailableAction | undefined {
  try {
    return { action: 'advance', nextStage: checkAdvance(state, { actor }).next.key, nomineeRole: null };
  } catch (error) {
    if (!(error instanceof Rejection)) throw error;
    // Only the nominee is missing: the dialog asks for one who holds the next stage's role.
    const next = nextStage(state.policy.document, state.tier, state.stage);
    if (next && error.code === 'invalid' && error.details[0]?.path === 'nomineeId') {
      return { action: 'advance', nextStage: next.key, nomineeRole: next.ownerRole };
    }
    return undefined;
  }
}

function openProjectActions(state: ProjectState, actor: Actor): AvailableAction[] {
  const actions: AvailableAction[] = [];
  const isOwner = actor.id === state.ownerId;
  const ownerOrManager = isOwnerOrOwnersManager(state, actor);
  const director = hasRole(actor, 'director');
  const stageRole = stagePolicy(state.policy.document, state.stage).ownerRole;

  const next = isOwner ? advance(state, actor) : undefined;
  if (next) actions.push(next);
  if (ownerOrManager && !state.pendingHandoff) actions.push({ action: 'proposeHandoff', role: stageRole });
  if (ownerOrManager) actions.push({ action: 'close', canWin: state.stage === state.policy.document.pipeline.closeWonFrom });
  if (director) actions.push({ action: 'overrideTier' });
  if (director || actor.manages.includes(state.ownerId)) actions.push({ action: 'extendDeadline' });
  if (director || hasEscalatedTo(state, stageObligationKey(state), actor.id)) actions.push({ action: 'reassign', role: stageRole });

  const signer = feasibilitySigner(state.policy.document, {
    tier: state.tier,
    onChannelPath: state.match.onChannelPath,
    officeId: state.facts.officeId,
    dispatch: state.match.dispatch,
  });
  if (signsFeasibility(signer, actor)) actions.push({ action: 'signFeasibility' });

  const dispatch = state.match.approvals.find((a) => a.kind === 'dispatch' && a.status === 'pending');
  if (dispatch && decisionRight(state, dispatch, actor).allowed) actions.push({ action: 'dispatch', approvalId: dispatch.id });
  if (isOwner && state.match.dispatch?.status === 'rejected') actions.push({ action: 'redispatch' });
  // On the A/B path requests go to the team lead appointed at dispatch: none before one is.
  const leadAppointed = state.match.dispatch?.status === 'appointed' && state.match.dispatch.leadId !== null;
  if ((isOwner || director) && !rescoredAtThisGate(state)) actions.push({ action: 'rescoreQuality' });
  const teamLead = isTeamLead(state, actor.id);
  if (teamLead) actions.push({ action: 'requestResource', assignsDirectly: true }, { action: 'nameTeam' });
  else if (isOwner && (resourceKindFor(state) !== 'delivery_team_lead' || leadAppointed)) actions.push({ action: 'requestResource', assignsDirectly: false });

  const bookingIds = state.match.bookings.filter((b) => isOwner || b.personId === actor.id).map((b) => b.id);
  if (bookingIds.length > 0) actions.push({ action: 'recordTime', bookingIds });
  if (director) actions.push({ action: 'setBudget' });
  if (changesCommitments(state, actor)) actions.push({ action: 'changeCommitments' });
  return actions;
}

/** What may still be done on a closed project once its workflow has ended: a director corrects a won deal's value. */
export function closedProjectActions(status: ProjectState['status'], person: PersonRef): AvailableAction[] {
  return status === 'won' && hasRole(person, 'director') ? [{ action: 'correctFinalValue' }] : [];
}

/** The actions `actor` may take on the project in `state`. */
export function availableActions(state: ProjectState, actor: Actor): AvailableAction[] {
  if (state.status === 'open') return openProjectActions(state, actor);
  const actions: AvailableAction[] = [];
  const scoring = state.assess.scoring;
  if (scoring?.status === 'open' && scoring.scorerId === actor.id) {
    const scored = new Set(scoring.scored.map((s) => s.personId));
    actions.push({ action: 'score', missing: scoring.participants.filter((p) => !scored.has(p)) });
  }
  const delivery = deliveryRights(state, actor);
  if (delivery.accept) actions.push({ action: 'acceptDeliveryHandoff' });
  if (delivery.decline) actions.push({ action: 'declineDeliveryHandoff' });
  if (delivery.goLive !== null) actions.push({ action: 'recordGoLive', commitments: delivery.goLive });
  return [...actions, ...closedProjectActions(state.status, actor)];
}
