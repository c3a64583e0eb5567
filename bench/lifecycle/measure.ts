/** Round trips timed per kind of call, their percentiles, and the pool that runs the projects. */

export interface Stats {
  count: number;
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentiles of round trips in milliseconds. */
export function stats(samples: number[]): Stats {
  if (samples.length === 0) return { count: 0, p50: NaN, p99: NaN, max: NaN, mean: NaN };
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    count: sorted.length,
    p50: round(at(0.5)),
    p99: round(at(0.99)),
    max: round(sorted[sorted.length - 1]!),
    mean: round(sorted.reduce((s, x) => s + x, 0) / sorted.length),
  };
}

/** Round trips, per kind: `create`/`start` (opening a project) apart from the updates that follow. */
export class Timings {
  readonly byKind = new Map<string, number[]>();

  async time<T>(kind: string, run: () => Promise<T>): Promise<T> {
    const started = performance.now();
    const result = await run();
    const ms = performance.now() - started;
    let list = this.byKind.get(kind);
    if (!list) this.byKind.set(kind, (list = []));
    list.push(ms);
    return result;
  }

  samples(...kinds: string[]): number[] {
    return kinds.flatMap((k) => this.byKind.get(k) ?? []);
  }
}

/** Runs `count` jobs, at most `concurrency` at a time; the first failure fails the whole run. */
export async function runPool(count: number, concurrency: number, job: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const runner = async () => {
    while (!failed && next < count) {
      const index = next++;
      try {
        await job(index);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, runner));
}

export interface PhaseResult {
  wallMs: number;
  projectsPerSec: number;
  /** The timed updates after the opening one. */
  update: Stats;
  /** Opening a project: Moat's POST /api/projects, the baseline's executeUpdateWithStart. */
  open: Stats;
  byKind: Record<string, Stats>;
}

export function phaseResult(projects: number, wallMs: number, timings: Timings, openKind: string): PhaseResult {
  const updateKinds = [...timings.byKind.keys()].filter((k) => k !== openKind);
  return {
    wallMs: Math.round(wallMs),
    projectsPerSec: Math.round((projects / (wallMs / 1000)) * 100) / 100,
    update: stats(timings.samples(...updateKinds)),
    open: stats(timings.samples(openKind)),
    byKind: Object.fromEntries([...timings.byKind.entries()].map(([k, v]) => [k, stats(v)])),
  };
}
