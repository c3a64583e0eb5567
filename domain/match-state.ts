/*
 * 资源匹配's state and events, and how each event changes the state. Pure; the decisions are in match.ts.
 */
import type { ApproverKind } from './approval-chain';
import type { CostLedgerEntry } from './cost-ledger';
import { eventTypeGuard } from './guards';
import type { Money } from './money';
import type { Role } from './people';
import type { RateUnit } from './rate-card';

/** Who may decide an approval: a named person, or anyone holding a role (the director pool). */
export interface ApproverRef {
  kind: ApproverKind;
  personId: string | null;
  role: Role | null;
  /** How the approver was found, for the record: "lead of delivery center Finance", "manager of office Shanghai". */
  label: string;
  /** The delivery center serving the project, when the approver is its lead. */
  deliveryCenterId?: string | null;
}

export type ApprovalKind = 'dispatch' | 'resource' | 'over_budget';
export type ApprovalStatus = 'pending' | 'approved' | 'rejected' | 'cancelled';

export interface Approval {
  id: string;
  kind: ApprovalKind;
  requestId: string | null;
  approver: ApproverRef;
  status: ApprovalStatus;
  requestedAt: string;
}

export interface Dispatch {
  approvalId: string;
  approverKind: ApproverKind;
  /** `cancelled`: the project closed (or was dispatched again along a new path) before anyone decided. */
  status: 'pending' | 'appointed' | 'rejected' | 'cancelled';
  /** 交付团队负责人 (A/B) or the local presales lead (C/D) or the hotline contact (E). */
  leadId: string | null;
  deliveryCenterId: string | null;
}

/** What a person costs for a request, priced by an activity from the rate card on the day of approval. */
export interface Pricing {
  personId: string;
  role: Role;
  level: string;
  unit: RateUnit;
  rate: Money;
  rateEffectiveFrom: string;
  pricedOn: string;
  planned: Money;
  /** The person's delivery center: on the A/B path, booking outside the project's center needs a reason. */
  deliveryCenterId?: string | null;
}

export interface ResourceRequest {
  id: string;
  role: Role;
  skills: string[];
  days: number;
  personId: string | null;
  note: string;
  requestedById: string;
  status: 'pending' | 'awaiting_exception' | 'booked' | 'rejected' | 'cancelled';
  approvalId: string;
  exceptionApprovalId: string | null;
  pricing: Pricing | null;
  bookingId: string | null;
  /** More days on this existing booking, at its pinned rate, rather than a new booking. Absent in older states. */
  extendsBookingId?: string | null;
}

export interface Booking {
  id: string;
  requestId: string;
  personId: string;
  role: Role;
  days: number;
  unit: RateUnit;
  /** The rate pinned at approval: later rate-card changes never reprice a booking. */
  rate: Money;
  /** The rate card level it was priced at (who worked it, as the level mix counts); absent in histories from before it was kept. */
  level?: string;
  planned: Money;
  /** The calendar day of approval (UTC): work cannot be recorded before it. */
  bookedOn: string;
}

export interface MatchState {
  budget: Money;
  /** False once a director overrides the tier of a channel project: it then follows its own tier's path. */
  onChannelPath: boolean;
  dispatch: Dispatch | null;
  approvals: Approval[];
  requests: ResourceRequest[];
  bookings: Booking[];
  ledger: CostLedgerEntry[];
  /** Budget alert thresholds (basis points) already sent: each fires once per project. */
  alerted: number[];
  /** Days recorded per booking id. Absent in states carried over from runs before it was kept. */
  daysWorked?: Record<string, number>;
  /** 统一指挥: the people the delivery team lead named to the project team. Absent before any was named. */
  team?: string[];
}

export type MatchEvent =
  | { type: 'budget_set'; budget: Money; reason: string }
  | { type: 'dispatch_requested'; approval: Approval }
  | { type: 'resource_requested'; request: Omit<ResourceRequest, 'status' | 'exceptionApprovalId' | 'pricing' | 'bookingId'>; approval: Approval }
  | {
      type: 'approval_decided';
      approvalId: string;
      kind: ApprovalKind;
      outcome: 'approved' | 'rejected';
      /** The person appointed (dispatch) or booked (resource). */
      personId: string | null;
      comment: string | null;
      pricing: Pricing | null;
      /** The approver a delegate or an escalation manager decided for; null when the approver decided. */
      onBehalfOf?: string | null;
    }
  | { type: 'approval_cancelled'; approvalId: string; reason: string }
  | { type: 'exception_requested'; requestId: string; approval: Approval; overBy: Money }
  | { type: 'booking_made'; booking: Booking; entry: CostLedgerEntry }
  | { type: 'booking_extended'; bookingId: string; requestId: string; days: number; planned: Money; entry: CostLedgerEntry }
  | { type: 'time_recorded'; timeEntryId: string; bookingId: string; personId: string; date: string; days: number; entry: CostLedgerEntry }
  | { type: 'commitments_released'; entries: CostLedgerEntry[] }
  | { type: 'budget_alert'; thresholdBasisPoints: number; usedBasisPoints: number | null; notify: string[] }
  | { type: 'team_named'; memberIds: string[]; reason: string };

