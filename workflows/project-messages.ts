import type { RetryPolicy } from '@temporalio/common';
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { AdvanceCommand, CloseCommand, HandoffDecisionCommand, OverrideTierCommand, ProposeHandoffCommand } from '../domain/lifecycle';
import type { PendingHandoff, ProjectFacts, ProjectState, ProjectStatus } from '../domain/project';
import type { ApproveCommand, RecordTimeCommand, RequestResourceCommand } from '../domain/match';
import type { Actor, PersonRef } from '../domain/people';
import type { Commitment } from '../domain/commitments';
import type { SignFeasibilityCommand } from '../domain/collaborate';
import type { GoLiveCommand } from '../domain/delivery-handoff';
import type { NameTeamCommand } from '../domain/project-team';
import type { RescoreQualityCommand } from '../domain/opportunity-quality';
import type { Tier } from '../domain/tier';

/**
 * Messages of `projectWorkflow`, imported by the API. Updates answer synchronously; validators reject early. An
 * update's arguments are the domain command it carries (`…Args` = `…Command`), so the two cannot drift apart.
 */

export interface ProjectWorkflowInput {
  projectId: string;
  facts: ProjectFacts;
  createdById: string;
  /** Set by continue-as-new: the whole state carries over. */
  continued?: ProjectState;
  /** Continue-as-new once the history grows past this many events (the server may suggest it earlier). */
  continueAsNewAfterEvents?: number;
  /** How notification delivery is retried (tests shorten it); the default is NOTIFICATION_DELIVERY_RETRY. */
  notificationRetry?: RetryPolicy;
}

/** What callers see of a project: the state without the pinned policy document. */
export interface ProjectView {
  id: string;
  name: string;
  tier: Tier;
  stage: string;
  stageEnteredAt: string;
  stageDeadline: string;
  ownerId: string;
  salesOwnerId: string;
  status: ProjectStatus;
  policyVersion: number;
  pendingHandoff: PendingHandoff | null;
  closeReason: string | null;
  seq: number;
}

export function projectWorkflowId(projectId: string): string {
  return `project-${projectId}`;
}

export const projectStateQuery = defineQuery<ProjectView>('projectState');

/** The whole state the decisions read: for working out what a person may do now (domain/available-actions.ts). */
export const projectDecisionStateQuery = defineQuery<ProjectState>('projectDecisionState');

/** Answers once the project is classified and recorded: lets the API's create return tier and owner. */
export const projectOpenedUpdate = defineUpdate<ProjectView>('projectOpened');

/**
 * A command whose workflow task was lost after the record took its events (local record): sent again with that
 * command's update id, it has the workflow adopt what the record holds and answers as the command would have.
 */
export interface CatchUpArgs {
  /** The update the command was sent as (`requestResource` answers its request's ids, any other the project). */
  update: string;
  /** Its update id, as the record keeps it with its events. */
  commandId: string;
}
export const catchUpUpdate = defineUpdate<unknown, [CatchUpArgs]>('catchUp');

export type AdvanceArgs = AdvanceCommand;
export const advanceUpdate = defineUpdate<ProjectView, [AdvanceArgs]>('advance');

export type ProposeHandoffArgs = ProposeHandoffCommand;
export const proposeHandoffUpdate = defineUpdate<ProjectView, [ProposeHandoffArgs]>('proposeHandoff');

export type HandoffDecisionArgs = HandoffDecisionCommand;
export const acceptHandoffUpdate = defineUpdate<ProjectView, [HandoffDecisionArgs]>('acceptHandoff');
export const declineHandoffUpdate = defineUpdate<ProjectView, [HandoffDecisionArgs]>('declineHandoff');

export type CloseArgs = CloseCommand;
export const closeUpdate = defineUpdate<ProjectView, [CloseArgs]>('close');

export type OverrideTierArgs = OverrideTierCommand;
export const overrideTierUpdate = defineUpdate<ProjectView, [OverrideTierArgs]>('overrideTier');

