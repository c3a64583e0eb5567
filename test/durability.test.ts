import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { workflowSpanSinks } from '../workers/tracing';
import { projectWorkflowId } from '../workflows/project-messages';
import { NEWEST_PATCH_MARKER } from '../workflows/patches';
import { createOrg, projectBody, retryingWhileUnavailable, scoreEveryone, signFeasibility, startTestMoat, type Org, type TestMoat } from './support/moat';
import { createMatchOrg, P2_DAY } from './support/match-org';
import { WorkerProcess } from './support/worker-process';
import { acceptAndGoLive } from './support/walk';

const HISTORIES = path.join(__dirname, 'fixtures', 'histories');

async function assertRecordIsExact(moat: TestMoat, projectId: string): Promise<number> {
  const events = await moat.pool.query<{ seq: number }>('select seq from project_events where project_id = $1 order by seq', [projectId]);
  const seqs = events.rows.map((r) => r.seq);
  expect(seqs).toEqual(seqs.map((_, i) => i + 1));
  const audit = await moat.pool.query(`select count(*)::int as n from audit_log where entity_type = 'project' and entity_id = $1`, [projectId]);
  expect(audit.rows[0].n).toBe(seqs.length);
  const project = await moat.pool.query('select last_seq from projects where id = $1', [projectId]);
  expect(project.rows[0].last_seq).toBe(seqs.length);
  return seqs.length;
}

describe('a crashed worker loses nothing and duplicates nothing', () => {
  let moat: TestMoat;
  let org: Org;
  let worker: WorkerProcess;

  beforeAll(async () => {
    moat = await startTestMoat({ worker: false });
    org = await createOrg(moat);
    worker = new WorkerProcess(moat.taskQueue);
    await worker.start();
  });

  afterAll(async () => {
    await worker?.kill();
    await moat?.stop();
  });

  it('the worker killed mid-lifecycle (during an update) and restarted: the project finishes with an exact record', async () => {
    const created = await org.sales.api.post('/api/projects', projectBody(org));
    expect(created.status).toBe(201);
    const id = created.body.id;
    const toDiscovery = await org.sales.api.post(`/api/projects/${id}/advance`, { nomineeId: org.presales.id });
    expect(toDiscovery.status).toBe(200);

    // An update is in flight when the worker dies; a new worker picks the workflow up and answers it once the
    // dead worker's sticky queue and activity timeouts lapse (about 10 s each on the dev server). Meanwhile the API
    // answers 503 at its deadline rather than hanging, and the client's retry with the same key gets the answer.
    const acceptKey = { 'idempotency-key': `accept-${id}` };
    const accept = () => org.presales.api.post(`/api/handoffs/${toDiscovery.body.pendingHandoff.id}/accept`, {}, acceptKey);
    const accepting = retryingWhileUnavailable(accept);
    await new Promise((resolve) => setTimeout(resolve, 30));
    await worker.kill();
    await worker.start();
    const accepted = await accepting;
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body.ownerId).toBe(org.presales.id);

    const advancing = retryingWhileUnavailable(() => org.presales.api.post(`/api/projects/${id}/advance`, {}, { 'idempotency-key': `adv-${id}` }));
    await new Promise((resolve) => setTimeout(resolve, 30));
    await worker.kill();
    await worker.start();
    const advanced = await advancing;
    expect(advanced.status, JSON.stringify(advanced.body)).toBe(200);
    expect(advanced.body).toMatchObject({ stage: 'solution', ownerId: org.presales.id });
    // The client retries the advance with the same key: answered from the record, not applied twice.
    const retried = await org.presales.api.post(`/api/projects/${id}/advance`, {}, { 'idempotency-key': `adv-${id}` });
    expect(retried.body.stage).toBe('solution');

    await worker.kill();
    await worker.start();
    await org.presales.api.post(`/api/projects/${id}/advance`, {});
    await signFeasibility(org, id);
    const toProposal = await org.presales.api.post(`/api/projects/${id}/advance`, { nomineeId: org.sales.id });
    await org.sales.api.post(`/api/handoffs/${toProposal.body.pendingHandoff.id}/accept`);
    await org.sales.api.post(`/api/projects/${id}/advance`, {});
    const closed = await org.sales.api.post(`/api/projects/${id}/close`, { outcome: 'won' });
    expect(closed.body.status).toBe('won');

    // …, project_closed, credit_granted, delivery_handoff_offered (交付移交), scoring_requested.
    expect(await assertRecordIsExact(moat, id)).toBe(18);
    expect(closed.body.stages).toHaveLength(6);
    expect(closed.body.owners).toHaveLength(3);
  }, 180_000);
});

