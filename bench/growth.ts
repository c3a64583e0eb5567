import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import Fastify from 'fastify';
import { createPool, type Pool } from '../db/pool';
import type { MoatChild } from '../deploy/moat-process';
import { DEFAULT_POLICY, type PolicyDocument } from '../domain/policy';
import { startDevShape, type FaultShape } from '../faults/shapes';
import { loadConfig, resolveFromRoot } from '../runtime/config';
import { positiveInt, stopOnceOnSignals } from '../runtime/script-helpers';
import { apiAt, check, type Api, type Person, type ProjectSummary } from './lifecycle/client';
import { runPool, stats, Timings } from './lifecycle/measure';
import { cpuOfParts, cpuSpent, residentBytes, type PartsCpu } from './lifecycle/process-cpu';
import { personCreator } from './lifecycle/org';
import { printStatements, StatementStatistics } from './lifecycle/statements';
import { fmt, machineInfo, writeResultFile } from './lifecycle/report';

/**
 * `npm run bench:growth`: Moat as the open work grows, in production's process shape (faults/shapes.ts `dev`: the
 * embedded Postgres and the Temporal dev server, one API and one worker, each a process of its own). Opens `--open`
 * projects (default 10,000) through the HTTP API, each with its escalation timer armed on the one worker: the last
 * `--firing` under a policy (plain hours) whose qualify reminder falls due `--reminder-after` seconds after opening,
 * the others under the default SLAs, days away. Reports the opening's round trips per thousand (flat is the goal),
 * the worker's RSS, how late the reminders were recorded (recorded vs due), and with autocannon the p99 of
 * `GET /api/projects` with filters and of `GET /api/projects/:id` against a bare Fastify route doing one indexed
 * SELECT on a pool as large as the API's. See bench/README.md.
 */

const log = (line: string) => console.log(`[growth] ${line}`);

const execFileAsync = promisify(execFile);

interface Options {
  open: number;
  concurrency: number;
  firing: number;
  reminderAfterSeconds: number;
  seconds: number;
  connections: number;
  statements: boolean;
  cpuProfile: string | undefined;
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      open: { type: 'string', short: 'n' },
      concurrency: { type: 'string', short: 'c' },
      firing: { type: 'string' },
      'reminder-after': { type: 'string' },
      seconds: { type: 'string' },
      connections: { type: 'string' },
      statements: { type: 'boolean' },
      'cpu-profile': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(
      'usage: npm run bench:growth -- [--open N] [--concurrency C] [--firing F] [--reminder-after S] [--seconds D] [--connections K] [--statements] [--cpu-profile DIR]\n' +
        '  --open N            projects opened and left open; default 10000\n' +
        '  --concurrency C     openings at once; default 20\n' +
        '  --firing F          the last F opened remind soon (the others far later): default 1000\n' +
        '  --reminder-after S  seconds from opening to those reminders (longer than opening them takes); default 120\n' +
        '  --seconds D         each autocannon run; default 10\n' +
        '  --connections K     autocannon connections; default 10\n' +
        '  --statements        print each read\'s Postgres statements per request (pg_stat_statements)\n' +
        '  --cpu-profile DIR   the API and worker processes each write a V8 CPU profile of their main thread to DIR when they\n' +
        '                      stop (read with npx tsx bench/profile-summary.ts FILE)',
    );
    process.exit(0);
  }
  return {
    open: positiveInt('--open', values.open, 10_000),
    concurrency: positiveInt('--concurrency', values.concurrency, 20),
    firing: positiveInt('--firing', values.firing, 1_000),
    reminderAfterSeconds: positiveInt('--reminder-after', values['reminder-after'], 120),
    seconds: positiveInt('--seconds', values.seconds, 10),
    connections: positiveInt('--connections', values.connections, 10),
    statements: values.statements ?? false,
    cpuProfile: values['cpu-profile'] === undefined ? undefined : path.resolve(values['cpu-profile']),
  };
}

/** The default policy on plain hours, qualify reminding after `seconds` (half its SLA), later steps far away. */
function growthPolicy(seconds: number): PolicyDocument {
  const policy = structuredClone(DEFAULT_POLICY);
  policy.calendar = { ...policy.calendar, enabled: false };
  policy.pipeline.stages = policy.pipeline.stages.map((s) => (s.key === 'qualify' ? { ...s, slaHours: (2 * seconds) / 3600 } : s));
  policy.escalation = { ...policy.escalation, reminderAtBasisPoints: 5_000, stepHours: 1_000 };
  return policy;
}

interface Org {
  director: Person;
  manager: Person;
  officeId: string;
  sales: Person[];
}

async function createOrg(api: Api, adminToken: string, suffix: string): Promise<Org> {
  const person = personCreator(api, adminToken, suffix);
  const director = await person('Growth Director', ['director']);
  const manager = await person('Growth Manager', ['manager'], { managerId: director.id });
  const office = await api.call<{ id: string }>('POST', '/api/offices', adminToken, { name: `Growth office ${suffix}`, region: 'Bench', managerId: manager.id });
  const sales: Person[] = [];
  for (let i = 0; i < 20; i++) sales.push(await person(`Growth Sales ${i + 1}`, ['sales'], { managerId: manager.id, officeId: office.id }));
  return { director, manager, officeId: office.id, sales };
}

