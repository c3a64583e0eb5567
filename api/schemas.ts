import { z } from 'zod';
import { MinorUnitsInputSchema, MoneyInputSchema, MoneySchema } from '../domain/money';
import { RoleSchema } from '../domain/people';
import { TierSchema } from '../domain/tier';
import { CommentText, LabelText, NameText, ReasonText } from '../domain/text';

export const IdParams = z.object({ id: z.uuid('a UUID') });

export const PersonCreateBody = z.object({
  name: NameText(),
  email: z.email().max(254),
  roles: z.array(RoleSchema).min(1),
  managerId: z.uuid().optional(),
  officeId: z.uuid().optional(),
  deliveryCenterId: z.uuid().optional(),
  skills: z.array(LabelText()).max(100).optional(),
  industries: z.array(LabelText().toLowerCase()).max(100).optional(),
  rateLevel: LabelText(40).optional(),
});

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

export const OfficeCreateBody = z.object({
  name: NameText(),
  region: NameText(),
  managerId: z.uuid(),
});

export const DeliveryCenterCreateBody = z.object({
  name: NameText(),
  industry: LabelText().toLowerCase(),
  leadId: z.uuid(),
});

export const CreatedId = z.object({ id: z.uuid() });

export const ProjectCreateBody = z.object({
  name: NameText(300),
  customerName: NameText(300),
  industry: LabelText().toLowerCase(),
  officeId: z.uuid(),
  expectedValue: MoneyInputSchema,
  channel: z.boolean().default(false),
  strategic: z.boolean().default(false),
  salesOwnerId: z.uuid(),
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
      kind: z.enum(['stage', 'approval', 'handoff', 'scoring']),
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
  feasibility: z.object({ approved: z.boolean(), note: z.string(), signedById: z.uuid(), signedAt: z.string() }).nullable(),
  approvals: z.array(z.lazy(() => ApprovalSchema)),
  resourceRequests: z.array(z.lazy(() => ResourceRequestSchema)),
  bookings: z.array(z.lazy(() => BookingSchema)),
  ledger: z.array(
    z.object({ kind: z.enum(['commit', 'accrue', 'release']), bookingId: z.uuid(), amount: MoneySchema.nullable(), idempotencyKey: z.string(), at: z.string() }),
  ),
});

export const ProjectListQuery = z.object({
  stage: LabelText().optional(),
  tier: TierSchema.optional(),
  ownerId: z.uuid().optional(),
  status: ProjectStatusSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});

export const AdvanceBody = z.object({
  nomineeId: z.uuid().optional(),
  fromStage: LabelText().optional(),
});

export const HandoffProposeBody = z.object({
  toPersonId: z.uuid(),
  reason: ReasonText(),
});

export const HandoffDeclineBody = z.object({
  reason: ReasonText(),
});

export const CloseBody = z.object({
  outcome: z.enum(['won', 'lost']),
  reason: CommentText().optional(),
  /** On a win: the value signed (defaults to the expected value), in the project's currency. */
  finalValue: MoneyInputSchema.optional(),
  /** On a win: who is credited besides the sales owner (default: the appointed lead, the feasibility signer). */
  presalesLeadId: z.uuid().optional(),
  deliveryManagerId: z.uuid().optional(),
});

export const ScoresBody = z.object({
  scores: z
    .array(z.object({ personId: z.uuid(), score: z.number(), comment: CommentText() }))
    .min(1, 'score at least one participant')
    .max(500, 'at most 500 scores at a time'),
});

export const FinalValueBody = z.object({ amount: MinorUnitsInputSchema, reason: ReasonText() });


export const TierOverrideBody = z.object({
  tier: TierSchema,
  reason: ReasonText(),
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

const quarterDays = z
  .number()
  .positive()
  .max(1000)
  .multipleOf(0.25, 'in quarter days: 0.25, 0.5, 1, 2.75 …');

export const ResourceRequestBody = z.object({
  role: RoleSchema,
  skills: z.array(LabelText()).max(20).default([]),
  days: quarterDays,
  personId: z.uuid().optional(),
  note: ReasonText('say what the resource is for: the note'),
  /** More days on this booking of the project (same person, role and pinned rate) instead of a new booking. */
  extendsBookingId: z.uuid().optional(),
});

export const ApproveBody = z.object({ personId: z.uuid().optional(), comment: CommentText().optional() });
export const RejectBody = z.object({ reason: ReasonText() });
export const DispatchBody = z.object({ teamLeadId: z.uuid(), comment: CommentText().optional() });
export const TimeEntryBody = z.object({
  bookingId: z.uuid(),
  date: z.iso.date(),
  days: quarterDays.max(1, 'at most one day per entry'),
});
export const BudgetBody = z.object({ amount: MinorUnitsInputSchema, reason: ReasonText() });
export const HotlineCreateBody = z.object({
  name: NameText(),
  leadId: z.uuid(),
  /** Offices this hotline serves; offices without one are served by the first hotline set up. */
  officeIds: z.array(z.uuid()).max(500).default([]),
});
export const RedispatchBody = z.object({ note: ReasonText('say what changed: the note') });
