import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Client, Connection, WithStartWorkflowOperation } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { loadConfig } from '../runtime/config';
import { startInfrastructure, startMoat, type Infrastructure, type RunningMoat } from '../runtime/system';
import * as baselineActivities from './baseline-activities';
import { baselineStepUpdate, baselineWorkflow } from './baseline-workflow';

/**
 * `npm run bench`: drives N projects through Moat's whole lifecycle over the HTTP API, then the same number of
 * bare Temporal workflows doing the same count of updates and activities, on the same Temporal server, and
 * prints what Moat costs on top of Temporal. See bench/README.md.
 */

const log = (line: string) => console.log(`[bench] ${line}`);

// ---------------------------------------------------------------------------------------------------------------
// options

interface Options {
  projects: number;
  concurrency: number;
  warmup: number;
}

function positiveInt(name: string, value: string | undefined, fallback: number, min = 1): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be an integer >= ${min}, got "${value}"`);
  return n;
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      projects: { type: 'string', short: 'n' },
      concurrency: { type: 'string', short: 'c' },
      warmup: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(
      'usage: npm run bench -- [--projects N] [--concurrency C] [--warmup W]\n' +
        '  --projects N     projects (and baseline workflows) to drive; default 50 or $BENCH_PROJECTS\n' +
        '  --concurrency C  how many run at once; default 10 or $BENCH_CONCURRENCY\n' +
        '  --warmup W       untimed projects run one at a time through each system first; default 2',
    );
    process.exit(0);
  }
  return {
    projects: positiveInt('--projects', values.projects ?? process.env.BENCH_PROJECTS, 50),
    concurrency: positiveInt('--concurrency', values.concurrency ?? process.env.BENCH_CONCURRENCY, 10),
    warmup: positiveInt('--warmup', values.warmup ?? process.env.BENCH_WARMUP, 2, 0),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// measuring

interface Stats {
  count: number;
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentiles of round trips in milliseconds. */
function stats(samples: number[]): Stats {
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
class Timings {
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
async function runPool(count: number, concurrency: number, job: (index: number) => Promise<void>): Promise<void> {
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

interface PhaseResult {
  wallMs: number;
  projectsPerSec: number;
  /** The timed updates after the opening one. */
  update: Stats;
  /** Opening a project: Moat's POST /api/projects, the baseline's executeUpdateWithStart. */
  open: Stats;
  byKind: Record<string, Stats>;
}

function phaseResult(projects: number, wallMs: number, timings: Timings, openKind: string): PhaseResult {
  const updateKinds = [...timings.byKind.keys()].filter((k) => k !== openKind);
  return {
    wallMs: Math.round(wallMs),
    projectsPerSec: Math.round((projects / (wallMs / 1000)) * 100) / 100,
    update: stats(timings.samples(...updateKinds)),
    open: stats(timings.samples(openKind)),
    byKind: Object.fromEntries([...timings.byKind.entries()].map(([k, v]) => [k, stats(v)])),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Moat over HTTP

class HttpFailure extends Error {}

interface Api {
  call<T = Record<string, unknown>>(method: string, route: string, token: string, body?: unknown): Promise<T>;
}

function apiAt(baseUrl: string): Api {
  return {
    async call<T>(method: string, route: string, token: string, body?: unknown): Promise<T> {
      const headers: Record<string, string> = { authorization: `Bearer ${token}` };
      if (body !== undefined) headers['content-type'] = 'application/json';
      const response = await fetch(`${baseUrl}${route}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      if (response.status < 200 || response.status >= 300) {
        throw new HttpFailure(`${method} ${route} answered ${response.status}: ${text}`);
      }
      return (text ? JSON.parse(text) : undefined) as T;
    },
  };
}

interface Person {
  id: string;
  token: string;
}

interface Organisation {
  officeId: string;
  sales: Person;
  presales: Person;
}

interface ProjectDetail {
  id: string;
  tier: string;
  stage: string;
  ownerId: string;
  status: string;
  pendingHandoff: { id: string; toPersonId: string } | null;
}

