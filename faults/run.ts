/*
 * Long because it is one script read top to bottom as the run happens: options, the load (projects driven through
 * every command with retries), the fault schedule, and the checks of the record afterwards. Its client, the shapes
 * it runs on and the history check live in client.ts, shapes.ts and history-check.ts.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadConfig, PROJECT_ROOT, resolveFromRoot } from '../runtime/config';
import { connectClient } from '../runtime/temporal';
import { killEverythingNow, type MoatChild } from '../deploy/moat-process';
import { CommandFailed, FaultClient, LoadRecorder, type Attempt } from './client';
import { compareHistory, historyCounts, type HistoryCounts } from './history-check';
import { startClusterShape, startDevShape, type FaultShape } from './shapes';

/**
 * `npm run faults` and `npm run chaos`. On throwaway infrastructure — the dev shape (embedded Postgres, Temporal CLI
 * dev server, one API and one worker) or the production shape (`--shape cluster`, `npm run chaos`: the real Temporal
 * server on Postgres, two APIs and two workers started as production starts them) — it drives projects through
 * their whole lifecycle over HTTP with a careful client (an Idempotency-Key per command, retried with the same key,
 * on another API when one is gone), and meanwhile SIGKILLs workers and APIs, restarts Postgres and pauses or restarts
 * Temporal. Then it checks every project's record and workflow history for lost and duplicated effects, replays
 * every command once more, and counts hung requests. Exits 0 only with 0 lost, 0 duplicated, 0 hung. See
 * faults/README.md.
 */

