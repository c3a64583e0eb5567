/*
 * Long because every decision here (≈520 lines) reads and extends the same approvals, requests and ledger: 资源匹配's
 * dispatch (with its team lead's center), resource requests and extensions, approvals along the tier chain, pricing,
 * over-budget exceptions, bookings, time, budget alerts (its state, events and evolve: match-state.ts). Split by command
 * when one grows.
 */
import { resourceApprover, routingTier, type ApproverKind, dispatchApprover } from './approval-chain';
import { crossedByBudgetChange, crossedThresholds, defaultBudget, needsOverBudgetException, budgetStatus } from './budget';
import { addCalendarDays } from './business-calendar';
import { appendOnce, ledgerKey, ledgerTotals, releaseAtClose, type CostLedgerEntry } from './cost-ledger';
import { hasEscalatedTo } from './collaborate';
import { reject } from './errors';
import type { DecisionContext, DecisionTime, ProjectState } from './project';
import type { Money } from './money';
import { hasRole, type Actor, type Role } from './people';
import type { PolicyDocument } from './policy';
import type { Tier } from './tier';
import { isQuarterStep, plannedCostForDays, rateFor } from './rate-card';
import { teamLeadRefusal } from './center-functions';
import { requireOpen } from './guards';
import type { Approval, ApprovalKind, ApproverRef, Booking, MatchEvent, Pricing, ResourceRequest } from './match-state';
import { isTeamLead, type TeamLeadRules } from './project-team';

/**
 * 资源匹配 (Match) on one project: the dispatch decision, resource requests along the tier's approval chain,
 * bookings priced at approval, time that accrues actual cost, and the cost ledger every total derives from.
 * Pure: the workflow resolves people (who the office manager is, what a person costs) through activities and
 * passes them in.
 */

/** The budget a tier starts with; E is priced in hotline hours at the rate in effect on `onDate`. */
export function tierBudget(policy: PolicyDocument, tier: Tier, expectedValue: Money, onDate: string): Money {
  const rule = policy.budget.tiers[tier];
  const hourly = rule.kind === 'hotline_hours' ? rateFor(policy.rateCard, 'hotline', rule.rateLevel, onDate)?.rate : undefined;
  const budget = defaultBudget(policy.budget, tier, expectedValue, hourly);
  if (budget.currency !== expectedValue.currency) {
    throw reject.invalid(`the rate card is in ${budget.currency}; a ${expectedValue.currency} project cannot be budgeted from it`);
  }
  return budget;
}

export function dispatchKindFor(state: ProjectState): ApproverKind {
  return dispatchApprover(state.policy.document.approvals, state.tier, state.match.onChannelPath);
}

export function resourceKindFor(state: ProjectState): ApproverKind {
  return resourceApprover(state.policy.document.approvals, state.tier, state.match.onChannelPath);
}

export function newApproval(kind: ApprovalKind, approver: ApproverRef, requestId: string | null, ctx: DecisionContext): Approval {
  return { id: ctx.newId(), kind, requestId, approver, status: 'pending', requestedAt: ctx.now };
}

/**
 * May `actor` decide `approval`, and for whom? The approver or the pool's member decide for themselves; a
 * delegate (out of office) or a manager the approval has escalated to decides on the approver's behalf.
 */
export function decisionRight(state: ProjectState, approval: Approval, actor: Actor): { allowed: boolean; onBehalfOf: string | null } {
  const { personId, role } = approval.approver;
  if (actor.id === personId || (personId === null && role !== null && hasRole(actor, role))) return { allowed: true, onBehalfOf: null };
  if (personId && (actor.actingFor.includes(personId) || hasEscalatedTo(state, `approval:${approval.id}`, actor.id))) {
    return { allowed: true, onBehalfOf: personId };
  }
  return { allowed: false, onBehalfOf: null };
}