function expect(condition: boolean, what: string, detail: unknown): void {
  if (!condition) throw new Error(`unexpected answer: ${what}; got ${JSON.stringify(detail)}`);
}

async function createOrganisation(api: Api, adminToken: string, suffix: string): Promise<Organisation> {
  const person = (name: string, roles: string[], extra: Record<string, string> = {}) =>
    api.call<Person>('POST', '/api/people', adminToken, {
      name,
      email: `${name.toLowerCase().replace(/\s+/g, '.')}.${suffix}@bench.moat.local`,
      roles,
      ...extra,
    });
  const manager = await person('Bench Manager', ['manager']);
  const office = await api.call<{ id: string }>('POST', '/api/offices', adminToken, {
    name: `Bench office ${suffix}`,
    region: 'Bench region',
    managerId: manager.id,
  });
  const sales = await person('Bench Sales', ['sales'], { managerId: manager.id, officeId: office.id });
  const presales = await person('Bench Presales', ['presales'], { managerId: manager.id, officeId: office.id });
  return { officeId: office.id, sales, presales };
}

/** The updates of one project's lifecycle after it is opened, in order: each is one HTTP call, one Temporal update. */
interface LifecycleStep {
  kind: 'advance' | 'accept' | 'close';
  run: (api: Api, org: Organisation, project: ProjectDetail) => Promise<ProjectDetail>;
}

function advance(as: 'sales' | 'presales', expectStage: string, nominee?: 'sales' | 'presales'): LifecycleStep {
  return {
    kind: 'advance',
    run: async (api, org, project) => {
      const body = nominee ? { nomineeId: org[nominee].id } : {};
      const after = await api.call<ProjectDetail>('POST', `/api/projects/${project.id}/advance`, org[as].token, body);
      expect(after.stage === expectStage, `advance into ${expectStage}`, after.stage);
      if (nominee) {
        expect(after.pendingHandoff?.toPersonId === org[nominee].id, `a handoff to the ${nominee} person`, after.pendingHandoff);
      }
      return after;
    },
  };
}

function accept(as: 'sales' | 'presales'): LifecycleStep {
  return {
    kind: 'accept',
    run: async (api, org, project) => {
      const handoffId = project.pendingHandoff?.id;
      expect(handoffId !== undefined, 'a pending handoff to accept', project.pendingHandoff);
      const after = await api.call<ProjectDetail>('POST', `/api/handoffs/${handoffId}/accept`, org[as].token);
      expect(after.ownerId === org[as].id && after.pendingHandoff === null, `the ${as} person owns the project`, after);
      return after;
    },
  };
}

const closeWon: LifecycleStep = {
  kind: 'close',
  run: async (api, org, project) => {
    const after = await api.call<ProjectDetail>('POST', `/api/projects/${project.id}/close`, org.sales.token, {
      outcome: 'won',
    });
    expect(after.status === 'won', 'the project closed won', after.status);
    return after;
  },
};

/** The default pipeline for a tier A project: qualify → discovery → solution → poc → proposal → negotiation → won. */
const LIFECYCLE: LifecycleStep[] = [
  advance('sales', 'discovery', 'presales'),
  accept('presales'),
  advance('presales', 'solution'),
  advance('presales', 'poc'),
  advance('presales', 'proposal', 'sales'),
  accept('sales'),
  advance('sales', 'negotiation'),
  closeWon,
];

