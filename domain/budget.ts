import { z } from 'zod';
import { reject } from './errors';
import { percentOf, type Money } from './money';
import type { Tier } from './tier';
import { buildRateCardSchemas, plannedCost } from './rate-card';

/**
 * 售前预算: what a project may spend on presales, and when spending should alarm its owners. Tiers are spelled
 * out here (not imported from policy.ts at runtime) so that the policy document can embed this schema without
 * an import cycle.
 */

/** The budget policy's schemas, built afresh on each call (built-once.ts says why a workflow needs its own). */
export function buildBudgetSchemas() {
  const { QuantitySchema } = buildRateCardSchemas();
  /** 1% = 100 basis points; integers keep every percentage exact. */
  const BasisPointsSchema = z.number().int().nonnegative();

  const TierBudgetRuleSchema = z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('share_of_expected_value'),
      basisPoints: BasisPointsSchema.max(10_000),
    }),
    z.object({
      /** Small projects get remote hotline support only: a fixed number of hours at the hotline's hourly rate. */
      kind: z.literal('hotline_hours'),
      hours: QuantitySchema,
      /** The hotline level on the rate card whose hourly rate prices those hours. */
      rateLevel: z.string().min(1),
    }),
  ]);

  const BudgetPolicySchema = z.object({
    tiers: z.object({
      A: TierBudgetRuleSchema,
      B: TierBudgetRuleSchema,
      C: TierBudgetRuleSchema,
      D: TierBudgetRuleSchema,
      E: TierBudgetRuleSchema,
    }),
    /** Basis points of the budget used (committed + actual) at which the owners are alerted, once each. */
    alertThresholds: z
      .array(z.number().int().positive())
      .min(1)
      .refine((t) => t.every((v, i) => i === 0 || v > t[i - 1]!), 'strictly increasing, e.g. [5000, 8000, 10000]'),
  });
  return { BasisPointsSchema, TierBudgetRuleSchema, BudgetPolicySchema };
}
export const { BasisPointsSchema, TierBudgetRuleSchema, BudgetPolicySchema } = buildBudgetSchemas();
export type TierBudgetRule = z.infer<typeof TierBudgetRuleSchema>;
export type BudgetPolicy = z.infer<typeof BudgetPolicySchema>;

/** The default budgets: A 2%, B 2.5%, C/D 3% of the expected value, E hotline hours only; alerts at 50%, 80%, 100% used. */
export const DEFAULT_BUDGET_POLICY: BudgetPolicy = {
  tiers: {
    A: { kind: 'share_of_expected_value', basisPoints: 200 },
    B: { kind: 'share_of_expected_value', basisPoints: 250 },
    C: { kind: 'share_of_expected_value', basisPoints: 300 },
    D: { kind: 'share_of_expected_value', basisPoints: 300 },
    E: { kind: 'hotline_hours', hours: 16, rateLevel: 'H1' },
  },
  alertThresholds: [5_000, 8_000, 10_000],
};

function requireOneCurrency(what: string, ...amounts: Money[]): string {
  const currency = amounts[0]!.currency;
  const other = amounts.find((m) => m.currency !== currency);
  if (other) {
    throw reject.conflict(`${what} mixes ${currency} and ${other.currency}; a budget is kept in one currency`);
  }
  return currency;
}

/**
 * The budget a project of `tier` starts with (a director may edit it later). A `hotline_hours` rule needs the
 * hourly rate of its `rateLevel` on the day the budget is set, in the project's currency.
 */
export function defaultBudget(policy: BudgetPolicy, tier: Tier, expectedValue: Money, hotlineHourlyRate?: Money): Money {
  const rule = policy.tiers[tier];
  if (rule.kind === 'share_of_expected_value') return percentOf(expectedValue, rule.basisPoints);
  if (!hotlineHourlyRate) {
    throw reject.conflict(
      `a tier ${tier} budget is ${rule.hours} hotline hours, priced at the hotline ${rule.rateLevel} hourly rate; the rate card has none in effect`,
    );
  }
  requireOneCurrency('the hotline rate and the expected value', expectedValue, hotlineHourlyRate);
  return plannedCost(hotlineHourlyRate, rule.hours);
}

export interface BudgetPosition {
  budget: Money;
  /** Outstanding commitments (bookings not yet worked or released). */
  committed: Money;
  actual: Money;
}

export interface BudgetStatus {
  /** committed + actual: what counts against the budget (量入为出). */
  spent: Money;
  /** What is left, never below zero; `overBy` says how far past the budget the project is. */
  remaining: Money;
  overBy: Money;
  /**
   * spent / budget in basis points, rounded down so that 79.99% never reads as 80%. Null when the budget is
   * zero and something was spent: no percentage describes that.
   */
  usedBasisPoints: number | null;
}

export function budgetStatus({ budget, committed, actual }: BudgetPosition): BudgetStatus {
  const currency = requireOneCurrency('the budget position', budget, committed, actual);
  const spent = committed.amount + actual.amount;
  let usedBasisPoints: number | null;
  if (budget.amount > 0) usedBasisPoints = Number((BigInt(spent) * 10_000n) / BigInt(budget.amount));
  else usedBasisPoints = spent === 0 ? 0 : null;
  return {
    spent: { amount: spent, currency },
    remaining: { amount: Math.max(0, budget.amount - spent), currency },
    overBy: { amount: Math.max(0, spent - budget.amount), currency },
    usedBasisPoints,
  };
}

/** Exact: `spent ≥ threshold × budget`, compared in BigInt; nothing spent never crosses anything. */
function hasCrossed(thresholdBasisPoints: number, spent: Money, budget: Money): boolean {
  return spent.amount > 0 && BigInt(spent.amount) * 10_000n >= BigInt(thresholdBasisPoints) * BigInt(budget.amount);
}

/**
 * The thresholds a change of spending from `before` to `after` (each committed + actual) newly crosses, lowest
 * first. Spending can fall (a release at close) and rise again, so pass the thresholds already alerted for the
 * project as `alreadyAlerted` to keep each alert to once per project.
 */
export function crossedThresholds(
  thresholds: readonly number[],
  before: Money,
  after: Money,
  budget: Money,
  alreadyAlerted: readonly number[] = [],
): number[] {
  requireOneCurrency('the threshold check', budget, before, after);
  return [...thresholds]
    .sort((a, b) => a - b)
    .filter((t) => !alreadyAlerted.includes(t) && !hasCrossed(t, before, budget) && hasCrossed(t, after, budget));
}

/**
 * The thresholds a change of budget from `before` to `after` newly crosses with spending unchanged: a budget cut
 * can put spending past an alert line as surely as spending can.
 */
export function crossedByBudgetChange(
  thresholds: readonly number[],
  spent: Money,
  before: Money,
  after: Money,
  alreadyAlerted: readonly number[] = [],
): number[] {
  requireOneCurrency('the threshold check', spent, before, after);
  return [...thresholds]
    .sort((a, b) => a - b)
    .filter((t) => !alreadyAlerted.includes(t) && !hasCrossed(t, spent, before) && hasCrossed(t, spent, after));
}

/** 量入为出: a request that would take committed + actual past the budget needs a director's exception first. */
export function needsOverBudgetException({
  budget,
  committed,
  actual,
  requested,
}: BudgetPosition & { requested: Money }): boolean {
  requireOneCurrency('the over-budget check', budget, committed, actual, requested);
  return committed.amount + actual.amount + requested.amount > budget.amount;
}
