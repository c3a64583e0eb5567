import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { loadConfig } from '../runtime/config';
import { stopOnceOnSignals } from '../runtime/script-helpers';
import { startInfrastructure, startMoat, type Infrastructure, type RunningMoat } from '../runtime/system';
import { WORKFLOW_HEAP_MB, WORKFLOW_THREADS } from '../workers/worker';
import { projectWorkflowId } from '../workflows/project-messages';
import { startBaseline, type Baseline } from './lifecycle/baseline';
import { apiAt, check } from './lifecycle/client';
import { phaseResult, runPool, Timings } from './lifecycle/measure';
import { parseOptions } from './lifecycle/options';
import { createOrganisation } from './lifecycle/org';
import { fmt, machineInfo, printReport, writeResults } from './lifecycle/report';
import { checkActivityCounts, historySize, LIFECYCLE, moatProject } from './lifecycle/steps';
import { cpuByGroup, cpuSpent } from './lifecycle/process-cpu';
import { PhaseProfiler } from './lifecycle/cpu-profile';
import { printSpanBreakdown, SpanCapture } from './lifecycle/spans';
import { explainCommandReads } from './lifecycle/explain';
import { printStatements, StatementStatistics, type StatementProfile } from './lifecycle/statements';
import { printSdkMetrics, readSdkMetrics, sdkMetricsTelemetry } from './lifecycle/sdk-metrics';
import { freePort } from '../runtime/processes';

/**
 * `npm run bench`: drives N projects through Moat's whole lifecycle over the HTTP API (Match's dispatch,
 * resource request, approval and time entry included), then the same number of bare Temporal workflows doing
 * the same count of updates and activities, on the same Temporal server, and prints what Moat costs on top of
 * Temporal. See bench/README.md; the steps of both sides are in bench/lifecycle/steps.ts and baseline.ts.
 */

const log = (line: string) => console.log(`[bench] ${line}`);

