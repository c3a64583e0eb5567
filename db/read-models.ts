import { z } from 'zod';
import { MoneySchema } from '../domain/money';
import { RoleSchema } from '../domain/people';
import { TierSchema } from '../domain/tier';

/**
 * The read models: what the API answers about people, projects, handoffs, approvals, requests and bookings, as zod
 * schemas. The one source of these shapes — the API validates and documents its answers with them, the queries
 * in db/ are typed by them, and the test client and the bench read their types from here.
 */

export const PersonSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  roles: z.array(RoleSchema),
  managerId: z.uuid().nullable(),
  officeId: z.uuid().nullable(),
  deliveryCenterId: z.uuid().nullable(),
  skills: z.array(z.string()),
  industries: z.array(z.string()),
  rateLevel: z.string().nullable(),
  createdAt: z.string(),
  /** When an admin deactivated the person (they cannot sign in or be given new work); null while active. */
  deactivatedAt: z.string().nullable(),
});

export const ProjectStatusSchema = z.enum(['open', 'won', 'lost']);

export const HandoffSchema = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  kind: z.enum(['stage', 'manual']),
  fromPersonId: z.uuid(),
  toPersonId: z.uuid(),
  proposedById: z.uuid(),
  reason: z.string(),
  status: z.enum(['pending', 'accepted', 'declined', 'cancelled']),
  proposedAt: z.string(),
  decidedAt: z.string().nullable(),
  decidedById: z.uuid().nullable(),
  decisionReason: z.string().nullable(),
});

export const ProjectSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  customerName: z.string(),
  industry: z.string(),
  /** The key solution the deal is for; null when none was named. */
  solution: z.string().nullable(),
  /** 商机质量 as last scored (factors 1–5 and their weighted score); null when never scored. */
  quality: z.object({ factors: z.record(z.string(), z.number()), score: z.number() }).nullable(),
  officeId: z.uuid(),
  expectedValue: MoneySchema,
  channel: z.boolean(),
  strategic: z.boolean(),
  tier: TierSchema,
  stage: z.string(),
  stageEnteredAt: z.string(),
  stageDeadline: z.string(),
  ownerId: z.uuid(),
  salesOwnerId: z.uuid(),
  status: ProjectStatusSchema,
  closeReason: z.string().nullable(),
  policyVersion: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  closedAt: z.string().nullable(),
  budget: MoneySchema,
  committed: MoneySchema,
  actual: MoneySchema,
  remaining: MoneySchema,
  dispatch: z.object({ status: z.string().nullable(), leadId: z.uuid().nullable(), deliveryCenterId: z.uuid().nullable() }),
  /** The highest step of the current stage's escalation ladder so far: null none, 0 the owner reminded, 1+ escalated. */
  stageEscalation: z.number().int().nullable(),
});

export const TimelineEntrySchema = z.object({
  seq: z.number().int(),
  type: z.string(),
  actorId: z.uuid(),
  at: z.string(),
  data: z.record(z.string(), z.unknown()),
});

export const ProjectDetailSchema = ProjectSummarySchema.extend({
  pendingHandoff: HandoffSchema.nullable(),
  timeline: z.array(TimelineEntrySchema),
  stages: z.array(
    z.object({ stage: z.string(), enteredAt: z.string(), deadline: z.string(), leftAt: z.string().nullable() }),
  ),
  owners: z.array(
    z.object({ personId: z.uuid(), via: z.string(), startedAt: z.string(), endedAt: z.string().nullable() }),
  ),
  escalations: z.array(
    z.object({
      kind: z.enum(['stage', 'approval', 'handoff', 'scoring', 'delivery_handoff']),
      refId: z.string(),
      level: z.number().int(),
      responsibleId: z.uuid().nullable(),
      targetId: z.uuid().nullable(),
      targetRole: z.string().nullable(),
      dueAt: z.string(),
      reason: z.string(),
      at: z.string(),
    }),
  ),
  feasibility: z
    .object({ approved: z.boolean(), note: z.string(), signedById: z.uuid(), signedAt: z.string(), commitments: z.array(z.lazy(() => CommitmentViewSchema)) })
    .nullable(),
  promises: z.lazy(() => PromisesSchema),
  approvals: z.array(z.lazy(() => ApprovalSchema)),
  resourceRequests: z.array(z.lazy(() => ResourceRequestSchema)),
  bookings: z.array(z.lazy(() => BookingSchema)),
  ledger: z.array(
    z.object({ kind: z.enum(['commit', 'accrue', 'release']), bookingId: z.uuid(), amount: MoneySchema.nullable(), idempotencyKey: z.string(), at: z.string() }),
  ),
  /** 统一指挥: the delivery team lead of a center's project (lead), the people they named, everyone booked. */
  team: z.array(z.object({ personId: z.uuid(), name: z.string(), lead: z.boolean(), named: z.boolean(), bookedDays: z.number() })),
});

