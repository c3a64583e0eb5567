/*
 * A policy's meaning checks, field by field (limits, reachability of every tier, unknown keys): long because
 * the policy document is long; each check is one line of the table it walks.
 */
import { z } from 'zod';
import { MAX_MONEY_MINOR_UNITS } from './money';
import { PolicyDocumentSchema, type PolicyDocument } from './policy';
import { TIERS } from './tier';
import { refusalOf } from './text';

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
  maxMinorUnits: MAX_MONEY_MINOR_UNITS,
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
    else {
      const refusal = refusalOf(value, false);
      if (refusal) add(path, `${what} ${refusal}`);
    }
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
  text(['pipeline', 'deliveryHandoff', 'label'], policy.pipeline.deliveryHandoff.label, L.maxLabelLength, 'a label');
  hours(['pipeline', 'deliveryHandoff', 'acceptHours'], policy.pipeline.deliveryHandoff.acceptHours);
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
