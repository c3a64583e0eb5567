import { describe, expect, it } from 'vitest';
import { allocationBySales, giniCoefficient, PIPELINE_UNIT_MINOR, type AllocationRow } from '../../domain/allocation';
import { mulberry32 } from '../support/pure';

/** Pipeline in whole CNY, stored as fen. */
const cny = (yuan: number) => yuan * 100;

/** The textbook definition, pair by pair: the production code uses the sorted O(n log n) form. */
function giniByPairs(values: readonly number[]): number {
  const n = values.length;
  const mean = values.reduce((s, v) => s + v, 0) / n;
  if (n === 0 || mean === 0) return 0;
  let pairs = 0;
  for (const x of values) for (const y of values) pairs += Math.abs(x - y);
  return pairs / (2 * n * n * mean);
}

describe('giniCoefficient', () => {
  it('is 0 with nobody, with one person, with all zeros and with equal shares', () => {
    expect(giniCoefficient([])).toBe(0);
    expect(giniCoefficient([7])).toBe(0);
    expect(giniCoefficient([0, 0, 0])).toBe(0);
    expect(giniCoefficient([2, 2, 2, 2])).toBe(0);
    expect(giniCoefficient([2 / 3, 2 / 3, 2 / 3])).toBe(0);
  });

  it('is (n − 1)/n when one person holds everything', () => {
    // Pairs: the holder differs from each of the n − 1 others by x, both ways: 2(n − 1)x; 2n²μ = 2n²·x/n = 2nx.
    expect(giniCoefficient([10, 0])).toBe(1 / 2);
    expect(giniCoefficient([0, 0, 0, 10])).toBe(3 / 4);
    expect(giniCoefficient([0, 0, 0, 0, 0, 0, 0, 0, 0, 5])).toBeCloseTo(9 / 10, 12);
  });

  it('matches the pairwise definition on a small hand case', () => {
    // [1, 2, 3]: |1−2| + |1−3| + |2−3| = 4, both ways 8; 2n²μ = 2·9·2 = 36; G = 8/36 = 2/9
    expect(giniCoefficient([3, 1, 2])).toBeCloseTo(2 / 9, 12);
  });

  it('agrees with the pairwise definition on random values, whatever their order', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const random = mulberry32(seed);
      const values = Array.from({ length: 1 + Math.floor(random() * 30) }, () => (random() < 0.2 ? 0 : random() * 100));
      expect(giniCoefficient(values)).toBeCloseTo(giniByPairs(values), 10);
      expect(giniCoefficient([...values].reverse())).toBeCloseTo(giniCoefficient(values), 12);
    }
  });

  it('refuses negative or non-finite values', () => {
    expect(() => giniCoefficient([1, -1])).toThrow(RangeError);
    expect(() => giniCoefficient([1, Number.NaN])).toThrow(RangeError);
    expect(() => giniCoefficient([Number.POSITIVE_INFINITY])).toThrow(RangeError);
  });
});

