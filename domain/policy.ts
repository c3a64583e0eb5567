import { z } from 'zod';
import { buildApprovalChainSchemas, DEFAULT_APPROVAL_CHAIN } from './approval-chain';
import { buildBudgetSchemas, DEFAULT_BUDGET_POLICY } from './budget';
import { buildBusinessCalendarSchemas, DEFAULT_CALENDAR } from './business-calendar';
import { builtOnce } from './built-once';
import { buildMoneySchemas } from './money';
import { buildRoleSchema } from './people';
import { buildTierSchema } from './tier';
import { buildRateCardSchemas, DEFAULT_RATE_CARD } from './rate-card';
import { buildCenterFunctionSchema, DEFAULT_CENTER_FUNCTIONS } from './center-functions';
import { buildAssessmentSchemas, DEFAULT_ASSESSMENT_POLICY } from './performance';
import { buildQualitySchemas, DEFAULT_QUALITY_POLICY } from './opportunity-quality';

/**
 * Policy is data, not code: validated here, stored versioned in Postgres, pinned by every project at start
 * so that a later policy change never alters a running workflow's decisions or its replay.
 */

export const STAGE_KEY_PATTERN = /^[a-z][a-z0-9_]*$/;
/** The delivery handoff of pipelines from before it (typed by its shape: the schemas below default to it). */
export const DEFAULT_DELIVERY_HANDOFF = { label: '交付移交 delivery handoff', acceptHours: 3 * 24 };
/** The policy document's schemas, built afresh on each call (built-once.ts says why a workflow needs its own). */
export function buildPolicySchemas() {
  const { ApprovalChainSchema } = buildApprovalChainSchemas();
  const { BudgetPolicySchema } = buildBudgetSchemas();
  const { BusinessCalendarSchema } = buildBusinessCalendarSchemas();
  const { CurrencySchema } = buildMoneySchemas();
  const RoleSchema = buildRoleSchema();
  const TierSchema = buildTierSchema();
  const { RateCardSchema } = buildRateCardSchemas();
  const CenterFunctionSchema = buildCenterFunctionSchema();
  const { AssessmentPolicySchema } = buildAssessmentSchemas();
  const { QualityPolicySchema } = buildQualitySchemas();
  // A copy: zod resets a pattern's lastIndex, and the exported one is frozen inside workflows (built-once.ts).
  const StageKeySchema = z.string().regex(new RegExp(STAGE_KEY_PATTERN), 'lower_snake_case');

  const minorUnits = z.number().int().nonnegative();

  const TierThresholdsSchema = z
    .object({ A: minorUnits, B: minorUnits, C: minorUnits, D: minorUnits })
    .refine((t) => t.A >= t.B && t.B >= t.C && t.C >= t.D, 'thresholds must not increase from A down to D');

  const StagePolicySchema = z.object({
    key: StageKeySchema,
    /** 立项, 需求调研 … the article's name for the stage, for people reading the timeline. */
    label: z.string().min(1),
    /** The role the accountable owner must hold while the project is in this stage. */
    ownerRole: RoleSchema,
    /** Plain hours until the stage is overdue; business calendars arrive with escalation. */
    slaHours: z.number().positive(),
    /** The stage is walked only by projects of this tier or better; weaker tiers skip it (e.g. poc below B). */
    requiredFromTier: TierSchema.optional(),
    /** Per-tier SLAs where they differ from `slaHours` (business hours on the policy calendar). */
    slaHoursByTier: z.partialRecord(TierSchema, z.number().positive()).optional(),
    /** 交付可行性确认: entering this stage needs a positive feasibility sign-off by delivery on record. */
    requiresFeasibility: z.boolean().default(false),
  });

  /** The stage after a win (交付移交): its label, and how long the offer of delivery may wait for acceptance (business hours). */
  const DeliveryHandoffPolicySchema = z.object({
    label: z.string().min(1),
    acceptHours: z.number().positive(),
  });

  const PolicyDocumentSchema = z
    .object({
      tiers: z.object({
        /** Per currency, the lowest expected value (minor units) of each tier; E is everything below D. */
        thresholds: z.record(CurrencySchema, TierThresholdsSchema),
        /** A strategic project in a key industry reaches A from this value (per currency). */
        strategicA: z.object({
          minValue: z.record(CurrencySchema, minorUnits),
          keyIndustries: z.array(z.string().min(1)),
        }),
        /** Channel projects are served on the C/D/E path: their tier is capped here unless a director overrides. */
        channelBestTier: TierSchema,
        /** 商机质量: the weights of the quality factors and the scores that move a tier one step. */
        quality: QualityPolicySchema.default(DEFAULT_QUALITY_POLICY),
      }),
      pipeline: z.object({
        stages: z.array(StagePolicySchema).min(1),
        /** A won close is allowed only from this stage (after negotiation: the delivery handoff). */
        closeWonFrom: StageKeySchema,
        /** 交付移交: after a win, who answers for delivery accepts the project within this SLA; pipelines from before it take the default. */
        deliveryHandoff: DeliveryHandoffPolicySchema.default(DEFAULT_DELIVERY_HANDOFF),
      }),
      // Sections added after version 1 default to DEFAULT_POLICY's values, so every stored version still parses.
      /** 售前预算: the budget each tier starts with and the alert thresholds. */
      budget: BudgetPolicySchema.default(DEFAULT_BUDGET_POLICY),
      /** 分层调度: who dispatches and who approves resource requests per tier; who grants over-budget exceptions. */
      approvals: ApprovalChainSchema.default(DEFAULT_APPROVAL_CHAIN),
      /** 定价: internal cost per day (hour for the hotline) by role and level, by effective date. */
      rateCard: RateCardSchema.default(DEFAULT_RATE_CARD),
      /** Business time for every SLA: weekends and public holidays off (mainland China by default). */
      calendar: BusinessCalendarSchema.default(DEFAULT_CALENDAR),
      /** How long an approval or a handoff offer may wait, in business hours. */
      sla: z
        .object({
          approvalHours: z.object({ dispatch: z.number().positive(), resource: z.number().positive(), over_budget: z.number().positive() }),
          handoffOfferHours: z.number().positive(),
          /** How long the primary owner has to score the participants once the project closes. */
          scoringHours: z.number().positive().default(5 * 24),
        })
        .default({ approvalHours: { dispatch: 24, resource: 16, over_budget: 24 }, handoffOfferHours: 24, scoringHours: 5 * 24 }),
      /** 升级: a reminder at a share of the SLA, the manager at 100%, then one level up the tree per step. */
      escalation: z
        .object({
          reminderAtBasisPoints: z.number().int().min(1).max(9_999),
          stepHours: z.number().positive(),
          maxLevels: z.number().int().min(1).max(10),
          /**
           * Business hours a new owner (a reassignment, an accepted handoff) has on an overdue or nearly overdue stage
           * before its ladder starts again. Documents from before it take the default.
           */
          newOwnerGraceHours: z.number().positive().default(8),
        })
        .default({ reminderAtBasisPoints: 5_000, stepHours: 8, maxLevels: 3, newOwnerGraceHours: 8 }),
      /** Working days a person can give presales work per week, for matching and utilization. */
      capacityDaysPerWeek: z.number().positive().max(7).default(5),
      /** 背数字, 双算: credit shares on a win, in basis points of the final value (used when projects close won). */
      credit: z
        .object({
          salesOwnerBasisPoints: z.number().int().nonnegative().default(10_000),
          presalesLeadBasisPoints: z.number().int().nonnegative().default(10_000),
          deliveryManagerBasisPoints: z.number().int().nonnegative().default(10_000),
        })
        .default({ salesOwnerBasisPoints: 10_000, presalesLeadBasisPoints: 10_000, deliveryManagerBasisPoints: 10_000 }),
      /** 多位一体: the functions every delivery center must cover; a center missing one is not ready, and its dispatches say so. */
      deliveryCenters: z
        .object({ requiredFunctions: z.array(CenterFunctionSchema).min(1) })
        .default({ requiredFunctions: [...DEFAULT_CENTER_FUNCTIONS] }),
      /** 绩效打分: the period results are closed for, how scores are weighted and normalised, the appeal window, pay shares. */
      assessment: AssessmentPolicySchema.default(DEFAULT_ASSESSMENT_POLICY),
    })
    .superRefine((policy, ctx) => {
      const keys = policy.pipeline.stages.map((s) => s.key);
      const duplicate = keys.find((k, i) => keys.indexOf(k) !== i);
      if (duplicate) {
        ctx.addIssue({ code: 'custom', path: ['pipeline', 'stages'], message: `stage "${duplicate}" appears twice` });
      }
      if (!keys.includes(policy.pipeline.closeWonFrom)) {
        ctx.addIssue({ code: 'custom', path: ['pipeline', 'closeWonFrom'], message: 'must name a pipeline stage' });
      }
      if (policy.pipeline.stages[0]?.requiredFromTier) {
        ctx.addIssue({ code: 'custom', path: ['pipeline', 'stages', 0], message: 'the first stage cannot be optional' });
      }
      for (const currency of Object.keys(policy.tiers.strategicA.minValue)) {
        if (!policy.tiers.thresholds[currency]) {
          ctx.addIssue({
            code: 'custom',
            path: ['tiers', 'strategicA', 'minValue', currency],
            message: `no tier thresholds for ${currency}`,
          });
        }
      }
    });
  return { StageKeySchema, TierThresholdsSchema, StagePolicySchema, DeliveryHandoffPolicySchema, PolicyDocumentSchema };
}
export const { StageKeySchema, TierThresholdsSchema, StagePolicySchema, DeliveryHandoffPolicySchema, PolicyDocumentSchema } = buildPolicySchemas();
export type StagePolicy = z.infer<typeof StagePolicySchema>;
export type DeliveryHandoffPolicy = z.infer<typeof DeliveryHandoffPolicySchema>;
export type PolicyDocument = z.infer<typeof PolicyDocumentSchema>;

