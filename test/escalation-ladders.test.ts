import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { WorkflowHandle } from '@temporalio/client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MoatActivities } from '../activities';
import type { ApproverRef } from '../domain/match-state';
import type { Actor, Role } from '../domain/people';
import { DEFAULT_POLICY, type PolicyDocument } from '../domain/policy';
import type { RecordedEvent } from '../domain/project';
import {
  acceptDeliveryHandoffUpdate,
  acceptHandoffUpdate,
  advanceUpdate,
  approveUpdate,
  closeUpdate,
  declineHandoffUpdate,
  extendDeadlineUpdate,
  projectOpenedUpdate,
  projectWorkflowId,
  proposeHandoffUpdate,
  reassignUpdate,
  recordGoLiveUpdate,
  submitScoresUpdate,
  type ProjectView,
} from '../workflows/project-messages';
import type { projectWorkflow } from '../workflows/project-workflow';
import { uniqueSuffix } from './support/moat';
import { startTimeSkippingWorker, type TimeSkippingWorker } from './support/time-skipping';

/*
 * 升级, the escalation ladders, on the real project workflow with its activities mocked, on Temporal's time-skipping
 * test server: SLAs of hours and days run in milliseconds, and "nothing before the deadline" is checked a second
 * before it rather than after a real-time wait. Every step is asserted twice: quiet a second before it falls due,
 * recorded (by whom, to whom, due when) a minute after. Time cannot skip past a timer while the work it woke is still
 * running, so a minute after is late enough for the step's record to have been written.
 */

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// A small organisation: three people under one office manager, who reports to a regional director (the top).
const SALES = 'sales-owner';
const SALES2 = 'sales-other';
const PRESALES = 'presales-lead';
const MANAGER = 'office-manager';
const DIRECTOR = 'region-director';
const MANAGER_CHAIN: Record<string, string[]> = {
  [SALES]: [MANAGER, DIRECTOR],
  [SALES2]: [MANAGER, DIRECTOR],
  [PRESALES]: [MANAGER, DIRECTOR],
  [MANAGER]: [DIRECTOR],
  [DIRECTOR]: [],
};

const actor = (id: string, roles: Role[], manages: string[] = []): Actor => ({ id, roles, manages, actingFor: [], officeId: 'office-east' });
const owner = actor(SALES, ['sales']);
const owner2 = actor(SALES2, ['sales']);
const manager = actor(MANAGER, ['manager'], [SALES, SALES2, PRESALES]);
const director = actor(DIRECTOR, ['director', 'manager'], [MANAGER, SALES, SALES2, PRESALES]);

const DIRECTORS_POOL: ApproverRef = { kind: 'director', personId: null, role: 'director', label: 'a director' };
const OFFICE_MANAGER: ApproverRef = { kind: 'office_manager', personId: MANAGER, role: 'manager', label: 'manager of office East' };

/**
 * Business hours equal clock hours (calendar off), so every expected instant is plain arithmetic. Only the first
 * stage has a short SLA (48 h: reminder at 24 h, the manager at 48 h, one level up every 8 h); every other SLA is
 * 1,000 h, far beyond any test, unless a test shortens it. Tests of another ladder set the stage's to 1,000 h too,
 * so that each step a test waits for is the only one due then.
 */
function policy(
  hours: { qualify?: number; handoffOffer?: number; dispatch?: number; scoring?: number } = {},
  change: (p: PolicyDocument) => void = () => undefined,
): PolicyDocument {
  const { qualify = 48, handoffOffer = 1_000, dispatch = 1_000, scoring = 1_000 } = hours;
  const p = structuredClone(DEFAULT_POLICY);
  p.calendar = { ...p.calendar, enabled: false };
  p.pipeline.stages = p.pipeline.stages.map((s) => ({ ...s, slaHours: s.key === 'qualify' ? qualify : 1_000 }));
  p.sla = { approvalHours: { dispatch, resource: 1_000, over_budget: 1_000 }, handoffOfferHours: handoffOffer, scoringHours: scoring };
  p.escalation = { reminderAtBasisPoints: 5_000, stepHours: 8, maxLevels: 3, newOwnerGraceHours: 8 };
  change(p);
  return p;
}

type Escalated = Extract<RecordedEvent, { type: 'escalated' }>;

/** One project as the mocked activities see it: what they answer for it, and every event they were asked to record. */
interface Scenario {
  policy: PolicyDocument;
  dispatcher: ApproverRef;
  participants: string[];
  recorded: RecordedEvent[];
}

