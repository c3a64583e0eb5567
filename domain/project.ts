import type { AssessEvent, AssessState } from './assess';
import type { CollaborationEvent, CollaborationState } from './collaborate';
import type { PromiseEvent, PromisesState } from './promises';
import type { MatchEvent, MatchState } from './match-state';
import type { QualityEvent, QualityFactors, QualityState } from './opportunity-quality';
import type { PinnedPolicy } from './policy';
import type { Tier } from './tier';

/**
 * The project as the domain sees it: its state, the events that change it, and what a decision is given. Types
 * only — every part of the domain (lifecycle, Match, Collaborate, Assess) depends on this module, and it on the
 * types of their own sections.
 */
export type ProjectStatus = 'open' | 'won' | 'lost';
export type CloseOutcome = 'won' | 'lost';

export interface PendingHandoff {
  id: string;
  fromPersonId: string;
  toPersonId: string;
  proposedById: string;
  reason: string;
  /** `stage`: opened by an advance into a stage whose owner role the owner lacks; `manual`: proposed directly. */
  kind: 'stage' | 'manual';
  proposedAt: string;
}

export interface ProjectFacts {
  name: string;
  customerName: string;
  industry: string;
  officeId: string;
  expectedValue: { amount: number; currency: string };
  channel: boolean;
  strategic: boolean;
  salesOwnerId: string;
  /** 商机质量 as scored when opening; absent when not scored. */
  quality?: QualityFactors;
  /** The key solution the deal is for (a center may serve it); absent in projects opened before solutions were named. */
  solution?: string | null;
}

export interface ProjectState {
  projectId: string;
  policy: PinnedPolicy;
  facts: ProjectFacts;
  tier: Tier;
  stage: string;
  stageEnteredAt: string;
  stageDeadline: string;
  /** 主负责人: exactly one accountable person while the project is open. */
  ownerId: string;
  status: ProjectStatus;
  pendingHandoff: PendingHandoff | null;
  closeReason: string | null;
  /** Sequence number of the last recorded event; the idempotency key of every effect is (projectId, seq). */
  seq: number;
  /** 资源匹配: dispatch, budget, requests, bookings, the cost ledger. */
  match: MatchState;
  /** 过程协同: the feasibility sign-off and the escalation ladders. */
  collaboration: CollaborationState;
  /** 人人考核: credit on a win and the owner's scores after close. */
  assess: AssessState;
  /** 商机质量: the last scoring of the opportunity's quality factors; absent in states from before it existed. */
  quality?: QualityState | null;
  /** A director overrode the tier: quality re-scores no longer move it. */
  tierOverridden?: boolean;
  /** 不随意许诺: changes of the commitments, the delivery handoff and the go-live; absent in states from before them. */
  promises?: PromisesState;
}

export type ProjectEvent = LifecycleEvent | MatchEvent | CollaborationEvent | AssessEvent | QualityEvent | PromiseEvent;

export type LifecycleEvent =
  | { type: 'project_opened'; tier: Tier; tierReason: string; stage: string; ownerId: string; policyVersion: number; stageDeadline: string }
  | { type: 'stage_advanced'; from: string; to: string; stageDeadline: string }
  | { type: 'handoff_proposed'; handoff: PendingHandoff }
  | {
      type: 'handoff_accepted';
      handoffId: string;
      fromPersonId: string;
      toPersonId: string;
      onBehalfOf?: string | null;
      /** The new owner's deadline when too little of the stage's was left (see `deadlineForNewOwner`). */
      stageDeadline?: string;
    }
  | { type: 'handoff_declined'; handoffId: string; reason: string; onBehalfOf?: string | null }
  | { type: 'handoff_cancelled'; handoffId: string; reason: string }
  | { type: 'project_closed'; outcome: CloseOutcome; reason: string | null }
  | { type: 'tier_overridden'; from: Tier; to: Tier; reason: string };

export type RecordedEvent = ProjectEvent & { seq: number; at: string; actorId: string };

/** When a decision is taken: all a check needs, and all a decision that creates nothing needs. */
export interface DecisionTime {
  now: string;
}

/** When a decision is taken and where new ids come from: for decisions that create approvals, handoffs, bookings. */
export interface DecisionContext extends DecisionTime {
  /** A fresh id (the workflow passes its deterministic uuid4). */
  newId: () => string;
}
