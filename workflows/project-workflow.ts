/*
 * Long because (about 510 lines) each of its two dozen commands is registered here, most in a few lines, beside the
 * escalation loop and its kept timer; the rules they apply live in domain/. The project workflow: a table of command
 * handlers over the recorder (project-recorder.ts) and the notification pump (notification-pump.ts).
 */
import {
  allHandlersFinished,
  ApplicationFailure,
  CancellationScope,
  condition,
  continueAsNew,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  sleep,
  uuid4,
  workflowInfo,
} from '@temporalio/workflow';
import type { ActivityOptions, UpdateDefinition } from '@temporalio/common';
import type { MoatActivities } from '../activities';
import { PATCH_KEPT_TIMERS, PATCH_LOCAL_ACTIVITIES, PATCH_LOCAL_RECORD, PATCH_TEAM_LEAD_MEMBER, patchedSince } from './patches';

import {
  decideExtendDeadline,
  decideReassign,
  decideSignFeasibility,
  escalationEvent,
  nextEscalation,
} from '../domain/collaborate';
import { decideSubmitScores, scoringOpen, scoringRequestEvents } from '../domain/assess';
import { commitmentsToSign, decideChangeCommitments, deliveryOpen } from '../domain/promises';
import {
  checkDeclineDeliveryHandoff,
  decideAcceptDeliveryHandoff,
  decideDeclineDeliveryHandoff,
  decideRecordGoLive,
} from '../domain/delivery-handoff';
import { reject, Rejection } from '../domain/errors';
import { SYSTEM_ACTOR_ID } from '../domain/people';
import { parsePolicyDocument } from '../domain/policy';
import { NOTIFICATION_DELIVERY_RETRY, NOTIFICATION_DELIVERY_TIMEOUT } from '../notify/retry-policy';
import {
  decideApprove,
  teamLeadToCheck,
  decideRedispatch,
  decideRecordTime,
  decideReject,
  decideRequestResource,
  decideSetBudget,
  dispatchKindFor,
  decisionRight,
  openMatchEvents,
  pendingApproval,
  personToPrice,
  resourceKindFor,
  retierMatchEvents,
  checkRedispatch,
  checkRequestResource,
} from '../domain/match';
import {
  checkAdvance,
  checkProposeHandoff,
  decideAcceptHandoff,
  decideAdvance,
  decideClose,
  decideDeclineHandoff,
  decideOverrideTier,
  decideProposeHandoff,
  openProject,
} from '../domain/lifecycle';
import type { DecisionContext, DecisionTime, ProjectEvent, ProjectState, RecordedEvent } from '../domain/project';
import {
  acceptHandoffUpdate,
  acceptDeliveryHandoffUpdate,
  catchUpUpdate,
  changeCommitmentsUpdate,
  declineDeliveryHandoffUpdate,
  recordGoLiveUpdate,
  advanceUpdate,
  approveUpdate,
  closeUpdate,
  declineHandoffUpdate,
  overrideTierUpdate,
  reassignUpdate,
  recordTimeUpdate,
  redispatchUpdate,
  rejectUpdate,
  requestResourceUpdate,
  nameTeamUpdate,
  rescoreQualityUpdate,
  type RescoreQualityArgs,
  setBudgetUpdate,
  signFeasibilityUpdate,
  submitScoresUpdate,
  extendDeadlineUpdate,
  projectOpenedUpdate,
  projectDecisionStateQuery,
  projectStateQuery,
  proposeHandoffUpdate,
  viewOf,
  type ProjectView,
  type ProjectWorkflowInput,
} from './project-messages';
import { assignsDirectly, decideNameTeam } from '../domain/project-team';
import { decideRescoreQuality } from '../domain/opportunity-quality';
import { classifyTier } from '../domain/tier-classification';
import { NotificationPump } from './notification-pump';
import { ProjectRecorder } from './project-recorder';

const READ_OPTIONS: ActivityOptions = {
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds', maximumAttempts: 30 },
};
/**
 * The short reads a command needs (policy, approver, price, manager chain, participants): remote or, since patch
 * `moat-local-activities`, local activities — reads only, so running again after a lost workflow task changes nothing.
 */
const remoteReads = proxyActivities<MoatActivities>(READ_OPTIONS);
const localReads = proxyLocalActivities<MoatActivities>(READ_OPTIONS);
const DEFAULT_CONTINUE_AS_NEW_AFTER_EVENTS = 5_000;

/**
 * Milliseconds from `now` (the workflow's, unless the recorder knows a later one) until `dueAt`, at least 1 (a timer of 0
 * would not be one).
 */