function requireDecisionRight(state: ProjectState, approval: Approval, actor: Actor): string | null {
  const right = decisionRight(state, approval, actor);
  if (!right.allowed) throw reject.forbidden(`only ${approval.approver.label} (or their delegate, or a manager it escalated to) may decide this approval`);
  return right.onBehalfOf;
}

function spent(ledger: readonly CostLedgerEntry[], currency: string): Money {
  return ledgerTotals(ledger, currency).total;
}

/** Alerts at `thresholds` for a project spending `ledger` against `budget`, to the owner and the sales owner. */
function budgetAlerts(state: ProjectState, thresholds: number[], ledger: readonly CostLedgerEntry[], budget: Money): MatchEvent[] {
  const totals = ledgerTotals(ledger, budget.currency);
  const used = budgetStatus({ budget, committed: totals.committed, actual: totals.actual }).usedBasisPoints;
  const notify = [...new Set([state.ownerId, state.facts.salesOwnerId])];
  return thresholds.map((threshold) => ({ type: 'budget_alert' as const, thresholdBasisPoints: threshold, usedBasisPoints: used, notify }));
}

/** Alerts for thresholds the ledger change from `before` to `after` crosses. */
function alertsFor(state: ProjectState, before: readonly CostLedgerEntry[], after: readonly CostLedgerEntry[]): MatchEvent[] {
  const { budget, alerted } = state.match;
  const crossed = crossedThresholds(state.policy.document.budget.alertThresholds, spent(before, budget.currency), spent(after, budget.currency), budget, alerted);
  return budgetAlerts(state, crossed, after, budget);
}

export interface BudgetChangeRules {
  /** Off only when replaying histories recorded before a budget change raised the alerts it crosses. */
  alertOnBudgetChange: boolean;
}

/** A new budget, and the alerts it crosses with what is already spent (a cut past the 80 % line alerts like spending). */
function budgetChanged(state: ProjectState, budget: Money, reason: string, rules: BudgetChangeRules): MatchEvent[] {
  const set: MatchEvent = { type: 'budget_set', budget, reason };
  if (!rules.alertOnBudgetChange || budget.currency !== state.match.budget.currency) return [set];
  const { ledger, alerted } = state.match;
  const crossed = crossedByBudgetChange(state.policy.document.budget.alertThresholds, spent(ledger, budget.currency), state.match.budget, budget, alerted);
  return [set, ...budgetAlerts(state, crossed, ledger, budget)];
}

function book(state: ProjectState, request: ResourceRequest, pricing: Pricing, ctx: DecisionContext): MatchEvent[] {
  if (request.extendsBookingId) {
    const bookingId = request.extendsBookingId;
    const entry: CostLedgerEntry = { kind: 'commit', bookingId, amount: pricing.planned, idempotencyKey: ledgerKey.extend(bookingId, request.id) };
    const after = appendOnce(state.match.ledger, entry).entries;
    return [
      { type: 'booking_extended', bookingId, requestId: request.id, days: request.days, planned: pricing.planned, entry },
      ...alertsFor(state, state.match.ledger, after),
    ];
  }
  const booking: Booking = {
    id: ctx.newId(),
    requestId: request.id,
    personId: pricing.personId,
    role: request.role,
    days: request.days,
    unit: pricing.unit,
    rate: pricing.rate,
    level: pricing.level,
    planned: pricing.planned,
    bookedOn: ctx.now.slice(0, 10),
  };
  const entry: CostLedgerEntry = { kind: 'commit', bookingId: booking.id, amount: pricing.planned, idempotencyKey: ledgerKey.commit(booking.id) };
  const after = appendOnce(state.match.ledger, entry).entries;
  return [{ type: 'booking_made', booking, entry }, ...alertsFor(state, state.match.ledger, after)];
}

/** At open: the budget, and the dispatch decision as an approval to the tier's dispatcher. */
export function openMatchEvents(state: ProjectState, dispatcher: ApproverRef, ctx: DecisionContext): MatchEvent[] {
  return [
    { type: 'budget_set', budget: state.match.budget, reason: `tier ${state.tier} default budget` },
    { type: 'dispatch_requested', approval: newApproval('dispatch', dispatcher, null, ctx) },
  ];
}

