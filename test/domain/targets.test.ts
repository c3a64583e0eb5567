import { describe, expect, it } from 'vitest';
import { CREDIT_ROLES as LEDGER_ROLES } from '../../domain/credit';
import { attainmentBasisPoints, CREDIT_ROLES, duplicateTargets, PeriodSchema, periodWindow, TARGET_CARRIERS, type Target } from '../../domain/targets';

/** 背销售数字: the pure rules behind targets and attainment (the API and the ledger are in test/targets.test.ts). */

const ANN = '1e0c1f5e-0000-4000-8000-00000000000a';
const BO = '1e0c1f5e-0000-4000-8000-00000000000b';
const target = (personId: string, role: Target['role'], period: string, amount = 100): Target => ({ personId, role, period, amount: { amount, currency: 'CNY' } });

describe('a period’s window', () => {
  it('runs each quarter from its first to its last day', () => {
    expect(['2026Q1', '2026Q2', '2026Q3', '2026Q4'].map(periodWindow)).toEqual([
      { from: '2026-01-01', to: '2026-03-31' },
      { from: '2026-04-01', to: '2026-06-30' },
      { from: '2026-07-01', to: '2026-09-30' },
      { from: '2026-10-01', to: '2026-12-31' },
    ]);
  });

  it('runs a year from 1 January to 31 December, at both ends of the range', () => {
    expect(periodWindow('2026')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(periodWindow('2000')).toEqual({ from: '2000-01-01', to: '2000-12-31' });
    expect(periodWindow('2999Q4')).toEqual({ from: '2999-10-01', to: '2999-12-31' });
  });

  it('ends Q1 on 31 March in a leap year too (February does not move the boundary)', () => {
    expect(periodWindow('2028Q1')).toEqual({ from: '2028-01-01', to: '2028-03-31' });
  });

  it('refuses what is not a quarter or a year, as the schema does', () => {
    for (const period of ['2026Q5', '2026Q0', '2026q4', '2026-Q4', '26Q4', '1999', '3000', '2026Q', '', ' 2026']) {
      expect(PeriodSchema.safeParse(period).success, period).toBe(false);
      expect(() => periodWindow(period), period).toThrow(RangeError);
    }
  });
});

describe('targets repeated in one change', () => {
  it('names every repeat after the first, by index, with its person, role and period', () => {
    const targets = [target(ANN, 'sales_owner', '2026Q4'), target(BO, 'sales_owner', '2026Q4'), target(ANN, 'sales_owner', '2026Q4', 200), target(ANN, 'sales_owner', '2026Q4', 300)];
    expect(duplicateTargets(targets)).toEqual([
      { index: 2, key: `${ANN}/sales_owner/2026Q4` },
      { index: 3, key: `${ANN}/sales_owner/2026Q4` },
    ]);
  });

  it('lets one person carry several roles and periods, a quarter and its year included', () => {
    const targets = [target(ANN, 'sales_owner', '2026Q4'), target(ANN, 'presales_lead', '2026Q4'), target(ANN, 'sales_owner', '2026Q3'), target(ANN, 'sales_owner', '2026')];
    expect(duplicateTargets(targets)).toEqual([]);
    expect(duplicateTargets([])).toEqual([]);
  });
});

describe('attainment in basis points', () => {
  it('is credit against target, rounded down', () => {
    expect(attainmentBasisPoints(1_200_000_000, 2_400_000_000)).toBe(5_000);
    expect(attainmentBasisPoints(1, 3)).toBe(3_333);
    expect(attainmentBasisPoints(2, 3)).toBe(6_666);
    expect(attainmentBasisPoints(0, 2_400_000_000)).toBe(0);
  });

  it('passes 100 % when credit beats the target (双算 credits several roles the whole value)', () => {
    expect(attainmentBasisPoints(3_000, 2_000)).toBe(15_000);
  });

  it('is exact where credit × 10,000 is far beyond 2^53', () => {
    expect(attainmentBasisPoints(999_999_999_999_999, 1_000_000_000_000_000)).toBe(9_999);
    expect(attainmentBasisPoints(Number.MAX_SAFE_INTEGER, 1)).toBe(Number(BigInt(Number.MAX_SAFE_INTEGER) * 10_000n));
  });

  it('rounds a negative credit (a correction took more than the period granted) down, not towards zero', () => {
    expect(attainmentBasisPoints(-1, 3)).toBe(-3_334);
    expect(attainmentBasisPoints(-3, 3)).toBe(-10_000);
  });

  it('has nothing to measure without a positive target: no division by zero', () => {
    expect(attainmentBasisPoints(500, 0)).toBeNull();
    expect(attainmentBasisPoints(0, 0)).toBeNull();
    expect(attainmentBasisPoints(500, -100)).toBeNull();
    expect(attainmentBasisPoints(500, 0.5)).toBeNull();
  });
});

describe('the credit roles targets are set for', () => {
  it('are the ledger’s, each carried by someone', () => {
    expect(CREDIT_ROLES).toBe(LEDGER_ROLES);
    for (const role of CREDIT_ROLES) expect(TARGET_CARRIERS[role].length, role).toBeGreaterThan(0);
  });
});