const AUTOCANNON = path.join(__dirname, '..', 'node_modules', '.bin', 'autocannon');

/**
 * One autocannon run of GET `url` with the bearer token, in a process of its own (the load's own CPU stays off the
 * server's event loop): its latency percentiles in ms, and the CPU seconds each part spent meanwhile (a read's p99
 * on 2 shared cores is mostly queueing; this says behind what). Any answer but 2xx fails the run.
 */
async function load(url: string, token: string | undefined, options: Options, sample: () => PartsCpu) {
  const args = ['-j', '-c', String(options.connections), '-d', String(options.seconds), ...(token ? ['-H', `authorization=Bearer ${token}`] : []), url];
  const before = sample();
  const { stdout } = await execFileAsync(AUTOCANNON, args, { maxBuffer: 16 * 2 ** 20 });
  const after = sample();
  const result = JSON.parse(stdout) as { requests: { total: number }; latency: { p50: number; p99: number; max: number }; non2xx: number; errors: number };
  check(result.non2xx === 0 && result.errors === 0, `every answer 2xx (${url})`, { non2xx: result.non2xx, errors: result.errors });
  return { requests: result.requests.total, p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max, cpuSeconds: cpuSpent(before, after) };
}

async function main(): Promise<void> {
  const options = parseOptions();
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const runId = randomBytes(4).toString('hex');
  const config = loadConfig();
  const adminToken = randomBytes(24).toString('base64url');
  const machine = machineInfo();
  log(`open=${options.open}, concurrency ${options.concurrency}, reminder after ${options.reminderAfterSeconds}s, run ${runId}`);

  let shape: FaultShape | undefined;
  let pool: Pool | undefined;
  const bare = Fastify();
  const stopAll = stopOnceOnSignals(log, async () => {
    await bare.close();
    await pool?.end();
    await shape?.stop();
  });
  try {
    const logsDir = path.join(os.tmpdir(), `moat-growth-${runId}`);
    await mkdir(logsDir, { recursive: true });
    // Read by the embedded Postgres as it starts (runtime/postgres-server.ts).
    if (options.statements) process.env.MOAT_POSTGRES_STATEMENT_STATS = '1';
    if (options.cpuProfile) process.env.MOAT_CPU_PROFILE_DIR = options.cpuProfile;
    shape = await startDevShape({
      tag: `growth${runId}`,
      apis: 1,
      workers: 1,
      adminToken,
      toolsDir: resolveFromRoot(config.MOAT_TOOLS_DIR),
      logsDir,
      onUnexpectedExit: (child: MoatChild, how: string, tail: string) => log(`the ${child.name} exited (${how}):\n${tail}`),
      log,
    });
    log(`${shape.describe()}; logs in ${logsDir}`);
    pool = createPool(shape.databaseUrl);
    const workerPid = shape.workers[0]!.pid!;
    const apiUrl = shape.apiUrls[0]!;
    const api = apiAt(apiUrl);
    const org = await createOrg(api, adminToken, runId);
    // Every project's timer is armed; those opened first under the default SLAs (days away), the last `firing` under a
    // policy that reminds soon: they fire after the opening is over, one after another as they were opened.
    const firing = Math.min(options.firing, options.open);
    const publishSoon = () =>
      api.call('PUT', '/api/policy', adminToken, { document: growthPolicy(options.reminderAfterSeconds), reason: 'growth bench: plain hours, a reminder soon' }, 201);
    if (firing === options.open) await publishSoon();

    // The worker's resident memory, every second.
    const rssAtStart = residentBytes(workerPid);
    let peakRss = rssAtStart;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, residentBytes(workerPid))), 1_000);

    log(`opening ${options.open} projects…`);
    const perThousand: Timings[] = [];
    const ids: string[][] = org.sales.map(() => []);
    const started = performance.now();
    const openAll = (from: number, to: number) => runPool(to - from, options.concurrency, (k) => openOne(from + k));
    const openOne = async (i: number) => {
      const owner = i % org.sales.length;
      const timings = (perThousand[Math.floor(i / 1_000)] ??= new Timings());
      const project = await timings.time('open', () =>
        api.call<ProjectSummary>('POST', '/api/projects', org.sales[owner]!.token, {
          name: `Growth ${i + 1}`,
          customerName: `Customer ${i % 500}`,
          industry: 'manufacturing',
          officeId: org.officeId,
          // Tiers D and C: the office manager dispatches, so every project also waits on a dispatch approval.
          expectedValue: { amount: i % 2 === 0 ? 50_000_000 : 150_000_000, currency: 'CNY' },
          salesOwnerId: org.sales[owner]!.id,
        }),
      );
      ids[owner]!.push(project.id);
      if ((i + 1) % 1_000 === 0) log(`${i + 1} open, ${fmt((performance.now() - started) / 1000)}s`);
    };
    await openAll(0, options.open - firing);
    if (firing < options.open) await publishSoon();
    await openAll(options.open - firing, options.open);
    const openingSeconds = (performance.now() - started) / 1000;
    const rssAfterOpening = residentBytes(workerPid);

    // Every reminder falls due `reminderAfterSeconds` after its project opened: wait for the last, then a margin.
    const waitUntil = Date.now() + (options.reminderAfterSeconds + 60) * 1000;
    let reminded = 0;
    while (Date.now() < waitUntil) {
      const { rows } = await pool.query<{ n: number }>(`select count(*)::int as n from escalations where kind = 'stage' and level = 0`);
      reminded = rows[0]!.n;
      if (reminded >= firing) break;
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
    const { rows: late } = await pool.query<{ ms: number }>(
      `select extract(epoch from (at - due_at)) * 1000 as ms from escalations where kind = 'stage'`,
    );
    const lateness = late.map((r) => Number(r.ms));
    clearInterval(sampler);

    // Reads as the work stands: 10,000 open projects, their timers armed.
    bare.get<{ Params: { id: string } }>('/bare/projects/:id', async (request) => {
      const { rows } = await pool!.query('select * from projects where id = $1', [request.params.id]);
      return rows[0];
    });
    const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' });
    // One project of the first sales person's (each sees their own, 1/20 of all) for the detail and the bare SELECT.
    const oneId = ids[0]![Math.floor(ids[0]!.length / 2)]!;
    const sample = () => cpuOfParts(workerPid, shape!.apis[0]!.pid!);
    const statements = options.statements ? await StatementStatistics.open(shape.databaseUrl) : undefined;
    const read = async (name: string, url: string, token: string | undefined) => {
      await statements?.reset();
      const result = await load(url, token, options, sample);
      if (statements) printStatements(`${name}, per request`, await statements.read(12), result.requests);
      return result;
    };
    const reads = {
      listAsSales: await read('listAsSales', `${apiUrl}/api/projects?stage=qualify&tier=C&limit=50`, org.sales[0]!.token),
      listAsManager: await read('listAsManager', `${apiUrl}/api/projects?officeId=${org.officeId}&tier=D&limit=50`, org.manager.token),
      detail: await read('detail', `${apiUrl}/api/projects/${oneId}`, org.sales[0]!.token),
      bareSelect: await read('bareSelect', `${bareUrl}/bare/projects/${oneId}`, undefined),
    };
    await statements?.close();

    const opening = perThousand.map((t, i) => {
      const samples = t.samples('open');
      const { p50, p99 } = stats(samples);
      return { thousand: i + 1, p50, p99 };
    });
    const results = {
      at: new Date().toISOString(),
      machine,
      options,
      opening: { seconds: Math.round(openingSeconds), perSecond: Math.round((options.open / openingSeconds) * 10) / 10, perThousand: opening },
      rssMiB: { atStart: Math.round(rssAtStart / 2 ** 20), afterOpening: Math.round(rssAfterOpening / 2 ** 20), peak: Math.round(peakRss / 2 ** 20) },
      escalations: {
        reminded,
        recorded: lateness.length,
        latenessMs: stats(lateness),
      },
      reads: { ...reads, detailOverBareP99: Math.round((reads.detail.p99 / reads.bareSelect.p99) * 100) / 100 },
    };
    console.log('');
    console.log(`Moat growth benchmark: ${options.open} open projects (${firing} reminded during the run), one worker (machine: ${machine.cpus} × ${machine.cpuModel}, node ${machine.node})`);
    console.log(`opening: ${results.opening.perSecond}/s; p50/p99 ms per thousand: ${opening.map((o) => `${o.p50}/${o.p99}`).join(', ')}`);
    console.log(`worker RSS: ${results.rssMiB.atStart} MiB at start, ${results.rssMiB.afterOpening} MiB after opening, peak ${results.rssMiB.peak} MiB`);
    console.log(
      `escalations: ${reminded}/${firing} reminders recorded; lateness (recorded − due) p50 ${fmt(results.escalations.latenessMs.p50)} ms, ` +
        `p99 ${fmt(results.escalations.latenessMs.p99)} ms, max ${fmt(results.escalations.latenessMs.max)} ms`,
    );
    for (const [name, r] of Object.entries(reads)) {
      const cpu = r.cpuSeconds;
      console.log(
        `${name}: ${r.requests} requests, p50 ${r.p50} ms, p99 ${r.p99} ms, max ${r.max} ms; ` +
          `CPU s: worker ${cpu.worker}, API ${cpu.api}, Postgres ${cpu.postgres}, Temporal ${cpu.temporal}`,
      );
    }
    console.log(`GET /api/projects/:id p99 / bare SELECT route p99 = ${results.reads.detailOverBareP99}×`);
    console.log(`results: ${path.relative(process.cwd(), await writeResultFile('growth.json', results))}`);
  } finally {
    await stopAll();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`[growth] FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
