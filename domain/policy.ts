import { z } from 'zod';
import { ApprovalChainSchema, DEFAULT_APPROVAL_CHAIN } from './approval-chain';
import { BudgetPolicySchema, DEFAULT_BUDGET_POLICY } from './budget';
import { BusinessCalendarSchema, DEFAULT_CALENDAR } from './business-calendar';
import { CurrencySchema } from './money';
import { RoleSchema } from './people';
import { DEFAULT_RATE_CARD, RateCardSchema } from './rate-card';

/**
 * Policy is data (SPEC rule 8): validated here, stored versioned in Postgres, pinned by every project at start
 * so that a later policy change never alters a running workflow's decisions or its replay.
 */
export const TIERS = ['A', 'B', 'C', 'D', 'E'] as const;
export const TierSchema = z.enum(TIERS);
export type Tier = z.infer<typeof TierSchema>;

export const STAGE_KEY_PATTERN = /^[a-z][a-z0-9_]*$/;
export const StageKeySchema = z.string().regex(STAGE_KEY_PATTERN, 'lower_snake_case');

const minorUnits = z.number().int().nonnegative();

export const TierThresholdsSchema = z
  .object({ A: minorUnits, B: minorUnits, C: minorUnits, D: minorUnits })
  .refine((t) => t.A >= t.B && t.B >= t.C && t.C >= t.D, 'thresholds must not increase from A down to D');

export const StagePolicySchema = z.object({
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
export type StagePolicy = z.infer<typeof StagePolicySchema>;

export const PolicyDocumentSchema = z
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
    }),
    pipeline: z.object({
      stages: z.array(StagePolicySchema).min(1),
      /** A won close is allowed only from this stage (after negotiation: the delivery handoff). */
      closeWonFrom: StageKeySchema,
    }),
    // Sections added after version 1 default to SPEC's values, so every stored version still parses.
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
export type PolicyDocument = z.infer<typeof PolicyDocumentSchema>;

/** A stored policy: the document plus the version number Postgres gave it. */
export interface PinnedPolicy {
  version: number;
  document: PolicyDocument;
}

const CNY = (yuan: number) => yuan * 100;

/** SPEC §2 defaults. */
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
  },
  budget: DEFAULT_BUDGET_POLICY,
  approvals: DEFAULT_APPROVAL_CHAIN,
  rateCard: DEFAULT_RATE_CARD,
  calendar: DEFAULT_CALENDAR,
  sla: { approvalHours: { dispatch: 24, resource: 16, over_budget: 24 }, handoffOfferHours: 24, scoringHours: 5 * 24 },
  escalation: { reminderAtBasisPoints: 5_000, stepHours: 8, maxLevels: 3, newOwnerGraceHours: 8 },
  capacityDaysPerWeek: 5,
  credit: { salesOwnerBasisPoints: 10_000, presalesLeadBasisPoints: 10_000, deliveryManagerBasisPoints: 10_000 },
};

/*
 * Meaning, not only shape. `PolicyDocumentSchema` stays as lenient as it has always been, because it also parses
 * every version stored so far (projects pin old versions and replay them); a document must additionally pass
 * `checkPolicyDocument` to be published. The checks are pure, so the API, the console and tests share them.
 */

/** One thing wrong with a policy document: where (a dotted path inside the document, "" for all of it) and why. */
export interface PolicyProblem {
  path: string;
  message: string;
}

/** The bounds a publishable policy keeps to; each exists because a value outside it breaks or defeats Moat. */
export const POLICY_LIMITS = {
  /** Money: 10^15 minor units (10 trillion CNY) is far above any deal, and far below 2^53 so sums stay exact. */
  maxMinorUnits: 1e15,
  /** Durations: one second (below it a ladder's millisecond timers collapse into one instant) … */
  minHours: 1 / 3_600,
  /** … to a year of hours; a longer SLA is no SLA. */
  maxHours: 8_760,
  maxStages: 30,
  maxStageKeyLength: 40,
  maxLabelLength: 200,
  maxKeyIndustries: 100,
  maxIndustryLength: 100,
  /** A tier's hotline budget, in hours. */
  maxHotlineHours: 10_000,
  maxAlertThresholds: 10,
  /** Budget alerts up to 1000 % of the budget. */
  maxAlertBasisPoints: 100_000,
  maxRateEntries: 2_000,
  maxRateLevelLength: 50,
  /** Calendar dates (rate effective dates, holidays, make-up days) fall in these years. */
  firstYear: 2000,
  lastYear: 2100,
  maxHolidays: 2_000,
  maxWorkdays: 500,
  minCapacityDaysPerWeek: 0.5,
  maxCapacityDaysPerWeek: 7,
  /** A credit share is at most all of the final value (the shares may still sum past 100 %: 双算). */
  maxCreditBasisPoints: 10_000,
} as const;

