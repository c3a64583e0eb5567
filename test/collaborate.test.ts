import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type PolicyDocument } from '../domain/policy';
import { createOrg, projectBody, readProject, signFeasibility, startTestMoat, type Member, type Org, type TestMoat } from './support/moat';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver';

const SECRET = 'collaborate-test-webhook-secret';
const SECOND = 1 / 3600;

let moat: TestMoat;
let org: Org;
let sink: SmtpSink;
let receiver: WebhookReceiver;

/**
 * SLAs in seconds and the calendar off, so the ladders run inside a test: the first stage is due after 3 s
 * (reminder at 1.5 s), then one level up the tree every 2 s; approvals and handoff offers are due after 3 s.
 * These tests follow ladders end to end (API, record, notifications); when each step falls due, that nothing fires
 * before it, and the re-arming cases are tested on the time-skipping server in escalation-ladders.test.ts.
 */
function fastPolicy(): PolicyDocument {
  const policy = structuredClone(DEFAULT_POLICY);
  policy.calendar = { ...policy.calendar, enabled: false };
  policy.pipeline.stages = policy.pipeline.stages.map((s) => ({ ...s, slaHours: s.key === 'qualify' ? 3 * SECOND : 3600 }));
  policy.sla = { approvalHours: { dispatch: 3 * SECOND, resource: 3 * SECOND, over_budget: 3 * SECOND }, handoffOfferHours: 3 * SECOND, scoringHours: 3 * SECOND };
  policy.escalation = { reminderAtBasisPoints: 5_000, stepHours: 2 * SECOND, maxLevels: 3, newOwnerGraceHours: 4 * SECOND };
  return policy;
}

beforeAll(async () => {
  [sink, receiver] = await Promise.all([startSmtpSink(), startWebhookReceiver()]);
  moat = await startTestMoat({
    notify: { smtp: { host: sink.host, port: sink.port, secure: false, from: 'Moat <moat@example.cn>' }, webhookSecret: SECRET, webhookTimeoutMs: 500, webhookAllowPrivate: true },
    notificationRetry: { initialInterval: '200 ms', backoffCoefficient: 1, maximumAttempts: 3 },
  });
  org = await createOrg(moat);
  const published = await moat.admin.put('/api/policy', { document: fastPolicy(), reason: 'escalation tests: SLAs in seconds' });
  expect(published.status).toBe(201);
});

afterAll(async () => {
  await moat?.admin.put('/api/policy', { document: DEFAULT_POLICY, reason: 'restore defaults after escalation tests' });
  await Promise.all([sink?.stop(), receiver?.stop()]);
  await moat?.stop();
});

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function open(overrides: Record<string, unknown> = {}) {
  const reply = await org.sales.api.post('/api/projects', projectBody(org, overrides));
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return reply.body.id as string;
}

const project = (id: string) => readProject(org.director.api, id);

type Escalation = { kind: string; refId: string; level: number; responsibleId: string | null; targetId: string | null; targetRole: string | null; reason: string; at: string };

async function stageEscalations(id: string, stage = 'qualify'): Promise<Escalation[]> {
  return (await project(id)).escalations.filter((e: Escalation) => e.kind === 'stage' && e.refId === stage);
}

/** Polls until the stage ladder has reached `level`, or fails after `timeoutMs`. */
async function untilStageLevel(id: string, level: number, timeoutMs = 15_000): Promise<Escalation[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const steps = await stageEscalations(id);
    if (steps.some((e) => e.level >= level)) return steps;
    if (Date.now() > deadline) throw new Error(`stage ladder stopped at ${JSON.stringify(steps)}`);
    await wait(200);
  }
}