export function viewOf(state: ProjectState): ProjectView {
  return {
    id: state.projectId,
    name: state.facts.name,
    tier: state.tier,
    stage: state.stage,
    stageEnteredAt: state.stageEnteredAt,
    stageDeadline: state.stageDeadline,
    ownerId: state.ownerId,
    salesOwnerId: state.facts.salesOwnerId,
    status: state.status,
    policyVersion: state.policy.version,
    pendingHandoff: state.pendingHandoff,
    closeReason: state.closeReason,
    seq: state.seq,
  };
}

export type RequestResourceArgs = RequestResourceCommand;
export const requestResourceUpdate = defineUpdate<{ requestId: string; approvalId: string }, [RequestResourceArgs]>('requestResource');

/** 商机质量: the owner (or a director) re-scores the opportunity's quality at the current stage's gate. */
export type RescoreQualityArgs = RescoreQualityCommand;
export const rescoreQualityUpdate = defineUpdate<ProjectView, [RescoreQualityArgs]>('rescoreQuality');

/** 统一指挥: the delivery team lead names the project team. */
export type NameTeamArgs = NameTeamCommand;
export const nameTeamUpdate = defineUpdate<ProjectView, [NameTeamArgs]>('nameTeam');

export type ApproveArgs = ApproveCommand;
export const approveUpdate = defineUpdate<ProjectView, [ApproveArgs]>('approve');

export interface RejectArgs {
  actor: Actor;
  approvalId: string;
  reason: string;
}
export const rejectUpdate = defineUpdate<ProjectView, [RejectArgs]>('reject');

export type RecordTimeArgs = RecordTimeCommand;
export const recordTimeUpdate = defineUpdate<ProjectView, [RecordTimeArgs]>('recordTime');

export interface SetBudgetArgs {
  actor: Actor;
  amount: number;
  reason: string;
}
export const setBudgetUpdate = defineUpdate<ProjectView, [SetBudgetArgs]>('setBudget');

export interface RedispatchArgs {
  actor: Actor;
  note: string;
}
export const redispatchUpdate = defineUpdate<ProjectView, [RedispatchArgs]>('redispatch');

/** `commitments` absent: the sign-off signs the commitments as they stand (a change waiting for delivery, or the last list). */
export type SignFeasibilityArgs = SignFeasibilityCommand;
export const signFeasibilityUpdate = defineUpdate<ProjectView, [SignFeasibilityArgs]>('signFeasibility');

export interface ExtendDeadlineArgs {
  actor: Actor;
  until: string;
  reason: string;
}
export const extendDeadlineUpdate = defineUpdate<ProjectView, [ExtendDeadlineArgs]>('extendDeadline');

export interface ReassignArgs {
  actor: Actor;
  to: PersonRef;
  reason: string;
}
export const reassignUpdate = defineUpdate<ProjectView, [ReassignArgs]>('reassign');

export interface SubmitScoresArgs {
  actor: Actor;
  scores: Array<{ personId: string; score: number; comment: string }>;
}
export const submitScoresUpdate = defineUpdate<ProjectView, [SubmitScoresArgs]>('submitScores');

/** 不随意许诺: the sales side changes what is promised; the feasibility gate reopens until delivery signs again. */
export interface ChangeCommitmentsArgs {
  actor: Actor;
  commitments: Commitment[];
  reason: string;
}
export const changeCommitmentsUpdate = defineUpdate<ProjectView, [ChangeCommitmentsArgs]>('changeCommitments');

/** 交付移交: who answers for delivery accepts the won project, or declines it to their manager. */
export interface DeliveryHandoffDecisionArgs {
  actor: Actor;
}
export const acceptDeliveryHandoffUpdate = defineUpdate<ProjectView, [DeliveryHandoffDecisionArgs]>('acceptDeliveryHandoff');
export interface DeclineDeliveryHandoffArgs {
  actor: Actor;
  reason: string;
}
export const declineDeliveryHandoffUpdate = defineUpdate<ProjectView, [DeclineDeliveryHandoffArgs]>('declineDeliveryHandoff');

/** The accepted delivery owner records the go-live, each commitment of the win kept or not. */
export type RecordGoLiveArgs = GoLiveCommand;
export const recordGoLiveUpdate = defineUpdate<ProjectView, [RecordGoLiveArgs]>('recordGoLive');