export const ApprovalSchema = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  kind: z.enum(['dispatch', 'resource', 'over_budget']),
  requestId: z.uuid().nullable(),
  approverKind: z.string(),
  approverId: z.uuid().nullable(),
  approverRole: z.string().nullable(),
  approverLabel: z.string(),
  status: z.enum(['pending', 'approved', 'rejected', 'cancelled']),
  requestedAt: z.string(),
  decidedAt: z.string().nullable(),
  decidedById: z.uuid().nullable(),
  decisionPersonId: z.uuid().nullable(),
  comment: z.string().nullable(),
});

export const ResourceRequestSchema = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  role: RoleSchema,
  skills: z.array(z.string()),
  days: z.number(),
  personId: z.uuid().nullable(),
  note: z.string(),
  requestedById: z.uuid(),
  status: z.enum(['pending', 'awaiting_exception', 'booked', 'rejected', 'cancelled']),
  approvalId: z.uuid(),
  exceptionApprovalId: z.uuid().nullable(),
  bookingId: z.uuid().nullable(),
  /** Set when the request adds days to that booking rather than booking someone anew. */
  extendsBookingId: z.uuid().nullable(),
  requestedAt: z.string(),
});

export const BookingSchema = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  requestId: z.uuid(),
  personId: z.uuid(),
  role: RoleSchema,
  days: z.number(),
  unit: z.enum(['day', 'hour']),
  /** Rate and costs are null for a viewer who may not see this person's (see the README's visibility table). */
  rate: MoneySchema.nullable(),
  planned: MoneySchema.nullable(),
  actual: MoneySchema.nullable(),
  daysWorked: z.number(),
  bookedAt: z.string(),
});

/** One commitment (不随意许诺) with its place in its list: a go-live names it by `index`. */
export const CommitmentViewSchema = z.object({ index: z.number().int(), item: z.string(), dueDate: z.string() });

/**
 * 不随意许诺, 交付移交 on one project: the gate (unsigned, signed, rejected: the latest sign-off negative, reopened: the
 * commitments changed after an approved sign-off), the commitments as they stand and the change waiting for delivery;
 * after a win the delivery handoff, what the win promised and, at go-live, whether each promise was kept.
 */
export const PromisesSchema = z.object({
  gate: z.enum(['unsigned', 'signed', 'rejected', 'reopened']),
  commitments: z.array(CommitmentViewSchema),
  change: z.object({ changedById: z.uuid(), reason: z.string(), changedAt: z.string() }).nullable(),
  deliveryHandoff: z
    .object({
      toPersonId: z.uuid(),
      via: z.enum(['team_lead', 'delivery_manager', 'feasibility_signer', 'owner', 'manager']),
      status: z.enum(['offered', 'accepted']),
      offeredAt: z.string(),
      dueAt: z.string(),
      /** Who accepted it: the delivery owner, who records the go-live. */
      ownerId: z.uuid().nullable(),
      acceptedAt: z.string().nullable(),
      declined: z.array(z.object({ personId: z.uuid(), reason: z.string(), at: z.string() })),
    })
    .nullable(),
  promised: z.array(CommitmentViewSchema.extend({ kept: z.boolean().nullable(), note: z.string().nullable() })),
  goLive: z.object({ liveOn: z.string(), recordedById: z.uuid(), recordedAt: z.string() }).nullable(),
});