describe('stage SLAs escalate up the manager tree (升级)', () => {
  it('reminder to the owner, then the manager, then the manager’s manager, each recorded and notified; the ladder ends at the top', async () => {
    const id = await open();
    const steps = await untilStageLevel(id, 3);
    expect(steps.map((e) => [e.level, e.targetId])).toEqual([
      [0, org.sales.id],
      [1, org.manager.id],
      [2, org.director.id],
      [3, null],
    ]);
    expect(steps[3]!.reason).toMatch(/top of the manager tree/);

    const timeline = (await project(id)).timeline.filter((e: { type: string }) => e.type === 'escalated');
    expect(timeline.length).toBeGreaterThanOrEqual(4);
    const kinds = async (m: Member) =>
      (await m.api.get('/api/me/notifications')).body.items.filter((n: { projectId: string }) => n.projectId === id).map((n: { kind: string }) => n.kind);
    expect(await kinds(org.sales)).toContain('reminder');
    expect(await kinds(org.manager)).toContain('escalation');
    expect(await kinds(org.director)).toContain('escalation');

    const stalled = await org.manager.api.get('/api/reports/stalled');
    expect(stalled.status).toBe(200);
    expect(stalled.body.items.find((p: { id: string }) => p.id === id)).toMatchObject({ escalationLevel: 3, stage: 'qualify' });
    // Everyone may ask; each sees the stalled projects they may see.
    expect((await org.sales.api.get('/api/reports/stalled')).body.items.map((p: { id: string }) => p.id)).toContain(id);
    expect((await org.outsider.api.get('/api/reports/stalled')).body.items.map((p: { id: string }) => p.id)).not.toContain(id);
  }, 30_000);

  it('an extension by the escalated manager moves the deadline and is recorded; a stranger may not extend', async () => {
    const id = await open();
    await untilStageLevel(id, 1);
    const until = new Date(Date.now() + 60_000).toISOString();
    expect((await org.sales2.api.post(`/api/projects/${id}/deadline`, { until, reason: 'x' })).status).toBe(404); // may not see it
    expect((await org.manager.api.post(`/api/projects/${id}/deadline`, { until: new Date(Date.now() - 1000).toISOString(), reason: 'x' })).status).toBe(400);
    const extended = await org.manager.api.post(`/api/projects/${id}/deadline`, { until, reason: 'customer on holiday' });
    expect(extended.status).toBe(200);
    expect(Date.parse(extended.body.stageDeadline)).toBe(Date.parse(until));
    expect(extended.body.timeline.at(-1)).toMatchObject({ type: 'deadline_extended', actorId: org.manager.id, data: { reason: 'customer on holiday' } });
  }, 30_000);

  it('a forced reassignment: not before the stage escalated to the manager; then audited, the new owner notified, the ladder re-armed', async () => {
    const id = await open();
    expect((await org.manager.api.post(`/api/projects/${id}/reassign`, { toPersonId: org.sales2.id, reason: 'early' })).status).toBe(403);
    await untilStageLevel(id, 1);
    expect((await org.manager.api.post(`/api/projects/${id}/reassign`, { toPersonId: org.presales.id, reason: 'x' })).status).toBe(400);
    const reassignedAt = Date.now();
    const reassigned = await org.manager.api.post(`/api/projects/${id}/reassign`, { toPersonId: org.sales2.id, reason: 'owner unresponsive' });
    expect(reassigned.status, JSON.stringify(reassigned.body)).toBe(200);
    // The stage was overdue: the new owner gets the policy's grace (4 s here) before anything climbs again.
    expect(Date.parse(reassigned.body.stageDeadline)).toBeGreaterThanOrEqual(reassignedAt + 3_500);
    expect(reassigned.body.ownerId).toBe(org.sales2.id);
    expect(reassigned.body.owners.at(-1)).toMatchObject({ personId: org.sales2.id, via: 'reassignment' });
    const audit = await moat.pool.query(`select actor_id, reason from audit_log where entity_id = $1 and action = 'ownership_reassigned'`, [id]);
    expect(audit.rows).toEqual([{ actor_id: org.manager.id, reason: 'owner unresponsive' }]);
    const told = (await org.sales2.api.get('/api/me/notifications')).body.items;
    expect(told.some((n: { kind: string; projectId: string }) => n.kind === 'reassigned' && n.projectId === id)).toBe(true);
    // The new owner's clock: the next reminder goes to them, and until their deadline nothing climbs to a manager.
    const theirs = async () => (await stageEscalations(id)).filter((e) => e.responsibleId === org.sales2.id);
    const deadline = Date.now() + 15_000;
    let reminded = false;
    while (!reminded && Date.now() < deadline) {
      reminded = (await theirs()).some((e) => e.level === 0 && e.targetId === org.sales2.id);
      if (!reminded) await wait(200);
    }
    expect(reminded).toBe(true);
    expect((await theirs()).filter((e) => e.level > 0)).toEqual([]);
    // Positive control: past the grace the ladder does climb, to the new owner's manager.
    let climbed: Escalation[] = [];
    while (climbed.length === 0 && Date.now() < deadline) {
      climbed = (await theirs()).filter((e) => e.level === 1);
      if (climbed.length === 0) await wait(200);
    }
    expect(climbed).toMatchObject([{ targetId: org.manager.id }]);
    expect(Date.parse(climbed[0]!.at)).toBeGreaterThanOrEqual(Date.parse(reassigned.body.stageDeadline));
  }, 40_000);
});

