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

/** The industry of the center that serves projects no key industry or solution center serves. */
export const GENERAL_CENTER_INDUSTRY = 'general';

export interface CenterFocus {
  industry: string | null;
  solution: string | null;
}

/**
 * The center that serves a project (its lead approves the dispatch): the center of the project's key solution
 * first, then its industry's, then the general one; undefined when none of them exists. Among equals (the
 * database keeps one center per industry and per solution), the first given.
 */
export function servingCenter<C extends CenterFocus>(centers: readonly C[], project: { industry: string; solution?: string | null }): C | undefined {
  const rank = (center: C): number | undefined => {
    if (project.solution && center.solution === project.solution) return 0;
    if (center.industry === project.industry) return 1;
    if (center.industry === GENERAL_CENTER_INDUSTRY) return 2;
    return undefined;
  };
  let best: { center: C; rank: number } | undefined;
  for (const center of centers) {
    const r = rank(center);
    if (r !== undefined && (best === undefined || r < best.rank)) best = { center, rank: r };
  }
  return best?.center;
}
