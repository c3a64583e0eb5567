import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectBody, scoreEveryone, startTestMoat, type Member, type TestMoat } from './support/moat';
import { createMatchOrg, type MatchOrg } from './support/match-org';
import { acceptAndGoLive, walkToNegotiation } from './support/walk';

let moat: TestMoat;
let org: MatchOrg & { industry: string };

beforeAll(async () => {
  moat = await startTestMoat();
  org = await createMatchOrg(moat);
});

afterAll(async () => {
  await moat?.stop();
});

const VALUE = 1_200_000_000;

/** A tier A project of the org's industry, dispatched to the center's team lead, walked to negotiation. */
async function toNegotiation(): Promise<string> {
  const created = await org.sales.api.post('/api/projects', projectBody(org, { industry: org.industry, expectedValue: { amount: VALUE, currency: 'CNY' } }));
  const id = created.body.id;
  expect((await org.centerLead.api.post(`/api/projects/${id}/dispatch`, { teamLeadId: org.teamLead.id })).status).toBe(200);
  const toDiscovery = await org.sales.api.post(`/api/projects/${id}/advance`, { nomineeId: org.presales.id });
  await org.presales.api.post(`/api/handoffs/${toDiscovery.body.pendingHandoff.id}/accept`);
  await org.presales.api.post(`/api/projects/${id}/advance`, {});
  await org.presales.api.post(`/api/projects/${id}/advance`, {});
  expect((await org.teamLead.api.post(`/api/projects/${id}/feasibility`, { approved: true, note: 'center can deliver' })).status).toBe(201);
  const toProposal = await org.presales.api.post(`/api/projects/${id}/advance`, { nomineeId: org.sales.id });
  await org.sales.api.post(`/api/handoffs/${toProposal.body.pendingHandoff.id}/accept`);
  const negotiation = await org.sales.api.post(`/api/projects/${id}/advance`, {});
  expect(negotiation.body.stage).toBe('negotiation');
  return id;
}

async function creditRows(projectId: string) {
  const { rows } = await moat.pool.query(
    'select person_id, credit_role, basis_points, amount from credit_entries where project_id = $1 order by id',
    [projectId],
  );
  return rows;
}

async function creditSums(projectId: string) {
  const { rows } = await moat.pool.query(
    `select person_id, credit_role, sum(amount)::bigint as amount from credit_entries where project_id = $1
     group by person_id, credit_role order by credit_role`,
    [projectId],
  );
  return rows.map((r) => ({ ...r, amount: Number(r.amount) }));
}

/** The sales owner closes `id` won at `amount` CNY fen, crediting `presalesLead` and `deliveryManager`. */
async function closeWon(id: string, amount: number, presalesLead: Member, deliveryManager: Member) {
  const won = await org.sales.api.post(`/api/projects/${id}/close`, {
    outcome: 'won',
    finalValue: { amount, currency: 'CNY' },
    presalesLeadId: presalesLead.id,
    deliveryManagerId: deliveryManager.id,
  });
  expect(won.status, JSON.stringify(won.body)).toBe(200);
  return won;
}