describe('ladders survive continue-as-new', () => {
  it('after the workflow rolls over to a new run, the ladder carries on without repeating a step', async () => {
    const rolling = await startTestMoat({ continueAsNewAfterEvents: 40 });
    try {
      // A second instance whose workflows roll over after 40 history events; the record is the same database.
      const rollingSales = rolling.api.as(org.sales.token);
      const id = (await rollingSales.post('/api/projects', projectBody(org))).body.id as string;
      const handle = rolling.temporal.workflow.getHandle(`project-${id}`);
      const firstRun = (await handle.describe()).runId;
      for (let round = 0; round < 6; round++) {
        const offered = await rollingSales.post(`/api/projects/${id}/handoffs`, { toPersonId: org.sales2.id, reason: `round ${round}` });
        await rolling.api.as(org.sales2.token).post(`/api/handoffs/${offered.body.id}/decline`, { reason: 'no' });
      }
      expect((await handle.describe()).runId).not.toBe(firstRun);
      const steps = await untilStageLevel(id, 3);
      expect(steps.map((e) => e.level)).toEqual([0, 1, 2, 3]);
    } finally {
      await rolling.stop();
    }
  }, 40_000);
});

describe('approvals and handoff offers escalate too; delegation routes them', () => {
  it('an overdue dispatch climbs to the approver’s manager, who decides in their place (recorded as such)', async () => {
    const id = await open({ expectedValue: { amount: 150_000_000, currency: 'CNY' } });
    const dispatch = (await project(id)).approvals.find((a) => a.kind === 'dispatch')!;
    expect(dispatch.approverId).toBe(org.manager.id);
    expect((await org.director.api.post(`/api/projects/${id}/dispatch`, { teamLeadId: org.presales.id })).status).toBe(403);
    const deadline = Date.now() + 15_000;
    let escalated = false;
    while (!escalated && Date.now() < deadline) {
      escalated = (await project(id)).escalations.some((e: Escalation) => e.kind === 'approval' && e.level === 1 && e.targetId === org.director.id);
      if (!escalated) await wait(200);
    }
    expect(escalated).toBe(true);
    const inInbox = (await org.director.api.get('/api/me/inbox')).body.approvals.find((a: { id: string }) => a.id === dispatch.id);
    expect(inInbox).toMatchObject({ via: 'escalation', onBehalfOf: org.manager.id, project: { id } });
    const decided = await org.director.api.post(`/api/projects/${id}/dispatch`, { teamLeadId: org.presales.id });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    const row = await moat.pool.query('select decided_by_id, decided_on_behalf_of from approvals where id = $1', [dispatch.id]);
    expect(row.rows[0]).toEqual({ decided_by_id: org.director.id, decided_on_behalf_of: org.manager.id });
  }, 30_000);

  it('out of office: a handoff offer and an approval go to the delegate, and the record shows both people', async () => {
    const from = new Date(Date.now() - 60_000).toISOString();
    const until = new Date(Date.now() + 3_600_000).toISOString();
    expect((await org.sales2.api.put('/api/me/delegation', { delegateId: org.sales2.id, from, until })).status).toBe(400);
    expect((await org.sales2.api.put('/api/me/delegation', { delegateId: org.outsider.id, from: until, until: from })).status).toBe(400);
    expect((await org.sales2.api.put('/api/me/delegation', { delegateId: org.outsider.id, from, until })).status).toBe(200);
    expect((await org.manager.api.put('/api/me/delegation', { delegateId: org.director.id, from, until })).status).toBe(200);
    try {
      const id = await open({ expectedValue: { amount: 150_000_000, currency: 'CNY' } });
      const offered = await org.sales.api.post(`/api/projects/${id}/handoffs`, { toPersonId: org.sales2.id, reason: 'leave' });
      expect(offered.status).toBe(201);
      const forDelegate = (await org.outsider.api.get('/api/me/inbox')).body.handoffs.find((h: { id: string }) => h.id === offered.body.id);
      expect(forDelegate).toMatchObject({ via: 'delegate', onBehalfOf: org.sales2.id });
      const accepted = await org.outsider.api.post(`/api/handoffs/${offered.body.id}/accept`);
      expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
      expect(accepted.body.ownerId).toBe(org.outsider.id);
      const handoff = await moat.pool.query('select decided_by_id, decided_on_behalf_of from handoffs where id = $1', [offered.body.id]);
      expect(handoff.rows[0]).toEqual({ decided_by_id: org.outsider.id, decided_on_behalf_of: org.sales2.id });

      const dispatch = (await project(id)).approvals.find((a) => a.kind === 'dispatch')!;
      const delegateDecides = await org.director.api.post(`/api/projects/${id}/dispatch`, { teamLeadId: org.presales.id });
      expect(delegateDecides.status, JSON.stringify(delegateDecides.body)).toBe(200);
      const row = await moat.pool.query('select decided_by_id, decided_on_behalf_of from approvals where id = $1', [dispatch.id]);
      expect(row.rows[0]).toEqual({ decided_by_id: org.director.id, decided_on_behalf_of: org.manager.id });

      // Told, each with their delegate: the offer's nominee, the approver; at the close, the sales owner and the owner.
      const told = async (who: Member, kind: string) =>
        (await who.api.get('/api/me/notifications?limit=100')).body.items.some((n: { kind: string; projectId: string }) => n.kind === kind && n.projectId === id);
      expect(await told(org.sales2, 'handoff_offered')).toBe(true);
      expect(await told(org.outsider, 'handoff_offered'), 'the nominee’s delegate').toBe(true);
      expect(await told(org.manager, 'dispatch_requested')).toBe(true);
      expect(await told(org.director, 'dispatch_requested'), 'the approver’s delegate').toBe(true);
      expect((await org.outsider.api.post(`/api/projects/${id}/close`, { outcome: 'lost', reason: 'price' })).status).toBe(200);
      expect(await told(org.sales, 'project_closed'), 'the sales owner').toBe(true);
      expect(await told(org.outsider, 'project_closed'), 'the owner at the close').toBe(true);
      expect(await told(org.sales2, 'project_closed'), 'not the nominee who never owned it').toBe(false);
    } finally {
      await org.sales2.api.request('DELETE', '/api/me/delegation');
      await org.manager.api.request('DELETE', '/api/me/delegation');
    }
  }, 30_000);
});

