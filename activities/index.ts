import { ApplicationFailure } from '@temporalio/activity';
import { resolveApprover } from '../db/approvers';
import { databaseFailureKind } from '../db/errors';
import { RECORD_REFUSED } from '../domain/errors';
import { correctCredit, type CreditCorrection } from '../db/credit-correction';
import { createNotificationActivities } from '../notify/activity';
import { createPerformanceActivities } from './performance';
import { createPolicySimulationActivities } from './policy-simulation';
import type { Notifier } from '../notify/notifier';
import { getPerson, managerChain } from '../db/people';
import { currentPolicy } from '../db/policies';
import type { Pool } from '../db/pool';
import { eventsAfter, recordCommandEvents, recordProjectEvents, type RecordAhead } from '../db/project-record';
import { scoringParticipants } from '../db/assess-record';
import type { ApproverKind } from '../domain/approval-chain';
import type { ProjectFacts, ProjectState, RecordedEvent } from '../domain/project';
import { type ApproverRef, type Pricing } from '../domain/match-state';
import type { TeamLeadCandidate } from '../domain/match';
import { getCenter } from '../db/delivery-centers';
import type { Money } from '../domain/money';
import type { Role } from '../domain/people';
import type { PinnedPolicy } from '../domain/policy';
import { plannedCostForDays, rateFor } from '../domain/rate-card';
import { projectRowOf, type ProjectRow } from '../domain/project-row';
import { availableChannels, planProjectDeliveries } from '../notify/deliver';
import { planOpening } from '../domain/opening-plan';
import { supportsCurrency, type TierDecision } from '../domain/tier-classification';

export interface ActivityDeps {
  pool: Pool;
  notifier: Notifier;
}

export interface OpeningFacts {
  policy: PinnedPolicy;
  tier: TierDecision;
  /** Absent in histories recorded before Match existed; the workflow then opens without dispatch and budget. */
  match?: { budget: Money; dispatcher: ApproverRef };
}

const today = () => new Date().toISOString().slice(0, 10);

/** A failure the workflow passes to the caller as a 400/409 rather than retrying. */
function refuse(type: 'invalid' | 'conflict', message: string, path?: string): ApplicationFailure {
  return ApplicationFailure.create({ type, message, nonRetryable: true, details: [path ? [{ path, message }] : []] });
}

