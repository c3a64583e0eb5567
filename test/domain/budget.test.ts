import { describe, expect, it } from 'vitest';
import {
  budgetStatus,
  BudgetPolicySchema,
  crossedThresholds,
  DEFAULT_BUDGET_POLICY,
  defaultBudget,
  needsOverBudgetException,
} from '../../domain/budget';
import { mulberry32, rejection } from '../support/pure';

const fen = (amount: number) => ({ amount, currency: 'CNY' });
const yuan = (n: number) => fen(n * 100);
const THRESHOLDS = DEFAULT_BUDGET_POLICY.alertThresholds;

describe('BudgetPolicySchema', () => {
  it('accepts the default budgets', () => {
    expect(BudgetPolicySchema.parse(DEFAULT_BUDGET_POLICY)).toEqual(DEFAULT_BUDGET_POLICY);
    expect(THRESHOLDS).toEqual([5_000, 8_000, 10_000]);
  });

  it('refuses fractional basis points, shares above 100%, hours off the quarter grid and unordered thresholds', () => {
    const result = BudgetPolicySchema.safeParse({
      ...DEFAULT_BUDGET_POLICY,
      tiers: {
        ...DEFAULT_BUDGET_POLICY.tiers,
        A: { kind: 'share_of_expected_value', basisPoints: 2.5 },
        B: { kind: 'share_of_expected_value', basisPoints: 10_001 },
        E: { kind: 'hotline_hours', hours: 1.1, rateLevel: 'H1' },
      },
      alertThresholds: [8_000, 5_000],
    });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['tiers.A.basisPoints', 'tiers.B.basisPoints', 'tiers.E.hours', 'alertThresholds']),
    );
  });
});

describe('defaultBudget', () => {
  it.each([
    ['A', 10_000_000, 200_000],
    ['B', 3_000_000, 75_000],
    ['C', 1_000_000, 30_000],
    ['D', 300_000, 9_000],
  ] as const)('tier %s of %i CNY starts with %i CNY', (tier, value, budget) => {
    expect(defaultBudget(DEFAULT_BUDGET_POLICY, tier, yuan(value))).toEqual(yuan(budget));
  });

  it('rounds a share half-up to a whole fen', () => {
    expect(defaultBudget(DEFAULT_BUDGET_POLICY, 'B', fen(333))).toEqual(fen(8)); // 8.325
    expect(defaultBudget(DEFAULT_BUDGET_POLICY, 'A', fen(25))).toEqual(fen(1)); // 0.5
  });

  it('gives tier E hotline hours only, priced at the hotline hourly rate', () => {
    expect(defaultBudget(DEFAULT_BUDGET_POLICY, 'E', yuan(100_000), yuan(150))).toEqual(yuan(2_400));
    expect(rejection(() => defaultBudget(DEFAULT_BUDGET_POLICY, 'E', yuan(100_000))).message).toMatch(/hotline H1/);
    const usd = rejection(() => defaultBudget(DEFAULT_BUDGET_POLICY, 'E', yuan(100_000), { amount: 2_000, currency: 'USD' }));
    expect(usd.code).toBe('conflict');
  });

  it('follows a policy that gives E a share instead', () => {
    const policy = { ...DEFAULT_BUDGET_POLICY, tiers: { ...DEFAULT_BUDGET_POLICY.tiers, E: { kind: 'share_of_expected_value' as const, basisPoints: 500 } } };
    expect(defaultBudget(policy, 'E', yuan(200_000))).toEqual(yuan(10_000));
  });
});

describe('budgetStatus', () => {
  it('counts commitments and actuals against the budget, rounding the used share down', () => {
    expect(budgetStatus({ budget: yuan(1_000), committed: yuan(300), actual: yuan(200) })).toEqual({
      spent: yuan(500),
      remaining: yuan(500),
      overBy: yuan(0),
      usedBasisPoints: 5_000,
    });
    expect(budgetStatus({ budget: fen(10_000), committed: fen(7_999), actual: fen(0) }).usedBasisPoints).toBe(7_999);
    expect(budgetStatus({ budget: fen(3), committed: fen(2), actual: fen(0) }).usedBasisPoints).toBe(6_666);
  });

  it('shows how far over a project is, and never a negative remainder', () => {
    expect(budgetStatus({ budget: yuan(1_000), committed: yuan(0), actual: yuan(1_250) })).toEqual({
      spent: yuan(1_250),
      remaining: yuan(0),
      overBy: yuan(250),
      usedBasisPoints: 12_500,
    });
  });

  it('has no percentage for spending against a zero budget', () => {
    expect(budgetStatus({ budget: yuan(0), committed: yuan(0), actual: yuan(0) }).usedBasisPoints).toBe(0);
    expect(budgetStatus({ budget: yuan(0), committed: fen(1), actual: yuan(0) })).toMatchObject({ usedBasisPoints: null, overBy: fen(1) });
  });

  it('refuses mixed currencies', () => {
    expect(rejection(() => budgetStatus({ budget: yuan(1), committed: { amount: 1, currency: 'USD' }, actual: yuan(0) })).code).toBe('conflict');
  });
});

