import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectWorkflowId } from '../workflows/project-messages';
import { createOrg, projectBody, scoreEveryone, signFeasibility, startTestMoat, uniqueSuffix, type Org, type TestMoat } from './support/moat';
import { acceptAndGoLive } from './support/walk';

let moat: TestMoat;
let org: Org;

beforeAll(async () => {
  moat = await startTestMoat();
  org = await createOrg(moat);
});

afterAll(async () => {
  await moat?.stop();
});

async function openProject(overrides: Record<string, unknown> = {}) {
  const reply = await org.sales.api.post('/api/projects', projectBody(org, overrides));
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return reply.body as { id: string; tier: string; stage: string; ownerId: string; status: string };
}

async function recordCounts(projectId: string) {
  const count = async (sql: string) => Number((await moat.pool.query(sql, [projectId])).rows[0].n);
  return {
    events: await count('select count(*) as n from project_events where project_id = $1'),
    audit: await count(`select count(*) as n from audit_log where entity_type = 'project' and entity_id = $1::text`),
    stages: await count('select count(*) as n from stage_history where project_id = $1'),
    owners: await count('select count(*) as n from project_ownerships where project_id = $1'),
    currentOwners: await count('select count(*) as n from project_ownerships where project_id = $1 and ended_at is null'),
    handoffs: await count('select count(*) as n from handoffs where project_id = $1'),
  };
}