describe('allocationBySales (劣币驱逐良币, measured)', () => {
  /**
   * Four sales people in one period. Days per million = presales days × 100,000,000 fen / pipeline fen.
   *   near-hq    E  500,000 CNY           20 days → 20 / 0.5 = 40 days per million CNY
   *   big-deal   A  20,000,000 CNY        40 days → 40 / 20  = 2
   *   regional   B  5,000,000 CNY         20 days → 20 / 5   = 4
   *   far-away   C  1,000,000 CNY          2 days
   *              D  1,000,000 CNY          0 days → 2 / 2    = 1
   * Gini over [40, 2, 4, 1], sorted [1, 2, 4, 40], n = 4, Σ = 47, μ = 11.75:
   *   pairs |1−2| + |1−4| + |1−40| + |2−4| + |2−40| + |4−40| = 1 + 3 + 39 + 2 + 38 + 36 = 119, both ways 238
   *   2n²μ = 2 · 16 · 11.75 = 376;  G = 238 / 376 = 119 / 188 ≈ 0.63298
   */
  const rows: AllocationRow[] = [
    { salesPersonId: 'near-hq', tier: 'E', pipelineValue: cny(500_000), presalesDays: 20 },
    { salesPersonId: 'big-deal', tier: 'A', pipelineValue: cny(20_000_000), presalesDays: 40 },
    { salesPersonId: 'regional', tier: 'B', pipelineValue: cny(5_000_000), presalesDays: 20 },
    { salesPersonId: 'far-away', tier: 'C', pipelineValue: cny(1_000_000), presalesDays: 2 },
    { salesPersonId: 'far-away', tier: 'D', pipelineValue: cny(1_000_000), presalesDays: 0 },
  ];

  it('normalises each sales person by their pipeline and measures the spread', () => {
    const report = allocationBySales(rows);
    expect(report.salesPeople).toEqual([
      { salesPersonId: 'near-hq', pipelineValue: 50_000_000, presalesDays: 20, daysPerMillion: 40 },
      { salesPersonId: 'big-deal', pipelineValue: 2_000_000_000, presalesDays: 40, daysPerMillion: 2 },
      { salesPersonId: 'regional', pipelineValue: 500_000_000, presalesDays: 20, daysPerMillion: 4 },
      { salesPersonId: 'far-away', pipelineValue: 200_000_000, presalesDays: 2, daysPerMillion: 1 },
    ]);
    expect(report.gini).toBeCloseTo(119 / 188, 12);
    expect(report.giniPopulation).toBe(4);
  });

  it('totals days per tier, normalised the same way', () => {
    // Per tier: A 40 / 20 = 2; B 20 / 5 = 4; C 2 / 1 = 2; D 0 / 1 = 0; E 20 / 0.5 = 40.
    // Total: 82 days over 27,500,000 CNY = 82 / 27.5 = 164 / 55 ≈ 2.98182 days per million.
    const report = allocationBySales(rows);
    expect(report.daysByTier).toEqual({
      A: { pipelineValue: 2_000_000_000, presalesDays: 40, daysPerMillion: 2 },
      B: { pipelineValue: 500_000_000, presalesDays: 20, daysPerMillion: 4 },
      C: { pipelineValue: 100_000_000, presalesDays: 2, daysPerMillion: 2 },
      D: { pipelineValue: 100_000_000, presalesDays: 0, daysPerMillion: 0 },
      E: { pipelineValue: 50_000_000, presalesDays: 20, daysPerMillion: 40 },
    });
    expect(report.total.pipelineValue).toBe(2_750_000_000);
    expect(report.total.presalesDays).toBe(82);
    expect(report.total.daysPerMillion).toBeCloseTo(164 / 55, 12);
  });

  it('sums rows of any grain: one row per project gives the same report', () => {
    // near-hq's 500,000 CNY and 20 days as two projects: 300,000 CNY / 12.5 days and 200,000 CNY / 7.5 days.
    const perProject: AllocationRow[] = [
      { salesPersonId: 'near-hq', tier: 'E', pipelineValue: cny(300_000), presalesDays: 12.5 },
      ...rows.slice(1),
      { salesPersonId: 'near-hq', tier: 'E', pipelineValue: cny(200_000), presalesDays: 7.5 },
    ];
    expect(allocationBySales(perProject)).toEqual(allocationBySales(rows));
  });

  it('measures 0 when days follow pipeline exactly', () => {
    // 3 days per million CNY each: 30 days on 10M, 6 on 2M, 1.5 on 0.5M.
    const report = allocationBySales([
      { salesPersonId: 'a', tier: 'A', pipelineValue: cny(10_000_000), presalesDays: 30 },
      { salesPersonId: 'b', tier: 'C', pipelineValue: cny(2_000_000), presalesDays: 6 },
      { salesPersonId: 'c', tier: 'D', pipelineValue: cny(500_000), presalesDays: 1.5 },
    ]);
    expect(report.salesPeople.map((s) => s.daysPerMillion)).toEqual([3, 3, 3]);
    expect(report.gini).toBe(0);
  });

  it('measures (n − 1)/n when one sales person gets every day', () => {
    // Days per million [0, 0, 0, 10 / 1 = 10]: G = 3/4.
    const report = allocationBySales([
      { salesPersonId: 'a', tier: 'A', pipelineValue: cny(10_000_000), presalesDays: 0 },
      { salesPersonId: 'b', tier: 'B', pipelineValue: cny(4_000_000), presalesDays: 0 },
      { salesPersonId: 'c', tier: 'C', pipelineValue: cny(1_000_000), presalesDays: 0 },
      { salesPersonId: 'friend', tier: 'C', pipelineValue: cny(1_000_000), presalesDays: 10 },
    ]);
    expect(report.gini).toBe(3 / 4);
  });

  it('measures 0 for a single sales person', () => {
    const report = allocationBySales([{ salesPersonId: 'only', tier: 'B', pipelineValue: cny(3_000_000), presalesDays: 9 }]);
    expect(report.salesPeople).toEqual([{ salesPersonId: 'only', pipelineValue: 300_000_000, presalesDays: 9, daysPerMillion: 3 }]);
    expect(report.gini).toBe(0);
    expect(report.giniPopulation).toBe(1);
  });

  it('lists days spent with no pipeline apart, outside the Gini', () => {
    const report = allocationBySales([...rows, { salesPersonId: 'no-deal', tier: 'E', pipelineValue: 0, presalesDays: 3 }]);
    expect(report.salesPeople.at(-1)).toEqual({ salesPersonId: 'no-deal', pipelineValue: 0, presalesDays: 3, daysPerMillion: null });
    expect(report.giniPopulation).toBe(4);
    expect(report.gini).toBeCloseTo(119 / 188, 12);
    expect(report.daysByTier.E.presalesDays).toBe(23);
  });

  it('reports zeros, not errors, for an empty period or one with no pipeline', () => {
    const empty = allocationBySales([]);
    expect(empty.salesPeople).toEqual([]);
    expect(empty.total).toEqual({ pipelineValue: 0, presalesDays: 0, daysPerMillion: null });
    expect(empty.daysByTier.A).toEqual({ pipelineValue: 0, presalesDays: 0, daysPerMillion: null });
    expect(empty.gini).toBe(0);
    expect(empty.giniPopulation).toBe(0);
    expect(allocationBySales([{ salesPersonId: 'a', tier: 'E', pipelineValue: 0, presalesDays: 0 }]).gini).toBe(0);
  });

  it('normalises per 1,000,000 CNY, i.e. 100,000,000 fen', () => {
    expect(PIPELINE_UNIT_MINOR).toBe(cny(1_000_000));
  });

  it('refuses malformed rows', () => {
    const row = rows[0]!;
    expect(() => allocationBySales([{ ...row, pipelineValue: -1 }])).toThrow();
    expect(() => allocationBySales([{ ...row, pipelineValue: 1.5 }])).toThrow();
    expect(() => allocationBySales([{ ...row, presalesDays: -0.5 }])).toThrow();
    expect(() => allocationBySales([{ ...row, tier: 'F' as never }])).toThrow();
  });
});