export interface PolicyCheckOptions {
  /**
   * The day (YYYY-MM-DD, UTC as the activities count it) from which the document would be in force: a rate a
   * tier budget is priced at must be in effect by then. Without it, that check is skipped.
   */
  today?: string;
}

export interface PolicyCheck {
  /** The document as stored and pinned (defaults filled in), when its shape is right. */
  document: PolicyDocument | undefined;
  /** Empty when the document may be published. */
  problems: PolicyProblem[];
}

type Path = readonly (string | number)[];
const dotted = (path: Path) => path.map(String).join('.');

/** Control characters, bidi overrides and isolates: text that cannot be shown as it is stored. */
const UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u2028\u2029\uFEFF]/;

/**
 * Shape (the stored schema), unknown keys (a misspelt key would silently be dropped and its default used) and
 * meaning (`policyMeaningProblems`), every problem with its path.
 */
export function checkPolicyDocument(input: unknown, options: PolicyCheckOptions = {}): PolicyCheck {
  const problems: PolicyProblem[] = unknownKeyProblems(PolicyDocumentSchema, input, []);
  const parsed = PolicyDocumentSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push({ path: dotted(issue.path as Path), message: issue.message });
    return { document: undefined, problems: reported(problems) };
  }
  problems.push(...policyMeaningProblems(parsed.data, options));
  return { document: parsed.data, problems: reported(problems) };
}

/** A document of 100,000 bad dates gets an answer of a readable size. */
export const MAX_REPORTED_POLICY_PROBLEMS = 100;