export interface RequestResourceCommand {
  actor: Actor;
  role: Role;
  skills: string[];
  days: number;
  personId?: string;
  note: string;
  /** Ask for more days on a booking (its person, role and pinned rate) instead of a new one. */
  extendsBookingId?: string;
}

/**
 * The owner asks for a resource; the approval goes along the tier's chain. `approver` is the resolved office
 * manager or hotline lead; for A/B the appointed delivery team lead is taken from the dispatch (一票到底).
 */
/**
 * Whether the owner may ask for this resource now, without resolving anyone: what the update's validator checks
 * before the workflow resolves the approver. Answers the approver a tier A/B request goes to (the appointed
 * delivery team lead, known from the project) and the booking it extends, if any.
 */
export function checkRequestResource(
  state: ProjectState,
  cmd: RequestResourceCommand,
  rules: TeamLeadRules = { teamLeadRaises: false },
): { teamLead?: ApproverRef; extended?: Booking } {
  requireOpen(state);
  if (cmd.actor.id !== state.ownerId && !(rules.teamLeadRaises && isTeamLead(state, cmd.actor.id))) {
    throw reject.forbidden(
      rules.teamLeadRaises ? 'only the project owner or its appointed delivery team lead may request resources' : 'only the project owner may request resources',
    );
  }
  if (!(cmd.days > 0) || !isQuarterStep(cmd.days)) {
    throw reject.invalid('days must be positive, in quarter days', [{ path: 'days', message: 'e.g. 0.5, 2, 3.75' }]);
  }
  const kind = resourceKindFor(state);
  let teamLead: ApproverRef | undefined;
  if (kind === 'delivery_team_lead') {
    const dispatch = state.match.dispatch;
    if (dispatch?.status !== 'appointed' || !dispatch.leadId) {
      throw reject.conflict(
        `a tier ${state.tier} project's requests go to its delivery team lead, and none is appointed yet (dispatch ${dispatch?.status ?? 'not requested'})`,
      );
    }
    teamLead = { kind, personId: dispatch.leadId, role: null, label: 'the appointed delivery team lead', deliveryCenterId: dispatch.deliveryCenterId };
  }
  return { teamLead, extended: cmd.extendsBookingId ? bookingToExtend(state, cmd) : undefined };
}

export function decideRequestResource(
  state: ProjectState,
  cmd: RequestResourceCommand,
  approver: ApproverRef | undefined,
  ctx: DecisionContext,
  rules: TeamLeadRules = { teamLeadRaises: false },
): MatchEvent[] {
  const { teamLead, extended } = checkRequestResource(state, cmd, rules);
  const resolved = teamLead ?? approver;
  if (!resolved) throw reject.conflict(`no approver of kind ${resourceKindFor(state)} could be found for this project`);
  const id = ctx.newId();
  const approval = newApproval('resource', resolved, id, ctx);
  const request = {
    id,
    role: cmd.role,
    skills: cmd.skills,
    days: cmd.days,
    personId: extended?.personId ?? cmd.personId ?? null,
    note: cmd.note,
    requestedById: cmd.actor.id,
    approvalId: approval.id,
    ...(extended ? { extendsBookingId: extended.id } : {}),
  };
  return [{ type: 'resource_requested', request, approval }];
}

/** The booking a request extends: on this project, for the same person and role. */
function bookingToExtend(state: ProjectState, cmd: RequestResourceCommand): Booking {
  const booking = state.match.bookings.find((b) => b.id === cmd.extendsBookingId);
  if (!booking) throw reject.invalid(`no booking ${cmd.extendsBookingId} on this project`, [{ path: 'extendsBookingId', message: 'not found' }]);
  if (cmd.role !== booking.role) {
    throw reject.invalid(`the booking is for a ${booking.role}`, [{ path: 'role', message: `must be ${booking.role} to extend it` }]);
  }
  if (cmd.personId && cmd.personId !== booking.personId) {
    throw reject.invalid('an extension adds days for the person already booked', [{ path: 'personId', message: 'not the booked person' }]);
  }
  return booking;
}