const scenarios = new Map<string, Scenario>();
const chainsAsked: string[] = [];

/** The activities, in memory: the policy and dispatcher each test chose, the org above, and a record that only listens. */
const activities = {
  async pinPolicyAndClassify({ facts }: { facts: { name: string } }) {
    const scenario = scenarios.get(facts.name)!;
    return {
      policy: { version: 1, document: scenario.policy },
      tier: { tier: 'A' as const, reason: 'test' },
      match: { budget: { amount: 50_000_000, currency: 'CNY' }, dispatcher: scenario.dispatcher },
    };
  },
  async managerChain({ personId }: { personId: string }) {
    chainsAsked.push(personId);
    return MANAGER_CHAIN[personId] ?? [];
  },
  async scoringParticipants({ projectId }: { projectId: string }) {
    return scenarios.get(projectId)!.participants;
  },
  async recordCommandEvents({ row, events }: { row: { projectId: string }; events: RecordedEvent[] }) {
    scenarios.get(row.projectId)!.recorded.push(...events);
    // The workflow's clock is skipped ahead of this one: a write's end by it never moves a timer.
    return { recorded: events.length, toDeliver: 0, writtenAt: new Date(0).toISOString() };
  },
  async deliverNotifications() {
    return { sent: 0, failed: 0, pending: 0 };
  },
} satisfies Partial<MoatActivities>;

let server: TimeSkippingWorker | undefined;
let env: TestWorkflowEnvironment;
const taskQueue = `ladders-${uniqueSuffix()}`;
const started: WorkflowHandle[] = [];

async function startServer(): Promise<void> {
  server = await startTimeSkippingWorker(taskQueue, activities);
  env = server.env;
}

async function stopServer(): Promise<void> {
  await server?.stop();
}

beforeAll(startServer);

afterEach(async ({ task }) => {
  const handles = started.splice(0);
  chainsAsked.length = 0;
  if (task.result?.state === 'fail') {
    // A failed test may leave an activity in flight, and terminating its workflow then keeps the test server's
    // clock locked for good (every later sleep would hang): the next test gets a fresh server instead.
    await stopServer();
    await startServer();
    return;
  }
  // A ladder left running would keep firing while the next test moves the shared clock.
  await Promise.all(handles.map((handle) => handle.terminate().catch(() => undefined)));
});

afterAll(stopServer);

interface TestProject {
  handle: WorkflowHandle<typeof projectWorkflow>;
  opened: ProjectView;
  recorded: RecordedEvent[];
  /** Every escalation step recorded so far, in order. */
  steps(): Escalated[];
}

/** Opens a project owned by SALES, in stage qualify, its dispatch waiting on `dispatcher`; PRESALES took part. */
async function openProject(options: { policy?: PolicyDocument; dispatcher?: ApproverRef; continueAsNewAfterEvents?: number } = {}): Promise<TestProject> {
  const id = `project-${uniqueSuffix()}`;
  const scenario: Scenario = { policy: options.policy ?? policy(), dispatcher: options.dispatcher ?? DIRECTORS_POOL, participants: [PRESALES], recorded: [] };
  scenarios.set(id, scenario);
  const handle = await env.client.workflow.start<typeof projectWorkflow>('projectWorkflow', {
    taskQueue,
    workflowId: projectWorkflowId(id),
    args: [
      {
        projectId: id,
        createdById: SALES,
        facts: { name: id, customerName: 'Bank of the East', industry: 'finance', officeId: 'office-east', expectedValue: { amount: 1_200_000_000, currency: 'CNY' }, channel: false, strategic: false, salesOwnerId: SALES },
        continueAsNewAfterEvents: options.continueAsNewAfterEvents,
      },
    ],
  });
  started.push(handle);
  const opened = await handle.executeUpdate(projectOpenedUpdate);
  return { handle, opened, recorded: scenario.recorded, steps: () => scenario.recorded.filter((e): e is Escalated => e.type === 'escalated') };
}