async function moatProject(api: Api, org: Organisation, label: string, timings: Timings): Promise<void> {
  let project = await timings.time('create', () =>
    api.call<ProjectDetail>('POST', '/api/projects', org.sales.token, {
      name: `Bench project ${label}`,
      customerName: 'Bench customer',
      industry: 'finance',
      officeId: org.officeId,
      expectedValue: { amount: 1_200_000_000, currency: 'CNY' },
      salesOwnerId: org.sales.id,
    }),
  );
  expect(project.tier === 'A' && project.stage === 'qualify', 'a tier A project in qualify', project);
  for (const step of LIFECYCLE) {
    const before = project;
    project = await timings.time(step.kind, () => step.run(api, org, before));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// the bare Temporal baseline

async function baselineProject(client: Client, taskQueue: string, id: string, timings: Timings): Promise<void> {
  const updates = 1 + LIFECYCLE.length;
  const start = new WithStartWorkflowOperation(baselineWorkflow, {
    workflowId: id,
    taskQueue,
    args: [{ updates }],
    workflowIdConflictPolicy: 'FAIL',
  });
  const first = await timings.time('start', () =>
    client.workflow.executeUpdateWithStart(baselineStepUpdate, { args: [1], startWorkflowOperation: start }),
  );
  expect(first === 1, 'the first update answered', first);
  const handle = await start.workflowHandle();
  for (let step = 2; step <= updates; step++) {
    const answered = await timings.time('update', () => handle.executeUpdate(baselineStepUpdate, { args: [step] }));
    expect(answered === step, `update ${step} answered`, answered);
  }
  const result = await handle.result();
  expect(result === updates, 'the workflow completed after its last update', result);
}

// ---------------------------------------------------------------------------------------------------------------
// report

function machineInfo() {
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

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((r) => r[col]!.length)));
  return rows
    .map((r) => r.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join('  '))
    .join('\n');
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);