describe('scores owed after close escalate like any obligation', () => {
  it('the owner at close is reminded, then their manager is told', async () => {
    const id = await open({ expectedValue: { amount: 150_000_000, currency: 'CNY' } });
    const offered = await org.sales.api.post(`/api/projects/${id}/handoffs`, { toPersonId: org.sales2.id, reason: 'leave' });
    await org.sales2.api.post(`/api/handoffs/${offered.body.id}/accept`);
    const closed = await org.sales2.api.post(`/api/projects/${id}/close`, { outcome: 'lost', reason: 'budget cut' });
    expect(closed.status).toBe(200);
    const deadline = Date.now() + 15_000;
    let steps: Escalation[] = [];
    while (Date.now() < deadline) {
      steps = (await project(id)).escalations.filter((e: Escalation) => e.kind === 'scoring');
      if (steps.some((e) => e.level >= 1)) break;
      await wait(200);
    }
    expect(steps.slice(0, 2).map((e) => [e.level, e.targetId])).toEqual([
      [0, org.sales2.id],
      [1, org.manager.id],
    ]);
    // Scoring completes the ladder and the workflow.
    await org.sales2.api.post(`/api/projects/${id}/scores`, { scores: [{ personId: org.sales.id, score: 4, comment: 'clean handover' }] });
    await moat.temporal.workflow.getHandle(`project-${id}`).result();
  }, 30_000);
});