/** 主负责人打分 on one project: who is to be scored, who still is missing, and the scores the viewer may see. */
export const ScoringSchema = z.object({
  status: z.enum(['open', 'complete', 'not_requested']),
  scorerId: z.uuid().nullable(),
  dueAt: z.string().nullable(),
  participants: z.array(z.uuid()),
  missing: z.array(z.uuid()),
  scores: z.array(z.object({ personId: z.uuid(), score: z.number().int(), comment: z.string(), scoredAt: z.string() })),
});

/** The project an inbox item is about, as much as a list of items shows. */
export const InboxProjectSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  customerName: z.string(),
  tier: TierSchema,
  stage: z.string(),
  status: ProjectStatusSchema,
  ownerId: z.uuid(),
});

/**
 * Why an item is the caller's: their own, as the delegate of someone out of office, because it escalated to them,
 * or as one of a pool (the directors).
 */
export const InboxViaSchema = z.enum(['self', 'delegate', 'escalation', 'pool']);

const InboxMark = { project: InboxProjectSchema, via: InboxViaSchema, onBehalfOf: z.uuid().nullable() };

/** 待办: what waits for the caller, what they decided, or what they raised. */
export const InboxSchema = z.object({
  tab: z.enum(['waiting', 'decided', 'raised']),
  handoffs: z.array(
    HandoffSchema.extend({
      ...InboxMark,
      /** Set on an offer to someone the caller stands in for but may not decide: why it waits for the nominee. */
      waitsForNominee: z.string().nullable(),
    }),
  ),
  approvals: z.array(
    ApprovalSchema.extend({
      ...InboxMark,
      request: z.lazy(() => ResourceRequestSchema).nullable(),
      /** On a dispatch to a delivery center: the functions the policy requires that the center has nobody for (多位一体). */
      centerMissingFunctions: z.array(z.string()),
    }),
  ),
  /** Feasibility sign-offs owed (waiting) or given (decided), newest sign-off with it. */
  feasibility: z.array(
    z.object({
      ...InboxMark,
      signOff: z.object({ approved: z.boolean(), note: z.string(), signedById: z.uuid(), signedAt: z.string() }).nullable(),
      /** The commitments changed after this approved sign-off: it no longer counts until signed again. */
      reopened: z.boolean(),
    }),
  ),
  /** 交付移交: offers to accept and go-lives owed (waiting), offers accepted or declined (decided). */
  deliveryHandoffs: z.array(
    z.object({
      ...InboxMark,
      status: z.enum(['offered', 'accepted', 'declined']),
      toPersonId: z.uuid(),
      offeredAt: z.string(),
      dueAt: z.string(),
      /** How many commitments the win promised (the go-live accounts for each). */
      commitments: z.number().int(),
    }),
  ),
  /** 主负责人打分 owed (waiting: still missing someone) or completed (decided). */
  scoring: z.array(z.object({ ...InboxMark, dueAt: z.string(), participants: z.array(z.uuid()), missing: z.array(z.uuid()) })),
});

export type PersonView = z.infer<typeof PersonSchema>;
export type Inbox = z.infer<typeof InboxSchema>;
export type InboxTab = Inbox['tab'];
export type ProjectScoring = z.infer<typeof ScoringSchema>;
export type ProjectPromises = z.infer<typeof PromisesSchema>;
export type ProjectSummary = z.infer<typeof ProjectSummarySchema>;
export type ProjectDetail = z.infer<typeof ProjectDetailSchema>;
export type HandoffRow = z.infer<typeof HandoffSchema>;
export type ApprovalRow = z.infer<typeof ApprovalSchema>;
export type ResourceRequestRow = z.infer<typeof ResourceRequestSchema>;
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

type Priced = 'rate' | 'planned' | 'actual';
type Booking = z.infer<typeof BookingSchema>;
/** A booking as stored: its rate and costs always there (the API blanks them for who may not see them). */
export type BookingRow = Omit<Booking, Priced> & { [K in Priced]: NonNullable<Booking[K]> };
type LedgerLine = ProjectDetail['ledger'][number];
export type LedgerRow = Omit<LedgerLine, 'amount'> & { amount: NonNullable<LedgerLine['amount']> };