describe('credit for everyone who won it (背数字, 双算)', () => {
  it('a win credits the sales owner, the presales lead and the delivery manager 100% each; revenue counts once', async () => {
    const id = await toNegotiation();
    const won = await closeWon(id, 1_000_000_000, org.presales, org.teamLead);
    expect(await creditRows(id)).toEqual([
      { person_id: org.sales.id, credit_role: 'sales_owner', basis_points: 10_000, amount: 1_000_000_000 },
      { person_id: org.presales.id, credit_role: 'presales_lead', basis_points: 10_000, amount: 1_000_000_000 },
      { person_id: org.teamLead.id, credit_role: 'delivery_manager', basis_points: 10_000, amount: 1_000_000_000 },
    ]);
    const revenue = await moat.pool.query('select amount from revenue_entries where project_id = $1', [id]);
    expect(revenue.rows).toEqual([{ amount: 1_000_000_000 }]);
    expect(won.body.timeline.some((e: { type: string }) => e.type === 'credit_granted')).toBe(true);

    // A corrected final value appends deltas, never edits: down to 900 million, then up to 950.
    expect((await org.sales.api.post(`/api/projects/${id}/final-value`, { amount: 900_000_000, reason: 'x' })).status).toBe(403);
    const down = await org.director.api.post(`/api/projects/${id}/final-value`, { amount: 900_000_000, reason: 'discount at signing' }, { 'idempotency-key': `fv-${id}-1` });
    expect(down.status, JSON.stringify(down.body)).toBe(200);
    expect(down.body).toMatchObject({ finalValue: { amount: 900_000_000 }, entries: 4 });
    const retried = await org.director.api.post(`/api/projects/${id}/final-value`, { amount: 900_000_000, reason: 'discount at signing' }, { 'idempotency-key': `fv-${id}-1` });
    expect(retried.body).toEqual(down.body);
    await org.director.api.post(`/api/projects/${id}/final-value`, { amount: 950_000_000, reason: 'option added' });
    expect(await creditSums(id)).toEqual([
      { person_id: org.teamLead.id, credit_role: 'delivery_manager', amount: 950_000_000 },
      { person_id: org.presales.id, credit_role: 'presales_lead', amount: 950_000_000 },
      { person_id: org.sales.id, credit_role: 'sales_owner', amount: 950_000_000 },
    ]);
    expect((await creditRows(id)).map((r) => r.amount).filter((a) => a < 0)).toEqual([-100_000_000, -100_000_000, -100_000_000]);
    const revenueSum = await moat.pool.query('select sum(amount)::bigint as sum, count(*)::int as n from revenue_entries where project_id = $1', [id]);
    expect(revenueSum.rows[0]).toEqual({ sum: 950_000_000, n: 3 });
    await expect(moat.pool.query('update credit_entries set amount = 0 where project_id = $1', [id])).rejects.toThrow(/append-only/);

    const today = new Date().toISOString().slice(0, 10);
    const window = `from=${today}&to=${new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)}`;
    const report = await org.director.api.get(`/api/reports/credits?groupBy=person&${window}`);
    expect(report.status, JSON.stringify(report.body)).toBe(200);
    expect(JSON.stringify(report.body)).toContain(id);
    await scoreEveryone(org.sales.api, id);
  });

  it('a lost deal credits nobody and has no final value to correct', async () => {
    const created = await org.sales.api.post('/api/projects', projectBody(org, { industry: org.industry }));
    const lost = await org.sales.api.post(`/api/projects/${created.body.id}/close`, { outcome: 'lost', reason: 'price' });
    expect(lost.status).toBe(200);
    expect(await creditRows(created.body.id)).toEqual([]);
    expect((await org.director.api.post(`/api/projects/${created.body.id}/final-value`, { amount: 1, reason: 'x' })).status).toBe(409);
  });
});