describe('promises delivery can keep (交付可行性确认)', () => {
  it('proposal needs a positive sign-off by the office’s delivery person; a negative one blocks until a new positive one', async () => {
    const id = await open({ expectedValue: { amount: 150_000_000, currency: 'CNY' } });
    await org.sales.api.post(`/api/projects/${id}/advance`, { nomineeId: org.presales.id });
    const handoff = (await project(id)).pendingHandoff!;
    await org.presales.api.post(`/api/handoffs/${handoff.id}/accept`);
    await org.presales.api.post(`/api/projects/${id}/advance`, {});
    const blocked = await org.presales.api.post(`/api/projects/${id}/advance`, { nomineeId: org.sales.id });
    expect(blocked.status).toBe(409);
    expect(blocked.body.error.details).toEqual([{ path: 'feasibility', message: 'missing' }]);

    expect((await org.sales2.api.post(`/api/projects/${id}/feasibility`, { approved: true, note: 'fine' })).status).toBe(404); // may not see it
    expect((await org.delivery.api.post(`/api/projects/${id}/feasibility`, { approved: true, note: '' })).status).toBe(400);
    const negative = await org.delivery.api.post(`/api/projects/${id}/feasibility`, { approved: false, note: 'the custom module cannot ship by Q2' });
    expect(negative.status).toBe(201);
    expect(negative.body.feasibility).toMatchObject({ approved: false, signedById: org.delivery.id });
    const stillBlocked = await org.presales.api.post(`/api/projects/${id}/advance`, { nomineeId: org.sales.id });
    expect(stillBlocked.status).toBe(409);
    expect(stillBlocked.body.error.message).toMatch(/custom module/);
    await org.delivery.api.post(`/api/projects/${id}/feasibility`, { approved: true, note: 'scope cut to standard modules' });
    const through = await org.presales.api.post(`/api/projects/${id}/advance`, { nomineeId: org.sales.id });
    expect(through.status).toBe(200);
    expect(through.body.stage).toBe('proposal');
  }, 20_000);

  it('on an A/B project the delivery team lead signs, nobody else', async () => {
    const id = await open();
    // The office's delivery people do not see an A/B project (its team lead signs), before dispatch or after.
    expect((await org.delivery.api.post(`/api/projects/${id}/feasibility`, { approved: true, note: 'x' })).status).toBe(404);
    expect((await org.director.api.post(`/api/projects/${id}/feasibility`, { approved: true, note: 'x' })).status).toBe(409);
    await org.director.api.post(`/api/projects/${id}/dispatch`, { teamLeadId: org.manager.id });
    expect((await org.delivery.api.post(`/api/projects/${id}/feasibility`, { approved: true, note: 'x' })).status).toBe(404);
    expect((await org.director.api.post(`/api/projects/${id}/feasibility`, { approved: true, note: 'x' })).status).toBe(403);
    await signFeasibility(org, id);
    expect((await project(id)).feasibility).toMatchObject({ approved: true, signedById: org.manager.id });
  });
});