/** All activities, built around their dependencies: the pg Pool and the notifier (e-mail, webhooks). */
export function createActivities({ pool, notifier }: ActivityDeps) {
  return {
    ...createNotificationActivities({ pool, notifier }),
    ...createPerformanceActivities({ pool }),
    ...createPolicySimulationActivities({ pool }),
    /** Pins the current policy for a new project, classifies its tier, sets its budget and finds its dispatcher. */
    async pinPolicyAndClassify(input: { facts: ProjectFacts }): Promise<OpeningFacts> {
      const policy = await currentPolicy(pool);
      if (!supportsCurrency(policy.document, input.facts.expectedValue.currency)) {
        throw refuse('invalid', `policy v${policy.version} has no tier thresholds for ${input.facts.expectedValue.currency}`);
      }
      const { tier, budget, dispatchKind } = planOpening(policy.document, input.facts, today());
      return { policy, tier, match: { budget, dispatcher: await resolveApprover(pool, dispatchKind, input.facts) } };
    },

    async resolveApprover(input: { kind: ApproverKind; facts: ProjectFacts }): Promise<ApproverRef> {
      return resolveApprover(pool, input.kind, input.facts);
    },

    /**
     * 统一指挥: the delivery center serving a dispatch and the person being appointed its team lead (their center),
     * for the dispatch decision to check; null when the center no longer exists (nothing to hold the person to).
     */
    async teamLeadCandidate(input: { centerId: string; personId: string }): Promise<TeamLeadCandidate | null> {
      const [center, person] = await Promise.all([getCenter(pool, input.centerId), getPerson(pool, input.personId)]);
      if (!person) throw refuse('invalid', `no person ${input.personId}`, 'teamLeadId');
      if (!center) return null;
      return { center: { id: center.id, name: center.name, leadId: center.leadId }, person: { id: person.id, deliveryCenterId: person.deliveryCenterId ?? null } };
    },

    /** What `personId` costs as `role` for `days`, at the current rate card's rate in effect today. */
    async priceBooking(input: { personId: string; role: Role; days: number }): Promise<Pricing> {
      const person = await getPerson(pool, input.personId);
      if (!person) throw refuse('invalid', `no person ${input.personId}`, 'personId');
      if (!person.roles.includes(input.role)) throw refuse('invalid', `${person.name} does not hold role ${input.role}`, 'personId');
      if (!person.rateLevel) throw refuse('invalid', `${person.name} has no rate level, so cannot be priced`, 'personId');
      const policy = await currentPolicy(pool);
      const pricedOn = today();
      const entry = rateFor(policy.document.rateCard, input.role, person.rateLevel, pricedOn);
      if (!entry) {
        throw refuse('invalid', `the rate card has no ${input.role} rate at level ${person.rateLevel} on ${pricedOn}`, 'personId');
      }
      return {
        personId: person.id,
        role: input.role,
        level: person.rateLevel,
        unit: entry.unit,
        rate: entry.rate,
        rateEffectiveFrom: entry.effectiveFrom,
        pricedOn,
        planned: plannedCostForDays(entry, input.days),
        deliveryCenterId: person.deliveryCenterId,
      };
    },

    /** Everyone above `personId` in the manager tree, nearest first: the escalation ladder. */
    async managerChain(input: { personId: string }): Promise<string[]> {
      return managerChain(pool, input.personId);
    },

    /** Everyone who took part (owned a stage, was booked, decided an approval, signed feasibility) but the scorer. */
    async scoringParticipants(input: { projectId: string; scorerId: string }): Promise<string[]> {
      return scoringParticipants(pool, input.projectId, input.scorerId);
    },

    /** Correcting credit and revenue entries for a won deal's new final value (idempotent per correction). */
    async correctCredit(input: CreditCorrection) {
      return correctCredit(pool, input);
    },

    /** Histories from before the light record send the whole state; the row is taken from it. */
    async recordProjectEvents(input: { project: ProjectState; events: RecordedEvent[] }): Promise<number> {
      return refusedForGood(() => recordProjectEvents(pool, projectRowOf(input.project), input.events));
    },

    /**
     * The events and the project's row (domain/project-row.ts), in one transaction (db/project-record.ts); then the
     * outside deliveries of the notifications they made are planned, and how many wait is answered.
     */
    async recordProjectChanges(input: { row: ProjectRow; events: RecordedEvent[] }): Promise<{ recorded: number; toDeliver: number }> {
      const recorded = await refusedForGood(() => recordProjectEvents(pool, input.row, input.events));
      return { recorded, toDeliver: await planProjectDeliveries({ pool, notifier }, input.row.projectId) };
    },

    /**
     * A command's events, each with its command's id, written from the workflow task that accepts the command (a local
     * activity since patch `moat-local-record`), or what the record already holds in their place (`ahead`, for the
     * workflow to adopt: db/project-record.ts); then the outside deliveries waiting are planned and counted. `writtenAt`:
     * when it ended, by this worker's clock (the workflow's own stands still for its task: see ProjectRecorder.now).
     */
    async recordCommandEvents(input: {
      row: ProjectRow;
      events: RecordedEvent[];
      commandIds: string[];
    }): Promise<{ recorded: number; toDeliver: number; ahead?: RecordAhead; writtenAt: string }> {
      const written = await refusedForGood(() => recordCommandEvents(pool, input.row, input.events, input.commandIds, availableChannels(notifier)));
      return { ...written, writtenAt: new Date().toISOString() };
    },

    /** The project's recorded events past `after` (a workflow catching up with a command whose task was lost). */
    async projectEventsAfter(input: { projectId: string; after: number }): Promise<RecordAhead> {
      return eventsAfter(pool, input.projectId, input.after);
    },
  };
}

/** A write Postgres refuses for good (not one it could not take now) fails at once as `record_refused`. */
async function refusedForGood<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (databaseFailureKind(error) !== 'refused') throw error;
    throw ApplicationFailure.create({ type: RECORD_REFUSED, message: (error as Error).message, nonRetryable: true });
  }
}

export type MoatActivities = ReturnType<typeof createActivities>;