async function main(): Promise<void> {
  const options = parseOptions();
  // Quiet the SDK's own INFO lines (bundling, worker state) so the report stands out.
  const metricsPort = options.sdkMetrics ? await freePort() : undefined;
  Runtime.install({ logger: new DefaultLogger('WARN'), ...(metricsPort ? { telemetryOptions: sdkMetricsTelemetry(metricsPort) } : {}) });

  const runId = randomBytes(4).toString('hex');
  const config = loadConfig();
  // Moat's workflow threads, the baseline's the same.
  const threads = { count: config.MOAT_WORKFLOW_THREADS ?? WORKFLOW_THREADS, heapMb: config.MOAT_WORKFLOW_HEAP_MB ?? WORKFLOW_HEAP_MB };
  const adminToken = randomBytes(24).toString('base64url'); // 32 characters
  const machine = machineInfo();
  log(`N=${options.projects} projects, concurrency ${options.concurrency}, warm-up ${options.warmup}, run ${runId}`);
  log(`machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.totalMemoryGiB} GiB, node ${machine.node}`);

  let infrastructure: Infrastructure | undefined;
  let moat: RunningMoat | undefined;
  let baseline: Baseline | undefined;
  const stopAll = stopOnceOnSignals(log, async () => {
    await baseline?.stop();
    await moat?.stop().catch((error: Error) => log(`stopping Moat: ${error.message}`));
    await infrastructure?.stop();
  });

  // The embedded server reads it when it starts (runtime/postgres-server.ts).
  if (options.statements) process.env.MOAT_POSTGRES_STATEMENT_STATS = '1';
  let statements: StatementStatistics | undefined;
  const spans = options.spans ? new SpanCapture() : undefined;
  const profiles: { moat?: StatementProfile; baseline?: StatementProfile } = {};
  try {
    const startedAt = performance.now();
    infrastructure = await startInfrastructure(config, { persistent: false, database: `moat_bench_${runId}` }, log);
    log(
      `Postgres ${config.DATABASE_URL ? 'from DATABASE_URL' : 'embedded'}, Temporal ${
        config.TEMPORAL_ADDRESS ? `at ${config.TEMPORAL_ADDRESS}` : `dev server at ${infrastructure.temporalAddress}`
      }`,
    );
    moat = await startMoat({
      databaseUrl: infrastructure.databaseUrl,
      temporalAddress: infrastructure.temporalAddress,
      namespace: config.TEMPORAL_NAMESPACE,
      taskQueue: `moat-bench-${runId}`,
      apiPort: 0,
      apiHost: '127.0.0.1',
      adminToken,
      logLevel: 'warn',
      workflowCacheSize: config.MOAT_WORKFLOW_CACHE_SIZE,
      workflowThreads: threads.count,
      workflowHeapMb: threads.heapMb,
      tracing: spans,
    });
    baseline = await startBaseline(infrastructure.temporalAddress, config.TEMPORAL_NAMESPACE, runId, infrastructure.databaseUrl, threads);
    if (options.statements) statements = await StatementStatistics.open(infrastructure.databaseUrl);
    log(`started in ${fmt((performance.now() - startedAt) / 1000)}s; API at ${moat.apiUrl}`);

    // Moat, through the HTTP API.
    const api = apiAt(moat.apiUrl);
    const org = await createOrganisation(api, adminToken, runId, options.projects + options.warmup);
    for (let i = 0; i < options.warmup; i++) await moatProject(api, org, `warm-up ${i + 1}`, new Timings());
    log(`Moat: ${options.projects} projects × (create + ${LIFECYCLE.length} updates) over HTTP…`);
    const moatTimings = new Timings();
    await statements?.reset();
    spans?.reset();
    const profiler = options.cpuProfile ? await PhaseProfiler.start() : undefined;
    const moatCpuBefore = cpuByGroup();
    const moatStarted = performance.now();
    let firstMoatProject: string | undefined;
    let lastMoatProject: string | undefined;
    await runPool(options.projects, options.concurrency, async (i) => {
      const id = await moatProject(api, org, `${i + 1}`, moatTimings);
      if (i === 0) firstMoatProject = id;
      lastMoatProject = id;
    });
    const moatResult = phaseResult(options.projects, performance.now() - moatStarted, moatTimings, 'create');
    const moatCpu = cpuSpent(moatCpuBefore, cpuByGroup());
    profiles.moat = await statements?.read();
    const moatSpans = spans?.spans();
    await profiler?.stopInto(`${options.cpuProfile}-moat.cpuprofile`);
    check(
      moatResult.update.count === options.projects * LIFECYCLE.length,
      `${LIFECYCLE.length} timed updates per project`,
      moatResult.update.count,
    );
    log(`Moat: done in ${fmt(moatResult.wallMs / 1000)}s`);
    if (options.explain) for (const line of await explainCommandReads(infrastructure.databaseUrl, lastMoatProject!, { id: org.sales.id, roles: ['sales'] })) log(line);

    // The bare Temporal baseline, on the same server.
    const bare = baseline;
    for (let i = 0; i < options.warmup; i++) await bare.project(`warm-up-${i + 1}`, new Timings());
    log(`baseline: ${options.projects} workflows × (start + ${LIFECYCLE.length} updates) with the Temporal client…`);
    const baselineTimings = new Timings();
    await statements?.reset();
    const baselineProfiler = options.cpuProfile ? await PhaseProfiler.start() : undefined;
    const baselineCpuBefore = cpuByGroup();
    const baselineStarted = performance.now();
    await runPool(options.projects, options.concurrency, (i) => bare.project(`${i + 1}`, baselineTimings));
    const baselineResult = phaseResult(options.projects, performance.now() - baselineStarted, baselineTimings, 'start');
    const baselineCpu = cpuSpent(baselineCpuBefore, cpuByGroup());
    profiles.baseline = await statements?.read();
    await baselineProfiler?.stopInto(`${options.cpuProfile}-baseline.cpuprofile`);
    log(`baseline: done in ${fmt(baselineResult.wallMs / 1000)}s`);

    // Untimed: the histories of the first timed project and workflow show the activities each update ran.
    const activitiesPerUpdate = {
      moat: await checkActivityCounts(bare.client, 'Moat', projectWorkflowId(firstMoatProject!)),
      baseline: await checkActivityCounts(bare.client, 'baseline', bare.workflowId('1')),
    };
    log(
      `activities per update (opening first), from the histories: Moat [${activitiesPerUpdate.moat.join(', ')}], ` +
        `baseline [${activitiesPerUpdate.baseline.join(', ')}]`,
    );
    const histories = {
      moat: await historySize(bare.client, projectWorkflowId(firstMoatProject!)),
      baseline: await historySize(bare.client, bare.workflowId('1')),
    };

    const run = {
      options,
      machine,
      moat: moatResult,
      baseline: baselineResult,
      activitiesPerUpdate,
      histories,
      cpu: { moat: moatCpu, baseline: baselineCpu },
      infrastructure: {
        postgres: config.DATABASE_URL ? 'DATABASE_URL' : 'embedded',
        temporal: config.TEMPORAL_ADDRESS ? 'TEMPORAL_ADDRESS' : 'CLI dev server',
      },
    };
    printReport(run);
    const calls = options.projects * (LIFECYCLE.length + 1);
    if (moatSpans) printSpanBreakdown(moatSpans);
    if (profiles.moat) printStatements('Postgres statements, Moat', profiles.moat, calls);
    if (profiles.baseline) printStatements('Postgres statements, baseline', profiles.baseline, calls);
    if (metricsPort) printSdkMetrics(await readSdkMetrics(metricsPort, (queue) => (queue.startsWith(`moat-bench-baseline-`) ? 'baseline' : 'Moat')));
    const file = await writeResults(run);
    console.log(`results: ${path.relative(process.cwd(), file)}`);
    console.log('');
  } finally {
    await statements?.close();
    await stopAll();
    await spans?.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`[bench] FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