describe('notifications that arrive', () => {
  it('a handoff offer arrives by e-mail and by signed webhook; a failing webhook is retried, recorded failed, and the project proceeds', async () => {
    const good = `/hooks/${org.sales2.id}`;
    const bad = `/hooks/${org.presales2.id}`;
    receiver.failAlways(bad, 503);
    const prefs = await org.sales2.api.put('/api/me/notification-preferences', { channels: ['inapp', 'email', 'webhook'], webhookUrl: `${receiver.url}${good}`, webhookFormat: 'json' });
    expect(prefs.status, JSON.stringify(prefs.body)).toBe(200);
    await org.presales2.api.put('/api/me/notification-preferences', { channels: ['inapp', 'webhook'], webhookUrl: `${receiver.url}${bad}` });

    const id = await open();
    const offered = await org.sales.api.post(`/api/projects/${id}/handoffs`, { toPersonId: org.sales2.id, reason: 'taking over the bank' });
    const mail = await sink.waitFor((m) => m.to.some((t) => t.includes('sales2')) && (m.parsed.subject ?? '').includes('offered'), 10_000);
    expect(mail.parsed.text).toContain(`/api/projects/${id}`);
    const deadline = Date.now() + 10_000;
    while (receiver.to(good).length === 0 && Date.now() < deadline) await wait(100);
    const hook = receiver.to(good)[0]!;
    expect(hook.headers['x-moat-signature']).toBe(`sha256=${createHmac('sha256', SECRET).update(hook.body).digest('hex')}`);
    expect(JSON.parse(hook.body)).toMatchObject({ kind: 'handoff_offered', projectId: id, personId: org.sales2.id });

    // The decline notifies the proposer; presales2's webhook fails every time while the project moves on.
    await org.sales2.api.post(`/api/handoffs/${offered.body.id}/decline`, { reason: 'busy' });
    const toPresales2 = await org.sales.api.post(`/api/projects/${id}/advance`, { nomineeId: org.presales2.id });
    expect(toPresales2.status).toBe(200);
    const notification = await moat.pool.query(
      `select id from notifications where person_id = $1 and project_id = $2 and kind = 'handoff_offered'`,
      [org.presales2.id, id],
    );
    const notificationId = notification.rows[0].id;
    let delivery: { status: string; attempts: number; lastError: string } | undefined;
    const until = Date.now() + 20_000;
    while ((!delivery || delivery.status === 'pending') && Date.now() < until) {
      await wait(200);
      delivery = (await org.presales2.api.get(`/api/me/notifications/${notificationId}/deliveries`)).body.items?.[0];
    }
    expect(delivery).toMatchObject({ status: 'failed', attempts: 3 });
    expect(delivery!.lastError).toMatch(/503/);
    // Three attempts for this notification (an SLA reminder about the offer may be retrying beside it).
    expect(receiver.to(bad).filter((r) => r.headers['x-moat-delivery'] === String(notificationId))).toHaveLength(3);
    const accepted = await org.presales2.api.post(`/api/handoffs/${toPresales2.body.pendingHandoff.id}/accept`);
    expect(accepted.status).toBe(200);

    // Re-delivered events notify once: one e-mail for the offer however often delivery runs.
    expect(sink.messages.filter((m) => m.to.some((t) => t.includes('sales2')) && (m.parsed.subject ?? '').includes('offered'))).toHaveLength(1);
  }, 40_000);
});
