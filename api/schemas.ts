import { z } from 'zod';
import { MoneySchema } from '../domain/money';
import { RoleSchema } from '../domain/people';
import { TierSchema } from '../domain/policy';

export const IdParams = z.object({ id: z.uuid('a UUID') });

export const PersonCreateBody = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.email(),
  roles: z.array(RoleSchema).min(1),
  managerId: z.uuid().optional(),
  officeId: z.uuid().optional(),
  deliveryCenterId: z.uuid().optional(),
  skills: z.array(z.string().trim().min(1)).max(100).optional(),
  industries: z.array(z.string().trim().min(1)).max(100).optional(),
  rateLevel: z.string().trim().min(1).max(40).optional(),
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
});

export const OfficeCreateBody = z.object({
  name: z.string().trim().min(1).max(200),
  region: z.string().trim().min(1).max(200),
  managerId: z.uuid(),
});

export const DeliveryCenterCreateBody = z.object({
  name: z.string().trim().min(1).max(200),
  industry: z.string().trim().toLowerCase().min(1).max(100),
  leadId: z.uuid(),
});

export const CreatedId = z.object({ id: z.uuid() });

export const ProjectCreateBody = z.object({
  name: z.string().trim().min(1).max(300),
  customerName: z.string().trim().min(1).max(300),
  industry: z.string().trim().toLowerCase().min(1).max(100),
  officeId: z.uuid(),
  expectedValue: MoneySchema,
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
});

export const ProjectListQuery = z.object({
  stage: z.string().optional(),
  tier: TierSchema.optional(),
  ownerId: z.uuid().optional(),
  status: ProjectStatusSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});

export const AdvanceBody = z.object({
  nomineeId: z.uuid().optional(),
  fromStage: z.string().optional(),
});

export const HandoffProposeBody = z.object({
  toPersonId: z.uuid(),
  reason: z.string().trim().min(1, 'a reason is required').max(2000),
});

export const HandoffDeclineBody = z.object({
  reason: z.string().trim().min(1, 'a reason is required').max(2000),
});

export const CloseBody = z.object({
  outcome: z.enum(['won', 'lost']),
  reason: z.string().trim().max(2000).optional(),
});

export const InboxSchema = z.object({
  handoffs: z.array(HandoffSchema),
});

export const TierOverrideBody = z.object({
  tier: TierSchema,
  reason: z.string().trim().min(1, 'a reason is required').max(2000),
});
