import { evolve, openProject } from '../../domain/lifecycle';
import type { Approval, ApprovalKind, ApproverRef, Booking, MatchEvent, Pricing, ResourceRequest } from '../../domain/match-state';
import type { Actor, Role } from '../../domain/people';
import { DEFAULT_POLICY, type PolicyDocument } from '../../domain/policy';
import type { DecisionContext, ProjectEvent, ProjectState } from '../../domain/project';
import { ledgerKey } from '../../domain/cost-ledger';
import { plannedCostForDays, type RateUnit } from '../../domain/rate-card';
import type { Tier } from '../../domain/tier';

/**
 * Given/when/then for the pure deciders: a project opened with `given`, the events that happened since applied
 * with `evolve` (as the workflow does), a command decided, and the events (or the refusal) it answers.
 */

/** Thursday 26 November 2026, 16:00 in Beijing: a working day, two days before a weekend. */
export const NOW = '2026-11-26T08:00:00.000Z';
export const TODAY = NOW.slice(0, 10);
const OFFICE = 'shanghai';
export const CENTER = 'finance-center';

export const fen = (amount: number) => ({ amount, currency: 'CNY' });

export function actor(id: string, roles: Role[], more: Partial<Omit<Actor, 'id' | 'roles'>> = {}): Actor {
  return { id, roles, manages: [], actingFor: [], officeId: OFFICE, ...more };
}

/** The cast every file shares: the owner and the people around a project. */
export const sally = actor('sally', ['sales']);
export const pete = actor('pete', ['presales']);
export const stranger = actor('zed', ['sales', 'manager']);
export const director = actor('dina', ['director'], { officeId: null });
/** Sally's manager, and above him the regional manager. */
export const boss = actor('boss', ['manager', 'sales'], { manages: ['sally'] });
export const bigBoss = actor('big-boss', ['manager'], { manages: ['boss', 'sally'] });
/** The lead of the Finance delivery center (dispatches A/B) and the team lead she appoints (approves their requests). */
export const lee = actor('lee', ['delivery', 'manager'], { officeId: null });
export const tina = actor('tina', ['delivery'], { officeId: null });
/** The office manager of Shanghai (dispatches and approves C/D) and a delivery person of the office. */
export const olga = actor('olga', ['manager'], { manages: ['sally'] });
export const dora = actor('dora', ['delivery']);

export const centerLead: ApproverRef = {
  kind: 'delivery_center_lead',
  personId: 'lee',
  role: null,
  label: 'lead of delivery center Finance',
  deliveryCenterId: CENTER,
};
export const officeManager: ApproverRef = { kind: 'office_manager', personId: 'olga', role: null, label: 'manager of office Shanghai' };
export const hotlineLead: ApproverRef = { kind: 'hotline_lead', personId: 'hana', role: null, label: 'the hotline lead' };
export const directors: ApproverRef = { kind: 'director', personId: null, role: 'director', label: 'a director (over-budget exception)' };

/** Deterministic ids (`new-1`, `new-2` …) at a fixed instant, as the workflow's uuid4 and clock would give. */
export function decisionContext(now = NOW, prefix = 'new'): DecisionContext {
  let n = 0;
  return { now, newId: () => `${prefix}-${++n}` };
}

export interface Opening {
  tier?: Tier;
  channel?: boolean;
  /** The budget in force, in fen: 100 000 yuan unless said otherwise (the workflow sets the tier's). */
  budget?: number;
  /** The expected value, in fen: 12 million yuan unless said otherwise. */
  expectedValue?: number;
  policy?: PolicyDocument;
  at?: string;
}

/** Everything one test may change about how the events are stamped. */
export interface Stamp {
  at?: string;
  actorId?: string;
}

/** Applies events in order, each stamped with the next sequence number, as the workflow records them. */
export function applied(state: ProjectState, events: readonly ProjectEvent[], stamp: Stamp = {}): ProjectState {
  return events.reduce(
    (s, event) => evolve(s, { ...event, seq: s.seq + 1, at: stamp.at ?? NOW, actorId: stamp.actorId ?? 'system' }),
    state,
  );
}

/** A project opened by Sally in Shanghai (project_opened applied), then `events`. */
export function given(opening: Opening = {}, ...events: ProjectEvent[]): ProjectState {
  const at = opening.at ?? NOW;
  const { state, event } = openProject(
    'p1',
    { version: 1, document: opening.policy ?? DEFAULT_POLICY },
    {
      name: 'Core banking renewal',
      customerName: 'Bank of Somewhere',
      industry: 'finance',
      officeId: OFFICE,
      expectedValue: fen(opening.expectedValue ?? 1_200_000_000),
      channel: opening.channel ?? false,
      strategic: false,
      salesOwnerId: 'sally',
    },
    { tier: opening.tier ?? 'A', reason: 'test' },
    at,
    fen(opening.budget ?? 10_000_000),
  );
  return applied(state, [event, ...events], { at });
}

// ——— Events that happened before the command under test ———

export function approval(id: string, kind: ApprovalKind, approver: ApproverRef, requestId: string | null = null, requestedAt = NOW): Approval {
  return { id, kind, requestId, approver, status: 'pending', requestedAt };
}

export function dispatchRequested(approver: ApproverRef = centerLead, approvalId = 'dispatch-1', requestedAt = NOW): MatchEvent {
  return { type: 'dispatch_requested', approval: approval(approvalId, 'dispatch', approver, null, requestedAt) };
}

