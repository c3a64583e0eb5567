export interface LorenzPoint {
  /** Cumulative share of the people, 0..1, the least served first. */
  people: number;
  /** Cumulative share of the days, 0..1. */
  days: number;
}

/**
 * The Lorenz curve of presales days (per million of pipeline) across the sales people: sorted from the least served,
 * the share of days the first x % of them get. The diagonal is perfect fairness; the more the curve sags, the more
 * presales goes to a few. With no days at all, everyone got the same (nothing): the diagonal.
 */
export function lorenzCurve(values: readonly number[]): LorenzPoint[] {
  const sorted = values.filter((v) => Number.isFinite(v) && v >= 0).sort((a, b) => a - b);
  const total = sorted.reduce((sum, v) => sum + v, 0);
  const points: LorenzPoint[] = [{ people: 0, days: 0 }];
  if (sorted.length === 0) return [...points, { people: 1, days: 1 }];
  let running = 0;
  sorted.forEach((value, i) => {
    running += value;
    points.push({ people: (i + 1) / sorted.length, days: total === 0 ? (i + 1) / sorted.length : running / total });
  });
  return points;
}

/** The Gini coefficient as the area between the diagonal and the curve, doubled (0 fair … towards 1 concentrated). */
export function giniOf(points: readonly LorenzPoint[]): number {
  let area = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    area += ((b.people - a.people) * (a.days + b.days)) / 2;
  }
  return Math.max(0, 1 - 2 * area);
}