/** An extension is priced at the booking's pinned rate, never re-priced at today's rate card. */
function extensionPricing(booking: Booking, days: number, ctx: DecisionContext): Pricing {
  return {
    personId: booking.personId,
    role: booking.role,
    level: 'as booked',
    unit: booking.unit,
    rate: booking.rate,
    rateEffectiveFrom: booking.bookedOn,
    pricedOn: ctx.now.slice(0, 10),
    planned: plannedCostForDays({ role: booking.role, level: '', unit: booking.unit, rate: booking.rate, effectiveFrom: booking.bookedOn }, days),
  };
}

export function pendingApproval(state: ProjectState, approvalId: string): Approval {
  const approval = state.match.approvals.find((a) => a.id === approvalId);
  if (!approval) throw reject.notFound(`no approval ${approvalId} on this project`);
  if (approval.status !== 'pending') throw reject.conflict(`the approval is already ${approval.status}`);
  return approval;
}

function requestOf(state: ProjectState, approval: Approval): ResourceRequest {
  const request = state.match.requests.find((r) => r.id === approval.requestId);
  if (!request) throw reject.notFound(`approval ${approval.id} has no resource request`);
  return request;
}

export interface ApproveCommand {
  actor: Actor;
  approvalId: string;
  /** Dispatch: the appointed lead. Resource: the person to book (may change the requested one). */
  personId?: string;
  comment?: string;
}

/** The person an approval will act on, so the workflow can price them before deciding. */
export function personToPrice(state: ProjectState, cmd: ApproveCommand): { personId: string; role: Role } | undefined {
  const approval = pendingApproval(state, cmd.approvalId);
  if (approval.kind !== 'resource') return undefined;
  const request = requestOf(state, approval);
  // An extension keeps the booked person at the booking's pinned rate: nothing to price.
  if (request.extendsBookingId) return undefined;
  const personId = cmd.personId ?? request.personId;
  if (!personId) {
    throw reject.invalid('the request names nobody: choose the person to book', [{ path: 'personId', message: 'required' }]);
  }
  return { personId, role: request.role };
}

/** The serving center of a dispatch and the person appointed to lead the project, as read when the dispatch is decided. */
export interface TeamLeadCandidate {
  center: { id: string; name: string; leadId: string };
  person: { id: string; deliveryCenterId: string | null };
}

/**
 * 统一指挥: whom a dispatch decision appoints and from which delivery center, when there is one to check (a dispatch
 * approval still pending, naming a person, routed to a center); read before deciding (`TeamLeadCandidate`).
 */
export function teamLeadToCheck(state: ProjectState, cmd: ApproveCommand): { centerId: string; personId: string } | undefined {
  const approval = state.match.approvals.find((a) => a.id === cmd.approvalId);
  const centerId = state.match.dispatch?.deliveryCenterId;
  if (approval?.kind !== 'dispatch' || approval.status !== 'pending' || !cmd.personId || !centerId) return undefined;
  return { centerId, personId: cmd.personId };
}