const msUntil = (dueAt: string, now = Date.now()) => Math.max(1, Date.parse(dueAt) - now);

/** A durable timer for the escalation step due at `dueAt`; `fired` once it has gone off. */
interface EscalationTimer {
  dueAt: string;
  fired: boolean;
  cancel(): void;
}

function armEscalationTimer(dueAt: string, now: number): EscalationTimer {
  const scope = new CancellationScope();
  const timer: EscalationTimer = { dueAt, fired: false, cancel: () => scope.cancel() };
  scope.run(() => sleep(msUntil(dueAt, now))).then(
    () => {
      timer.fired = true;
    },
    () => undefined, // cancelled: a later time replaced it
  );
  return timer;
}

/** Pure rules throw `Rejection`; an update must fail with an ApplicationFailure whose type the API maps to HTTP. */
function asFailure(error: unknown): never {
  if (error instanceof Rejection) {
    throw ApplicationFailure.create({
      type: error.code,
      message: error.message,
      details: [error.details],
      nonRetryable: true,
    });
  }
  // A pure rule that met input it cannot compute (a date past the calendar's span, a stage missing from a pinned
  // pipeline) refuses the command; left as a plain Error it would fail the workflow task and retry it forever.
  if (error instanceof RangeError) {
    throw ApplicationFailure.create({ type: 'invalid', message: error.message, details: [[]], nonRetryable: true });
  }
  // Anything else a pure rule throws is a bug in it: fail this command, not every workflow task of the project.
  if (error instanceof Error && !(error instanceof ApplicationFailure)) {
    throw ApplicationFailure.create({ type: 'rule_error', message: `a rule failed: ${error.message}`, nonRetryable: true });
  }
  throw error;
}

function decided<T>(decide: () => T): T {
  try {
    return decide();
  } catch (error) {
    return asFailure(error);
  }
}

/**
 * One sales project (项目/商机): its tier, its walk through the pinned pipeline, and its single accountable owner
 * changed only by accepted handoffs. Every change is an event: applied to the state at once (so the next
 * validator sees it) and written to Postgres (by a local activity of the task that accepts it) before the update that caused it answers.
 */
