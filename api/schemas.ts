import { z } from 'zod';
import { QualityFactorsSchema } from '../domain/opportunity-quality';
import { ProjectStatusSchema } from '../db/read-models';
import { MinorUnitsInputSchema, MoneyInputSchema } from '../domain/money';
import { RoleSchema } from '../domain/people';
import { TierSchema } from '../domain/tier';
import { CommentText, LabelText, NameText, ReasonText } from '../domain/text';

export {
  ApprovalSchema,
  BookingSchema,
  HandoffSchema,
  InboxSchema,
  PersonSchema,
  ProjectDetailSchema,
  ProjectStatusSchema,
  ProjectSummarySchema,
  ResourceRequestSchema,
  ScoringSchema,
  TimelineEntrySchema,
} from '../db/read-models';

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

export const OfficeCreateBody = z.object({
  name: NameText(),
  region: NameText(),
  managerId: z.uuid(),
});

/** 多位一体: a center for a key industry or for a key solution — exactly one of the two. */
export const DeliveryCenterCreateBody = z
  .object({
    name: NameText(),
    industry: LabelText().toLowerCase().optional(),
    solution: LabelText().toLowerCase().optional(),
    leadId: z.uuid(),
  })
  .refine((c) => (c.industry === undefined) !== (c.solution === undefined), { message: 'name the industry or the solution the center serves (one of them)', path: ['industry'] });

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
  /** 商机质量: the quality factors scored when opening (1–5 each); the tier moves one step at a high or low score. */
  quality: QualityFactorsSchema.optional(),
  /** The key solution the deal is for: a delivery center of that solution serves it before its industry's. */
  solution: LabelText().toLowerCase().optional(),
});

/** The filters of the pipeline board, kept in the console's URL. */
export const ProjectBoardQuery = z.object({
  tier: TierSchema.optional(),
  ownerId: z.uuid().optional(),
  officeId: z.uuid().optional(),
  industry: LabelText().toLowerCase().optional(),
  status: ProjectStatusSchema.default('open'),
});

export const ProjectListQuery = ProjectBoardQuery.extend({
  stage: LabelText().optional(),
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