describe('a project walks its pipeline with exactly one owner', () => {
  it('create → every stage with handoffs → close won, with the whole record in Postgres', async () => {
    const created = await openProject();
    expect(created).toMatchObject({ tier: 'A', stage: 'qualify', ownerId: org.sales.id, status: 'open' });

    // qualify → discovery: presales owns discovery, so the advance names a nominee and opens a handoff.
    const toDiscovery = await org.sales.api.post(`/api/projects/${created.id}/advance`, { nomineeId: org.presales.id });
    expect(toDiscovery.status).toBe(200);
    expect(toDiscovery.body).toMatchObject({ stage: 'discovery', ownerId: org.sales.id });
    expect(toDiscovery.body.pendingHandoff).toMatchObject({ toPersonId: org.presales.id, kind: 'stage', status: 'pending' });

    const inbox = await org.presales.api.get('/api/me/inbox');
    expect(inbox.body.handoffs.map((h: { id: string }) => h.id)).toContain(toDiscovery.body.pendingHandoff.id);

    const accepted = await org.presales.api.post(`/api/handoffs/${toDiscovery.body.pendingHandoff.id}/accept`);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ ownerId: org.presales.id, pendingHandoff: null });

    for (const stage of ['solution', 'poc']) {
      const advanced = await org.presales.api.post(`/api/projects/${created.id}/advance`, {});
      expect(advanced.status, JSON.stringify(advanced.body)).toBe(200);
      expect(advanced.body.stage).toBe(stage);
    }
    // 交付可行性确认: proposal needs delivery's positive sign-off on record.
    const ungated = await org.presales.api.post(`/api/projects/${created.id}/advance`, { nomineeId: org.sales.id });
    expect(ungated.status).toBe(409);
    expect(ungated.body.error.message).toMatch(/feasibility/);
    await signFeasibility(org, created.id);
    const toProposal = await org.presales.api.post(`/api/projects/${created.id}/advance`, { nomineeId: org.sales.id });
    expect(toProposal.body).toMatchObject({ stage: 'proposal', ownerId: org.presales.id });
    await org.sales.api.post(`/api/handoffs/${toProposal.body.pendingHandoff.id}/accept`);
    const toNegotiation = await org.sales.api.post(`/api/projects/${created.id}/advance`, { fromStage: 'proposal' });
    expect(toNegotiation.body).toMatchObject({ stage: 'negotiation', ownerId: org.sales.id });

    const closed = await org.sales.api.post(`/api/projects/${created.id}/close`, { outcome: 'won', reason: 'signed' });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'won', closeReason: 'signed' });
    expect(closed.body.closedAt).toBeTruthy();

    expect(closed.body.stages.map((s: { stage: string }) => s.stage)).toEqual([
      'qualify', 'discovery', 'solution', 'poc', 'proposal', 'negotiation',
    ]);
    expect(closed.body.owners.map((o: { personId: string }) => o.personId)).toEqual([org.sales.id, org.presales.id, org.sales.id]);
    expect(closed.body.timeline.map((e: { type: string }) => e.type)).toEqual([
      'project_opened', 'budget_set', 'dispatch_requested', 'stage_advanced', 'handoff_proposed', 'handoff_accepted',
      'stage_advanced', 'stage_advanced', 'approval_decided', 'feasibility_signed', 'stage_advanced', 'handoff_proposed',
      'handoff_accepted', 'stage_advanced', 'project_closed', 'credit_granted', 'delivery_handoff_offered', 'scoring_requested',
    ]);
    expect(await recordCounts(created.id)).toEqual({ events: 18, audit: 18, stages: 6, owners: 3, currentOwners: 0, handoffs: 2 });

    const live = await org.director.api.get(`/api/projects/${created.id}/live`);
    expect(live.body).toMatchObject({ status: 'won', seq: 18 });
    // 主负责人打分: the owner at close scores everyone who took part; the workflow ends when all are scored.
    const scoring = (await org.sales.api.get(`/api/projects/${created.id}/scoring`)).body;
    expect(scoring).toMatchObject({ status: 'open', scorerId: org.sales.id });
    expect([...scoring.participants].sort()).toEqual([org.presales.id, org.manager.id, org.director.id].sort());
    await scoreEveryone(org.sales.api, created.id);
    // 交付移交: the team lead appointed at dispatch (the office manager here) takes the delivery to go-live.
    await acceptAndGoLive(org.manager, created.id);
    const result = await moat.temporal.workflow.getHandle(projectWorkflowId(created.id)).result();
    expect(result).toMatchObject({ status: 'won', ownerId: org.sales.id });
  });

  it('a C project skips the proof of concept', async () => {
    const created = await openProject({ expectedValue: { amount: 150_000_000, currency: 'CNY' } });
    expect(created.tier).toBe('C');
    await org.sales.api.post(`/api/projects/${created.id}/advance`, { nomineeId: org.presales.id });
    const project = await org.sales.api.get(`/api/projects/${created.id}`);
    await org.presales.api.post(`/api/handoffs/${project.body.pendingHandoff.id}/accept`);
    await org.presales.api.post(`/api/projects/${created.id}/advance`, {});
    await signFeasibility(org, created.id);
    const next = await org.presales.api.post(`/api/projects/${created.id}/advance`, { nomineeId: org.sales.id });
    expect(next.body.stage).toBe('proposal');
  });

  it('classifies tiers from the policy: strategic key-industry A, channel capped at C', async () => {
    const strategic = await openProject({ expectedValue: { amount: 600_000_000, currency: 'CNY' }, strategic: true });
    expect(strategic.tier).toBe('A');
    const channel = await openProject({ channel: true });
    expect(channel.tier).toBe('C');
    const small = await openProject({ expectedValue: { amount: 10_000_000, currency: 'CNY' } });
    expect(small.tier).toBe('E');
  });
});