export function decideApprove(
  state: ProjectState,
  cmd: ApproveCommand,
  pricing: Pricing | undefined,
  ctx: DecisionContext,
  /**
   * `centerFirst` is off only when replaying histories recorded before the rule existed; `teamLead` is what was read for
   * a dispatch (`teamLeadToCheck`), absent in histories from before the workflow checked it (the API did).
   */
  rules: { centerFirst: boolean; teamLead?: TeamLeadCandidate | null } = { centerFirst: true },
): MatchEvent[] {
  requireOpen(state);
  const approval = pendingApproval(state, cmd.approvalId);
  const onBehalfOf = requireDecisionRight(state, approval, cmd.actor);
  const comment = cmd.comment?.trim() || null;
  const decided = (personId: string | null, priced: Pricing | null): MatchEvent => ({
    type: 'approval_decided',
    approvalId: approval.id,
    kind: approval.kind,
    outcome: 'approved',
    personId,
    comment,
    pricing: priced,
    onBehalfOf,
  });
  if (approval.kind === 'dispatch') {
    if (!cmd.personId) {
      throw reject.invalid('appoint the lead who will command presales on this project', [{ path: 'teamLeadId', message: 'required' }]);
    }
    // 统一指挥: the team lead of a project a delivery center serves is one of its members (or its lead).
    const refusal = rules.teamLead && teamLeadRefusal(rules.teamLead.center, rules.teamLead.person);
    if (refusal) throw reject.invalid(refusal, [{ path: 'teamLeadId', message: 'not a member of the serving delivery center' }]);
    return [decided(cmd.personId, null)];
  }
  const request = requestOf(state, approval);
  if (approval.kind === 'over_budget') {
    if (!request.pricing) throw reject.conflict('the request was never priced');
    return [decided(request.pricing.personId, request.pricing), ...book(state, request, request.pricing, ctx)];
  }
  if (request.extendsBookingId) {
    const booking = state.match.bookings.find((b) => b.id === request.extendsBookingId);
    if (!booking) throw reject.conflict(`the booking ${request.extendsBookingId} to extend is not on this project`);
    if (cmd.personId && cmd.personId !== booking.personId) {
      throw reject.invalid('an extension adds days for the person already booked', [{ path: 'personId', message: 'not the booked person' }]);
    }
    return withinBudgetOrException(state, request, extensionPricing(booking, request.days, ctx), decided, ctx);
  }
  const target = personToPrice(state, cmd)!;
  if (!pricing || pricing.personId !== target.personId) throw reject.conflict('the booking was not priced for this person');
  // 多位一体: an A/B project is served from its delivery center first; someone outside it only with a reason.
  const center = state.match.dispatch?.deliveryCenterId ?? null;
  const onCenterPath = ['A', 'B'].includes(routingTier(state.policy.document.approvals, state.tier, state.match.onChannelPath));
  if (rules.centerFirst && onCenterPath && center && pricing.deliveryCenterId !== center && !comment) {
    throw reject.invalid('booking someone outside the delivery center needs a reason: give it as the comment', [
      { path: 'comment', message: 'required for a person outside the delivery center' },
    ]);
  }
  return withinBudgetOrException(state, request, pricing, decided, ctx);
}

/** 量入为出: book at once when the budget holds it, else ask a director for an over-budget exception first. */
function withinBudgetOrException(
  state: ProjectState,
  request: ResourceRequest,
  pricing: Pricing,
  decided: (personId: string | null, priced: Pricing | null) => MatchEvent,
  ctx: DecisionContext,
): MatchEvent[] {
  const { budget } = state.match;
  const totals = ledgerTotals(state.match.ledger, budget.currency);
  if (needsOverBudgetException({ budget, committed: totals.committed, actual: totals.actual, requested: pricing.planned })) {
    const overBy = { amount: totals.total.amount + pricing.planned.amount - budget.amount, currency: budget.currency };
    const approver: ApproverRef = { kind: 'director', personId: null, role: 'director', label: 'a director (over-budget exception)' };
    return [
      decided(pricing.personId, pricing),
      { type: 'exception_requested', requestId: request.id, approval: newApproval('over_budget', approver, request.id, ctx), overBy },
    ];
  }
  return [decided(pricing.personId, pricing), ...book(state, request, pricing, ctx)];
}

export function decideReject(state: ProjectState, cmd: { actor: Actor; approvalId: string; reason: string }): MatchEvent[] {
  requireOpen(state);
  const approval = pendingApproval(state, cmd.approvalId);
  const onBehalfOf = requireDecisionRight(state, approval, cmd.actor);
  const reason = cmd.reason.trim();
  if (!reason) throw reject.invalid('a rejection needs a reason', [{ path: 'reason', message: 'required' }]);
  return [
    { type: 'approval_decided', approvalId: approval.id, kind: approval.kind, outcome: 'rejected', personId: null, comment: reason, pricing: null, onBehalfOf },
  ];
}

