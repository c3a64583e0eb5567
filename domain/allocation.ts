import { z } from 'zod';
import { MinorUnitsTotalSchema, sumMinorUnits } from './money';
import { TIERS, TierSchema, type Tier } from './tier';

/**
 * 劣币驱逐良币, measured: do presales days follow opportunity, or relationship? Each sales person's presales
 * days are normalised by the pipeline they brought, and one inequality figure — the Gini coefficient of those
 * normalised days — says how unevenly the days were spread against opportunity (0: every sales person got the
 * same days per unit of pipeline; towards 1: a few got nearly all).
 */

/**
 * Days are normalised per 1,000,000 major units of pipeline, i.e. 100,000,000 minor units (1,000,000 CNY =
 * 100,000,000 fen). The report is per currency, and assumes a currency with two decimal minor units.
 */
export const PIPELINE_UNIT_MINOR = 100_000_000;

export const AllocationRowSchema = z.object({
  salesPersonId: z.string().min(1),
  tier: TierSchema,
  /** Minor units: the expected values of this sales person's projects of this tier in the period. */
  pipelineValue: MinorUnitsTotalSchema.nonnegative(),
  /** Presales days worked on those projects in the period (fractions allowed: time is kept in quarter days). */
  presalesDays: z.number().finite().nonnegative(),
});
export type AllocationRow = z.infer<typeof AllocationRowSchema>;

export interface AllocationFigures {
  pipelineValue: number;
  presalesDays: number;
  /** Presales days per PIPELINE_UNIT_MINOR of pipeline, unrounded; null when there is no pipeline to divide by. */
  daysPerMillion: number | null;
}

export interface SalesAllocation extends AllocationFigures {
  salesPersonId: string;
}

export interface AllocationReport {
  /** One per sales person, in the order they first appear in the rows. */
  salesPeople: SalesAllocation[];
  daysByTier: Record<Tier, AllocationFigures>;
  total: AllocationFigures;
  /** Gini of `daysPerMillion` over the sales people with pipeline > 0. */
  gini: number;
  /** How many sales people the Gini is taken over. */
  giniPopulation: number;
}

/**
 * G = Σᵢ Σⱼ |xᵢ − xⱼ| / (2 n² μ) over non-negative values: 0 when all are equal (or there are none, or all are
 * zero), (n − 1)/n when one holds everything. Computed in O(n log n) from the sorted values, an identical sum:
 * Σᵢ Σⱼ |xᵢ − xⱼ| = 2 Σₖ (2k − n − 1) x₍ₖ₎ for x₍₁₎ ≤ … ≤ x₍ₙ₎.
 */
export function giniCoefficient(values: readonly number[]): number {
  for (const value of values) {
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`the Gini coefficient takes non-negative values; found ${value}`);
  }
  const n = values.length;
  const total = values.reduce((s, v) => s + v, 0);
  if (n === 0 || total === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted[0] === sorted[n - 1]) return 0;
  let weighted = 0;
  sorted.forEach((x, k) => {
    weighted += (2 * (k + 1) - n - 1) * x;
  });
  // 2 n² μ = 2 n · total and the double sum is 2 · weighted; float noise on near-equal values must not go below 0.
  return Math.max(0, weighted / (n * total));
}

function figures(pipelineValue: number, presalesDays: number): AllocationFigures {
  return {
    pipelineValue,
    presalesDays,
    daysPerMillion: pipelineValue === 0 ? null : (presalesDays * PIPELINE_UNIT_MINOR) / pipelineValue,
  };
}

/**
 * The allocation report for one period and one currency. Rows may come at any grain (per project, or per sales
 * person and tier): they are summed per sales person and per tier. A sales person with days but no pipeline is
 * listed with `daysPerMillion: null` and left out of the Gini (days spent on no opportunity cannot be ranked
 * against opportunity; the report should show them apart).
 */
export function allocationBySales(rows: readonly AllocationRow[]): AllocationReport {
  const parsed = z.array(AllocationRowSchema).parse(rows);
  const bySales = new Map<string, { pipelineValue: number; presalesDays: number }>();
  const byTier = new Map<Tier, { pipelineValue: number; presalesDays: number }>(TIERS.map((t) => [t, { pipelineValue: 0, presalesDays: 0 }]));
  let pipelineValue = 0;
  let presalesDays = 0;
  for (const row of parsed) {
    const person = bySales.get(row.salesPersonId) ?? { pipelineValue: 0, presalesDays: 0 };
    bySales.set(row.salesPersonId, person);
    const tier = byTier.get(row.tier)!;
    for (const sum of [person, tier]) {
      sum.pipelineValue = sumMinorUnits([sum.pipelineValue, row.pipelineValue]);
      sum.presalesDays += row.presalesDays;
    }
    pipelineValue = sumMinorUnits([pipelineValue, row.pipelineValue]);
    presalesDays += row.presalesDays;
  }
  const salesPeople = [...bySales].map(([salesPersonId, s]) => ({ salesPersonId, ...figures(s.pipelineValue, s.presalesDays) }));
  const normalised = salesPeople.flatMap((s) => (s.daysPerMillion === null ? [] : [s.daysPerMillion]));
  return {
    salesPeople,
    daysByTier: Object.fromEntries(
      [...byTier].map(([tier, sum]) => [tier, figures(sum.pipelineValue, sum.presalesDays)]),
    ) as Record<Tier, AllocationFigures>,
    total: figures(pipelineValue, presalesDays),
    gini: giniCoefficient(normalised),
    giniPopulation: normalised.length,
  };
}
