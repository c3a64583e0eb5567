// Long because (about 300 lines) each of the lifecycle's thirteen steps is written out with the checks of its answer.
import type { Client } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { temporal } from '@temporalio/proto';
import { defaultBudget } from '../../domain/budget';
import { DEFAULT_POLICY } from '../../domain/policy';
import { check, type Api, type Person, type ProjectDetail, type ProjectSummary, type ResourceRequest } from './client';
import type { Timings } from './measure';
import type { Organisation } from './org';
import type { Work } from '../baseline-workflow';

/**
 * Moat's side of the benchmark: one tier A project's lifecycle over the HTTP API, each step with the checks of its
 * answer and the activities it runs, and the check of those counts against the project's workflow history.
 */

/** Every bench project's expected value: 12,000,000 CNY in fen, tier A in the finance industry. */
const EXPECTED_VALUE = { amount: 1_200_000_000, currency: 'CNY' };
/** Its budget under the default policy (a fresh bench database has it): 2% of the expected value for tier A. */
const EXPECTED_BUDGET = defaultBudget(DEFAULT_POLICY.budget, 'A', EXPECTED_VALUE).amount;
/** Presales P2's day rate in the default rate card, in fen: 2,500 CNY. */
const P2_DAY = DEFAULT_POLICY.rateCard.entries.find((e) => e.role === 'presales' && e.level === 'P2')!.rate.amount;
/** Days asked for by the one resource request per project; committed at approval: 2 × P2_DAY = 500,000 fen. */
const REQUEST_DAYS = 2;

/** One project as its lifecycle goes: what Match and the pipeline handed out along the way. */
interface ProjectRun {
  projectId: string;
  /** Whom its resource request books. */
  booked: Person;
  approvalId?: string;
  bookingId?: string;
  /** The handoff the last advance offered, until it is accepted. */
  handoffId?: string;
}

type StepKind = 'dispatch' | 'request' | 'approve' | 'time' | 'feasibility' | 'advance' | 'accept' | 'close';

/** The updates of one project's lifecycle after it is opened, in order: each is one HTTP call, one Temporal update. */
interface LifecycleStep {
  kind: StepKind;
  /**
   * The activities Moat's project workflow runs for this update, in order: Postgres reads and writes (their count
   * is checked against the workflow history after the run); the baseline's matching update runs the same.
   */
  work: Work[];
  run: (api: Api, org: Organisation, run: ProjectRun) => Promise<void>;
}

/**
 * The center lead appoints the team lead: an approveUpdate on the dispatch approval; reads the serving center and the
 * person (统一指挥: a member of it), then records (2 activities).
 */
const dispatch: LifecycleStep = {
  kind: 'dispatch',
  work: ['read', 'write'],
  run: async (api, org, run) => {
    const after = await api.call<ProjectDetail>(
      'POST',
      `/api/projects/${run.projectId}/dispatch`,
      org.centerLead.token,
      { teamLeadId: org.teamLead.id },
      200,
    );
    check(
      after.dispatch.status === 'appointed' && after.dispatch.leadId === org.teamLead.id,
      'the team lead appointed at dispatch',
      after.dispatch,
    );
  },
};