/** PolicyDocumentSchema for the workflow's opening (built-once.ts). */
const policyDocumentSchema = builtOnce(() => buildPolicySchemas().PolicyDocumentSchema);

/** A stored policy document as the current rules read it (sections added since default): what a workflow pins. */
export function parsePolicyDocument(document: unknown): PolicyDocument {
  return policyDocumentSchema().parse(document);
}

/** A stored policy: the document plus the version number Postgres gave it. */
export interface PinnedPolicy {
  version: number;
  document: PolicyDocument;
}

const CNY = (yuan: number) => yuan * 100;

/** The policy a fresh database stores as version 1 (db/policies.ts), until an admin or director publishes another. */
export const DEFAULT_POLICY: PolicyDocument = {
  tiers: {
    thresholds: {
      CNY: { A: CNY(10_000_000), B: CNY(3_000_000), C: CNY(1_000_000), D: CNY(300_000) },
    },
    strategicA: {
      minValue: { CNY: CNY(5_000_000) },
      keyIndustries: ['finance', 'government', 'energy', 'telecom', 'manufacturing', 'healthcare', 'education'],
    },
    channelBestTier: 'C',
    quality: DEFAULT_QUALITY_POLICY,
  },
  pipeline: {
    stages: [
      { key: 'qualify', label: '立项 qualify', ownerRole: 'sales', slaHours: 5 * 24, requiresFeasibility: false },
      { key: 'discovery', label: '需求调研 discovery', ownerRole: 'presales', slaHours: 10 * 24, requiresFeasibility: false },
      { key: 'solution', label: '方案设计 solution design', ownerRole: 'presales', slaHours: 10 * 24, requiresFeasibility: false },
      { key: 'poc', label: '测试验证 proof of concept', ownerRole: 'presales', slaHours: 15 * 24, requiredFromTier: 'B', requiresFeasibility: false },
      { key: 'proposal', label: '投标/报价 proposal', ownerRole: 'sales', slaHours: 10 * 24, requiresFeasibility: true },
      { key: 'negotiation', label: '商务谈判 negotiation', ownerRole: 'sales', slaHours: 15 * 24, requiresFeasibility: false },
    ],
    closeWonFrom: 'negotiation',
    deliveryHandoff: DEFAULT_DELIVERY_HANDOFF,
  },
  budget: DEFAULT_BUDGET_POLICY,
  approvals: DEFAULT_APPROVAL_CHAIN,
  rateCard: DEFAULT_RATE_CARD,
  calendar: DEFAULT_CALENDAR,
  sla: { approvalHours: { dispatch: 24, resource: 16, over_budget: 24 }, handoffOfferHours: 24, scoringHours: 5 * 24 },
  escalation: { reminderAtBasisPoints: 5_000, stepHours: 8, maxLevels: 3, newOwnerGraceHours: 8 },
  capacityDaysPerWeek: 5,
  credit: { salesOwnerBasisPoints: 10_000, presalesLeadBasisPoints: 10_000, deliveryManagerBasisPoints: 10_000 },
  deliveryCenters: { requiredFunctions: [...DEFAULT_CENTER_FUNCTIONS] },
  assessment: DEFAULT_ASSESSMENT_POLICY,
};

/** The delivery handoff's policy; a document pinned by a state from before it (continued as new) lacks it. */
export function deliveryHandoffPolicy(policy: PolicyDocument): DeliveryHandoffPolicy {
  return (policy.pipeline as Partial<PolicyDocument['pipeline']>).deliveryHandoff ?? DEFAULT_DELIVERY_HANDOFF;
}