describe('a crashed worker mid-approval books once', () => {
  let moat: TestMoat;
  let worker: WorkerProcess;

  beforeAll(async () => {
    moat = await startTestMoat({ worker: false });
    worker = new WorkerProcess(moat.taskQueue);
    await worker.start();
  });

  afterAll(async () => {
    await worker?.kill();
    await moat?.stop();
  });

  it('the worker killed during an approval, the approval retried: one booking, one commit, ledger equals projection', async () => {
    const org = await createMatchOrg(moat);
    const created = await org.sales.api.post('/api/projects', projectBody(org, { industry: org.industry }));
    const id = created.body.id;
    await org.centerLead.api.post(`/api/projects/${id}/dispatch`, { teamLeadId: org.teamLead.id });
    const asked = await org.sales.api.post(`/api/projects/${id}/resource-requests`, { role: 'presales', days: 2, personId: org.presalesP2.id, note: 'poc' });
    expect(asked.status).toBe(201);

    const key = { 'idempotency-key': `approve-${asked.body.approvalId}` };
    const approving = retryingWhileUnavailable(() =>
      org.teamLead.api.post(`/api/approvals/${asked.body.approvalId}/approve`, { comment: 'the office expert on core banking' }, key),
    );
    await new Promise((resolve) => setTimeout(resolve, 30));
    await worker.kill();
    await worker.start();
    const approved = await approving;
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    const retried = await org.teamLead.api.post(`/api/approvals/${asked.body.approvalId}/approve`, { comment: "the office expert on core banking" }, key);
    expect(retried.status, JSON.stringify(retried.body)).toBe(200);
    expect(retried.body.bookings).toHaveLength(1);

    const ledger = await moat.pool.query('select kind, amount from cost_ledger where project_id = $1', [id]);
    expect(ledger.rows).toEqual([{ kind: 'commit', amount: 2 * P2_DAY }]);
    const totals = await moat.pool.query('select committed from project_ledger_totals where project_id = $1', [id]);
    const projection = await moat.pool.query('select committed_amount from projects where id = $1', [id]);
    expect(Number(totals.rows[0].committed)).toBe(projection.rows[0].committed_amount);
    await assertRecordIsExact(moat, id);
  }, 180_000);
});