export function dispatchDecided(leadId: string | null, approvalId = 'dispatch-1'): MatchEvent {
  return {
    type: 'approval_decided',
    approvalId,
    kind: 'dispatch',
    outcome: leadId ? 'approved' : 'rejected',
    personId: leadId,
    comment: leadId ? null : 'no capacity this quarter',
    pricing: null,
    onBehalfOf: null,
  };
}

/** Dispatched to the Finance center, whose lead appointed Tina as delivery team lead. */
export const appointed: MatchEvent[] = [dispatchRequested(centerLead), dispatchDecided('tina')];

export interface Requested {
  id?: string;
  approvalId?: string;
  role?: Role;
  days?: number;
  personId?: string | null;
  approver?: ApproverRef;
  extendsBookingId?: string;
  requestedAt?: string;
}

export function resourceRequested(r: Requested = {}): MatchEvent {
  const id = r.id ?? 'request-1';
  const approvalId = r.approvalId ?? `approval-of-${id}`;
  const request: Omit<ResourceRequest, 'status' | 'exceptionApprovalId' | 'pricing' | 'bookingId'> = {
    id,
    role: r.role ?? 'presales',
    skills: ['core banking'],
    days: r.days ?? 2,
    personId: r.personId === undefined ? 'pete' : r.personId,
    note: 'workshop with the customer',
    requestedById: 'sally',
    approvalId,
    ...(r.extendsBookingId ? { extendsBookingId: r.extendsBookingId } : {}),
  };
  return { type: 'resource_requested', request, approval: approval(approvalId, 'resource', r.approver ?? teamLeadRef('tina'), id, r.requestedAt) };
}

export function resourceApproved(requestId: string, personId: string, priced: Pricing | null, approvalId = `approval-of-${requestId}`): MatchEvent {
  return { type: 'approval_decided', approvalId, kind: 'resource', outcome: 'approved', personId, comment: null, pricing: priced, onBehalfOf: null };
}

export function teamLeadRef(personId: string): ApproverRef {
  return { kind: 'delivery_team_lead', personId, role: null, label: 'the appointed delivery team lead', deliveryCenterId: CENTER };
}

export interface Priced {
  role?: Role;
  days?: number;
  /** Per unit (a day, or an hour for the hotline), in fen. */
  rate?: number;
  unit?: RateUnit;
  deliveryCenterId?: string | null;
  on?: string;
}

/** What an activity would price `personId` at: Pete is a P2 presales at 2 500 yuan a day unless said otherwise. */
export function pricing(personId: string, p: Priced = {}): Pricing {
  const role = p.role ?? 'presales';
  const unit = p.unit ?? 'day';
  const rate = fen(p.rate ?? 250_000);
  const on = p.on ?? TODAY;
  return {
    personId,
    role,
    level: 'P2',
    unit,
    rate,
    rateEffectiveFrom: '2025-01-01',
    pricedOn: on,
    planned: plannedCostForDays({ role, level: 'P2', unit, rate, effectiveFrom: '2025-01-01' }, p.days ?? 2),
    deliveryCenterId: p.deliveryCenterId === undefined ? CENTER : p.deliveryCenterId,
  };
}

export interface Booked {
  id?: string;
  requestId?: string;
  personId?: string;
  role?: Role;
  days?: number;
  rate?: number;
  unit?: RateUnit;
  bookedOn?: string;
}

/** A booking made (and committed on the ledger): Pete for 2 days at 2 500 yuan unless said otherwise. */
export function bookingMade(b: Booked = {}): MatchEvent {
  const id = b.id ?? 'booking-1';
  const role = b.role ?? 'presales';
  const unit = b.unit ?? 'day';
  const rate = fen(b.rate ?? 250_000);
  const booking: Booking = {
    id,
    requestId: b.requestId ?? 'request-1',
    personId: b.personId ?? 'pete',
    role,
    days: b.days ?? 2,
    unit,
    rate,
    level: 'P2',
    planned: plannedCostForDays({ role, level: 'P2', unit, rate, effectiveFrom: '2025-01-01' }, b.days ?? 2),
    bookedOn: b.bookedOn ?? TODAY,
  };
  return { type: 'booking_made', booking, entry: { kind: 'commit', bookingId: id, amount: booking.planned, idempotencyKey: ledgerKey.commit(id) } };
}

/** A request approved by the team lead and booked: the three events in the order the workflow records them. */
export function requestBooked(b: Booked = {}): MatchEvent[] {
  const requestId = b.requestId ?? 'request-1';
  const personId = b.personId ?? 'pete';
  const days = b.days ?? 2;
  return [
    resourceRequested({ id: requestId, role: b.role, days, personId }),
    resourceApproved(requestId, personId, pricing(personId, { role: b.role, days, rate: b.rate, unit: b.unit })),
    bookingMade({ ...b, requestId }),
  ];
}

/** The project walked from its first stage through `stages`, in order. */
export function walked(...stages: string[]): ProjectEvent[] {
  return walkedFrom('qualify', ...stages);
}

/** The project walked from stage `from` through `stages`, in order. */
export function walkedFrom(from: string, ...stages: string[]): ProjectEvent[] {
  const path = [from, ...stages];
  return stages.map((to, i) => ({ type: 'stage_advanced', from: path[i]!, to, stageDeadline: '2027-01-29T08:00:00.000Z' }));
}