export interface RecordTimeCommand {
  actor: Actor;
  timeEntryId: string;
  bookingId: string;
  date: string;
  days: number;
  /**
   * Days the booked person already has on record for that date across all their bookings, read by the API.
   * Absent in commands recorded before the rule existed, which replay unchecked.
   */
  daysOnDate?: number;
}

/** A person works at most one day per calendar date, across all their bookings. */
export const MAX_DAYS_PER_DATE = 1;

/** Actual days on a booking accrue actual cost at the booking's pinned rate and consume its commitment. */
export function decideRecordTime(state: ProjectState, cmd: RecordTimeCommand, ctx: DecisionTime): MatchEvent[] {
  requireOpen(state);
  const booking = state.match.bookings.find((b) => b.id === cmd.bookingId);
  if (!booking) throw reject.invalid(`no booking ${cmd.bookingId} on this project`, [{ path: 'bookingId', message: 'not found' }]);
  if (cmd.actor.id !== booking.personId && cmd.actor.id !== state.ownerId) {
    throw reject.forbidden('only the booked person or the project owner records time on a booking');
  }
  if (!(cmd.days > 0) || !isQuarterStep(cmd.days)) {
    throw reject.invalid('days must be positive, in quarter days', [{ path: 'days', message: 'e.g. 0.5, 1, 1.25' }]);
  }
  // A day of slack either side: the office's calendar day may differ from UTC's.
  if (cmd.date > addCalendarDays(ctx.now.slice(0, 10), 1)) {
    throw reject.invalid('time is recorded for days worked, not future days', [{ path: 'date', message: 'in the future' }]);
  }
  if (cmd.date < addCalendarDays(booking.bookedOn, -1)) {
    throw reject.invalid(`the booking starts on ${booking.bookedOn}`, [{ path: 'date', message: 'before the booking' }]);
  }
  if (cmd.daysOnDate !== undefined && cmd.daysOnDate + cmd.days > MAX_DAYS_PER_DATE) {
    throw reject.conflict(
      `${cmd.date} already has ${cmd.daysOnDate} day(s) on record for this person; a person works at most ${MAX_DAYS_PER_DATE} day per date`,
      [{ path: 'days', message: `at most ${Math.max(0, MAX_DAYS_PER_DATE - cmd.daysOnDate)} more on ${cmd.date}` }],
    );
  }
  // 量入为出 for actual cost too: time past the booked days is a new commitment, approved like any request.
  const worked = state.match.daysWorked?.[booking.id];
  if (worked !== undefined && worked + cmd.days > booking.days) {
    throw reject.conflict(
      `the booking is for ${booking.days} day(s) and ${worked} are recorded; for more, the owner asks to extend it (a resource request with extendsBookingId), approved — and over budget excepted — as any request`,
      [{ path: 'days', message: `at most ${Math.max(0, booking.days - worked)} more on this booking` }],
    );
  }
  const amount = plannedCostForDays(
    { role: booking.role, level: '', unit: booking.unit, rate: booking.rate, effectiveFrom: cmd.date },
    cmd.days,
  );
  const entry: CostLedgerEntry = { kind: 'accrue', bookingId: booking.id, amount, idempotencyKey: ledgerKey.accrue(cmd.timeEntryId) };
  const { entries, appended } = appendOnce(state.match.ledger, entry);
  if (!appended) return [];
  return [
    { type: 'time_recorded', timeEntryId: cmd.timeEntryId, bookingId: booking.id, personId: booking.personId, date: cmd.date, days: cmd.days, entry },
    ...alertsFor(state, state.match.ledger, entries),
  ];
}