describe('long histories continue as new without losing state', () => {
  let moat: TestMoat;
  let org: Org;

  beforeAll(async () => {
    moat = await startTestMoat({ continueAsNewAfterEvents: 40 });
    org = await createOrg(moat);
  });

  afterAll(async () => {
    await moat?.stop();
  });

  it('many handoff rounds roll the workflow over to a new run; the project carries on', async () => {
    const created = await org.sales.api.post('/api/projects', projectBody(org));
    const id = created.body.id;
    const handle = moat.temporal.workflow.getHandle(projectWorkflowId(id));
    const firstRun = (await handle.describe()).runId;
    for (let round = 0; round < 8; round++) {
      const proposed = await org.sales.api.post(`/api/projects/${id}/handoffs`, { toPersonId: org.sales2.id, reason: `round ${round}` });
      expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
      const declined = await org.sales2.api.post(`/api/handoffs/${proposed.body.id}/decline`, { reason: 'not now' });
      expect(declined.status, JSON.stringify(declined.body)).toBe(200);
    }
    const latestRun = (await handle.describe()).runId;
    expect(latestRun).not.toBe(firstRun);

    const live = await org.director.api.get(`/api/projects/${id}/live`);
    expect(live.body).toMatchObject({ ownerId: org.sales.id, stage: 'qualify', pendingHandoff: null, seq: 19 });
    const advanced = await org.sales.api.post(`/api/projects/${id}/advance`, { nomineeId: org.presales.id });
    expect(advanced.status).toBe(200);
    expect(advanced.body.stage).toBe('discovery');
    expect(await assertRecordIsExact(moat, id)).toBe(21);

    // The first run's history replays against today's code.
    const history = await moat.temporal.workflow.getHandle(projectWorkflowId(id), firstRun).fetchHistory();
    await Worker.runReplayHistory({ workflowBundle: { codePath: inject('workflowBundlePath') }, sinks: workflowSpanSinks() }, history, projectWorkflowId(id));
  });
});