describe('only the right person acts', () => {
  it('a non-owner advance is refused and changes nothing', async () => {
    const created = await openProject();
    const before = await recordCounts(created.id);
    const reply = await org.sales2.api.post(`/api/projects/${created.id}/advance`, { nomineeId: org.presales.id });
    expect(reply.status).toBe(404); // may not see the project: told it does not exist
    expect(reply.body.error).toMatchObject({ code: 'not_found' });
    expect(await recordCounts(created.id)).toEqual(before);
    expect((await org.sales.api.get(`/api/projects/${created.id}`)).body.stage).toBe('qualify');
  });

  it('only the nominee accepts or declines; a decline leaves the owner accountable', async () => {
    const created = await openProject();
    const proposed = await org.sales.api.post(`/api/projects/${created.id}/handoffs`, {
      toPersonId: org.sales2.id,
      reason: 'going on leave',
    });
    expect(proposed.status).toBe(201);
    expect((await org.presales.api.post(`/api/handoffs/${proposed.body.id}/accept`)).status).toBe(404); // may not see the project: told it does not exist
    expect((await org.sales.api.post(`/api/handoffs/${proposed.body.id}/decline`, { reason: 'x' })).status).toBe(403);
    const missingReason = await org.sales2.api.post(`/api/handoffs/${proposed.body.id}/decline`, {});
    expect(missingReason.status).toBe(400);
    expect(missingReason.body.error.details[0].path).toBe('body.reason');

    const declined = await org.sales2.api.post(`/api/handoffs/${proposed.body.id}/decline`, { reason: 'too busy' });
    expect(declined.status).toBe(200);
    expect(declined.body).toMatchObject({ ownerId: org.sales.id, pendingHandoff: null });
    const again = await org.sales2.api.post(`/api/handoffs/${proposed.body.id}/accept`);
    expect(again.status).toBe(409);
    const handoff = await org.sales.api.get(`/api/handoffs/${proposed.body.id}`);
    expect(handoff.body).toMatchObject({ status: 'declined', decisionReason: 'too busy', decidedById: org.sales2.id });
  });

  it("the owner's manager may propose a handoff; a stranger may not", async () => {
    const created = await openProject();
    const stranger = await org.outsider.api.post(`/api/projects/${created.id}/handoffs`, { toPersonId: org.sales2.id, reason: 'x' });
    expect(stranger.status).toBe(404); // may not see the project: told it does not exist
    const byManager = await org.manager.api.post(`/api/projects/${created.id}/handoffs`, {
      toPersonId: org.sales2.id,
      reason: 'rebalancing the team',
    });
    expect(byManager.status).toBe(201);
    expect(byManager.body).toMatchObject({ proposedById: org.manager.id, fromPersonId: org.sales.id });
    const accepted = await org.sales2.api.post(`/api/handoffs/${byManager.body.id}/accept`);
    expect(accepted.body.ownerId).toBe(org.sales2.id);
  });

  it('a second handoff while one is pending is 409; so is advancing', async () => {
    const created = await openProject();
    const first = await org.sales.api.post(`/api/projects/${created.id}/handoffs`, { toPersonId: org.sales2.id, reason: 'leave' });
    expect(first.status).toBe(201);
    const second = await org.sales.api.post(`/api/projects/${created.id}/handoffs`, { toPersonId: org.outsider.id, reason: 'other' });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('conflict');
    const advance = await org.sales.api.post(`/api/projects/${created.id}/advance`, { nomineeId: org.presales.id });
    expect(advance.status).toBe(409);
    const handoffs = await moat.pool.query('select count(*)::int as n from handoffs where project_id = $1', [created.id]);
    expect(handoffs.rows[0].n).toBe(1);
  });

  it('a stale advance (fromStage) is 409; a nominee without the role is 400', async () => {
    const created = await openProject();
    const stale = await org.sales.api.post(`/api/projects/${created.id}/advance`, { fromStage: 'discovery' });
    expect(stale.status).toBe(409);
    const noNominee = await org.sales.api.post(`/api/projects/${created.id}/advance`, {});
    expect(noNominee.status).toBe(400);
    expect(noNominee.body.error.details).toEqual([{ path: 'nomineeId', message: 'required: a person with role presales' }]);
    const wrongRole = await org.sales.api.post(`/api/projects/${created.id}/advance`, { nomineeId: org.sales2.id });
    expect(wrongRole.status).toBe(400);
    const unknown = await org.sales.api.post(`/api/projects/${created.id}/advance`, { nomineeId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details[0].path).toBe('body.nomineeId');
  });

  it('close: lost needs a reason, won only from negotiation, closed is final', async () => {
    const created = await openProject();
    expect((await org.sales.api.post(`/api/projects/${created.id}/close`, { outcome: 'won' })).status).toBe(409);
    const noReason = await org.sales.api.post(`/api/projects/${created.id}/close`, { outcome: 'lost' });
    expect(noReason.status).toBe(400);
    expect((await org.sales2.api.post(`/api/projects/${created.id}/close`, { outcome: 'lost', reason: 'x' })).status).toBe(404); // may not see the project: told it does not exist
    const pending = await org.sales.api.post(`/api/projects/${created.id}/handoffs`, { toPersonId: org.sales2.id, reason: 'leave' });
    const lost = await org.sales.api.post(`/api/projects/${created.id}/close`, { outcome: 'lost', reason: 'budget cut' });
    expect(lost.status).toBe(200);
    expect(lost.body).toMatchObject({ status: 'lost', closeReason: 'budget cut', pendingHandoff: null });
    expect((await org.sales.api.get(`/api/handoffs/${pending.body.id}`)).body.status).toBe('cancelled');
    expect((await org.sales.api.post(`/api/projects/${created.id}/advance`, {})).status).toBe(409);
  });
});

describe('the API edge', () => {
  it('malformed bodies are 400 naming the bad fields', async () => {
    const reply = await org.sales.api.post('/api/projects', {
      name: '',
      industry: 'finance',
      officeId: 'not-a-uuid',
      expectedValue: { amount: 12.5, currency: 'cny' },
      salesOwnerId: org.sales.id,
    });
    expect(reply.status).toBe(400);
    expect(reply.body.error.code).toBe('invalid');
    const paths = reply.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(
      expect.arrayContaining(['body.name', 'body.customerName', 'body.officeId', 'body.expectedValue.amount', 'body.expectedValue.currency']),
    );
    const notJson = await org.sales.api.request('POST', '/api/projects', '{"name":', {});
    expect(notJson.status).toBe(400);
    const unsupported = await org.sales.api.post('/api/projects', projectBody(org, { expectedValue: { amount: 1, currency: 'XYZ' } }));
    expect(unsupported.status).toBe(400);
    expect(unsupported.body.error.details[0].path).toBe('body.expectedValue.currency');
  });

  it('no token or a bad token is 401; a non-admin creating people is 403', async () => {
    expect((await moat.api.get('/api/projects')).status).toBe(401);
    expect((await moat.api.as('moat_not-a-real-token').get('/api/projects')).status).toBe(401);
    const forbidden = await org.sales.api.post('/api/people', { name: 'x', email: `x${uniqueSuffix()}@e.cn`, roles: ['sales'] });
    expect(forbidden.status).toBe(403);
    expect((await org.sales.api.post('/api/offices', { name: 'x', region: 'y', managerId: org.manager.id })).status).toBe(403);
    expect((await moat.api.get('/healthz')).status).toBe(200);
  });

  it('a sales person opens projects they own', async () => {
    const reply = await org.sales2.api.post('/api/projects', projectBody(org));
    expect(reply.status).toBe(403);
    const presalesOwner = await org.manager.api.post('/api/projects', projectBody(org, { salesOwnerId: org.presales.id }));
    expect(presalesOwner.status).toBe(400);
  });

  it('a retried create with the same Idempotency-Key gives one project and one workflow', async () => {
    const body = projectBody(org, { salesOwnerId: org.sales2.id });
    const key = `create-${uniqueSuffix()}`;
    const first = await org.sales2.api.post('/api/projects', body, { 'idempotency-key': key });
    const retry = await org.sales2.api.post('/api/projects', body, { 'idempotency-key': key });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(first.body.id);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    const misuse = await org.sales2.api.post('/api/projects', { ...body, name: 'other' }, { 'idempotency-key': key });
    expect(misuse.status).toBe(409);

    // Two racing requests with a fresh key: whatever each answers, one project and one workflow exist.
    const raceKey = `race-${uniqueSuffix()}`;
    const raced = await Promise.all([1, 2].map(() => org.sales2.api.post('/api/projects', { ...body, name: raceKey }, { 'idempotency-key': raceKey })));
    expect(raced.some((r) => r.status === 201)).toBe(true);
    const rows = await moat.pool.query('select id from projects where name in ($1, $2)', [body.name, raceKey]);
    expect(rows.rowCount).toBe(2);
    for (const { id } of rows.rows) {
      const runs = [];
      for await (const run of moat.temporal.workflow.list({ query: `WorkflowId = '${projectWorkflowId(id)}'` })) runs.push(run);
      expect(runs).toHaveLength(1);
    }
  });

  it('a retried command with the same Idempotency-Key answers as the first time, even though the state moved on', async () => {
    const created = await openProject();
    const proposed = await org.sales.api.post(`/api/projects/${created.id}/handoffs`, { toPersonId: org.sales2.id, reason: 'leave' });
    const key = { 'idempotency-key': `accept-${proposed.body.id}` };
    const first = await org.sales2.api.post(`/api/handoffs/${proposed.body.id}/accept`, undefined, key);
    const retry = await org.sales2.api.post(`/api/handoffs/${proposed.body.id}/accept`, undefined, key);
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    const withoutKey = await org.sales2.api.post(`/api/handoffs/${proposed.body.id}/accept`);
    expect(withoutKey.status).toBe(409);
  });

  it('lists projects with filters and a cursor', async () => {
    const owner = org.sales2;
    for (let i = 0; i < 3; i++) await owner.api.post('/api/projects', projectBody(org, { salesOwnerId: owner.id }));
    const first = await owner.api.get(`/api/projects?ownerId=${owner.id}&status=open&limit=2`);
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toBeTruthy();
    const second = await owner.api.get(`/api/projects?ownerId=${owner.id}&status=open&limit=2&cursor=${first.body.nextCursor}`);
    const ids = [...first.body.items, ...second.body.items].map((p: { id: string }) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(3);
    expect((await owner.api.get('/api/projects?tier=Z')).status).toBe(400);
    expect((await owner.api.get('/api/projects?cursor=garbage')).status).toBe(400);
    expect((await owner.api.get('/api/projects/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('serves OpenAPI, docs, and readiness', async () => {
    const openapi = await moat.api.get('/openapi.json');
    expect(openapi.status).toBe(200);
    expect(openapi.body.openapi).toMatch(/^3\./);
    expect(Object.keys(openapi.body.paths)).toEqual(
      expect.arrayContaining(['/api/projects', '/api/projects/{id}/advance', '/api/handoffs/{id}/accept', '/api/people']),
    );
    const docs = await fetch(`${moat.apiUrl}/docs`);
    expect(docs.status).toBe(200);
    const ready = await moat.api.get('/readyz');
    expect(ready.body).toEqual({ postgres: { ok: true }, temporal: { ok: true } });
  });

  it('publishes tier, stage and owner as search attributes', async () => {
    const created = await openProject();
    await org.sales.api.post(`/api/projects/${created.id}/advance`, { nomineeId: org.presales.id });
    let found: string[] = [];
    for (let attempt = 0; attempt < 50 && found.length === 0; attempt++) {
      found = [];
      const query = `WorkflowId = '${projectWorkflowId(created.id)}' AND MoatStage = 'discovery' AND MoatTier = 'A' AND MoatOwner = '${org.sales.id}'`;
      for await (const run of moat.temporal.workflow.list({ query })) found.push(run.workflowId);
      if (found.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(found).toEqual([projectWorkflowId(created.id)]);
  });
});

describe('the database enforces one owner as well as the workflow', () => {
  it('refuses a second current owner, an owner that disagrees with the ownership record, and no owner', async () => {
    const created = await openProject();
    const secondOwner = moat.pool.query(
      `insert into project_ownerships (project_id, seq, person_id, via, started_at) values ($1, 999, $2, 'handoff', now())`,
      [created.id, org.sales2.id],
    );
    await expect(secondOwner).rejects.toThrow(/project_ownerships_one_current/);
    await expect(moat.pool.query('update projects set owner_id = $2 where id = $1', [created.id, org.sales2.id])).rejects.toThrow(
      /disagrees/,
    );
    await expect(moat.pool.query('update project_ownerships set ended_at = now() where project_id = $1', [created.id])).rejects.toThrow(
      /exactly one current owner/,
    );
    const project = await org.sales.api.get(`/api/projects/${created.id}`);
    expect(project.body.ownerId).toBe(org.sales.id);
  });
});