export async function projectWorkflow(input: ProjectWorkflowInput): Promise<ProjectView> {
  // Behaviour added after the first histories were recorded: those replay without it (one marker for all of them on a
  // run started since, workflows/patches.ts).
  const feasibilityGate = patchedSince('moat-feasibility-gate');
  const escalates = patchedSince('moat-escalation');
  const deliversNotifications = patchedSince('moat-notification-delivery');
  const collectsScores = patchedSince('moat-scoring');
  const centerFirst = patchedSince('moat-center-first');
  const freshOwnerClock = patchedSince('moat-fresh-owner-clock');
  const lightRecord = patchedSince('moat-light-record');
  const laterOnlyExtensions = patchedSince('moat-extension-later-only');
  const alertOnBudgetChange = patchedSince('moat-alert-on-budget-change');
  const teamLeadRules = { teamLeadRaises: patchedSince('moat-team-lead-assigns') };
  const deliveryHandoff = patchedSince('moat-delivery-handoff');
  const localActivities = patchedSince(PATCH_LOCAL_ACTIVITIES);
  const keptTimers = patchedSince(PATCH_KEPT_TIMERS);
  const teamLeadMember = patchedSince(PATCH_TEAM_LEAD_MEMBER);
  const localRecord = patchedSince(PATCH_LOCAL_RECORD);
  const { pinPolicyAndClassify, resolveApprover, priceBooking, managerChain, scoringParticipants, teamLeadCandidate } = localActivities
    ? localReads
    : remoteReads;
  const { deliverNotifications } = proxyActivities<MoatActivities>({
    startToCloseTimeout: NOTIFICATION_DELIVERY_TIMEOUT,
    retry: input.notificationRetry ?? NOTIFICATION_DELIVERY_RETRY,
  });
  const now = () => new Date().toISOString();
  const recorder = new ProjectRecorder(input.continued, now, localRecord ? 'local' : lightRecord ? 'light' : 'whole');
  const pump = new NotificationPump(deliverNotifications, deliversNotifications);
  const context = (): DecisionContext => ({ now: now(), newId: uuid4 });

  /**
   * Records `events` by `actorId` (see ProjectRecorder), then has them delivered beyond the inbox. Answers them as
   * recorded (a command re-run after a lost workflow task gets its events as first written).
   */
  async function record(events: ProjectEvent[], actorId: string): Promise<RecordedEvent[]> {
    const { toDeliver, recorded } = await recorder.record(events, actorId);
    if (toDeliver) pump.soon(current().projectId);
    return recorded;
  }

  /** Open, or closed with the owner's scores still to be asked for or still owed, or the delivery handoff not yet live. */
  const stillRunning = () =>
    current().status === 'open' ||
    (collectsScores && current().assess.scoring === null) ||
    scoringOpen(current()) ||
    (deliveryHandoff && deliveryOpen(current()));

  /** True once the opening event is recorded: updates wait for it, so their answers reflect Postgres. */
  let opened = input.continued !== undefined;
  const ready = () => opened;
  const current = (): ProjectState => {
    const state = recorder.known;
    if (!state) throw ApplicationFailure.create({ type: 'conflict', message: 'the project is still opening', nonRetryable: true });
    return state;
  };
  /** Validators reject early; while the project is still opening the handler decides alone. */
  const validate = (check: (s: ProjectState) => unknown): void => {
    const known = recorder.known;
    if (known) decided(() => check(known));
  };

  setHandler(projectStateQuery, () => viewOf(current()));
  setHandler(projectDecisionStateQuery, () => current());

  setHandler(projectOpenedUpdate, async () => {
    await condition(ready);
    return viewOf(current());
  });

  setHandler(catchUpUpdate, async (args) => {
    await condition(ready);
    const adopted = await recorder.catchUp(args.commandId);
    const requested = adopted.find((e) => e.type === 'resource_requested');
    if (args.update === requestResourceUpdate.name && requested) return { requestId: requested.request.id, approvalId: requested.approval.id };
    return viewOf(current());
  });

  /**
   * Registers a command: the validator rejects early with `check`, which is given the time and nothing to draw ids
   * from (validators are not re-run on replay, so they must not touch the workflow's random stream); the handler
   * decides again on the state it finds, records, and answers.
   */
  function onCommand<A extends { actor: { id: string } }>(
    update: UpdateDefinition<ProjectView, [A]>,
    decide: (s: ProjectState, args: A, ctx: DecisionContext) => ProjectEvent[],
    check: (s: ProjectState, args: A, time: DecisionTime) => unknown,
  ): void {
    setHandler(
      update,
      async (args) => {
        await condition(ready);
        await record(decided(() => decide(current(), args, context())), args.actor.id);
        return viewOf(current());
      },
      { validator: (args) => validate((s) => check(s, args, { now: now() })) },
    );
  }
  /** Registers a command whose decision creates nothing with an id: its decision is its check. */
  const onPlainCommand = <A extends { actor: { id: string } }>(
    update: UpdateDefinition<ProjectView, [A]>,
    decide: (s: ProjectState, args: A, time: DecisionTime) => ProjectEvent[],
  ) => onCommand(update, decide, decide);

  onCommand(
    advanceUpdate,
    (s, args, ctx) => decideAdvance(s, args, ctx, { feasibilityGate }),
    (s, args) => checkAdvance(s, args, { feasibilityGate }),
  );
  onCommand(proposeHandoffUpdate, decideProposeHandoff, checkProposeHandoff);
  onPlainCommand(acceptHandoffUpdate, (s, args, time) => decideAcceptHandoff(s, args, time, { freshOwnerClock }));
  onPlainCommand(declineHandoffUpdate, decideDeclineHandoff);
  setHandler(
    closeUpdate,
    async (args) => {
      await condition(ready);
      await record(decided(() => decideClose(current(), args, { now: now() }, { deliveryHandoff })), args.actor.id);
      if (collectsScores) {
        // 主负责人打分: the owner at close scores everyone who took part, read from the record.
        const participants = await scoringParticipants({ projectId: current().projectId, scorerId: current().ownerId });
        await record(scoringRequestEvents(current(), participants, context()), SYSTEM_ACTOR_ID);
      }
      return viewOf(current());
    },
    { validator: (args) => validate((s) => decideClose(s, args, { now: now() }, { deliveryHandoff })) },
  );
  onPlainCommand(submitScoresUpdate, (s, args) => decideSubmitScores(s, args));
  onPlainCommand(rejectUpdate, decideReject);
  onPlainCommand(signFeasibilityUpdate, (s, args) => decideSignFeasibility(s, commitmentsToSign(s, args)));
  // 不随意许诺, 交付移交 (domain/promises.ts): what is promised, who answers for delivery after a win, the go-live.
  onPlainCommand(changeCommitmentsUpdate, decideChangeCommitments);
  onPlainCommand(acceptDeliveryHandoffUpdate, decideAcceptDeliveryHandoff);
  onPlainCommand(recordGoLiveUpdate, decideRecordGoLive);
  setHandler(
    declineDeliveryHandoffUpdate,
    async (args) => {
      await condition(ready);
      // A decline goes up the offeree's manager tree, read from the record; the state is decided again after it.
      const { toPersonId } = decided(() => checkDeclineDeliveryHandoff(current(), args));
      const managers = await managerChain({ personId: toPersonId });
      await record(decided(() => decideDeclineDeliveryHandoff(current(), args, managers, { now: now() })), args.actor.id);
      return viewOf(current());
    },
    { validator: (args) => validate((s) => checkDeclineDeliveryHandoff(s, args)) },
  );
  onPlainCommand(extendDeadlineUpdate, (s, args, time) => decideExtendDeadline(s, args, time, { laterOnly: laterOnlyExtensions }));
  onPlainCommand(reassignUpdate, (s, args, time) => decideReassign(s, args, time, { freshOwnerClock }));
  onPlainCommand(recordTimeUpdate, decideRecordTime);
  onPlainCommand(setBudgetUpdate, (s, args) => decideSetBudget(s, args, { alertOnBudgetChange }));

  setHandler(
    overrideTierUpdate,
    async (args) => {
      await condition(ready);
      const fromTier = current().tier;
      await record(decided(() => decideOverrideTier(current(), args)), args.actor.id);
      // The dispatch path and budget follow the new tier: dispatch again where the dispatcher's post changed. The
      // state is read again after every await: what was decided meanwhile stands.
      const kind = dispatchKindFor(current());
      const dispatcher = kind !== current().match.dispatch?.approverKind ? await resolveApprover({ kind, facts: input.facts }) : undefined;
      await record(decided(() => retierMatchEvents(current(), fromTier, dispatcher, context(), { alertOnBudgetChange })), args.actor.id);
      return viewOf(current());
    },
    { validator: (args) => validate((s) => decideOverrideTier(s, args)) },
  );

  // 商机质量: a re-score that moves the tier re-routes dispatch and budget as a director's override does.
  const rescore = (s: ProjectState, args: RescoreQualityArgs) =>
    decideRescoreQuality(s, args, (policy, quality) => classifyTier(policy, { ...s.facts, quality }).tier);
  setHandler(
    rescoreQualityUpdate,
    async (args) => {
      await condition(ready);
      const fromTier = current().tier;
      await record(decided(() => rescore(current(), args)), args.actor.id);
      if (current().tier !== fromTier) {
        const kind = dispatchKindFor(current());
        const dispatcher = kind !== current().match.dispatch?.approverKind ? await resolveApprover({ kind, facts: input.facts }) : undefined;
        const cause = 'opportunity quality re-scored';
        await record(decided(() => retierMatchEvents(current(), fromTier, dispatcher, context(), { alertOnBudgetChange }, cause)), args.actor.id);
      }
      return viewOf(current());
    },
    { validator: (args) => validate((s) => rescore(s, args)) },
  );

  setHandler(
    redispatchUpdate,
    async (args) => {
      await condition(ready);
      const dispatcher = await resolveApprover({ kind: dispatchKindFor(current()), facts: input.facts });
      await record(decided(() => decideRedispatch(current(), args, dispatcher, context())), args.actor.id);
      return viewOf(current());
    },
    {
      validator: (args) => validate((s) => checkRedispatch(s, args)),
    },
  );

  setHandler(
    requestResourceUpdate,
    async (args) => {
      await condition(ready);
      const kind = resourceKindFor(current());
      const approver = kind === 'delivery_team_lead' ? undefined : await resolveApprover({ kind, facts: input.facts });
      // 统一指挥: the team lead's request naming a person is their approval as well, priced before anything is recorded.
      const direct = teamLeadRules.teamLeadRaises && assignsDirectly(current(), args);
      const pricing = direct ? await priceBooking({ personId: args.personId!, role: args.role, days: args.days }) : undefined;
      const events = decided(() => decideRequestResource(current(), args, approver, context(), teamLeadRules));
      const requested = (await record(events, args.actor.id)).find((e) => e.type === 'resource_requested')!;
      if (direct) {
        const approve = { actor: args.actor, approvalId: requested.approval.id, personId: args.personId, comment: args.note };
        await record(decided(() => decideApprove(current(), approve, pricing, context(), { centerFirst })), args.actor.id);
      }
      return { requestId: requested.request.id, approvalId: requested.approval.id };
    },
    {
      validator: (args) => validate((s) => checkRequestResource(s, args, teamLeadRules)),
    },
  );
  onPlainCommand(nameTeamUpdate, decideNameTeam);

  setHandler(
    approveUpdate,
    async (args) => {
      await condition(ready);
      const target = decided(() => personToPrice(current(), args));
      const request = target && current().match.requests.find((r) => r.approvalId === args.approvalId);
      const pricing = target && request ? await priceBooking({ ...target, days: request.days }) : undefined;
      const toCheck = teamLeadMember ? teamLeadToCheck(current(), args) : undefined;
      const teamLead = toCheck ? await teamLeadCandidate(toCheck) : undefined;
      await record(decided(() => decideApprove(current(), args, pricing, context(), { centerFirst, teamLead })), args.actor.id);
      return viewOf(current());
    },
    {
      validator: (args) =>
        validate((s) => {
          const approval = pendingApproval(s, args.approvalId);
          if (!decisionRight(s, approval, args.actor).allowed) throw reject.forbidden(`only ${approval.approver.label} may decide this approval`);
          personToPrice(s, args);
        }),
    },
  );

  /**
   * The next step due, or none when a ladder runs past what the calendar computes (a policy of absurd SLAs): a
   * RangeError thrown here would fail every workflow task and wedge the project.
   */
  function nextDue(): ReturnType<typeof nextEscalation> {
    try {
      return nextEscalation(current());
    } catch (error) {
      if (error instanceof RangeError) return undefined;
      throw error;
    }
  }

  /**
   * 升级: sleeps on a durable timer until the next step of any ladder falls due; any recorded event (a stage
   * advanced, a new owner, an extended deadline, a decision) wakes it to recompute, so timers re-arm themselves.
   */
  async function escalateWhileOpen(historyIsLong: () => boolean): Promise<void> {
    let timer: EscalationTimer | undefined;
    while (stillRunning() && !historyIsLong()) {
      const due = nextDue();
      const seqAtSleep = current().seq;
      if (keptTimers) {
        // The timer armed for the step due first is kept while that step stays due at the same time (a command that
        // moves no deadline starts and cancels none); a new time replaces it.
        if (timer?.dueAt !== due?.dueAt) {
          timer?.cancel();
          timer = due && armEscalationTimer(due.dueAt, recorder.timerNow());
        }
        if (!timer?.fired) {
          await condition(() => current().seq !== seqAtSleep || !stillRunning() || historyIsLong() || timer?.fired === true);
          continue;
        }
        timer = undefined;
      } else {
        const woken = await condition(
          () => current().seq !== seqAtSleep || !stillRunning() || historyIsLong(),
          due ? msUntil(due.dueAt) : undefined,
        );
        if (woken) continue;
      }
      if (!due) continue;
      const managers = due.obligation.responsibleId && due.level > 0 ? await managerChain({ personId: due.obligation.responsibleId }) : [];
      // The project may have moved while the chain was read: only a step still due is recorded.
      const still = nextDue();
      if (still?.obligation.key !== due.obligation.key || still.level !== due.level) continue;
      const refused = await record([escalationEvent(due, managers)], SYSTEM_ACTOR_ID).then(
        () => false,
        (error: unknown) => {
          if (error instanceof ApplicationFailure && error.type === 'conflict') return true;
          throw error;
        },
      );
      // A step the record refused is tried again only after the project moves or an hour passes, never in a loop.
      if (refused) await condition(() => current().seq !== seqAtSleep || !stillRunning(), '1 hour');
    }
  }

  if (!recorder.known) {
    const pinned = await pinPolicyAndClassify({ facts: input.facts });
    const { tier, match } = pinned;
    // Sections added to the policy later take their defaults, so histories pinned before them still replay.
    const policy = { version: pinned.policy.version, document: parsePolicyDocument(pinned.policy.document) };
    const openAt = (at: string) => decided(() => openProject(input.projectId, policy, input.facts, tier, at, match?.budget));
    const opening = openAt(now());
    recorder.begin(opening.state, (at) => openAt(at).state);
    const matchEvents = match ? openMatchEvents(opening.state, match.dispatcher, context()) : [];
    await record([opening.event, ...matchEvents], input.createdById);
    opened = true;
  } else {
    recorder.publishSearchAttributes();
  }

  const historyLimit = input.continueAsNewAfterEvents ?? DEFAULT_CONTINUE_AS_NEW_AFTER_EVENTS;
  const historyIsLong = () => workflowInfo().continueAsNewSuggested || workflowInfo().historyLength > historyLimit;

  if (escalates) {
    await escalateWhileOpen(historyIsLong);
  } else {
    await condition(() => current().status !== 'open' || historyIsLong());
  }
  await recorder.flush();
  // Before closing or continuing as new: no update half-handled, no delivery cut off.
  await condition(() => allHandlersFinished() && pump.idle);
  if (stillRunning()) {
    await continueAsNew<typeof projectWorkflow>({ ...input, continued: current() });
  }
  return viewOf(current());
}