// ---------------------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const options = parseOptions();
  // Quiet the SDK's own INFO lines (bundling, worker state) so the report stands out.
  Runtime.install({ logger: new DefaultLogger('WARN') });

  const runId = randomBytes(4).toString('hex');
  const config = loadConfig();
  const adminToken = randomBytes(24).toString('base64url'); // 32 characters
  const machine = machineInfo();
  log(`N=${options.projects} projects, concurrency ${options.concurrency}, warm-up ${options.warmup}, run ${runId}`);
  log(`machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.totalMemoryGiB} GiB, node ${machine.node}`);

  let infrastructure: Infrastructure | undefined;
  let moat: RunningMoat | undefined;
  let baselineClient: Client | undefined;
  let baselineWorker: Worker | undefined;
  let baselineWorkerRun: Promise<void> | undefined;
  let baselineWorkerConnection: NativeConnection | undefined;
  let stopping: Promise<void> | undefined;
  const stopAll = () =>
    (stopping ??= (async () => {
      if (baselineWorker?.getState() === 'RUNNING') baselineWorker.shutdown();
      await baselineWorkerRun?.catch(() => undefined);
      await baselineWorkerConnection?.close().catch(() => undefined);
      await baselineClient?.connection.close().catch(() => undefined);
      await moat?.stop().catch((error: Error) => log(`stopping Moat: ${error.message}`));
      await infrastructure?.stop();
    })());
  const onSignal = (signal: string) => {
    log(`${signal}: stopping…`);
    void stopAll().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    const startedAt = performance.now();
    infrastructure = await startInfrastructure(config, { persistent: false, database: `moat_bench_${runId}` }, log);
    log(
      `Postgres ${config.DATABASE_URL ? 'from DATABASE_URL' : 'embedded'}, Temporal ${
        config.TEMPORAL_ADDRESS ? `at ${config.TEMPORAL_ADDRESS}` : `dev server at ${infrastructure.temporalAddress}`
      }`,
    );
    const moatTaskQueue = `moat-bench-${runId}`;
    moat = await startMoat({
      databaseUrl: infrastructure.databaseUrl,
      temporalAddress: infrastructure.temporalAddress,
      namespace: config.TEMPORAL_NAMESPACE,
      taskQueue: moatTaskQueue,
      apiPort: 0,
      apiHost: '127.0.0.1',
      adminToken,
      logLevel: 'warn',
    });
    baselineClient = new Client({
      connection: await Connection.connect({ address: infrastructure.temporalAddress }),
      namespace: config.TEMPORAL_NAMESPACE,
    });
    baselineWorkerConnection = await NativeConnection.connect({ address: infrastructure.temporalAddress });
    const baselineTaskQueue = `moat-bench-baseline-${runId}`;
    baselineWorker = await Worker.create({
      connection: baselineWorkerConnection,
      namespace: config.TEMPORAL_NAMESPACE,
      taskQueue: baselineTaskQueue,
      workflowsPath: require.resolve('./baseline-workflow'),
      activities: baselineActivities,
    });
    baselineWorkerRun = baselineWorker.run();
    log(`started in ${fmt((performance.now() - startedAt) / 1000)}s; API at ${moat.apiUrl}`);

    // Moat, through the HTTP API.
    const api = apiAt(moat.apiUrl);
    const org = await createOrganisation(api, adminToken, runId);
    for (let i = 0; i < options.warmup; i++) await moatProject(api, org, `warm-up ${i + 1}`, new Timings());
    log(`Moat: ${options.projects} projects × (create + ${LIFECYCLE.length} updates) over HTTP…`);
    const moatTimings = new Timings();
    const moatStarted = performance.now();
    await runPool(options.projects, options.concurrency, (i) => moatProject(api, org, `${i + 1}`, moatTimings));
    const moatResult = phaseResult(options.projects, performance.now() - moatStarted, moatTimings, 'create');
    expect(
      moatResult.update.count === options.projects * LIFECYCLE.length,
      `${LIFECYCLE.length} timed updates per project`,
      moatResult.update.count,
    );
    log(`Moat: done in ${fmt(moatResult.wallMs / 1000)}s`);

    // The bare Temporal baseline, on the same server.
    const client = baselineClient;
    const workflowId = (label: string) => `moat-bench-baseline-${runId}-${label}`;
    for (let i = 0; i < options.warmup; i++) {
      await baselineProject(client, baselineTaskQueue, workflowId(`warm-up-${i + 1}`), new Timings());
    }
    log(`baseline: ${options.projects} workflows × (start + ${LIFECYCLE.length} updates) with the Temporal client…`);
    const baselineTimings = new Timings();
    const baselineStarted = performance.now();
    await runPool(options.projects, options.concurrency, (i) =>
      baselineProject(client, baselineTaskQueue, workflowId(`${i + 1}`), baselineTimings),
    );
    const baselineResult = phaseResult(options.projects, performance.now() - baselineStarted, baselineTimings, 'start');
    log(`baseline: done in ${fmt(baselineResult.wallMs / 1000)}s`);

    const overhead = {
      updateP50Ratio: Math.round((moatResult.update.p50 / baselineResult.update.p50) * 100) / 100,
      throughputRatio: Math.round((moatResult.projectsPerSec / baselineResult.projectsPerSec) * 100) / 100,
    };

    const rows = [
      ['', 'projects/s', 'wall s', 'update p50 ms', 'p99 ms', 'max ms', 'open p50 ms', 'p99 ms', 'max ms'],
      ...(
        [
          ['Moat (HTTP API)', moatResult],
          ['baseline (bare Temporal)', baselineResult],
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
    console.log('');
    console.log(
      `Moat lifecycle benchmark: N=${options.projects} projects, concurrency ${options.concurrency}, ` +
        `${LIFECYCLE.length} updates per project after it opens (open = Moat create / baseline update-with-start)`,
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
    const kinds = Object.entries(moatResult.byKind)
      .map(([k, s]) => `${k} p50 ${fmt(s.p50)} / p99 ${fmt(s.p99)} ms (${s.count})`)
      .join('; ');
    console.log(`Moat by call: ${kinds}`);

    const results = {
      at: new Date().toISOString(),
      machine: { ...machine, loadAverageAtEnd: Math.round(os.loadavg()[0]! * 100) / 100 },
      options: { ...options, updatesPerProject: LIFECYCLE.length },
      infrastructure: {
        postgres: config.DATABASE_URL ? 'DATABASE_URL' : 'embedded',
        temporal: config.TEMPORAL_ADDRESS ? 'TEMPORAL_ADDRESS' : 'CLI dev server',
      },
      moat: moatResult,
      baseline: baselineResult,
      overhead,
    };
    const resultsDir = path.join(__dirname, 'results');
    await mkdir(resultsDir, { recursive: true });
    const file = path.join(resultsDir, 'latest.json');
    await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`results: ${path.relative(process.cwd(), file)}`);
    console.log('');
  } finally {
    await stopAll();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`[bench] FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
