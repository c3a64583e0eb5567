/*
 * One benchmark end to end: options, the organisation, each lifecycle step with its checks, the bare-Temporal
 * baseline doing the same updates and activities, and the report. Kept in one file so the two systems' steps sit
 * side by side and are seen to do the same work; split it when a second benchmark shares its parts.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Client, Connection, WithStartWorkflowOperation } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { DEFAULT_POLICY } from '../domain/policy';
import { loadConfig } from '../runtime/config';
import { projectWorkflowId } from '../workflows/project-messages';
import { startInfrastructure, startMoat, type Infrastructure, type RunningMoat } from '../runtime/system';
import * as baselineActivities from './baseline-activities';
import { baselineStepUpdate, baselineWorkflow } from './baseline-workflow';
import { positiveInt, stopOnceOnSignals } from '../runtime/script-helpers';

/**
 * `npm run bench`: drives N projects through Moat's whole lifecycle over the HTTP API (Match's dispatch,
 * resource request, approval and time entry included), then the same number of bare Temporal workflows doing
 * the same count of updates and activities, on the same Temporal server, and prints what Moat costs on top of
 * Temporal. See bench/README.md.
 */

const log = (line: string) => console.log(`[bench] ${line}`);

// ---------------------------------------------------------------------------------------------------------------
// options

interface Options {
  projects: number;
  concurrency: number;
  warmup: number;
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
  /** Any 2xx answer is accepted unless `expectStatus` names the one expected. */
  call<T = Record<string, unknown>>(method: string, route: string, token: string, body?: unknown, expectStatus?: number): Promise<T>;
}

