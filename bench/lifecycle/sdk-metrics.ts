import type { TelemetryOptions } from '@temporalio/worker';
import { table } from './report';

/**
 * `npm run bench -- --sdk-metrics`: where a workflow task's time goes, from the Temporal SDK's own metrics (its core
 * serves them in Prometheus' text format on a loopback port for the run). Per system — told apart by task queue —
 * the mean time a workflow task took from its start to its completion (the local activities it ran included), how
 * long it waited to start, and each local activity's execution. Counted over the whole run, warm-ups included.
 */

/** The Runtime's telemetry for a run whose metrics `readSdkMetrics` reads from `port`. */
export function sdkMetricsTelemetry(port: number): TelemetryOptions {
  return { metrics: { prometheus: { bindAddress: `127.0.0.1:${port}`, useSecondsForDurations: false } } };
}

interface Mean {
  system: string;
  measure: string;
  count: number;
  meanMs: number;
}

const MEASURES: Record<string, string> = {
  temporal_workflow_task_execution_latency: 'workflow task, start to completion',
  temporal_workflow_task_schedule_to_start_latency: 'workflow task, waiting to start',
  temporal_local_activity_execution_latency: 'local activity',
};

/** Each measure's mean per system; `systemOf` names the system of a task queue. */
export async function readSdkMetrics(port: number, systemOf: (taskQueue: string) => string): Promise<Mean[]> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const sums = new Map<string, { system: string; measure: string; sum: number; count: number }>();
  for (const line of text.split('\n')) {
    const match = /^(\w+)_(sum|count)\{([^}]*)\} (\S+)$/.exec(line);
    const name = match?.[1];
    if (!match || !name || !(name in MEASURES)) continue;
    const labels = Object.fromEntries([...match[3]!.matchAll(/(\w+)="([^"]*)"/g)].map((l) => [l[1], l[2]]));
    const system = systemOf(labels.task_queue ?? '');
    const measure = `${MEASURES[name]}${labels.activity_type ? ` ${labels.activity_type}` : ''}`;
    const key = `${system}\u0000${measure}`;
    const entry = sums.get(key) ?? { system, measure, sum: 0, count: 0 };
    entry[match[2] === 'sum' ? 'sum' : 'count'] += Number(match[4]);
    sums.set(key, entry);
  }
  return [...sums.values()]
    .filter((e) => e.count > 0)
    .map((e) => ({ system: e.system, measure: e.measure, count: e.count, meanMs: e.sum / e.count }))
    .sort((a, b) => a.system.localeCompare(b.system) || a.measure.localeCompare(b.measure));
}

export function printSdkMetrics(means: Mean[]): void {
  console.log('\nThe SDK\'s metrics (the whole run, warm-ups included): mean per workflow task and per local activity');
  console.log(table([['system', 'measure', 'count', 'mean ms'], ...means.map((m) => [m.system, m.measure, String(m.count), m.meanMs.toFixed(2)])]));
}