function reported(problems: PolicyProblem[]): PolicyProblem[] {
  const seen = new Set<string>();
  const unique = problems.filter((p) => {
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (unique.length <= MAX_REPORTED_POLICY_PROBLEMS) return unique;
  const more = unique.length - (MAX_REPORTED_POLICY_PROBLEMS - 1);
  return [...unique.slice(0, MAX_REPORTED_POLICY_PROBLEMS - 1), { path: '', message: `and ${more} more problems` }];
}

interface LooseDef {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  element?: z.core.$ZodType;
  valueType?: z.core.$ZodType;
  innerType?: z.core.$ZodType;
  in?: z.core.$ZodType;
  options?: readonly z.core.$ZodType[];
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keys the schema does not know, anywhere in `value`, following the schema's own structure. */
function unknownKeyProblems(schema: z.core.$ZodType, value: unknown, path: Path): PolicyProblem[] {
  const def = schema._zod.def as unknown as LooseDef;
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      return def.innerType ? unknownKeyProblems(def.innerType, value, path) : [];
    case 'pipe':
      return def.in ? unknownKeyProblems(def.in, value, path) : [];
    case 'object': {
      if (!isPlainObject(value) || !def.shape) return [];
      const shape = def.shape;
      return Object.entries(value).flatMap(([key, child]) =>
        Object.hasOwn(shape, key)
          ? unknownKeyProblems(shape[key]!, child, [...path, key])
          : [{ path: dotted([...path, key]), message: `unknown key "${key}": it would be dropped (check the spelling)` }],
      );
    }
    case 'array':
      return Array.isArray(value) && def.element ? value.flatMap((item, i) => unknownKeyProblems(def.element!, item, [...path, i])) : [];
    case 'record':
      return isPlainObject(value) && def.valueType
        ? Object.entries(value).flatMap(([key, child]) => unknownKeyProblems(def.valueType!, child, [...path, key]))
        : [];
    case 'union': {
      const option = def.options?.find((o) => z.safeParse(o, value).success);
      return option ? unknownKeyProblems(option, value, path) : [];
    }
    default:
      return [];
  }
}

const TIER_ORDER = ['A', 'B', 'C', 'D'] as const;

/**
 * What a document that parses must also satisfy to be published: every tier reachable by classification, no
 * project that would open but could never be budgeted, booked or won, and every number within `POLICY_LIMITS`.
 */
export function policyMeaningProblems(policy: PolicyDocument, options: PolicyCheckOptions = {}): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const add = (path: Path, message: string) => problems.push({ path: dotted(path), message });
  const L = POLICY_LIMITS;

  const hours = (path: Path, value: number) => {
    if (!(value >= L.minHours)) add(path, `at least one second (${L.minHours} hours); got ${value}`);
    else if (value > L.maxHours) add(path, `at most ${L.maxHours} hours (a year); got ${value}`);
  };
  const minorUnits = (path: Path, value: number, min = 0) => {
    if (value < min) add(path, `at least ${min} minor unit${min === 1 ? '' : 's'}; got ${value}`);
    else if (value > L.maxMinorUnits) add(path, `at most 10^15 minor units; got ${value}`);
  };
  const text = (path: Path, value: string, max: number, what: string) => {
    if (value.trim() !== value || value === '') add(path, `${what} must be non-empty, without leading or trailing space`);
    else if (value.length > max) add(path, `${what} is at most ${max} characters`);
    else if (UNPRINTABLE.test(value)) add(path, `${what} contains a control, line-break or bidirectional-override character`);
  };
  const calendarYear = (path: Path, date: string) => {
    const year = Number(date.slice(0, 4));
    if (year < L.firstYear || year > L.lastYear) add(path, `a date in the years ${L.firstYear}–${L.lastYear}; got ${date}`);
  };
  const atMost = (path: Path, length: number, max: number, what: string) => {
    if (length > max) add(path, `at most ${max} ${what}; got ${length}`);
  };

  // Tiers: classification takes the first of A, B, C, D whose threshold the expected value reaches, E below D.
  const cardCurrency = policy.rateCard.currency;
  if (!policy.tiers.thresholds[cardCurrency]) {
    add(['tiers', 'thresholds'], `needs thresholds for ${cardCurrency}, the currency the rate card prices in: without them no project can be opened`);
  }
  for (const [currency, t] of Object.entries(policy.tiers.thresholds)) {
    const at = ['tiers', 'thresholds', currency];
    if (currency !== cardCurrency) {
      add(at, `the rate card prices in ${cardCurrency} and a budget is kept in one currency: a ${currency} project could open but never be booked`);
    }
    if (t.A > L.maxMinorUnits) add([...at, 'A'], `at most 10^15 minor units, or no project could reach tier A; got ${t.A}`);
    TIER_ORDER.forEach((tier, i) => {
      const above = TIER_ORDER[i - 1];
      if (above && t[tier] >= t[above]) {
        add([...at, tier], `must be below the ${above} threshold (${t[above]}): a project is tier ${tier} from ${tier} up to ${above}, so no project could be ${tier}`);
      }
    });
    if (t.D < 1) add([...at, 'D'], 'at least 1 minor unit: tier E is everything below D, so no project could be E');
  }
  for (const [currency, min] of Object.entries(policy.tiers.strategicA.minValue)) {
    const a = policy.tiers.thresholds[currency]?.A;
    if (a !== undefined && min >= a) {
      add(['tiers', 'strategicA', 'minValue', currency], `must be below the A threshold (${a}), or the strategic path to A never applies`);
    }
  }
  const industries = policy.tiers.strategicA.keyIndustries;
  atMost(['tiers', 'strategicA', 'keyIndustries'], industries.length, L.maxKeyIndustries, 'industries');
  if (industries.length <= L.maxKeyIndustries) industries.forEach((industry, i) => {
    const at = ['tiers', 'strategicA', 'keyIndustries', i];
    text(at, industry, L.maxIndustryLength, 'an industry');
    if (industry !== industry.toLowerCase()) add(at, `lower case: projects' industries are compared lower-cased, so "${industry}" would never match`);
    if (industries.indexOf(industry) !== i) add(at, `"${industry}" is listed twice`);
  });

  // Pipeline: a project opens in the first stage owned by its sales owner, and is won only from closeWonFrom.
  const stages = policy.pipeline.stages;
  atMost(['pipeline', 'stages'], stages.length, L.maxStages, 'stages');
  if (stages.length <= L.maxStages) stages.forEach((stage, i) => {
    const at = ['pipeline', 'stages', i];
    if (stage.key.length > L.maxStageKeyLength) add([...at, 'key'], `at most ${L.maxStageKeyLength} characters`);
    text([...at, 'label'], stage.label, L.maxLabelLength, 'a label');
    hours([...at, 'slaHours'], stage.slaHours);
    for (const [tier, value] of Object.entries(stage.slaHoursByTier ?? {})) {
      if (value !== undefined) hours([...at, 'slaHoursByTier', tier], value);
    }
  });
  const first = stages[0];
  if (first && first.ownerRole !== 'sales') {
    add(['pipeline', 'stages', 0, 'ownerRole'], 'a project opens owned by its sales owner, so the first stage must be owned by role sales');
  }
  if (first?.requiresFeasibility) {
    add(['pipeline', 'stages', 0, 'requiresFeasibility'], 'the first stage is entered when the project opens, before anyone could sign feasibility');
  }
  const wonFrom = stages.find((s) => s.key === policy.pipeline.closeWonFrom);
  if (wonFrom?.requiredFromTier && wonFrom.requiredFromTier !== 'E') {
    add(
      ['pipeline', 'closeWonFrom'],
      `stage "${wonFrom.key}" is skipped below tier ${wonFrom.requiredFromTier}, so those projects could never be won: name a stage every tier walks`,
    );
  }

  // Budget: a hotline-hours budget is priced at the card's hotline rate of its level, in effect when the project opens.
  for (const tier of TIERS) {
    const rule = policy.budget.tiers[tier];
    if (rule.kind !== 'hotline_hours') continue;
    const at = ['budget', 'tiers', tier];
    if (rule.hours > L.maxHotlineHours) add([...at, 'hours'], `at most ${L.maxHotlineHours} hours; got ${rule.hours}`);
    const rates = policy.rateCard.entries.filter((e) => e.role === 'hotline' && e.level === rule.rateLevel);
    if (rates.length === 0) {
      add([...at, 'rateLevel'], `the rate card has no hotline rate of level "${rule.rateLevel}": no tier ${tier} project could be budgeted`);
      continue;
    }
    if (options.today && !rates.some((e) => e.effectiveFrom <= options.today!)) {
      add([...at, 'rateLevel'], `no hotline ${rule.rateLevel} rate is in effect yet (today is ${options.today}): no tier ${tier} project could be budgeted`);
    }
    const dearest = Math.max(...rates.map((e) => e.rate.amount));
    if (dearest * rule.hours > L.maxMinorUnits) add([...at, 'hours'], `${rule.hours} hours at ${dearest} minor units is a budget above 10^15 minor units`);
  }
  const alerts = policy.budget.alertThresholds;
  atMost(['budget', 'alertThresholds'], alerts.length, L.maxAlertThresholds, 'thresholds');
  if (alerts.length <= L.maxAlertThresholds) alerts.forEach((value, i) => {
    if (value > L.maxAlertBasisPoints) add(['budget', 'alertThresholds', i], `at most ${L.maxAlertBasisPoints} basis points (1000 %); got ${value}`);
  });

  // Rate card.
  atMost(['rateCard', 'entries'], policy.rateCard.entries.length, L.maxRateEntries, 'entries');
  if (policy.rateCard.entries.length <= L.maxRateEntries) policy.rateCard.entries.forEach((entry, i) => {
    const at = ['rateCard', 'entries', i];
    text([...at, 'level'], entry.level, L.maxRateLevelLength, 'a level');
    minorUnits([...at, 'rate', 'amount'], entry.rate.amount, 1);
    calendarYear([...at, 'effectiveFrom'], entry.effectiveFrom);
  });

  // Calendar.
  const calendar = policy.calendar;
  if (calendar.timeZoneOffsetMinutes % 15 !== 0) add(['calendar', 'timeZoneOffsetMinutes'], 'a whole number of quarter hours, as every time zone is');
  atMost(['calendar', 'holidays'], calendar.holidays.length, L.maxHolidays, 'holidays');
  atMost(['calendar', 'workdays'], calendar.workdays.length, L.maxWorkdays, 'make-up working days');
  if (calendar.holidays.length <= L.maxHolidays) calendar.holidays.forEach((date, i) => calendarYear(['calendar', 'holidays', i], date));
  if (calendar.workdays.length <= L.maxWorkdays) calendar.workdays.forEach((date, i) => calendarYear(['calendar', 'workdays', i], date));

  // SLAs and escalation.
  for (const kind of ['dispatch', 'resource', 'over_budget'] as const) hours(['sla', 'approvalHours', kind], policy.sla.approvalHours[kind]);
  hours(['sla', 'handoffOfferHours'], policy.sla.handoffOfferHours);
  hours(['sla', 'scoringHours'], policy.sla.scoringHours);
  hours(['escalation', 'stepHours'], policy.escalation.stepHours);
  hours(['escalation', 'newOwnerGraceHours'], policy.escalation.newOwnerGraceHours);

  const capacity = policy.capacityDaysPerWeek;
  if (capacity < L.minCapacityDaysPerWeek || capacity > L.maxCapacityDaysPerWeek || !Number.isInteger(capacity * 4)) {
    add(['capacityDaysPerWeek'], `${L.minCapacityDaysPerWeek}–${L.maxCapacityDaysPerWeek} days, in quarter days; got ${capacity}`);
  }
  for (const share of ['salesOwnerBasisPoints', 'presalesLeadBasisPoints', 'deliveryManagerBasisPoints'] as const) {
    const value = policy.credit[share];
    if (value > L.maxCreditBasisPoints) add(['credit', share], `at most ${L.maxCreditBasisPoints} basis points (100 % of the final value); got ${value}`);
  }
  return problems;
}