/** At close: unused commitments are released and open approvals cancelled. */
export function closeMatchEvents(state: ProjectState, outcome: string): MatchEvent[] {
  const events: MatchEvent[] = state.match.approvals
    .filter((a) => a.status === 'pending')
    .map((a) => ({ type: 'approval_cancelled' as const, approvalId: a.id, reason: `project closed ${outcome}` }));
  const releases = releaseAtClose(state.match.ledger);
  if (releases.length > 0) events.push({ type: 'commitments_released', entries: releases });
  return events;
}

/**
 * What follows a tier override (from `fromTier`) in Match, judged on the project as it is now: the budget of the
 * new tier when it differs from the budget in force, and — when the dispatcher's post changed and `dispatcher` was
 * resolved for the new one — the pending dispatch cancelled and a new one requested. Reading the current state,
 * not a copy from before the override, means an approval decided meanwhile is never undone.
 */
export function retierMatchEvents(
  state: ProjectState,
  fromTier: Tier,
  dispatcher: ApproverRef | undefined,
  ctx: DecisionContext,
  rules: BudgetChangeRules = { alertOnBudgetChange: true },
  /** What moved the tier, for the budget's and the cancelled dispatch's reasons. */
  cause = 'tier overridden',
): MatchEvent[] {
  const events: MatchEvent[] = [];
  const budget = tierBudget(state.policy.document, state.tier, state.facts.expectedValue, ctx.now.slice(0, 10));
  if (budget.amount !== state.match.budget.amount) {
    events.push(...budgetChanged(state, budget, `${cause} ${fromTier} → ${state.tier}`, rules));
  }
  if (dispatcher && dispatchKindFor(state) !== state.match.dispatch?.approverKind) {
    const pending = state.match.approvals.find((a) => a.kind === 'dispatch' && a.status === 'pending');
    if (pending) events.push({ type: 'approval_cancelled', approvalId: pending.id, reason: `${cause}: dispatched again` });
    events.push({ type: 'dispatch_requested', approval: newApproval('dispatch', dispatcher, null, ctx) });
  }
  return events;
}

/** 售前预算 is editable by a director, with a reason (audited as the event). */
export function decideSetBudget(
  state: ProjectState,
  cmd: { actor: Actor; amount: number; reason: string },
  rules: BudgetChangeRules = { alertOnBudgetChange: true },
): MatchEvent[] {
  requireOpen(state);
  if (!hasRole(cmd.actor, 'director')) throw reject.forbidden('only a director may change a presales budget');
  const reason = cmd.reason.trim();
  if (!reason) throw reject.invalid('a budget change needs a reason', [{ path: 'reason', message: 'required' }]);
  if (!Number.isSafeInteger(cmd.amount) || cmd.amount < 0) {
    throw reject.invalid('the budget is a non-negative integer of minor units', [{ path: 'amount', message: 'invalid' }]);
  }
  return budgetChanged(state, { amount: cmd.amount, currency: state.match.budget.currency }, reason, rules);
}

/** Whether the owner may ask for dispatch again now (a rejected dispatch, a note on what changed). */
export function checkRedispatch(state: ProjectState, cmd: { actor: Actor; note: string }): void {
  requireOpen(state);
  if (cmd.actor.id !== state.ownerId) throw reject.forbidden('only the project owner may ask for dispatch again');
  if (state.match.dispatch?.status !== 'rejected') {
    throw reject.conflict(`dispatch is ${state.match.dispatch?.status ?? 'not requested'}; only a rejected dispatch is requested again`);
  }
  if (!cmd.note.trim()) throw reject.invalid('say what changed since the rejection', [{ path: 'note', message: 'required' }]);
}

/**
 * After a dispatcher rejects, the owner may ask again (with what changed); the new request goes to whoever
 * holds the dispatcher's post for the project's current tier.
 */
export function decideRedispatch(state: ProjectState, cmd: { actor: Actor; note: string }, dispatcher: ApproverRef, ctx: DecisionContext): MatchEvent[] {
  checkRedispatch(state, cmd);
  return [{ type: 'dispatch_requested', approval: newApproval('dispatch', dispatcher, null, ctx) }];
}