export function emptyMatch(budget: Money, onChannelPath: boolean): MatchState {
  return { budget, onChannelPath, dispatch: null, approvals: [], requests: [], bookings: [], ledger: [], alerted: [], daysWorked: {} };
}

function setApproval(match: MatchState, id: string, status: ApprovalStatus): Approval[] {
  return match.approvals.map((a) => (a.id === id ? { ...a, status } : a));
}

function setRequest(match: MatchState, id: string | null, change: Partial<ResourceRequest>): ResourceRequest[] {
  return match.requests.map((r) => (r.id === id ? { ...r, ...change } : r));
}

export function evolveMatch(match: MatchState, event: MatchEvent): MatchState {
  switch (event.type) {
    case 'budget_set':
      return { ...match, budget: event.budget };
    case 'dispatch_requested':
      return {
        ...match,
        approvals: [...match.approvals, event.approval],
        dispatch: {
          approvalId: event.approval.id,
          approverKind: event.approval.approver.kind,
          status: 'pending',
          leadId: null,
          deliveryCenterId: event.approval.approver.deliveryCenterId ?? null,
        },
      };
    case 'resource_requested':
      return {
        ...match,
        approvals: [...match.approvals, event.approval],
        requests: [...match.requests, { ...event.request, status: 'pending', exceptionApprovalId: null, pricing: null, bookingId: null }],
      };
    case 'approval_decided': {
      const approvals = setApproval(match, event.approvalId, event.outcome);
      const approval = match.approvals.find((a) => a.id === event.approvalId);
      if (event.kind === 'dispatch') {
        const dispatch = match.dispatch && match.dispatch.approvalId === event.approvalId
          ? { ...match.dispatch, status: event.outcome === 'approved' ? ('appointed' as const) : ('rejected' as const), leadId: event.personId }
          : match.dispatch;
        return { ...match, approvals, dispatch };
      }
      if (event.outcome === 'rejected') {
        return { ...match, approvals, requests: setRequest(match, approval?.requestId ?? null, { status: 'rejected' }) };
      }
      return { ...match, approvals, requests: setRequest(match, approval?.requestId ?? null, event.pricing ? { pricing: event.pricing } : {}) };
    }
    case 'approval_cancelled': {
      const approval = match.approvals.find((a) => a.id === event.approvalId);
      const requests = approval?.requestId ? setRequest(match, approval.requestId, { status: 'cancelled' }) : match.requests;
      const dispatch = match.dispatch?.approvalId === event.approvalId ? { ...match.dispatch, status: 'cancelled' as const } : match.dispatch;
      return { ...match, approvals: setApproval(match, event.approvalId, 'cancelled'), requests, dispatch };
    }
    case 'exception_requested':
      return {
        ...match,
        approvals: [...match.approvals, event.approval],
        requests: setRequest(match, event.requestId, { status: 'awaiting_exception', exceptionApprovalId: event.approval.id }),
      };
    case 'booking_made':
      return {
        ...match,
        bookings: [...match.bookings, event.booking],
        ledger: [...match.ledger, event.entry],
        requests: setRequest(match, event.booking.requestId, { status: 'booked', bookingId: event.booking.id }),
      };
    case 'booking_extended':
      return {
        ...match,
        bookings: match.bookings.map((b) =>
          b.id === event.bookingId
            ? { ...b, days: b.days + event.days, planned: { ...b.planned, amount: b.planned.amount + event.planned.amount } }
            : b,
        ),
        ledger: [...match.ledger, event.entry],
        requests: setRequest(match, event.requestId, { status: 'booked', bookingId: event.bookingId }),
      };
    case 'time_recorded': {
      const daysWorked = match.daysWorked ?? {};
      return {
        ...match,
        ledger: [...match.ledger, event.entry],
        daysWorked: { ...daysWorked, [event.bookingId]: (daysWorked[event.bookingId] ?? 0) + event.days },
      };
    }
    case 'commitments_released':
      return { ...match, ledger: [...match.ledger, ...event.entries] };
    case 'budget_alert':
      return { ...match, alerted: [...match.alerted, event.thresholdBasisPoints] };
    case 'team_named':
      return { ...match, team: event.memberIds };
  }
}

export const isMatchEvent: (event: { type: string }) => event is MatchEvent = eventTypeGuard<MatchEvent>({
  budget_set: true,
  dispatch_requested: true,
  resource_requested: true,
  approval_decided: true,
  approval_cancelled: true,
  exception_requested: true,
  booking_made: true,
  booking_extended: true,
  time_recorded: true,
  commitments_released: true,
  budget_alert: true,
  team_named: true,
});