describe('replay determinism', () => {
  let moat: TestMoat;
  let org: Org;

  beforeAll(async () => {
    moat = await startTestMoat();
    org = await createOrg(moat);
  });

  afterAll(async () => {
    await moat?.stop();
  });

  it('a fresh full-lifecycle history replays without nondeterminism (and is saved as a fixture on request)', async () => {
    const created = await org.sales.api.post('/api/projects', projectBody(org));
    const id = created.body.id;
    const proposed = await org.sales.api.post(`/api/projects/${id}/handoffs`, { toPersonId: org.sales2.id, reason: 'leave' });
    await org.sales2.api.post(`/api/handoffs/${proposed.body.id}/decline`, { reason: 'busy' });
    expect((await org.sales2.api.post(`/api/projects/${id}/advance`, {})).status).toBe(403);
    const toDiscovery = await org.sales.api.post(`/api/projects/${id}/advance`, { nomineeId: org.presales.id });
    await org.presales.api.post(`/api/handoffs/${toDiscovery.body.pendingHandoff.id}/accept`);
    await org.presales.api.post(`/api/projects/${id}/close`, { outcome: 'lost', reason: 'competitor won' });
    await scoreEveryone(org.presales.api, id);
    const handle = moat.temporal.workflow.getHandle(projectWorkflowId(id));
    await handle.result();
    const history = await handle.fetchHistory();
    await Worker.runReplayHistory({ workflowBundle: { codePath: inject('workflowBundlePath') }, sinks: workflowSpanSinks() }, history, projectWorkflowId(id));
    // A new run records one patch marker for every behaviour patched in (workflows/patches.ts), not one marker and
    // one search-attribute upsert per patch.
    const events = history.events ?? [];
    const markers = events.filter((e) => e.markerRecordedEventAttributes?.markerName === 'core_patch');
    expect(markers).toHaveLength(1);
    const patchData = markers[0]!.markerRecordedEventAttributes!.details!['patch-data']!.payloads![0]!.data!;
    expect(JSON.parse(Buffer.from(patchData).toString('utf8'))).toMatchObject({ id: NEWEST_PATCH_MARKER });
    // The short reads and the record are local activities (a marker each, written by the workflow task that accepts
    // the command: workflows/project-recorder.ts); only deliveries beyond the inbox are activity tasks.
    const localActivities = events.map((e) => e.markerRecordedEventAttributes).filter((m) => m?.markerName === 'core_local_activity');
    const updates = events.filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes).length;
    expect(localActivities.length).toBeGreaterThanOrEqual(updates + 1);
    const scheduled = events.map((e) => e.activityTaskScheduledEventAttributes?.activityType?.name).filter(Boolean);
    expect([...new Set(scheduled)].filter((name) => name !== 'deliverNotifications')).toEqual([]);
    expect((history.events ?? []).filter((e) => e.upsertWorkflowSearchAttributesEventAttributes).length).toBeLessThan(12);
    if (process.env.MOAT_RECORD_HISTORIES === '1') {
      await writeFile(path.join(HISTORIES, 'project-lifecycle-lost.json'), historyToJSON(history));
    }
  });

  it('a Match history (dispatch, request, over-budget exception, time, tier override, close won) replays', async () => {
    const match = await createMatchOrg(moat);
    const created = await match.sales.api.post('/api/projects', projectBody(match, { industry: match.industry }));
    const id = created.body.id;
    await match.centerLead.api.post(`/api/projects/${id}/dispatch`, { teamLeadId: match.teamLead.id });
    await match.director.api.post(`/api/projects/${id}/budget`, { amount: 3 * P2_DAY, reason: 'pilot' });
    const first = await match.sales.api.post(`/api/projects/${id}/resource-requests`, { role: 'presales', days: 2, personId: match.presalesP2.id, note: 'a' });
    const approved = await match.teamLead.api.post(`/api/approvals/${first.body.approvalId}/approve`, { comment: "the office expert on core banking" });
    const second = await match.sales.api.post(`/api/projects/${id}/resource-requests`, { role: 'presales', days: 2, note: 'b' });
    const waiting = await match.teamLead.api.post(`/api/approvals/${second.body.approvalId}/approve`, { personId: match.presalesP3.id });
    const exceptionId = waiting.body.resourceRequests[1].exceptionApprovalId;
    await match.director.api.post(`/api/approvals/${exceptionId}/approve`, {});
    const today = new Date().toISOString().slice(0, 10);
    await match.presalesP2.api.post(`/api/projects/${id}/time-entries`, { bookingId: approved.body.bookings[0].id, date: today, days: 1 });
    await match.director.api.post(`/api/projects/${id}/tier`, { tier: 'B', reason: 'smaller scope' });
    for (const stage of ['discovery', 'solution', 'poc', 'proposal', 'negotiation']) {
      const owner = (await match.sales.api.get(`/api/projects/${id}`)).body.ownerId === match.sales.id ? match.sales : match.presales;
      const nominee = stage === 'discovery' ? match.presales.id : stage === 'proposal' ? match.sales.id : undefined;
      if (stage === 'proposal') {
        const signed = await match.teamLead.api.post(`/api/projects/${id}/feasibility`, { approved: true, note: 'the center can deliver it' });
        expect(signed.status, JSON.stringify(signed.body)).toBe(201);
      }
      const advanced = await owner.api.post(`/api/projects/${id}/advance`, nominee ? { nomineeId: nominee } : {});
      expect(advanced.status, JSON.stringify(advanced.body)).toBe(200);
      if (advanced.body.pendingHandoff) {
        const to = advanced.body.pendingHandoff.toPersonId === match.presales.id ? match.presales : match.sales;
        await to.api.post(`/api/handoffs/${advanced.body.pendingHandoff.id}/accept`);
      }
    }
    const closed = await match.sales.api.post(`/api/projects/${id}/close`, { outcome: 'won' });
    expect(closed.body).toMatchObject({ status: 'won', committed: { amount: 0 }, actual: { amount: P2_DAY } });
    await scoreEveryone(match.sales.api, id);
    await acceptAndGoLive(match.teamLead, id);
    const handle = moat.temporal.workflow.getHandle(projectWorkflowId(id));
    await handle.result();
    const history = await handle.fetchHistory();
    await Worker.runReplayHistory({ workflowBundle: { codePath: inject('workflowBundlePath') }, sinks: workflowSpanSinks() }, history, projectWorkflowId(id));
    if (process.env.MOAT_RECORD_HISTORIES === '1') {
      await writeFile(path.join(HISTORIES, 'project-match-won.json'), historyToJSON(history));
    }
  });
});