describe('crossedThresholds', () => {
  const budget = yuan(10_000);

  it('fires a threshold when spending reaches it exactly, not one fen before', () => {
    expect(crossedThresholds(THRESHOLDS, yuan(0), fen(499_999), budget)).toEqual([]);
    expect(crossedThresholds(THRESHOLDS, yuan(0), yuan(5_000), budget)).toEqual([5_000]);
    expect(crossedThresholds(THRESHOLDS, fen(499_999), yuan(5_000), budget)).toEqual([5_000]);
  });

  it('fires each threshold once as spending climbs', () => {
    expect(crossedThresholds(THRESHOLDS, yuan(5_000), yuan(7_999), budget)).toEqual([]);
    expect(crossedThresholds(THRESHOLDS, yuan(7_999), yuan(8_000), budget)).toEqual([8_000]);
    expect(crossedThresholds(THRESHOLDS, yuan(8_000), yuan(12_000), budget)).toEqual([10_000]);
    expect(crossedThresholds(THRESHOLDS, yuan(12_000), yuan(13_000), budget)).toEqual([]);
  });

  it('reports every threshold one big change jumps over, lowest first', () => {
    expect(crossedThresholds([10_000, 5_000, 8_000], yuan(0), yuan(10_000), budget)).toEqual([5_000, 8_000, 10_000]);
  });

  it('does not fire when spending falls, nor again after it rises back, given what was already alerted', () => {
    expect(crossedThresholds(THRESHOLDS, yuan(9_000), yuan(4_000), budget)).toEqual([]);
    expect(crossedThresholds(THRESHOLDS, yuan(4_000), yuan(9_000), budget, [5_000, 8_000])).toEqual([]);
    expect(crossedThresholds(THRESHOLDS, yuan(4_000), yuan(10_000), budget, [5_000, 8_000])).toEqual([10_000]);
  });

  it('is exact for budgets that do not divide evenly', () => {
    expect(crossedThresholds([5_000], fen(0), fen(1), fen(3))).toEqual([]);
    expect(crossedThresholds([5_000], fen(1), fen(2), fen(3))).toEqual([5_000]);
    expect(crossedThresholds([3_334], fen(0), fen(1), fen(3))).toEqual([]);
    expect(crossedThresholds([3_333], fen(0), fen(1), fen(3))).toEqual([3_333]);
  });

  it('against a zero budget, any spending crosses every threshold; nothing spent crosses none', () => {
    expect(crossedThresholds(THRESHOLDS, fen(0), fen(0), fen(0))).toEqual([]);
    expect(crossedThresholds(THRESHOLDS, fen(0), fen(1), fen(0))).toEqual(THRESHOLDS);
  });

  it('never fires a threshold twice over any walk of spending, when fired ones are remembered', () => {
    const random = mulberry32(7);
    const fired: number[] = [];
    let naiveCrossings = 0;
    let spent = 0;
    for (let step = 0; step < 500; step++) {
      const after = Math.max(0, spent + Math.floor(random() * 3_000) - 1_450);
      naiveCrossings += crossedThresholds(THRESHOLDS, fen(spent), fen(after), fen(10_000)).length;
      fired.push(...crossedThresholds(THRESHOLDS, fen(spent), fen(after), fen(10_000), fired));
      spent = after;
    }
    expect([...fired].sort((a, b) => a - b)).toEqual(THRESHOLDS);
    expect(naiveCrossings).toBeGreaterThan(THRESHOLDS.length);
  });
});

describe('needsOverBudgetException (量入为出)', () => {
  const position = { budget: yuan(10_000), committed: yuan(6_000), actual: yuan(3_000) };

  it('lets a request land exactly on the budget and stops the one a fen past it', () => {
    expect(needsOverBudgetException({ ...position, requested: yuan(999) })).toBe(false);
    expect(needsOverBudgetException({ ...position, requested: yuan(1_000) })).toBe(false);
    expect(needsOverBudgetException({ ...position, requested: fen(100_001) })).toBe(true);
  });

  it('stops any request once the budget is used up, even a free one only when it is already over', () => {
    const spentOut = { budget: yuan(10_000), committed: yuan(0), actual: yuan(10_000) };
    expect(needsOverBudgetException({ ...spentOut, requested: fen(1) })).toBe(true);
    expect(needsOverBudgetException({ ...spentOut, requested: fen(0) })).toBe(false);
    expect(needsOverBudgetException({ ...spentOut, actual: fen(1_000_001), requested: fen(0) })).toBe(true);
  });

  it('refuses a request priced in another currency', () => {
    expect(rejection(() => needsOverBudgetException({ ...position, requested: { amount: 1, currency: 'USD' } })).code).toBe('conflict');
  });
});