describe('the primary owner scores everyone who took part (主负责人打分)', () => {
  it('people named for credit at close are scored too, though they took no other part: the lead the office manager appointed', async () => {
    const created = await org.sales.api.post('/api/projects', projectBody(org, { industry: org.industry, expectedValue: { amount: 150_000_000, currency: 'CNY' } }));
    expect(created.body.tier).toBe('C');
    const id = created.body.id;
    // Tier C: the office manager dispatches; the lead appointed owns no stage, books nothing, decides and signs nothing.
    expect((await org.manager.api.post(`/api/projects/${id}/dispatch`, { teamLeadId: org.presales2.id })).status).toBe(200);
    await walkToNegotiation(org, id, org.delivery);
    await closeWon(id, 150_000_000, org.presales2, org.delivery);
    const scoring = (await org.sales.api.get(`/api/projects/${id}/scoring`)).body;
    // presales owned stages; the manager decided the dispatch; delivery signed feasibility; presales2 only holds credit.
    expect([...scoring.participants].sort()).toEqual([org.presales.id, org.manager.id, org.delivery.id, org.presales2.id].sort());
  });

  it('validates missing, foreign, self and out-of-range scores; partial submissions until complete; then the workflow ends', async () => {
    const id = await toNegotiation();
    await org.sales.api.post(`/api/projects/${id}/close`, { outcome: 'won' });
    const scoring = (await org.sales.api.get(`/api/projects/${id}/scoring`)).body;
    expect(scoring).toMatchObject({ status: 'open', scorerId: org.sales.id });
    // presales owned stages; the center lead decided the dispatch; the team lead signed feasibility.
    expect([...scoring.participants].sort()).toEqual([org.presales.id, org.centerLead.id, org.teamLead.id].sort());
    expect((await org.sales.api.get('/api/me/notifications')).body.items.some((n: { kind: string; projectId: string }) => n.kind === 'scoring_requested' && n.projectId === id)).toBe(true);

    const notScorer = await org.presales.api.post(`/api/projects/${id}/scores`, { scores: [{ personId: org.teamLead.id, score: 5, comment: 'great' }] });
    expect(notScorer.status).toBe(403);
    const bad = await org.sales.api.post(`/api/projects/${id}/scores`, {
      scores: [
        { personId: org.sales.id, score: 5, comment: 'me' },
        { personId: org.outsider.id, score: 3, comment: 'who?' },
        { personId: org.presales.id, score: 7, comment: 'too good' },
        { personId: org.teamLead.id, score: 2.5, comment: 'half' },
      ],
    });
    expect(bad.status).toBe(400);
    const paths = bad.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['scores[0].personId', 'scores[1].personId', 'scores[2].score', 'scores[3].score']));
    expect((await org.sales.api.get(`/api/projects/${id}/scoring`)).body.scores).toEqual([]);

    const partial = await org.sales.api.post(`/api/projects/${id}/scores`, { scores: [{ personId: org.presales.id, score: 5, comment: 'carried discovery' }] });
    expect(partial.status).toBe(200);
    // A score is seen by the scorer, the person scored, the managers above them and directors; nobody else.
    const seenBy = async (who: { api: typeof org.sales.api }) => (await who.api.get(`/api/projects/${id}/scoring`)).body.scores.map((s: { personId: string }) => s.personId);
    expect(await seenBy(org.sales)).toEqual([org.presales.id]);
    expect(await seenBy(org.presales)).toEqual([org.presales.id]);
    expect(await seenBy(org.manager)).toEqual([org.presales.id]);
    expect(await seenBy(org.director)).toEqual([org.presales.id]);
    expect(await seenBy(org.teamLead)).toEqual([]);
    // People who may not see the project are told it does not exist, scores and all.
    expect((await org.outsider.api.get(`/api/projects/${id}/scoring`)).status).toBe(404);
    expect((await org.sales.api.get(`/api/projects/${id}/scoring`)).body.missing).toHaveLength(2);
    expect(partial.body).toMatchObject({ status: 'open' });
    expect([...partial.body.missing].sort()).toEqual([org.centerLead.id, org.teamLead.id].sort());
    const again = await org.sales.api.post(`/api/projects/${id}/scores`, { scores: [{ personId: org.presales.id, score: 1, comment: 'changed my mind' }] });
    expect(again.status).toBe(400);

    const rest = await org.sales.api.post(`/api/projects/${id}/scores`, {
      scores: [
        { personId: org.centerLead.id, score: 4, comment: 'dispatched fast' },
        { personId: org.teamLead.id, score: 3, comment: 'late feasibility' },
      ],
    });
    expect(rest.body).toMatchObject({ status: 'complete', missing: [] });
    // 交付移交: the won project's workflow also waits for its delivery to go live.
    await acceptAndGoLive(org.teamLead, id);
    const result = await moat.temporal.workflow.getHandle(`project-${id}`).result();
    expect(result).toMatchObject({ status: 'won' });
    const today = new Date().toISOString().slice(0, 10);
    const report = await org.director.api.get(`/api/reports/scores?from=${today}&to=${new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)}`);
    expect(report.status, JSON.stringify(report.body)).toBe(200);
    expect(JSON.stringify(report.body)).toContain('late feasibility');
  });
});

describe('delivery centers as one team (多位一体)', () => {
  it('an A/B booking outside the center needs a reason, recorded on the approval; a member books without one', async () => {
    const created = await org.sales.api.post('/api/projects', projectBody(org, { industry: org.industry }));
    const id = created.body.id;
    await org.centerLead.api.post(`/api/projects/${id}/dispatch`, { teamLeadId: org.teamLead.id });
    const outside = await org.sales.api.post(`/api/projects/${id}/resource-requests`, { role: 'presales', days: 1, personId: org.presalesP2.id, note: 'x' });
    const noReason = await org.teamLead.api.post(`/api/approvals/${outside.body.approvalId}/approve`, {});
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details).toEqual([{ path: 'comment', message: 'required for a person outside the delivery center' }]);
    const withReason = await org.teamLead.api.post(`/api/approvals/${outside.body.approvalId}/approve`, { comment: 'only core-banking expert free' });
    expect(withReason.status).toBe(200);
    const recorded = await moat.pool.query('select outside_center_reason from approvals where id = $1', [outside.body.approvalId]);
    expect(recorded.rows[0].outside_center_reason).toBe('only core-banking expert free');

    const inside = await org.sales.api.post(`/api/projects/${id}/resource-requests`, { role: 'presales', days: 1, personId: org.presalesP3.id, note: 'y' });
    const member = await org.teamLead.api.post(`/api/approvals/${inside.body.approvalId}/approve`, {});
    expect(member.status).toBe(200);
    const unrecorded = await moat.pool.query('select outside_center_reason from approvals where id = $1', [inside.body.approvalId]);
    expect(unrecorded.rows[0].outside_center_reason).toBeNull();
  });
});