/** The owner (the sales person, in qualify) asks for the presales person; tier A needs no approver look-up (1 activity). */
const requestResource: LifecycleStep = {
  kind: 'request',
  work: ['write'],
  run: async (api, org, run) => {
    const request = await api.call<ResourceRequest>(
      'POST',
      `/api/projects/${run.projectId}/resource-requests`,
      org.sales.token,
      { role: 'presales', days: REQUEST_DAYS, personId: run.booked.id, note: 'bench: requirements workshop' },
      201,
    );
    check(
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
  work: ['read', 'write'],
  run: async (api, org, run) => {
    check(run.approvalId !== undefined, 'a resource approval to decide', run);
    const after = await api.call<ProjectDetail>('POST', `/api/approvals/${run.approvalId}/approve`, org.teamLead.token, { comment: 'booked from the office: outside the center' }, 200);
    const booking = after.bookings[0];
    check(after.bookings.length === 1 && booking !== undefined, 'one booking', after.bookings);
    check(
      booking!.personId === run.booked.id &&
        booking!.days === REQUEST_DAYS &&
        booking!.rate?.amount === P2_DAY &&
        booking!.planned?.amount === REQUEST_DAYS * P2_DAY,
      `the presales person booked ${REQUEST_DAYS} days at the P2 rate ${P2_DAY}`,
      booking,
    );
    check(
      after.committed.amount === REQUEST_DAYS * P2_DAY && after.actual.amount === 0,
      `committed ${REQUEST_DAYS * P2_DAY}, nothing actual yet`,
      { committed: after.committed, actual: after.actual },
    );
    const request = after.resourceRequests.find((r) => r.approvalId === run.approvalId);
    check(request?.status === 'booked' && request.bookingId === booking!.id, 'the request booked', request);
    check(
      after.approvals.some((a) => a.id === run.approvalId && a.status === 'approved'),
      'the approval approved',
      after.approvals,
    );
    run.bookingId = booking!.id;
  },
};

/** The booked person records a day worked today (1 activity): a day moves from committed to actual. */
const recordTime: LifecycleStep = {
  kind: 'time',
  work: ['write'],
  run: async (api, org, run) => {
    check(run.bookingId !== undefined, 'a booking to record time on', run);
    const today = new Date().toISOString().slice(0, 10);
    const after = await api.call<ProjectDetail>(
      'POST',
      `/api/projects/${run.projectId}/time-entries`,
      run.booked.token,
      { bookingId: run.bookingId, date: today, days: 1 },
      201,
    );
    const booking = after.bookings.find((b) => b.id === run.bookingId);
    check(booking?.daysWorked === 1 && booking.actual?.amount === P2_DAY, 'one day worked on the booking', booking);
    check(
      after.actual.amount === P2_DAY && after.committed.amount === (REQUEST_DAYS - 1) * P2_DAY,
      `a day (${P2_DAY}) accrued out of the ${REQUEST_DAYS * P2_DAY} committed`,
      { committed: after.committed, actual: after.actual },
    );
    check(
      after.ledger.map((e) => e.kind).join(',') === 'commit,accrue',
      'the ledger holds the commitment and the accrual',
      after.ledger,
    );
  },
};

function advance(as: 'sales' | 'presales', expectStage: string, nominee?: 'sales' | 'presales'): LifecycleStep {
  return {
    kind: 'advance',
    work: ['write'],
    run: async (api, org, run) => {
      const body = nominee ? { nomineeId: org[nominee].id } : {};
      const after = await api.call<ProjectDetail>('POST', `/api/projects/${run.projectId}/advance`, org[as].token, body);
      check(after.stage === expectStage, `advance into ${expectStage}`, after.stage);
      if (nominee) {
        check(after.pendingHandoff?.toPersonId === org[nominee].id, `a handoff to the ${nominee} person`, after.pendingHandoff);
        run.handoffId = after.pendingHandoff!.id;
      }
    },
  };
}

function accept(as: 'sales' | 'presales'): LifecycleStep {
  return {
    kind: 'accept',
    work: ['write'],
    run: async (api, org, run) => {
      check(run.handoffId !== undefined, 'a pending handoff to accept', run);
      const after = await api.call<ProjectDetail>('POST', `/api/handoffs/${run.handoffId}/accept`, org[as].token);
      check(after.ownerId === org[as].id && after.pendingHandoff === null, `the ${as} person owns the project`, after);
      run.handoffId = undefined;
    },
  };
}

/**
 * Close won (3 activities): the closing record (with the credit entries), then the participants to score read
 * from the record, then the scoring request recorded.
 */
const closeWon: LifecycleStep = {
  kind: 'close',
  work: ['write', 'read', 'write'],
  run: async (api, org, run) => {
    const after = await api.call<ProjectDetail>('POST', `/api/projects/${run.projectId}/close`, org.sales.token, {
      outcome: 'won',
    });
    check(after.status === 'won', 'the project closed won', after.status);
    // Closing releases the unused commitment; the day worked stays actual.
    check(
      after.committed.amount === 0 && after.actual.amount === P2_DAY,
      'the rest of the commitment released at close',
      { committed: after.committed, actual: after.actual },
    );
  },
};

/** 交付可行性确认: the delivery team lead signs before proposal (1 activity). */
const signFeasibility: LifecycleStep = {
  kind: 'feasibility',
  work: ['write'],
  run: async (api, org, run) => {
    const after = await api.call<ProjectDetail>(
      'POST',
      `/api/projects/${run.projectId}/feasibility`,
      org.teamLead.token,
      { approved: true, note: 'the center can deliver it' },
      201,
    );
    check(after.feasibility?.approved === true, 'a positive feasibility sign-off on record', after.feasibility);
  },
};

/**
 * A tier A project: in qualify, while the sales person owns it (only the owner may request resources), the
 * center lead dispatches, the owner requests the presales person, the team lead approves and the booked person
 * records a day; then the default pipeline qualify → discovery → solution → poc → (feasibility sign-off) →
 * proposal → negotiation → won.
 */
export const LIFECYCLE: LifecycleStep[] = [
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
export const OPENING_WORK: Work[] = ['read', 'write'];
export const ACTIVITIES_PER_UPDATE = [OPENING_WORK.length, ...LIFECYCLE.map((s) => s.work.length)];

/** Opens one project and drives it through LIFECYCLE; returns its id. */
export async function moatProject(api: Api, org: Organisation, label: string, timings: Timings): Promise<string> {
  const project = await timings.time('create', () =>
    api.call<ProjectSummary>('POST', '/api/projects', org.sales.token, {
      name: `Bench project ${label}`,
      customerName: 'Bench customer',
      industry: 'finance',
      officeId: org.officeId,
      expectedValue: EXPECTED_VALUE,
      salesOwnerId: org.sales.id,
    }),
  );
  check(project.tier === 'A' && project.stage === 'qualify', 'a tier A project in qualify', project);
  check(project.budget.amount === EXPECTED_BUDGET, `a budget of ${EXPECTED_BUDGET}`, project.budget);
  // The create answer is a summary (no approvals); that the center lead is the dispatcher shows at dispatch (else 403).
  check(project.dispatch.status === 'pending' && project.dispatch.leadId === null, 'a dispatch pending', project.dispatch);
  const booked = org.bookable.pop();
  if (!booked) throw new Error('no bookable person left for this project');
  const run: ProjectRun = { projectId: project.id, booked };
  for (const step of LIFECYCLE) await timings.time(step.kind, () => step.run(api, org, run));
  return project.id;
}

/**
 * Activities run per update, read from a workflow's history: those scheduled (or, local, recorded as a marker) up to
 * each update's completion (the updates of one project are sent one after another), and those after the last.
 */
async function activitiesPerUpdateIn(client: Client, workflowId: string): Promise<{ perUpdate: number[]; after: number }> {
  const history = await client.workflow.getHandle(workflowId).fetchHistory();
  const perUpdate: number[] = [];
  let ran = 0;
  for (const event of history.events ?? []) {
    // Notification delivery runs off the critical path, coalesced, and no update waits for it: not counted.
    const activity = event.activityTaskScheduledEventAttributes?.activityType?.name;
    if (activity && activity !== 'deliverNotifications') ran++;
    if (event.markerRecordedEventAttributes?.markerName === 'core_local_activity') ran++;
    if (event.workflowExecutionUpdateCompletedEventAttributes) {
      perUpdate.push(ran);
      ran = 0;
    }
  }
  return { perUpdate, after: ran };
}

/** A workflow's history: its events, its size as Temporal stores it (protobuf) and as JSON (as the fixtures are saved). */
export async function historySize(client: Client, workflowId: string): Promise<{ events: number; protoBytes: number; jsonBytes: number }> {
  const history = await client.workflow.getHandle(workflowId).fetchHistory();
  return {
    events: history.events?.length ?? 0,
    protoBytes: temporal.api.history.v1.History.encode(history).finish().length,
    jsonBytes: Buffer.byteLength(historyToJSON(history)),
  };
}

export async function checkActivityCounts(client: Client, what: string, workflowId: string): Promise<number[]> {
  const found = await activitiesPerUpdateIn(client, workflowId);
  check(
    found.perUpdate.join(',') === ACTIVITIES_PER_UPDATE.join(',') && found.after === 0,
    `${what}: activities per update [${ACTIVITIES_PER_UPDATE.join(',')}] and none after the last`,
    found,
  );
  return found.perUpdate;
}