function apiAt(baseUrl: string): Api {
  return {
    async call<T>(method: string, route: string, token: string, body?: unknown, expectStatus?: number): Promise<T> {
      const headers: Record<string, string> = { authorization: `Bearer ${token}` };
      if (body !== undefined) headers['content-type'] = 'application/json';
      const response = await fetch(`${baseUrl}${route}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      if (response.status < 200 || response.status >= 300 || (expectStatus !== undefined && response.status !== expectStatus)) {
        throw new HttpFailure(
          `${method} ${route} answered ${response.status}${expectStatus === undefined ? '' : ` (expected ${expectStatus})`}: ${text}`,
        );
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
  /**
   * The people booked by the projects' resource requests (rate level P2), one per project: a person records at most
   * one day per date across all their bookings.
   */
  bookable: Person[];
  /** Lead of the finance delivery center: the dispatcher of tier A/B finance projects. */
  centerLead: Person;
  /** Appointed at dispatch; approves the project's resource requests (一票到底). */
  teamLead: Person;
}

interface Money {
  amount: number;
  currency: string;
}

interface Approval {
  id: string;
  kind: string;
  approverId: string | null;
  status: string;
}

interface ResourceRequest {
  id: string;
  role: string;
  days: number;
  personId: string | null;
  status: string;
  approvalId: string;
  bookingId: string | null;
}

interface Booking {
  id: string;
  requestId: string;
  personId: string;
  days: number;
  rate: Money;
  planned: Money;
  actual: Money;
  daysWorked: number;
}

interface ProjectDetail {
  id: string;
  tier: string;
  stage: string;
  ownerId: string;
  status: string;
  pendingHandoff: { id: string; toPersonId: string } | null;
  budget: Money;
  committed: Money;
  actual: Money;
  dispatch: { status: string | null; leadId: string | null };
  approvals: Approval[];
  resourceRequests: ResourceRequest[];
  bookings: Booking[];
  ledger: Array<{ kind: string; bookingId: string; amount: Money }>;
}

/** 2% of 12,000,000 CNY in fen: the default tier A budget (the request below stays well inside it). */
const EXPECTED_BUDGET = 24_000_000;
/** Presales P2's day rate in the default rate card (which a fresh bench database has), in fen: 2,500 CNY. */
const P2_DAY = DEFAULT_POLICY.rateCard.entries.find((e) => e.role === 'presales' && e.level === 'P2')!.rate.amount;
/** Days asked for by the one resource request per project; committed at approval: 2 × P2_DAY = 500,000 fen. */
const REQUEST_DAYS = 2;

function expect(condition: boolean, what: string, detail: unknown): void {
  if (!condition) throw new Error(`unexpected answer: ${what}; got ${JSON.stringify(detail)}`);
}

async function createOrganisation(api: Api, adminToken: string, suffix: string, bookableCount: number): Promise<Organisation> {
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
  const presales = await person('Bench Presales', ['presales'], {
    managerId: manager.id,
    officeId: office.id,
    rateLevel: 'P2',
  });
  // The bench database is fresh, so this is the only center for the projects' industry.
  const centerLead = await person('Bench Center Lead', ['manager', 'delivery'], { managerId: manager.id });
  const center = await api.call<{ id: string }>('POST', '/api/delivery-centers', adminToken, {
    name: `Bench finance center ${suffix}`,
    industry: 'finance',
    leadId: centerLead.id,
  });
  const teamLead = await person('Bench Team Lead', ['presales', 'manager'], {
    managerId: centerLead.id,
    deliveryCenterId: center.id,
    rateLevel: 'P4',
  });
  const bookable: Person[] = [];
  for (let i = 0; i < bookableCount; i++) {
    bookable.push(await person(`Bench Booked ${i + 1}`, ['presales'], { managerId: manager.id, officeId: office.id, rateLevel: 'P2' }));
  }
  return { officeId: office.id, sales, presales, bookable, centerLead, teamLead };
}

/** One project as its lifecycle goes: the last detail answered, and what Match handed out along the way. */
interface ProjectRun {
  project: ProjectDetail;
  /** Whom its resource request books. */
  booked: Person;
  approvalId?: string;
  bookingId?: string;
}

type StepKind = 'dispatch' | 'request' | 'approve' | 'time' | 'feasibility' | 'advance' | 'accept' | 'close';

/** The updates of one project's lifecycle after it is opened, in order: each is one HTTP call, one Temporal update. */
interface LifecycleStep {
  kind: StepKind;
  /**
   * Activities Moat's project workflow runs for this update (checked against the workflow history after the
   * run); the baseline's matching update runs as many no-op activities.
   */
  activities: number;
  run: (api: Api, org: Organisation, run: ProjectRun) => Promise<void>;
}

/** The center lead appoints the team lead: an approveUpdate on the dispatch approval; records (1 activity). */
const dispatch: LifecycleStep = {
  kind: 'dispatch',
  activities: 1,
  run: async (api, org, run) => {
    const after = await api.call<ProjectDetail>(
      'POST',
      `/api/projects/${run.project.id}/dispatch`,
      org.centerLead.token,
      { teamLeadId: org.teamLead.id },
      200,
    );
    expect(
      after.dispatch.status === 'appointed' && after.dispatch.leadId === org.teamLead.id,
      'the team lead appointed at dispatch',
      after.dispatch,
    );
    run.project = after;
  },
};

/** The owner (the sales person, in qualify) asks for the presales person; tier A needs no approver look-up (1 activity). */
const requestResource: LifecycleStep = {
  kind: 'request',
  activities: 1,
  run: async (api, org, run) => {
    const request = await api.call<ResourceRequest>(
      'POST',
      `/api/projects/${run.project.id}/resource-requests`,
      org.sales.token,
      { role: 'presales', days: REQUEST_DAYS, personId: run.booked.id, note: 'bench: requirements workshop' },
      201,
    );
    expect(
      request.status === 'pending' && request.personId === run.booked.id && request.days === REQUEST_DAYS && !!request.approvalId,
      `a pending request for ${REQUEST_DAYS} days of the presales person with an approval`,
      request,
    );
    run.approvalId = request.approvalId;
  },
};

/** The team lead approves: Moat prices the booking (priceBooking), then records it (2 activities). */
const approve: LifecycleStep = {
  kind: 'approve',
  activities: 2,
  run: async (api, org, run) => {
    expect(run.approvalId !== undefined, 'a resource approval to decide', run);
    const after = await api.call<ProjectDetail>('POST', `/api/approvals/${run.approvalId}/approve`, org.teamLead.token, { comment: 'booked from the office: outside the center' }, 200);
    const booking = after.bookings[0];
    expect(after.bookings.length === 1 && booking !== undefined, 'one booking', after.bookings);
    expect(
      booking!.personId === run.booked.id &&
        booking!.days === REQUEST_DAYS &&
        booking!.rate.amount === P2_DAY &&
        booking!.planned.amount === REQUEST_DAYS * P2_DAY,
      `the presales person booked ${REQUEST_DAYS} days at the P2 rate ${P2_DAY}`,
      booking,
    );
    expect(
      after.committed.amount === REQUEST_DAYS * P2_DAY && after.actual.amount === 0,
      `committed ${REQUEST_DAYS * P2_DAY}, nothing actual yet`,
      { committed: after.committed, actual: after.actual },
    );
    const request = after.resourceRequests.find((r) => r.approvalId === run.approvalId);
    expect(request?.status === 'booked' && request.bookingId === booking!.id, 'the request booked', request);
    expect(
      after.approvals.some((a) => a.id === run.approvalId && a.status === 'approved'),
      'the approval approved',
      after.approvals,
    );
    run.bookingId = booking!.id;
    run.project = after;
  },
};

/** The booked person records a day worked today (1 activity): a day moves from committed to actual. */
const recordTime: LifecycleStep = {
  kind: 'time',
  activities: 1,
  run: async (api, org, run) => {
    expect(run.bookingId !== undefined, 'a booking to record time on', run);
    const today = new Date().toISOString().slice(0, 10);
    const after = await api.call<ProjectDetail>(
      'POST',
      `/api/projects/${run.project.id}/time-entries`,
      run.booked.token,
      { bookingId: run.bookingId, date: today, days: 1 },
      201,
    );
    const booking = after.bookings.find((b) => b.id === run.bookingId);
    expect(booking?.daysWorked === 1 && booking.actual.amount === P2_DAY, 'one day worked on the booking', booking);
    expect(
      after.actual.amount === P2_DAY && after.committed.amount === (REQUEST_DAYS - 1) * P2_DAY,
      `a day (${P2_DAY}) accrued out of the ${REQUEST_DAYS * P2_DAY} committed`,
      { committed: after.committed, actual: after.actual },
    );
    expect(
      after.ledger.map((e) => e.kind).join(',') === 'commit,accrue',
      'the ledger holds the commitment and the accrual',
      after.ledger,
    );
    run.project = after;
  },
};

function advance(as: 'sales' | 'presales', expectStage: string, nominee?: 'sales' | 'presales'): LifecycleStep {
  return {
    kind: 'advance',
    activities: 1,
    run: async (api, org, run) => {
      const body = nominee ? { nomineeId: org[nominee].id } : {};
      const after = await api.call<ProjectDetail>('POST', `/api/projects/${run.project.id}/advance`, org[as].token, body);
      expect(after.stage === expectStage, `advance into ${expectStage}`, after.stage);
      if (nominee) {
        expect(after.pendingHandoff?.toPersonId === org[nominee].id, `a handoff to the ${nominee} person`, after.pendingHandoff);
      }
      run.project = after;
    },
  };
}

function accept(as: 'sales' | 'presales'): LifecycleStep {
  return {
    kind: 'accept',
    activities: 1,
    run: async (api, org, run) => {
      const handoffId = run.project.pendingHandoff?.id;
      expect(handoffId !== undefined, 'a pending handoff to accept', run.project.pendingHandoff);
      const after = await api.call<ProjectDetail>('POST', `/api/handoffs/${handoffId}/accept`, org[as].token);
      expect(after.ownerId === org[as].id && after.pendingHandoff === null, `the ${as} person owns the project`, after);
      run.project = after;
    },
  };
}

/**
 * Close won (3 activities): the closing record (with the credit entries), then the participants to score read
 * from the record, then the scoring request recorded.
 */
const closeWon: LifecycleStep = {
  kind: 'close',
  activities: 3,
  run: async (api, org, run) => {
    const after = await api.call<ProjectDetail>('POST', `/api/projects/${run.project.id}/close`, org.sales.token, {
      outcome: 'won',
    });
    expect(after.status === 'won', 'the project closed won', after.status);
    // Closing releases the unused commitment; the day worked stays actual.
    expect(
      after.committed.amount === 0 && after.actual.amount === P2_DAY,
      'the rest of the commitment released at close',
      { committed: after.committed, actual: after.actual },
    );
    run.project = after;
  },
};

/** 交付可行性确认: the delivery team lead signs before proposal (1 activity). */
const signFeasibility: LifecycleStep = {
  kind: 'feasibility',
  activities: 1,
  run: async (api, org, run) => {
    const after = await api.call<ProjectDetail & { feasibility: { approved: boolean } | null }>(
      'POST',
      `/api/projects/${run.project.id}/feasibility`,
      org.teamLead.token,
      { approved: true, note: 'the center can deliver it' },
      201,
    );
    expect(after.feasibility?.approved === true, 'a positive feasibility sign-off on record', after.feasibility);
    run.project = after;
  },
};

/**
 * A tier A project: in qualify, while the sales person owns it (only the owner may request resources), the
 * center lead dispatches, the owner requests the presales person, the team lead approves and the booked person
 * records a day; then the default pipeline qualify → discovery → solution → poc → (feasibility sign-off) →
 * proposal → negotiation → won.
 */
const LIFECYCLE: LifecycleStep[] = [
  dispatch,
  requestResource,
  approve,
  recordTime,
  advance('sales', 'discovery', 'presales'),
  accept('presales'),
  advance('presales', 'solution'),
  advance('presales', 'poc'),
  signFeasibility,
  advance('presales', 'proposal', 'sales'),
  accept('sales'),
  advance('sales', 'negotiation'),
  closeWon,
];

/** Activities per update, the opening one first: Moat's create runs pinPolicyAndClassify, then the opening record. */
const ACTIVITIES_PER_UPDATE = [2, ...LIFECYCLE.map((s) => s.activities)];

/** Opens one project and drives it through LIFECYCLE; returns its id. */
async function moatProject(api: Api, org: Organisation, label: string, timings: Timings): Promise<string> {
  const project = await timings.time('create', () =>
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
  expect(project.budget.amount === EXPECTED_BUDGET, `a budget of ${EXPECTED_BUDGET}`, project.budget);
  // The create answer is a summary (no approvals); that the center lead is the dispatcher shows at dispatch (else 403).
  expect(project.dispatch.status === 'pending' && project.dispatch.leadId === null, 'a dispatch pending', project.dispatch);
  const booked = org.bookable.pop();
  if (!booked) throw new Error('no bookable person left for this project');
  const run: ProjectRun = { project, booked };
  for (const step of LIFECYCLE) await timings.time(step.kind, () => step.run(api, org, run));
  return project.id;
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
  // The opening update runs one activity; the workflow body ran the other before it.
  const first = await timings.time('start', () =>
    client.workflow.executeUpdateWithStart(baselineStepUpdate, { args: [1, 1], startWorkflowOperation: start }),
  );
  expect(first === 1, 'the first update answered', first);
  const handle = await start.workflowHandle();
  for (const [i, step] of LIFECYCLE.entries()) {
    const number = i + 2;
    // Timed under the Moat call it stands for, with as many activities.
    const answered = await timings.time(step.kind, () =>
      handle.executeUpdate(baselineStepUpdate, { args: [number, step.activities] }),
    );
    expect(answered === number, `update ${number} answered`, answered);
  }
  const result = await handle.result();
  expect(result === updates, 'the workflow completed after its last update', result);
}

// ---------------------------------------------------------------------------------------------------------------
// checking the activity counts in the histories

/**
 * Activities scheduled per update, read from a workflow's history: those scheduled up to each update's
 * completion (the updates of one project are sent one after another), and those scheduled after the last.
 */
async function activitiesPerUpdateIn(client: Client, workflowId: string): Promise<{ perUpdate: number[]; after: number }> {
  const history = await client.workflow.getHandle(workflowId).fetchHistory();
  const perUpdate: number[] = [];
  let scheduled = 0;
  for (const event of history.events ?? []) {
    // Notification delivery runs off the critical path, coalesced, and no update waits for it: not counted.
    const activity = event.activityTaskScheduledEventAttributes?.activityType?.name;
    if (activity && activity !== 'deliverNotifications') scheduled++;
    if (event.workflowExecutionUpdateCompletedEventAttributes) {
      perUpdate.push(scheduled);
      scheduled = 0;
    }
  }
  return { perUpdate, after: scheduled };
}

async function checkActivityCounts(client: Client, what: string, workflowId: string): Promise<number[]> {
  const found = await activitiesPerUpdateIn(client, workflowId);
  expect(
    found.perUpdate.join(',') === ACTIVITIES_PER_UPDATE.join(',') && found.after === 0,
    `${what}: activities per update [${ACTIVITIES_PER_UPDATE.join(',')}] and none after the last`,
    found,
  );
  return found.perUpdate;
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

/** Per call: Moat's round trips against those of the baseline update with the same number of activities. */
function callRows(moat: PhaseResult, baseline: PhaseResult): string[][] {
  const calls: Array<{ moat: string; baseline: string; activities: number }> = [
    { moat: 'create', baseline: 'start', activities: ACTIVITIES_PER_UPDATE[0]! },
  ];
  for (const step of LIFECYCLE) {
    if (!calls.some((c) => c.moat === step.kind)) calls.push({ moat: step.kind, baseline: step.kind, activities: step.activities });
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
  const stopAll = stopOnceOnSignals(log, async () => {
    if (baselineWorker?.getState() === 'RUNNING') baselineWorker.shutdown();
    await baselineWorkerRun?.catch(() => undefined);
    await baselineWorkerConnection?.close().catch(() => undefined);
    await baselineClient?.connection.close().catch(() => undefined);
    await moat?.stop().catch((error: Error) => log(`stopping Moat: ${error.message}`));
    await infrastructure?.stop();
  });

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
    const org = await createOrganisation(api, adminToken, runId, options.projects + options.warmup);
    for (let i = 0; i < options.warmup; i++) await moatProject(api, org, `warm-up ${i + 1}`, new Timings());
    log(`Moat: ${options.projects} projects × (create + ${LIFECYCLE.length} updates) over HTTP…`);
    const moatTimings = new Timings();
    const moatStarted = performance.now();
    let firstMoatProject: string | undefined;
    await runPool(options.projects, options.concurrency, async (i) => {
      const id = await moatProject(api, org, `${i + 1}`, moatTimings);
      if (i === 0) firstMoatProject = id;
    });
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

    // Untimed: the histories of the first timed project and workflow show the activities each update ran.
    const activitiesPerUpdate = {
      moat: await checkActivityCounts(client, 'Moat', projectWorkflowId(firstMoatProject!)),
      baseline: await checkActivityCounts(client, 'baseline', workflowId('1')),
    };
    log(
      `activities per update (opening first), from the histories: Moat [${activitiesPerUpdate.moat.join(', ')}], ` +
        `baseline [${activitiesPerUpdate.baseline.join(', ')}]`,
    );

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
    console.log(table(callRows(moatResult, baselineResult)));
    console.log('');

    const results = {
      at: new Date().toISOString(),
      machine: { ...machine, loadAverageAtEnd: Math.round(os.loadavg()[0]! * 100) / 100 },
      options: { ...options, updatesPerProject: LIFECYCLE.length },
      calls: ['open', ...LIFECYCLE.map((s) => s.kind)],
      activitiesPerUpdate,
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
