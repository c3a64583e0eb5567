import type { Money } from './money';

/** 多位一体: how a delivery center's served projects ended, as its page shows them. Pure. */

export interface ServedProject {
  status: 'open' | 'won' | 'lost';
  currency: string;
  /** Actual presales cost, in minor units of `currency`. */
  actual: number;
}

export interface CenterOutcomes {
  closed: { won: number; lost: number };
  /** won / (won + lost), to four decimals; null before anything closed. */
  winRate: number | null;
  /** The mean actual cost of a won project, one amount per currency, rounded to a minor unit. */
  costPerWonDeal: Money[];
}

export function centerOutcomes(projects: readonly ServedProject[]): CenterOutcomes {
  const won = projects.filter((p) => p.status === 'won');
  const lost = projects.filter((p) => p.status === 'lost').length;
  const wonCost = new Map<string, { total: number; count: number }>();
  for (const project of won) {
    const sum = wonCost.get(project.currency) ?? { total: 0, count: 0 };
    wonCost.set(project.currency, { total: sum.total + project.actual, count: sum.count + 1 });
  }
  return {
    closed: { won: won.length, lost },
    winRate: won.length + lost > 0 ? Math.round((won.length / (won.length + lost)) * 10_000) / 10_000 : null,
    costPerWonDeal: [...wonCost.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([currency, { total, count }]) => ({ amount: Math.round(total / count), currency })),
  };
}
