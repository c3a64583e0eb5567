import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { PhaseResult } from './measure';
import type { Options } from './options';
import { ACTIVITIES_PER_UPDATE, LIFECYCLE } from './steps';
import type { CpuSeconds } from './process-cpu';

/** What the bench prints and keeps: the machine, the two phases side by side, the overhead, and bench/results/latest.json. */

export type MachineInfo = ReturnType<typeof machineInfo>;

export function machineInfo() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    totalMemoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    node: process.version,
    /** 1-minute load average when the run began: other work on the machine skews every number. */
    loadAverageAtStart: Math.round(os.loadavg()[0]! * 100) / 100,
  };
}

export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((r) => r[col]!.length)));
  return rows
    .map((r) => r.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join('  '))
    .join('\n');
}

export const fmt = (n: number, digits = 1) => n.toFixed(digits);

/** Per call: Moat's round trips against those of the baseline update with the same number of activities. */
function callRows(moat: PhaseResult, baseline: PhaseResult): string[][] {
  const calls: Array<{ moat: string; baseline: string; activities: number }> = [
    { moat: 'create', baseline: 'start', activities: ACTIVITIES_PER_UPDATE[0]! },
  ];
  for (const step of LIFECYCLE) {
    if (!calls.some((c) => c.moat === step.kind)) calls.push({ moat: step.kind, baseline: step.kind, activities: step.work.length });
  }
  const rows = [['call', 'activities', 'count', 'Moat p50 ms', 'p99 ms', 'baseline p50 ms', 'p99 ms', 'p50 ratio']];
  for (const call of calls) {
    const m = moat.byKind[call.moat];
    const b = baseline.byKind[call.baseline];
    if (!m || !b) continue;
    rows.push([
      call.moat === 'create' ? 'create / start' : call.moat,
      String(call.activities),
      String(m.count),
      fmt(m.p50),
      fmt(m.p99),
      fmt(b.p50),
      fmt(b.p99),
      `${fmt(m.p50 / b.p50, 2)}×`,
    ]);
  }
  return rows;
}

/** The figures of one run, as printed and as written to bench/results/latest.json. */
export interface RunReport {
  options: Options;
  machine: MachineInfo;
  moat: PhaseResult;
  baseline: PhaseResult;
  /** Activities each update ran, the opening first, read from the histories. */
  activitiesPerUpdate: { moat: number[]; baseline: number[] };
  /** The first timed project's and baseline workflow's histories, once closed. */
  histories: { moat: HistorySize; baseline: HistorySize };
  /** CPU seconds per process group during each timed phase. */
  cpu: { moat: CpuSeconds; baseline: CpuSeconds };
  infrastructure: { postgres: string; temporal: string };
}

interface HistorySize {
  events: number;
  protoBytes: number;
  jsonBytes: number;
}

export function printReport({ options, machine, moat, baseline, histories, cpu: spent }: RunReport): void {
  const rows = [
    ['', 'projects/s', 'wall s', 'update p50 ms', 'p99 ms', 'max ms', 'open p50 ms', 'p99 ms', 'max ms'],
    ...(
      [
        ['Moat (HTTP API)', moat],
        ['baseline (bare Temporal)', baseline],
      ] as const
    ).map(([name, r]) => [
      name,
      fmt(r.projectsPerSec, 2),
      fmt(r.wallMs / 1000),
      fmt(r.update.p50),
      fmt(r.update.p99),
      fmt(r.update.max),
      fmt(r.open.p50),
      fmt(r.open.p99),
      fmt(r.open.max),
    ]),
  ];
  const overhead = overheadOf(moat, baseline);
  console.log('');
  console.log(
    `Moat lifecycle benchmark: N=${options.projects} projects, concurrency ${options.concurrency}, ` +
      `${LIFECYCLE.length} updates and ${ACTIVITIES_PER_UPDATE.reduce((a, b) => a + b, 0)} activities per project, ` +
      `the opening included (open = Moat create / baseline update-with-start)`,
  );
  console.log(
    `machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.totalMemoryGiB} GiB, ${machine.platform}, node ${machine.node}; ` +
      `load average ${machine.loadAverageAtStart} at start, ${fmt(os.loadavg()[0]!, 2)} at end`,
  );
  console.log('');
  console.log(table(rows));
  console.log('');
  console.log(
    `overhead: Moat update p50 / baseline update p50 = ${fmt(overhead.updateP50Ratio, 2)}×; ` +
      `Moat throughput / baseline throughput = ${fmt(overhead.throughputRatio, 2)}×`,
  );
  console.log('');
  console.log('by call (the baseline update standing for each Moat call runs as many activities):');
  console.log(table(callRows(moat, baseline)));
  console.log('');
  const size = (h: HistorySize) => `${h.events} events, ${fmt(h.protoBytes / 1024)} KB (${fmt(h.jsonBytes / 1024)} KB as JSON)`;
  console.log(`one won project's history: Moat ${size(histories.moat)}; baseline ${size(histories.baseline)}`);
  const cpu = (c: CpuSeconds) =>
    `Node ${fmt(c.node)}, Temporal ${fmt(c.temporal)}, Postgres ${fmt(c.postgres)}, other ${fmt(c.other)} s ` +
    `(${fmt(((c.node + c.temporal + c.postgres) / options.projects) * 1000)} ms per project)`;
  console.log(`CPU during each phase (/proc): Moat ${cpu(spent.moat)}; baseline ${cpu(spent.baseline)}`);
  console.log('');
}

function overheadOf(moat: PhaseResult, baseline: PhaseResult) {
  return {
    updateP50Ratio: Math.round((moat.update.p50 / baseline.update.p50) * 100) / 100,
    throughputRatio: Math.round((moat.projectsPerSec / baseline.projectsPerSec) * 100) / 100,
  };
}

/** Writes bench/results/latest.json; returns its path. */
export async function writeResults(run: RunReport): Promise<string> {
  const results = {
    at: new Date().toISOString(),
    machine: { ...run.machine, loadAverageAtEnd: Math.round(os.loadavg()[0]! * 100) / 100 },
    options: { ...run.options, updatesPerProject: LIFECYCLE.length },
    calls: ['open', ...LIFECYCLE.map((s) => s.kind)],
    activitiesPerUpdate: run.activitiesPerUpdate,
    histories: run.histories,
    cpu: run.cpu,
    infrastructure: run.infrastructure,
    moat: run.moat,
    baseline: run.baseline,
    overhead: overheadOf(run.moat, run.baseline),
  };
  return writeResultFile('latest.json', results);
}

/** Writes `results` as bench/results/`name` (not committed); returns its path. */
export async function writeResultFile(name: string, results: unknown): Promise<string> {
  const resultsDir = path.join(__dirname, '..', 'results');
  await mkdir(resultsDir, { recursive: true });
  const file = path.join(resultsDir, name);
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}