/** Moves the test server's clock to `instant`; timers due meanwhile fire in order, each with its work done. */
async function advanceTo(instant: number): Promise<void> {
  const now = await env.currentTimeMs();
  if (instant > now) await env.sleep(Math.ceil(instant - now));
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Half of an odd number of milliseconds is rounded by the calendar arithmetic: one millisecond either way is the same instant. */
function expectInstant(actual: string, expected: number, what: string): void {
  expect(Math.abs(Date.parse(actual) - expected), `${what}: ${actual}, expected ${iso(expected)}`).toBeLessThanOrEqual(1);
}

/**
 * The next step of any ladder falls due at `dueAt`: nothing escalates until a second before it, and by a minute
 * after it exactly one step more is recorded, due then and recorded then.
 */
async function nextStep(project: TestProject, dueAt: number): Promise<Escalated> {
  const before = project.steps().length;
  await advanceTo(dueAt - SECOND);
  expect(project.steps().slice(before), `nothing escalates before ${iso(dueAt)}`).toEqual([]);
  await advanceTo(dueAt + MINUTE);
  const fired = project.steps().slice(before);
  expect(fired, `one step at ${iso(dueAt)}`).toHaveLength(1);
  const step = fired[0]!;
  expectInstant(step.dueAt, dueAt, 'the step is due');
  expect(Date.parse(step.at) - Date.parse(step.dueAt), 'recorded when due').toBeGreaterThanOrEqual(0);
  expect(Date.parse(step.at) - Date.parse(step.dueAt), 'recorded when due').toBeLessThan(MINUTE);
  return step;
}

/** Nothing more escalates from now until `until`. */
async function expectQuietUntil(project: TestProject, until: number): Promise<void> {
  const before = project.steps().length;
  await advanceTo(until);
  expect(project.steps().slice(before), `nothing escalates until ${iso(until)}`).toEqual([]);
}

/** The last recorded event of `type`: its time is when a re-armed clock started. */
function lastEvent<T extends RecordedEvent['type']>(project: TestProject, type: T): Extract<RecordedEvent, { type: T }> {
  const event = project.recorded.filter((e): e is Extract<RecordedEvent, { type: T }> => e.type === type).at(-1);
  expect(event, `a ${type} event was recorded`).toBeDefined();
  return event!;
}

const who = (step: Escalated) => ({ kind: step.kind, level: step.level, responsibleId: step.responsibleId, targetId: step.targetId, targetRole: step.targetRole, exhausted: step.exhausted });

describe('a stage SLA climbs the manager tree (升级)', () => {
  it('reminds the owner at half the SLA, tells the manager at the deadline and the manager’s manager one step later; past the top it ends', async () => {
    const project = await openProject();
    const entered = Date.parse(project.opened.stageEnteredAt);
    expect(Date.parse(project.opened.stageDeadline)).toBe(entered + 48 * HOUR);

    expect(who(await nextStep(project, entered + 24 * HOUR))).toEqual({ kind: 'stage', level: 0, responsibleId: SALES, targetId: SALES, targetRole: null, exhausted: false });
    expect(chainsAsked, 'a reminder needs no manager').toEqual([]);
    expect(who(await nextStep(project, entered + 48 * HOUR))).toMatchObject({ level: 1, responsibleId: SALES, targetId: MANAGER });
    expect(who(await nextStep(project, entered + 56 * HOUR))).toMatchObject({ level: 2, responsibleId: SALES, targetId: DIRECTOR });
    const top = await nextStep(project, entered + 64 * HOUR);
    expect(who(top)).toMatchObject({ level: 3, targetId: null, exhausted: true });
    expect(top.reason).toMatch(/top of the manager tree/);
    expect(chainsAsked).toEqual([SALES, SALES, SALES]);

    await expectQuietUntil(project, entered + 64 * HOUR + 7 * DAY);
    expect(project.steps().map((s) => s.level)).toEqual([0, 1, 2, 3]);
  });

  it('an advance before the reminder: the old stage never escalates, the new one runs on its own SLA from the advance', async () => {
    // Discovery owned by sales here, so the owner advances alone (no handoff) and the new clock starts at the advance.
    const project = await openProject({
      policy: policy({}, (p) => {
        p.pipeline.stages = p.pipeline.stages.map((s) => (s.key === 'discovery' ? { ...s, ownerRole: 'sales' as const, slaHours: 96 } : s));
      }),
    });
    const entered = Date.parse(project.opened.stageEnteredAt);
    await advanceTo(entered + 24 * HOUR - MINUTE);
    const advanced = await project.handle.executeUpdate(advanceUpdate, { args: [{ actor: owner }] });
    expect(advanced.stage).toBe('discovery');
    const since = Date.parse(advanced.stageEnteredAt);
    expect(Date.parse(advanced.stageDeadline)).toBe(since + 96 * HOUR);

    // The first step is the new stage's reminder, 48 h after the advance: qualify's 24 h, 48 h and 56 h pass unmarked.
    expect(who(await nextStep(project, since + 48 * HOUR))).toMatchObject({ kind: 'stage', level: 0, targetId: SALES });
    expect(who(await nextStep(project, since + 96 * HOUR))).toMatchObject({ level: 1, targetId: MANAGER });
    expect(project.steps().map((s) => s.refId)).toEqual(['discovery', 'discovery']);
  });

  it('a deadline extended by the escalated manager starts a fresh ladder: a reminder at half the new span, the manager again at the new deadline', async () => {
    const project = await openProject();
    const entered = Date.parse(project.opened.stageEnteredAt);
    await nextStep(project, entered + 24 * HOUR);
    await nextStep(project, entered + 48 * HOUR);

    const until = (await env.currentTimeMs()) + 2 * DAY;
    const extended = await project.handle.executeUpdate(extendDeadlineUpdate, { args: [{ actor: manager, until: iso(until), reason: 'customer on holiday' }] });
    expect(extended.stageDeadline).toBe(iso(until));
    const since = Date.parse(lastEvent(project, 'deadline_extended').at);

    // Level 2 was due 8 h after the old deadline: the extension replaced that ladder.
    expect(who(await nextStep(project, since + (until - since) / 2))).toMatchObject({ level: 0, responsibleId: SALES, targetId: SALES });
    expect(who(await nextStep(project, until))).toMatchObject({ level: 1, targetId: MANAGER });
    expect(who(await nextStep(project, until + 8 * HOUR))).toMatchObject({ level: 2, targetId: DIRECTOR });
  });

  it('a forced reassignment of an overdue stage gives the new owner the grace period: their reminder at half of it, their manager at its end', async () => {
    const project = await openProject();
    const entered = Date.parse(project.opened.stageEnteredAt);
    await nextStep(project, entered + 24 * HOUR);
    await nextStep(project, entered + 48 * HOUR);

    const reassigned = await project.handle.executeUpdate(reassignUpdate, { args: [{ actor: manager, to: { id: SALES2, roles: ['sales'] }, reason: 'owner unresponsive' }] });
    expect(reassigned.ownerId).toBe(SALES2);
    const since = Date.parse(lastEvent(project, 'ownership_reassigned').at);
    // The stage was overdue: 8 h of grace (newOwnerGraceHours) instead of a deadline already past.
    expect(Date.parse(reassigned.stageDeadline)).toBe(since + 8 * HOUR);

    expect(who(await nextStep(project, since + 4 * HOUR))).toMatchObject({ level: 0, responsibleId: SALES2, targetId: SALES2 });
    expect(who(await nextStep(project, since + 8 * HOUR))).toMatchObject({ level: 1, responsibleId: SALES2, targetId: MANAGER });
    expect(chainsAsked.at(-1)).toBe(SALES2);
  });

  it('an accepted handoff re-arms the ladder for the new owner the same way', async () => {
    const project = await openProject();
    const entered = Date.parse(project.opened.stageEnteredAt);
    await nextStep(project, entered + 24 * HOUR);
    await nextStep(project, entered + 48 * HOUR);

    const offered = await project.handle.executeUpdate(proposeHandoffUpdate, { args: [{ actor: owner, to: { id: SALES2, roles: ['sales'] }, reason: 'leave' }] });
    const accepted = await project.handle.executeUpdate(acceptHandoffUpdate, { args: [{ actor: owner2, handoffId: offered.pendingHandoff!.id }] });
    expect(accepted.ownerId).toBe(SALES2);
    const since = Date.parse(lastEvent(project, 'handoff_accepted').at);
    expect(Date.parse(accepted.stageDeadline)).toBe(since + 8 * HOUR);

    expect(who(await nextStep(project, since + 4 * HOUR))).toMatchObject({ kind: 'stage', level: 0, responsibleId: SALES2, targetId: SALES2 });
    expect(who(await nextStep(project, since + 8 * HOUR))).toMatchObject({ kind: 'stage', level: 1, responsibleId: SALES2, targetId: MANAGER });
  });
});

describe('handoff offers and approvals have ladders of their own', () => {
  it('an unanswered handoff offer reminds the nominee, then climbs their manager chain; declining it ends the ladder', async () => {
    const project = await openProject({ policy: policy({ qualify: 1_000, handoffOffer: 24 }) });
    const offered = await project.handle.executeUpdate(proposeHandoffUpdate, { args: [{ actor: owner, to: { id: SALES2, roles: ['sales'] }, reason: 'taking over the bank' }] });
    const proposedAt = Date.parse(offered.pendingHandoff!.proposedAt);

    expect(who(await nextStep(project, proposedAt + 12 * HOUR))).toMatchObject({ kind: 'handoff', level: 0, responsibleId: SALES2, targetId: SALES2 });
    expect(who(await nextStep(project, proposedAt + 24 * HOUR))).toMatchObject({ kind: 'handoff', level: 1, responsibleId: SALES2, targetId: MANAGER });
    expect(chainsAsked).toEqual([SALES2]);

    await project.handle.executeUpdate(declineHandoffUpdate, { args: [{ actor: owner2, handoffId: offered.pendingHandoff!.id, reason: 'busy' }] });
    // Levels 2 and 3 would have fallen at 32 h and 40 h.
    await expectQuietUntil(project, proposedAt + 7 * DAY);
    expect(project.steps().map((s) => [s.kind, s.level])).toEqual([
      ['handoff', 0],
      ['handoff', 1],
    ]);
  });

  it('an overdue dispatch climbs from the dispatcher to their manager, who may then decide in their place; the decision ends the ladder', async () => {
    const project = await openProject({ dispatcher: OFFICE_MANAGER, policy: policy({ qualify: 1_000, dispatch: 16 }) });
    const requested = lastEvent(project, 'dispatch_requested');
    const approvalId = requested.approval.id;
    const since = Date.parse(requested.at);

    expect(who(await nextStep(project, since + 8 * HOUR))).toMatchObject({ kind: 'approval', level: 0, responsibleId: MANAGER, targetId: MANAGER });
    const climbed = await nextStep(project, since + 16 * HOUR);
    expect(who(climbed)).toMatchObject({ kind: 'approval', level: 1, responsibleId: MANAGER, targetId: DIRECTOR });
    expect(climbed.refId).toBe(approvalId);

    await project.handle.executeUpdate(approveUpdate, { args: [{ actor: director, approvalId, personId: PRESALES }] });
    expect(lastEvent(project, 'approval_decided')).toMatchObject({ approvalId, actorId: DIRECTOR, onBehalfOf: MANAGER });
    // Level 2 would have fallen at 24 h (past the top of the tree: the director has no manager).
    await expectQuietUntil(project, since + 7 * DAY);
    expect(project.steps().map((s) => [s.kind, s.level])).toEqual([
      ['approval', 0],
      ['approval', 1],
    ]);
  });

  it('an approval for the directors’ pool is reminded and told when overdue, then nothing more: a pool has no manager', async () => {
    const project = await openProject({ policy: policy({ qualify: 1_000, dispatch: 16 }) });
    const since = Date.parse(lastEvent(project, 'dispatch_requested').at);

    expect(who(await nextStep(project, since + 8 * HOUR))).toEqual({ kind: 'approval', level: 0, responsibleId: null, targetId: null, targetRole: 'director', exhausted: false });
    const overdue = await nextStep(project, since + 16 * HOUR);
    expect(who(overdue)).toEqual({ kind: 'approval', level: 1, responsibleId: null, targetId: null, targetRole: 'director', exhausted: false });
    expect(overdue.reason).toMatch(/^overdue/);
    expect(chainsAsked).toEqual([]);
    await expectQuietUntil(project, since + 7 * DAY);
  });
});

describe('scores owed after close (主负责人打分) escalate like any obligation', () => {
  it('the owner at close is reminded, then their manager; the stage ladder stops at close; scoring ends the workflow', async () => {
    const project = await openProject({ policy: policy({ scoring: 48 }) });
    const entered = Date.parse(project.opened.stageEnteredAt);
    await nextStep(project, entered + 24 * HOUR);
    await project.handle.executeUpdate(closeUpdate, { args: [{ actor: owner, outcome: 'lost', reason: 'budget cut' }] });
    const requested = lastEvent(project, 'scoring_requested');
    expect(requested).toMatchObject({ scorerId: SALES, participants: [PRESALES] });
    const since = Date.parse(requested.at);

    // The stage's manager step would have come at 48 h; only the scoring ladder runs after close.
    expect(who(await nextStep(project, since + 24 * HOUR))).toMatchObject({ kind: 'scoring', level: 0, responsibleId: SALES, targetId: SALES });
    expect(who(await nextStep(project, since + 48 * HOUR))).toMatchObject({ kind: 'scoring', level: 1, responsibleId: SALES, targetId: MANAGER });

    await project.handle.executeUpdate(submitScoresUpdate, { args: [{ actor: owner, scores: [{ personId: PRESALES, score: 4, comment: 'clean handover' }] }] });
    expect(await project.handle.result()).toMatchObject({ status: 'lost' });
    expect(project.steps().map((s) => [s.kind, s.level])).toEqual([
      ['stage', 0],
      ['scoring', 0],
      ['scoring', 1],
    ]);
  });
});

describe('ladders survive continue-as-new', () => {
  it('after the workflow rolls over to a new run mid-ladder, the ladder carries on without repeating a step', async () => {
    const project = await openProject({ continueAsNewAfterEvents: 40 });
    const entered = Date.parse(project.opened.stageEnteredAt);
    await nextStep(project, entered + 24 * HOUR);
    const firstRun = (await project.handle.describe()).runId;
    // Offers made and declined lengthen the history past 40 events: the workflow continues as new with its state.
    for (let round = 0; round < 6; round++) {
      const offered = await project.handle.executeUpdate(proposeHandoffUpdate, { args: [{ actor: owner, to: { id: SALES2, roles: ['sales'] }, reason: `round ${round}` }] });
      await project.handle.executeUpdate(declineHandoffUpdate, { args: [{ actor: owner2, handoffId: offered.pendingHandoff!.id, reason: 'no' }] });
    }
    expect((await project.handle.describe()).runId).not.toBe(firstRun);

    await nextStep(project, entered + 48 * HOUR);
    await nextStep(project, entered + 56 * HOUR);
    await nextStep(project, entered + 64 * HOUR);
    await expectQuietUntil(project, entered + 64 * HOUR + 7 * DAY);
    expect(project.steps().map((s) => [s.kind, s.level, s.targetId])).toEqual([
      ['stage', 0, SALES],
      ['stage', 1, MANAGER],
      ['stage', 2, DIRECTOR],
      ['stage', 3, null],
    ]);
  });
});

describe('the delivery handoff of a won project (交付移交) escalates like any offer', () => {
  it('reminds the offeree, then their manager, who may accept it; the workflow waits for the go-live and the scores', async () => {
    // A one-stage pipeline won from qualify, so the test starts at the win; the handoff is to be accepted within 48 h.
    const p = policy({ qualify: 1_000 }, (doc) => {
      doc.pipeline.stages = doc.pipeline.stages.slice(0, 1);
      doc.pipeline.closeWonFrom = 'qualify';
      doc.pipeline.deliveryHandoff = { label: '交付移交', acceptHours: 48 };
    });
    const project = await openProject({ policy: p });
    await project.handle.executeUpdate(closeUpdate, { args: [{ actor: owner, outcome: 'won', deliveryManagerId: PRESALES }] });
    const offered = lastEvent(project, 'delivery_handoff_offered');
    expect(offered).toMatchObject({ toPersonId: PRESALES, via: 'delivery_manager', commitments: [] });
    const since = Date.parse(offered.at);
    expectInstant(offered.dueAt, since + 48 * HOUR, 'the offer is due');

    expect(who(await nextStep(project, since + 24 * HOUR))).toMatchObject({ kind: 'delivery_handoff', level: 0, responsibleId: PRESALES, targetId: PRESALES });
    expect(who(await nextStep(project, since + 48 * HOUR))).toMatchObject({ kind: 'delivery_handoff', level: 1, responsibleId: PRESALES, targetId: MANAGER });
    // The manager it climbed to takes it on (recorded on behalf of the offeree); the ladder ends there.
    const accepted = await project.handle.executeUpdate(acceptDeliveryHandoffUpdate, { args: [{ actor: manager }] });
    expect(accepted.status).toBe('won');
    expect(lastEvent(project, 'delivery_handoff_accepted')).toMatchObject({ toPersonId: MANAGER, onBehalfOf: PRESALES });
    await expectQuietUntil(project, since + 200 * HOUR);
    expect(project.steps().filter((s) => s.kind === 'delivery_handoff').map((s) => s.level)).toEqual([0, 1]);

    // Scored, the project still waits for its go-live; recorded, the workflow ends.
    await project.handle.executeUpdate(submitScoresUpdate, { args: [{ actor: owner, scores: [{ personId: PRESALES, score: 4, comment: 'clean handover' }] }] });
    expect((await project.handle.describe()).status.name).toBe('RUNNING');
    const liveOn = new Date(await env.currentTimeMs()).toISOString().slice(0, 10);
    await project.handle.executeUpdate(recordGoLiveUpdate, { args: [{ actor: manager, liveOn, commitments: [] }] });
    expect(await project.handle.result()).toMatchObject({ status: 'won' });
  });
});