const runStarted = Date.now();
const stamp = () => `${((Date.now() - runStarted) / 1000).toFixed(1).padStart(6)}s`;
const runName = process.argv.includes('--chaos') ? 'chaos' : 'faults';
const log = (line: string) => console.log(`[${runName} ${stamp()}] ${line}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------------------------
// options

const FAULT_KINDS = ['worker', 'api', 'moat', 'postgres', 'temporal', 'temporal-restart'] as const;
type FaultKind = (typeof FAULT_KINDS)[number];

/**
 * `npm run chaos`: the production shape, 500 projects, a worker SIGKILLed ten times, an API once, Postgres and the
 * Temporal server restarted once each. Any option given after it wins (the CI's short run: `--projects 40 …`).
 */
const CHAOS_PRESET = {
  shape: 'cluster',
  apis: '2',
  workers: '2',
  projects: '500',
  lanes: '16',
  faults: 'worker,worker,api,worker,worker,postgres,worker,worker,temporal-restart,worker*4',
  gap: '8',
  think: '100-500',
} as const;

interface Options {
  shape: 'dev' | 'cluster';
  apis: number;
  workers: number;
  temporalStop: 'kill' | 'graceful';
  temporalDownMs: number;
  lanes: number;
  projects: number;
  faults: FaultKind[];
  restartAfterMs: number;
  postgresDownMs: number;
  postgresStop: 'fast' | 'immediate';
  pauseMs: number;
  gapMs: number;
  warmupMs: number;
  thinkMs: [number, number];
  hungMs: number;
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      chaos: { type: 'boolean' },
      shape: { type: 'string' },
      apis: { type: 'string' },
      workers: { type: 'string' },
      'temporal-stop': { type: 'string' },
      'temporal-down': { type: 'string' },
      lanes: { type: 'string' },
      projects: { type: 'string', short: 'n' },
      faults: { type: 'string' },
      'restart-after': { type: 'string' },
      'postgres-down': { type: 'string' },
      'postgres-stop': { type: 'string' },
      pause: { type: 'string' },
      gap: { type: 'string' },
      think: { type: 'string' },
      hung: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.chaos) for (const [name, value] of Object.entries(CHAOS_PRESET)) (values as Record<string, unknown>)[name] ??= value;
  if (values.help) {
    console.log(
      'usage: npm run faults -- [options]   (npm run chaos -- [options]: the same with --chaos)\n' +
        '  --chaos             the production shape\'s run: ' +
        Object.entries(CHAOS_PRESET).map(([k, v]) => `--${k} ${v}`).join(' ') + '\n' +
        '  --shape dev|cluster dev (default): Temporal CLI dev server, 1 API, 1 worker; cluster: deploy/cluster.ts\n' +
        '  --apis N, --workers N  Moat processes in the cluster shape (default 2 and 2)\n' +
        '  --temporal-stop M   temporal-restart: kill (SIGKILL, default) or graceful (SIGTERM)\n' +
        '  --temporal-down S   seconds the Temporal server stays down in a temporal-restart (default 3)\n' +
        '  --projects N        at least N projects (default 20)\n' +
        '  --lanes L           projects driven at once (default 6); each lane runs projects back to back\n' +
        '                      until every fault is over and N projects have started\n' +
        '  --faults LIST       comma-separated, in order, kind*N repeats (default worker,moat,postgres,temporal);\n' +
        '                      kinds: worker, api, moat (every API and worker), postgres, temporal (SIGSTOP),\n' +
        '                      temporal-restart (cluster shape)\n' +
        '  --restart-after S   seconds a killed worker / Moat stays dead (default 2)\n' +
        '  --postgres-down S   seconds Postgres stays down between stop and start (default 3)\n' +
        '  --postgres-stop M   fast (SIGINT, default) or immediate (SIGQUIT: a crash, WAL recovery at start)\n' +
        '  --pause S           seconds Temporal stays SIGSTOPped (default 15)\n' +
        '  --gap S             seconds of load between faults, to recover (default 12)\n' +
        '  --think A-B         milliseconds a lane waits between commands (default 200-1000)\n' +
        '  --hung S            an attempt unanswered this long is hung (default 15)',
    );
    process.exit(0);
  }
  const int = (name: string, value: string | undefined, fallback: number, min = 0) => {
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isFinite(n) || n < min) throw new Error(`--${name} must be a number >= ${min}, got "${value}"`);
    return n;
  };
  const faults = (values.faults ?? 'worker,moat,postgres,temporal').split(',').filter(Boolean).flatMap((item) => {
    const [kind, times] = item.split('*');
    if (!(FAULT_KINDS as readonly string[]).includes(kind!)) throw new Error(`--faults: unknown fault "${kind}" (${FAULT_KINDS.join(', ')})`);
    return Array.from({ length: times === undefined ? 1 : Math.floor(int(`faults ${kind}*`, times, 1, 1)) }, () => kind!);
  });
  const shape = values.shape ?? 'dev';
  if (shape !== 'dev' && shape !== 'cluster') throw new Error(`--shape must be dev or cluster, got "${shape}"`);
  if (shape === 'dev' && faults.includes('temporal-restart')) {
    throw new Error('--faults: temporal-restart needs --shape cluster (the dev server keeps its state in memory)');
  }
  const temporalStop = values['temporal-stop'] ?? 'kill';
  if (temporalStop !== 'kill' && temporalStop !== 'graceful') throw new Error(`--temporal-stop must be kill or graceful, got "${temporalStop}"`);
  const think = /^(\d+)-(\d+)$/.exec(values.think ?? '200-1000');
  if (!think || Number(think[1]) > Number(think[2])) throw new Error(`--think must look like 200-1000, got "${values.think}"`);
  return {
    shape,
    apis: shape === 'dev' ? 1 : Math.floor(int('apis', values.apis, 2, 1)),
    workers: shape === 'dev' ? 1 : Math.floor(int('workers', values.workers, 2, 1)),
    temporalStop,
    temporalDownMs: int('temporal-down', values['temporal-down'], 3) * 1000,
    lanes: Math.floor(int('lanes', values.lanes, 6, 1)),
    projects: Math.floor(int('projects', values.projects, 20, 1)),
    faults: faults as FaultKind[],
    restartAfterMs: int('restart-after', values['restart-after'], 2) * 1000,
    postgresDownMs: int('postgres-down', values['postgres-down'], 3) * 1000,
    postgresStop: postgresStop(values['postgres-stop']),
    pauseMs: int('pause', values.pause, 15) * 1000,
    gapMs: int('gap', values.gap, 12) * 1000,
    warmupMs: 6_000,
    thinkMs: [Number(think[1]), Number(think[2])],
    hungMs: int('hung', values.hung, 15, 1) * 1000,
  };
}

function postgresStop(value: string | undefined): Options['postgresStop'] {
  if (value === undefined || value === 'fast' || value === 'immediate') return value ?? 'fast';
  throw new Error(`--postgres-stop must be fast or immediate, got "${value}"`);
}

// ---------------------------------------------------------------------------------------------------------------
// the organisation and one project's lifecycle

interface Person {
  id: string;
  token: string;
}

interface Org {
  director: Person;
  /** The office manager, appointed delivery team lead at dispatch: signs feasibility. */
  manager: Person;
  sales: Person;
  presales: Person;
  officeId: string;
}

async function seedOrg(client: FaultClient, adminToken: string, tag: string): Promise<Org> {
  const person = async (name: string, roles: string[], managerId?: string, officeId?: string): Promise<Person> => {
    const reply = await client.send<Person>(
      `seed ${name}`,
      adminToken,
      'POST',
      '/api/people',
      { name: `${name} (faults ${tag})`, email: `${name}.${tag}@faults.moat.local`, roles, managerId, officeId },
      `${tag}-person-${name}`,
      201,
    );
    return { id: reply.body.id, token: reply.body.token };
  };
  const director = await person('director', ['director', 'manager']);
  const manager = await person('manager', ['manager'], director.id);
  const office = await client.send<{ id: string }>(
    'seed office',
    adminToken,
    'POST',
    '/api/offices',
    { name: `Faults office ${tag}`, region: 'East', managerId: manager.id },
    `${tag}-office`,
    201,
  );
  const sales = await person('sales', ['sales'], manager.id, office.body.id);
  const presales = await person('presales', ['presales'], manager.id, office.body.id);
  return { director, manager, sales, presales, officeId: office.body.id };
}

interface ProjectRun {
  index: number;
  label: string;
  name: string;
  id?: string;
  lane: number;
  startedAt: number;
  finishedAt?: number;
  /** Commands answered as expected. */
  done: number;
  failure?: string;
}

interface Detail {
  id: string;
  tier: string;
  stage: string;
  ownerId: string;
  status: string;
  pendingHandoff: { id: string; toPersonId: string } | null;
  dispatch: { status: string | null; leadId: string | null };
  feasibility: { approved: boolean } | null;
}

/** The commands of one project, in order: 11 commands, every one with its own Idempotency-Key. */
const STEPS = ['create', 'dispatch', 'advance-discovery', 'accept-presales', 'advance-solution', 'advance-poc', 'feasibility', 'advance-proposal', 'accept-sales', 'advance-negotiation', 'close'] as const;

interface WrongAnswer {
  project: string;
  step: string;
  expected: string;
  got: unknown;
}

async function driveProject(
  client: FaultClient,
  org: Org,
  run: ProjectRun,
  tag: string,
  think: () => Promise<void>,
  wrong: WrongAnswer[],
): Promise<void> {
  const key = (step: string) => `${tag}-${run.label}-${step}`;
  const expect = (step: string, ok: boolean, expected: string, got: unknown) => {
    if (!ok) wrong.push({ project: run.label, step, expected, got });
  };
  const post = async (step: (typeof STEPS)[number], who: Person, route: string, body: unknown, status = 200) => {
    const reply = await client.send<Detail>(`${run.label} ${step}`, who.token, 'POST', route, body, key(step), status);
    run.done++;
    return reply.body;
  };
  const created = await post(
    'create',
    org.sales,
    '/api/projects',
    {
      name: run.name,
      customerName: 'Bank of the East',
      industry: 'finance',
      officeId: org.officeId,
      expectedValue: { amount: 1_200_000_000, currency: 'CNY' },
      salesOwnerId: org.sales.id,
    },
    201,
  );
  run.id = created.id;
  const id = created.id;
  expect('create', created.tier === 'A' && created.stage === 'qualify' && created.ownerId === org.sales.id, 'tier A, qualify, owned by sales', created);
  await think();
  const dispatched = await post('dispatch', org.director, `/api/projects/${id}/dispatch`, { teamLeadId: org.manager.id });
  expect('dispatch', dispatched.dispatch.status === 'appointed' && dispatched.dispatch.leadId === org.manager.id, 'the manager appointed', dispatched.dispatch);
  await think();
  const toDiscovery = await post('advance-discovery', org.sales, `/api/projects/${id}/advance`, { nomineeId: org.presales.id });
  expect(
    'advance-discovery',
    toDiscovery.stage === 'discovery' && toDiscovery.pendingHandoff?.toPersonId === org.presales.id,
    'discovery, a handoff to presales pending',
    { stage: toDiscovery.stage, pendingHandoff: toDiscovery.pendingHandoff },
  );
  if (!toDiscovery.pendingHandoff) throw new CommandFailed(`${run.label} advance-discovery`, 'no pending handoff to accept');
  await think();
  const accepted1 = await post('accept-presales', org.presales, `/api/handoffs/${toDiscovery.pendingHandoff.id}/accept`, {});
  expect('accept-presales', accepted1.ownerId === org.presales.id && accepted1.pendingHandoff === null, 'owned by presales', accepted1.ownerId);
  await think();
  const toSolution = await post('advance-solution', org.presales, `/api/projects/${id}/advance`, {});
  expect('advance-solution', toSolution.stage === 'solution', 'solution', toSolution.stage);
  await think();
  const toPoc = await post('advance-poc', org.presales, `/api/projects/${id}/advance`, {});
  expect('advance-poc', toPoc.stage === 'poc', 'poc', toPoc.stage);
  await think();
  const signed = await post('feasibility', org.manager, `/api/projects/${id}/feasibility`, { approved: true, note: 'delivery can ship it' }, 201);
  expect('feasibility', signed.feasibility?.approved === true, 'feasibility approved', signed.feasibility);
  await think();
  const toProposal = await post('advance-proposal', org.presales, `/api/projects/${id}/advance`, { nomineeId: org.sales.id });
  expect(
    'advance-proposal',
    toProposal.stage === 'proposal' && toProposal.pendingHandoff?.toPersonId === org.sales.id,
    'proposal, a handoff to sales pending',
    { stage: toProposal.stage, pendingHandoff: toProposal.pendingHandoff },
  );
  if (!toProposal.pendingHandoff) throw new CommandFailed(`${run.label} advance-proposal`, 'no pending handoff to accept');
  await think();
  const accepted2 = await post('accept-sales', org.sales, `/api/handoffs/${toProposal.pendingHandoff.id}/accept`, {});
  expect('accept-sales', accepted2.ownerId === org.sales.id, 'owned by sales', accepted2.ownerId);
  await think();
  const toNegotiation = await post('advance-negotiation', org.sales, `/api/projects/${id}/advance`, {});
  expect('advance-negotiation', toNegotiation.stage === 'negotiation', 'negotiation', toNegotiation.stage);
  await think();
  const closed = await post('close', org.sales, `/api/projects/${id}/close`, { outcome: 'won' });
  expect('close', closed.status === 'won', 'won', closed.status);
}

// ---------------------------------------------------------------------------------------------------------------
// the record of a project, and what it should hold

const COUNTED = [
  'events',
  'audit',
  'stages',
  'ownerships',
  'handoffs',
  'approvals',
  'feasibility',
  'credits',
  'revenue',
  'scoring',
  'notifications',
  'escalations',
  'ledger',
] as const;
type Counted = (typeof COUNTED)[number];

interface ProjectRecord {
  counts: Record<Counted, number>;
  contiguous: boolean;
  types: string;
  distinctStages: number;
  acceptedHandoffs: number;
  pendingHandoffs: number;
  openOwnerships: number;
  status: string;
  stage: string;
  ownerId: string;
  lastSeq: number;
}

async function readRecord(db: pg.Pool, id: string): Promise<ProjectRecord | undefined> {
  const { rows } = await db.query(
    `select p.status, p.stage, p.owner_id, p.last_seq,
       (select count(*) from project_events where project_id = p.id)::int as events,
       (select coalesce(bool_and(seq = rn), true) from (select seq, row_number() over (order by seq) as rn from project_events where project_id = p.id) s) as contiguous,
       (select coalesce(string_agg(type, ',' order by seq), '') from project_events where project_id = p.id) as types,
       (select count(*) from audit_log where entity_type = 'project' and entity_id = p.id::text)::int as audit,
       (select count(*) from stage_history where project_id = p.id)::int as stages,
       (select count(distinct stage) from stage_history where project_id = p.id)::int as distinct_stages,
       (select count(*) from project_ownerships where project_id = p.id)::int as ownerships,
       (select count(*) from project_ownerships where project_id = p.id and ended_at is null)::int as open_ownerships,
       (select count(*) from handoffs where project_id = p.id)::int as handoffs,
       (select count(*) from handoffs where project_id = p.id and status = 'accepted')::int as accepted_handoffs,
       (select count(*) from handoffs where project_id = p.id and status = 'pending')::int as pending_handoffs,
       (select count(*) from approvals where project_id = p.id)::int as approvals,
       (select count(*) from feasibility_signoffs where project_id = p.id)::int as feasibility,
       (select count(*) from credit_entries where project_id = p.id)::int as credits,
       (select count(*) from revenue_entries where project_id = p.id)::int as revenue,
       (select count(*) from scoring_requests where project_id = p.id)::int as scoring,
       (select count(*) from notifications where project_id = p.id)::int as notifications,
       (select count(*) from escalations where project_id = p.id)::int as escalations,
       (select count(*) from cost_ledger where project_id = p.id)::int as ledger
     from projects p where p.id = $1`,
    [id],
  );
  const r = rows[0];
  if (!r) return undefined;
  return {
    counts: Object.fromEntries(COUNTED.map((k) => [k, r[k] as number])) as Record<Counted, number>,
    contiguous: r.contiguous && (r.events === 0 || r.last_seq === r.events),
    types: r.types,
    distinctStages: r.distinct_stages,
    acceptedHandoffs: r.accepted_handoffs,
    pendingHandoffs: r.pending_handoffs,
    openOwnerships: r.open_ownerships,
    status: r.status,
    stage: r.stage,
    ownerId: r.owner_id,
    lastSeq: r.last_seq,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// measuring

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort((a, b) => b[1] - a[1]));
}

interface FaultRecord {
  kind: FaultKind;
  /** Seconds since the fault run started (as the log's time stamps). */
  at: number;
  /** How long the fault itself lasted (kill → process ready again; stop → Postgres ready; SIGSTOP → SIGCONT). */
  ms: number;
  detail: Record<string, unknown>;
  /** The longest stretch, from the fault's start until the next one, with no command answered successfully. */
  longestGapWithoutSuccessMs?: number;
  /**
   * Recovery: from the fault's start until the last command it hurt (one with an attempt that failed — was answered
   * with a retryable error or broke off — between this fault and the next) was answered successfully; 0 when it hurt
   * none.
   */
  recoveredMs?: number;
  /** Commands with a failed attempt between this fault and the next. */
  commandsHurt?: number;
  /** Attempts started from this fault until the next, by outcome. */
  attempts?: Record<string, number>;
}

// ---------------------------------------------------------------------------------------------------------------
// the run

async function main(): Promise<number> {
  const options = parseOptions();
  const config = loadConfig();
  const tag = randomBytes(3).toString('hex');
  const resultsDir = path.join(PROJECT_ROOT, 'faults', 'results');
  const timestamp = new Date().toISOString().replace(/[:.]/g, '-').replace(/-\d{3}Z$/, 'Z');
  const logsDir = path.join(resultsDir, `${timestamp}-logs`);
  await mkdir(logsDir, { recursive: true });
  log(`run ${tag}: ${options.faults.join(', ')}; at least ${options.projects} projects on ${options.lanes} lanes; logs in ${path.relative(PROJECT_ROOT, logsDir)}`);

  const started = Date.now();
  const adminToken = `faults-admin-${randomBytes(12).toString('hex')}`;
  const unexpectedExits: Array<{ process: string; at: number; how: string; tail: string }> = [];
  const recorder = new LoadRecorder(runStarted);
  // Like a process supervisor (systemd, Kubernetes): a Moat process that dies on its own is started again (by the
  // shape), and the run reports it.
  let shuttingDown = false;
  const onUnexpectedExit = (child: MoatChild, how: string, tail: string) => {
    unexpectedExits.push({ process: child.name, at: recorder.now() / 1000, how, tail });
    if (options.shape === 'cluster') return; // deploy/cluster.ts starts it again
    log(`!! the ${child.name} exited on its own (${how}); starting it again`);
    if (shuttingDown) return;
    void sleep(1_000)
      .then(() => (shuttingDown || child.running ? undefined : child.start()))
      .catch((error: Error) => log(`!! restarting the ${child.name} failed: ${error.message}`));
  };
  const shapeOptions = {
    tag,
    apis: options.apis,
    workers: options.workers,
    adminToken,
    toolsDir: resolveFromRoot(config.MOAT_TOOLS_DIR),
    logsDir,
    onUnexpectedExit,
    log,
  };
  const shape: FaultShape = options.shape === 'cluster' ? await startClusterShape(shapeOptions) : await startDevShape(shapeOptions);
  log(`${options.shape} shape up in ${Date.now() - started} ms: ${shape.describe()}`);
  cleanup = async () => {
    shuttingDown = true;
    await shape.stop();
  };

  let db: pg.Pool | undefined;
  try {
    db = new pg.Pool({ connectionString: shape.databaseUrl, max: 4 });
    db.on('error', () => undefined);
    const temporal = await connectClient(shape.temporalAddress, 'default');

    const clientOptions = { hungMs: options.hungMs, abortMs: options.hungMs * 2, giveUpMs: 300_000 };
    const client = new FaultClient(shape.apiUrls, recorder, clientOptions);
    const org = await seedOrg(client, adminToken, tag);
    log('seeded the organisation: a director, an office with its manager, a sales and a presales person');

    const wrong: WrongAnswer[] = [];
    const runs: ProjectRun[] = [];
    const think = async () => {
      await sleep(options.thinkMs[0] + Math.random() * (options.thinkMs[1] - options.thinkMs[0]));
    };
    const newRun = (lane: number, label: string): ProjectRun => {
      const run: ProjectRun = { index: runs.length, label, name: `Faults ${tag} ${label}`, lane, startedAt: recorder.now(), done: 0 };
      runs.push(run);
      return run;
    };
    // Each lane sends to its own API first, and to the next one when that one does not answer.
    const drive = async (run: ProjectRun) => {
      try {
        await driveProject(client.preferring(run.lane), org, run, tag, think, wrong);
      } catch (error) {
        run.failure = (error as Error).message;
        log(`!! ${run.label} stopped: ${run.failure}`);
      } finally {
        run.finishedAt = recorder.now();
      }
    };

    // The reference project: driven alone before any fault, its record is what every other project must hold.
    const reference = newRun(0, 'ref');
    await drive(reference);
    if (reference.failure) throw new Error(`the reference project failed without any fault: ${reference.failure}`);
    log(`reference project ${reference.id} done in ${reference.finishedAt! - reference.startedAt} ms`);

    // Lanes run projects back to back until every fault is over and enough projects have started.
    let faultsOver = false;
    const lane = async (laneNo: number) => {
      await sleep(laneNo * 700);
      while (!(faultsOver && runs.length - 1 >= options.projects)) {
        await drive(newRun(laneNo, `p${String(runs.length).padStart(3, '0')}`));
      }
    };
    const loadStart = recorder.now();
    const lanes = Promise.all(Array.from({ length: options.lanes }, (_, i) => lane(i + 1)));

    const faults: FaultRecord[] = [];
    const inject = async (kind: FaultKind) => {
      // Strike while commands are on their way: wait for one in flight, let it get a few ms into Moat, and strike
      // if it is still there (else wait for the next; after 20 s strike anyway).
      const waitUntil = Date.now() + 20_000;
      while (Date.now() < waitUntil) {
        while (recorder.inFlight.size === 0 && Date.now() < waitUntil) await sleep(2);
        await sleep(5 + Math.random() * 40);
        if (recorder.inFlight.size > 0) break;
      }
      recorder.phase = kind;
      const at = recorder.now();
      const t = Date.now();
      const inFlight = [...recorder.inFlight.values()];
      const detail: Record<string, unknown> = { inFlight };
      log(`FAULT ${kind}, ${inFlight.length} command(s) in flight: ${inFlight.join(', ') || '—'}`);
      const pick = (children: MoatChild[]) => children[Math.floor(Math.random() * children.length)]!;
      const killAndRestart = async (children: MoatChild[]) => {
        detail.killed = children.map((child) => `${child.name} pid ${child.pid}`);
        log(`  SIGKILL ${children.map((child) => `the ${child.name} (pid ${child.pid})`).join(' and ')}; start again after ${options.restartAfterMs} ms`);
        await Promise.all(children.map((child) => child.kill()));
        await sleep(options.restartAfterMs);
        detail.startMs = await Promise.all(children.map((child) => child.start()));
        log(`  back (${children.map((child) => `${child.name} pid ${child.pid}`).join(', ')}) after ${Date.now() - t} ms`);
      };
      if (kind === 'worker') await killAndRestart([pick(shape.workers)]);
      else if (kind === 'api') await killAndRestart([pick(shape.apis)]);
      else if (kind === 'moat') await killAndRestart([...shape.apis, ...shape.workers]);
      else if (kind === 'postgres') {
        detail.pid = shape.postgresPid();
        log(`  ${options.postgresStop} shutdown of pid ${shape.postgresPid()}, ${options.postgresDownMs} ms down, start again`);
        Object.assign(detail, { mode: options.postgresStop }, await shape.restartPostgres(options.postgresDownMs, options.postgresStop));
        log(`  Postgres back (pid ${shape.postgresPid()}) after ${Date.now() - t} ms`);
      } else if (kind === 'temporal-restart') {
        detail.pid = shape.temporalPid();
        log(`  ${options.temporalStop === 'kill' ? 'SIGKILL' : 'SIGTERM'} the Temporal server (pid ${shape.temporalPid()}), ${options.temporalDownMs} ms down, start again`);
        Object.assign(detail, { mode: options.temporalStop }, await shape.restartTemporal!(options.temporalDownMs, options.temporalStop));
        log(`  Temporal back (pid ${shape.temporalPid()}) after ${Date.now() - t} ms`);
      } else {
        detail.pid = shape.temporalPid();
        log(`  SIGSTOP pid ${shape.temporalPid()} for ${options.pauseMs} ms`);
        await shape.pauseTemporal(options.pauseMs);
        log('  SIGCONT: Temporal runs again');
      }
      faults.push({ kind, at: at / 1000, ms: Date.now() - t, detail });
    };
    const schedule = (async () => {
      await sleep(options.warmupMs);
      for (const kind of options.faults) {
        await inject(kind);
        await sleep(options.gapMs);
      }
      recorder.phase = 'drain';
      faultsOver = true;
      log(`faults over; the lanes finish their projects (${runs.length - 1} started)`);
    })();
    await schedule;
    await lanes;
    const loadEnd = recorder.now();
    const loadMs = loadEnd - loadStart;
    log(`load done: ${runs.length} projects (reference included) in ${Math.round(loadMs / 1000)} s`);

    // ---- checks ---------------------------------------------------------------------------------------------
    // Notifications are recorded off the critical path: give the last ones a moment.
    await sleep(3_000);
    const created = runs.filter((r) => r.id);
    const expectedRef = await readRecord(db, reference.id!);
    if (!expectedRef) throw new Error('the reference project is not in the record');
    const problems: string[] = [];
    const sane = (ok: boolean, what: string) => {
      if (!ok) problems.push(`reference project: ${what}`);
    };
    sane(expectedRef.status === 'won' && expectedRef.stage === 'negotiation' && expectedRef.ownerId === org.sales.id, `closed won in negotiation by sales, got ${expectedRef.status}/${expectedRef.stage}`);
    sane(expectedRef.contiguous, 'events numbered 1..n');
    sane(expectedRef.counts.audit === expectedRef.counts.events, `one audit row per event (${expectedRef.counts.audit} for ${expectedRef.counts.events})`);
    sane(expectedRef.counts.stages === 6 && expectedRef.distinctStages === 6, `six stages, each once (${expectedRef.counts.stages})`);
    sane(expectedRef.counts.handoffs === 2 && expectedRef.acceptedHandoffs === 2, `two accepted handoffs (${expectedRef.counts.handoffs})`);
    sane(expectedRef.counts.ownerships === 3, `three ownership periods (${expectedRef.counts.ownerships})`);
    sane(expectedRef.counts.feasibility === 1, `one feasibility sign-off (${expectedRef.counts.feasibility})`);

    let lost = 0;
    let duplicated = 0;
    const lostDetail: string[] = [];
    const duplicatedDetail: string[] = [];
    const mismatches: string[] = [];
    let liveAgrees = 0;
    const records = new Map<string, ProjectRecord>();
    for (const run of created) {
      const record = await readRecord(db, run.id!);
      if (!record) {
        lost++;
        lostDetail.push(`${run.label}: project ${run.id} answered 201 but is not in the record`);
        continue;
      }
      records.set(run.id!, record);
      if (run.failure) continue; // reported with the failed commands; its record is incomplete by design
      for (const k of COUNTED) {
        const diff = record.counts[k] - expectedRef.counts[k];
        if (diff < 0) {
          lost += -diff;
          lostDetail.push(`${run.label} ${run.id}: ${k} ${record.counts[k]}, expected ${expectedRef.counts[k]}`);
        } else if (diff > 0) {
          duplicated += diff;
          duplicatedDetail.push(`${run.label} ${run.id}: ${k} ${record.counts[k]}, expected ${expectedRef.counts[k]}`);
        }
      }
      if (!record.contiguous) mismatches.push(`${run.label} ${run.id}: events not numbered 1..n (last_seq ${record.lastSeq}, ${record.counts.events} events)`);
      if (record.types !== expectedRef.types) mismatches.push(`${run.label} ${run.id}: event types ${record.types} ≠ reference ${expectedRef.types}`);
      if (record.counts.audit !== record.counts.events) mismatches.push(`${run.label}: ${record.counts.audit} audit rows for ${record.counts.events} events`);
      if (record.distinctStages !== record.counts.stages) mismatches.push(`${run.label}: a stage recorded twice in stage_history`);
      if (record.acceptedHandoffs !== 2 || record.pendingHandoffs !== 0) mismatches.push(`${run.label}: ${record.acceptedHandoffs} accepted / ${record.pendingHandoffs} pending handoffs`);
      if (record.status !== 'won' || record.stage !== 'negotiation' || record.ownerId !== org.sales.id) {
        mismatches.push(`${run.label}: final state ${record.status}/${record.stage}/${record.ownerId}, expected won/negotiation/sales`);
      }
    }
    // Each create opened exactly one project (the id derives from the key: a retried create names the same one).
    const { rows: named } = await db.query<{ name: string; n: number }>(
      `select name, count(*)::int as n from projects where name like $1 group by name`,
      [`Faults ${tag} %`],
    );
    for (const row of named) {
      if (row.n > 1) {
        duplicated += row.n - 1;
        duplicatedDetail.push(`${row.n} projects named ${row.name}`);
      }
    }
    const createdNames = new Set(created.map((r) => r.name));
    for (const row of named) if (!createdNames.has(row.name)) mismatches.push(`a project ${row.name} exists whose create was never answered 201`);

    // The workflow's own view agrees with Postgres.
    for (const run of created) {
      const record = records.get(run.id!);
      if (!record) continue;
      try {
        const live = await client.send<{ seq: number; ownerId: string; stage: string; status: string; pendingHandoff: unknown }>(
          `${run.label} live`,
          org.director.token,
          'GET',
          `/api/projects/${run.id}/live`,
          undefined,
          undefined,
          200,
        );
        const v = live.body;
        if (v.seq === record.lastSeq && v.ownerId === record.ownerId && v.stage === record.stage && v.status === record.status) liveAgrees++;
        else mismatches.push(`${run.label}: live view seq ${v.seq} ${v.ownerId} ${v.stage} ${v.status} ≠ record seq ${record.lastSeq} ${record.ownerId} ${record.stage} ${record.status}`);
      } catch (error) {
        mismatches.push(`${run.label}: live view: ${(error as Error).message}`);
      }
    }

    // The workflow histories: one accepted and completed update per command, each activity completed as often as
    // in the reference (a retried command or a re-run activity must not have happened twice).
    let historiesAgree = 0;
    let activityRetries = 0;
    const expectedHistory: HistoryCounts = await historyCounts(temporal, reference.id!);
    for (const run of created) {
      if (run.failure || !records.has(run.id!)) continue;
      try {
        const counts = await historyCounts(temporal, run.id!);
        activityRetries += counts.activityRetries;
        const diff = compareHistory(expectedHistory, counts);
        if (diff.lost.length === 0 && diff.duplicated.length === 0) historiesAgree++;
        lost += diff.lost.length;
        duplicated += diff.duplicated.length;
        lostDetail.push(...diff.lost.map((d) => `${run.label} ${run.id} history: ${d}`));
        duplicatedDetail.push(...diff.duplicated.map((d) => `${run.label} ${run.id} history: ${d}`));
      } catch (error) {
        mismatches.push(`${run.label}: history: ${(error as Error).message}`);
      }
    }

    // Every command's key holds its first answer; sent once more, each is answered from the record (replayed) and
    // changes nothing.
    const commandRecords = recorder.commands.filter((c) => c.key.startsWith(`${tag}-`) && !c.failure);
    const { rows: keys } = await db.query<{ key: string; status_code: number | null }>(
      `select key, status_code from idempotency_keys where key like $1`,
      [`${tag}-%`],
    );
    const stored = new Map(keys.map((k) => [k.key, k.status_code]));
    for (const c of commandRecords) {
      if (stored.get(c.key) !== c.status) mismatches.push(`${c.command}: key ${c.key} stores ${stored.get(c.key) ?? 'nothing'}, answered ${c.status}`);
    }
    const before = new Map([...records].map(([id, r]) => [id, JSON.stringify(r)]));
    let replayed = 0;
    const originals = new Map<string, (typeof commandRecords)[number]>();
    for (const c of commandRecords) if (!originals.has(c.key) && !c.command.startsWith('seed')) originals.set(c.key, c);
    // Eight at a time, across the APIs: thousands of commands in a chaos run.
    const queue = [...originals.values()];
    await Promise.all(
      Array.from({ length: 8 }, async (_, worker) => {
        const sender = client.preferring(worker);
        for (let c = queue.shift(); c; c = queue.shift()) {
          const { token, method, path: route, body, expected } = c.request;
          try {
            const again = await sender.send(`${c.command} (replayed)`, token, method, route, body, c.key, expected);
            if (again.headers.get('idempotent-replayed') === 'true') replayed++;
            else mismatches.push(`${c.command}: sent again with its key, answered without idempotent-replayed`);
          } catch (error) {
            mismatches.push(`${c.command}: sent again with its key: ${(error as Error).message}`);
          }
        }
      }),
    );
    await temporal.connection.close();
    for (const run of created) {
      const after = await readRecord(db, run.id!);
      if (after && before.has(run.id!) && JSON.stringify(after) !== before.get(run.id!)) {
        duplicated++;
        duplicatedDetail.push(`${run.label}: the record changed when every command was sent again with its key`);
      }
    }

    // ---- summary --------------------------------------------------------------------------------------------
    // A project whose command was refused (or given up) stops there: that command failed, the rest were never sent.
    const failedRuns = runs.filter((r) => r.failure);
    const failedCommands = recorder.commands.filter((c) => c.failure && !c.command.endsWith('(replayed)'));
    const loadAttempts = recorder.attempts.filter((a) => a.key?.startsWith(`${tag}-`) && !a.command.endsWith('(replayed)') && !a.command.startsWith('seed'));
    const allAttempts = recorder.attempts;
    const loadCommands = recorder.commands.filter((c) => !c.command.endsWith('(replayed)') && !c.command.startsWith('seed'));
    const hung = allAttempts.filter((a) => a.ms >= options.hungMs);
    const latencies = loadAttempts.map((a) => a.ms).sort((a, b) => a - b);
    const retryCauses = countBy(loadAttempts.filter((a) => a.outcome !== 'ok'), (a) => a.outcome);
    // Per fault: attempts by outcome and the longest stretch with no command answered successfully.
    const successes = loadAttempts.filter((a) => a.outcome === 'ok').map((a) => a.at + a.ms).sort((a, b) => a - b);
    faults.forEach((f, i) => {
      const from = f.at * 1000;
      const to = faults[i + 1] ? faults[i + 1]!.at * 1000 : loadEnd;
      let last = from;
      let gap = 0;
      for (const s of successes) {
        if (s < from) continue;
        if (s > to) break;
        gap = Math.max(gap, s - last);
        last = s;
      }
      f.longestGapWithoutSuccessMs = Math.round(Math.max(gap, to - last));
      f.attempts = countBy(loadAttempts.filter((a) => a.at >= from && a.at < to), (a: Attempt) => a.outcome);
      // An attempt is this fault's doing when it failed (was answered or broke off) between this fault and the next.
      const hurt = new Set(loadAttempts.filter((a) => a.at + a.ms >= from && a.at + a.ms < to && a.outcome !== 'ok' && a.key).map((a) => a.key!));
      const answered = loadAttempts.filter((a) => a.key && hurt.has(a.key) && a.outcome === 'ok').map((a) => a.at + a.ms);
      f.commandsHurt = hurt.size;
      f.recoveredMs = answered.length ? Math.round(Math.max(...answered) - from) : 0;
    });
    const pass =
      hung.length === 0 &&
      lost === 0 &&
      duplicated === 0 &&
      failedCommands.length === 0 &&
      failedRuns.length === 0 &&
      mismatches.length === 0 &&
      problems.length === 0 &&
      wrong.length === 0 &&
      // A Moat process that died on its own is a crash, whatever the record says.
      unexpectedExits.length === 0;
    const summary = {
      run: tag,
      startedAt: new Date(runStarted).toISOString(),
      durationS: Math.round((Date.now() - runStarted) / 1000),
      loadS: Math.round(loadMs / 1000),
      pass,
      options: { ...options, thinkMs: options.thinkMs.join('-') },
      infrastructure: shape.describe(),
      faults,
      projects: runs.length,
      projectsCompleted: runs.filter((r) => !r.failure).length,
      commands: loadCommands.length,
      attempts: loadAttempts.length,
      retries: loadAttempts.length - loadCommands.length,
      retriesByCause: retryCauses,
      latencyMs: { p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), max: latencies[latencies.length - 1] ?? 0 },
      maxAnswerMsByCause: Object.fromEntries(
        Object.keys(countBy(loadAttempts, (a) => a.outcome)).map((o) => [o, Math.max(...loadAttempts.filter((a) => a.outcome === o).map((a) => a.ms))]),
      ),
      hungThresholdMs: options.hungMs,
      hung: hung.length,
      hungAttempts: hung.slice(0, 20),
      lost,
      lostDetail: lostDetail.slice(0, 50),
      duplicated,
      duplicatedDetail: duplicatedDetail.slice(0, 50),
      liveViewAgrees: `${liveAgrees}/${records.size}`,
      historiesAgree: `${historiesAgree}/${created.filter((r) => !r.failure && records.has(r.id!)).length}`,
      activityRetries,
      referenceHistory: expectedHistory,
      commandsReplayed: replayed,
      mismatches: mismatches.slice(0, 50),
      wrongAnswers: wrong.slice(0, 50),
      referenceProblems: problems,
      failedCommands: failedCommands.map((c) => ({ command: c.command, key: c.key, failure: c.failure })),
      failedProjects: failedRuns.map((r) => ({ label: r.label, id: r.id, commandsNotSent: STEPS.length - r.done - 1, failure: r.failure })),
      // Every command that took more than one attempt, attempt by attempt (seconds since the start, ms to answer).
      retriedCommands: loadCommands
        .filter((c) => c.attempts > 1 || c.failure)
        .map((c) => ({
          command: c.command,
          key: c.key,
          failure: c.failure,
          replayed: c.replayed,
          attempts: loadAttempts.filter((a) => a.key === c.key).map((a) => `${(a.at / 1000).toFixed(2)}s +${a.ms}ms ${a.outcome}`),
        })),
      unexpectedExits,
      reference: { id: reference.id, events: expectedRef.counts.events, counts: expectedRef.counts, eventTypes: expectedRef.types },
      logs: path.relative(PROJECT_ROOT, logsDir),
    };
    const file = path.join(resultsDir, `${timestamp}.json`);
    await writeFile(file, `${JSON.stringify(summary, null, 2)}\n`);

    const line = (label: string, value: unknown) => console.log(`  ${label.padEnd(28)} ${value}`);
    console.log('\n==== fault run summary ====');
    for (const f of faults) {
      const inFlight = (f.detail.inFlight as string[]).length;
      line(
        `fault ${f.kind}`,
        `at ${f.at.toFixed(0)} s, ${f.ms} ms, ${inFlight} in flight; ${f.commandsHurt} command(s) retried, all through ` +
          `${f.recoveredMs} ms after the fault; longest stretch with no success ${f.longestGapWithoutSuccessMs} ms`,
      );
    }
    line('projects', `${summary.projects} (${summary.projectsCompleted} closed won), reference included`);
    line('commands', summary.commands);
    line('attempts', `${summary.attempts} (${summary.retries} retries)`);
    for (const [cause, n] of Object.entries(retryCauses)) line(`  retried: ${cause}`, n);
    line('answer latency', `p50 ${summary.latencyMs.p50} ms, p99 ${summary.latencyMs.p99} ms, max ${summary.latencyMs.max} ms`);
    line(`hung (≥ ${options.hungMs / 1000} s)`, summary.hung);
    line('failed commands', `${failedCommands.length}${failedRuns.length ? ` (their ${failedRuns.length} project(s) stopped there)` : ''}`);
    line('lost', lost);
    line('duplicated', duplicated);
    line('live view agrees', summary.liveViewAgrees);
    line('histories agree', `${summary.historiesAgree} (${activityRetries} activity attempts retried)`);
    line('commands replayed', `${replayed} (answered from the record, nothing changed)`);
    line('mismatches', mismatches.length);
    line('wrong answers', wrong.length);
    line('unexpected process exits', unexpectedExits.length);
    for (const m of [...problems, ...failedCommands.map((c) => `failed: ${c.command}: ${c.failure}`), ...lostDetail, ...duplicatedDetail, ...mismatches].slice(0, 30)) {
      console.log(`  ! ${m}`);
    }
    for (const e of unexpectedExits) console.log(`  ! the ${e.process} exited on its own at ${e.at.toFixed(1)} s (${e.how}): ${e.tail.split('\n').slice(-3).join(' ')}`);
    for (const w of wrong.slice(0, 10)) console.log(`  ! ${w.project} ${w.step}: expected ${w.expected}, got ${JSON.stringify(w.got)}`);
    for (const h of hung.slice(0, 10)) console.log(`  ! hung: ${h.command} attempt ${h.attempt} at ${(h.at / 1000).toFixed(1)} s: ${h.ms} ms (${h.outcome})`);
    console.log(`  ${pass ? 'PASS' : 'FAIL'} — summary written to ${path.relative(PROJECT_ROOT, file)}`);
    return pass ? 0 : 1;
  } finally {
    shuttingDown = true;
    await db?.end().catch(() => undefined);
    await shape.stop();
  }
}

/** Stops what the run started, gracefully; set once there is something to stop. */
let cleanup: (() => Promise<void>) | undefined;

// Ctrl-C: stop Moat, Temporal and Postgres (and remove the throwaway data), at most 20 s, then kill what is left.
// The signal may come twice (the process group, then relayed by `tsx`/npm): only the first one counts.
let stopping = false;
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping everything the run started`);
    void Promise.race([cleanup?.().catch(() => undefined), sleep(20_000)]).finally(() => {
      killEverythingNow();
      process.exit(code);
    });
  });
}
process.once('exit', () => killEverythingNow());

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`[faults] ${error.stack ?? error.message}`);
    process.exit(2);
  },
);
