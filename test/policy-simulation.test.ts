import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type PolicyDocument } from '../domain/policy';
import { CNY, today, yuan } from './support/amounts';
import { createMatchOrg, type MatchOrg } from './support/match-org';
import { createOrg, projectBody, startTestMoat, type Member, type Org, type TestMoat } from './support/moat';
import { advance, walkAndWin } from './support/walk';

/**
 * What-if (POST /api/policy/simulate), held against projects actually run: the same four projects are run for real
 * under the current policy in one office and under the candidate in another, then the candidate is simulated on the
 * first office's record. What the simulator says the candidate would have done must be what it did.
 *
 * SLAs in seconds (calendar off) so the qualify ladders fire inside the test: the current policy reminds at 4 s and is
 * due at 8 s, the candidate reminds at 1.5 s, is due at 3 s and climbs every 2 s (5 s, then 7 s). Every project
 * leaves qualify 6 s after it opened: once reminded under the current policy, three steps under the candidate.
 */

const SECOND = 1 / 3600;
const HOLD_MS = 6_000;

function fastPolicy(qualifySeconds: number, stepSeconds: number): PolicyDocument {
  const policy = structuredClone(DEFAULT_POLICY);
  policy.calendar = { ...policy.calendar, enabled: false };
  policy.pipeline.stages = policy.pipeline.stages.map((s) => ({ ...s, slaHours: s.key === 'qualify' ? qualifySeconds * SECOND : 3600 }));
  policy.sla = { approvalHours: { dispatch: 3600, resource: 3600, over_budget: 3600 }, handoffOfferHours: 3600, scoringHours: 3600 };
  policy.escalation = { reminderAtBasisPoints: 5_000, stepHours: stepSeconds * SECOND, maxLevels: 3, newOwnerGraceHours: 3600 };
  return policy;
}

const CURRENT = fastPolicy(8, 6);
/** 8 M CNY for tier A instead of 10 M, a C budget of 0.1 %, the presales lead credited at half. */
const CANDIDATE = (() => {
  const policy = fastPolicy(3, 2);
  policy.tiers.thresholds.CNY!.A = yuan(8_000_000);
  policy.budget.tiers.C = { kind: 'share_of_expected_value', basisPoints: 10 };
  policy.credit = { ...policy.credit, presalesLeadBasisPoints: 5_000 };
  return policy;
})();

const PROJECTS = { big: 12_000_000, nine: 9_000_000, small: 2_000_000, tiny: 100_000 } as const;
type Key = keyof typeof PROJECTS;

let moat: TestMoat;
let org1: MatchOrg & { industry: string };
let org2: Org;
const ids: Record<'first' | 'second', Record<Key, string>> = { first: {} as Record<Key, string>, second: {} as Record<Key, string> };

const sleepUntil = (at: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())));

type Opened = Record<Key, { id: string; at: number }>;

/** The four projects opened in `org`'s office under the policy in force. */
async function openProjects(org: Org): Promise<Opened> {
  const opened = {} as Opened;
  for (const key of Object.keys(PROJECTS) as Key[]) {
    const reply = await org.sales.api.post('/api/projects', projectBody(org, { name: `${key} ${org.officeId.slice(0, 4)}`, industry: org1.industry, expectedValue: CNY(yuan(PROJECTS[key])) }));
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    opened[key] = { id: reply.body.id, at: Date.now() };
  }
  return opened;
}

/** Then run for real: dispatched, staffed, held 6 s in qualify, the big one won. */
async function runProjects(org: Org, opened: Opened): Promise<Record<Key, string>> {
  const request = async (projectId: string, approver: Member) => {
    const asked = await org.sales.api.post(`/api/projects/${projectId}/resource-requests`, { role: 'presales', days: 2, personId: org1.presalesP2.id, note: 'workshop' });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    const approved = await approver.api.post(`/api/approvals/${asked.body.approvalId}/approve`, { comment: 'from the office' });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  };
  for (const key of ['big', 'nine'] as const) {
    const dispatched = await org1.centerLead.api.post(`/api/projects/${opened[key].id}/dispatch`, { teamLeadId: org1.teamLead.id });
    expect(dispatched.status, JSON.stringify(dispatched.body)).toBe(200);
    await request(opened[key].id, org1.teamLead);
  }
  await request(opened.small.id, org.manager);
  await Promise.all(
    (Object.keys(PROJECTS) as Key[]).map(async (key) => {
      await sleepUntil(opened[key].at + HOLD_MS);
      if (key === 'big') await walkAndWin(org, opened[key].id, org1.teamLead, yuan(12_000_000));
      else await advance(org.sales, opened[key].id, org.presales);
    }),
  );
  return Object.fromEntries(Object.entries(opened).map(([k, v]) => [k, v.id])) as Record<Key, string>;
}

async function publish(document: PolicyDocument, reason: string): Promise<void> {
  const published = await moat.admin.put('/api/policy', { document, reason });
  expect(published.status, JSON.stringify(published.body)).toBe(201);
}

beforeAll(async () => {
  moat = await startTestMoat();
  org1 = await createMatchOrg(moat);
  org2 = await createOrg(moat);
  // The second office runs under the candidate; then the current policy is published and the first office runs under it.
  await publish(CANDIDATE, 'what-if test: the candidate, for real');
  const second = await openProjects(org2);
  await publish(CURRENT, 'what-if test: the current policy');
  const first = await openProjects(org1);
  [ids.second, ids.first] = await Promise.all([runProjects(org2, second), runProjects(org1, first)]);
}, 120_000);

afterAll(async () => {
  await moat?.admin.put('/api/policy', { document: DEFAULT_POLICY, reason: 'restore defaults after the what-if tests' });
  await moat?.stop();
});

const simulate = (who: Member | { api: TestMoat['admin'] }, body: Record<string, unknown>) => who.api.post('/api/policy/simulate', body);

/** What was recorded for the office's projects: tiers, budgets, dispatchers, approvals by post and person, exceptions, escalations, credit. */
async function recorded(officeId: string) {
  const q = async <T>(sql: string) => (await moat.pool.query(sql, [officeId])).rows as T[];
  const projects = await q<{ id: string; tier: string; budget: string; dispatchTo: string; dispatcherId: string | null }>(
    `select p.id, p.tier, p.budget_amount as budget, a.approver_kind as "dispatchTo", a.approver_id as "dispatcherId"
     from projects p join approvals a on a.project_id = p.id and a.kind = 'dispatch' where p.office_id = $1`,
  );
  const byPost = await q<{ post: string; n: string }>(
    `select approver_kind as post, count(*) as n from approvals a join projects p on p.id = a.project_id where p.office_id = $1 group by 1`,
  );
  const byPerson = await q<{ personId: string | null; n: string }>(
    `select approver_id as "personId", count(*) as n from approvals a join projects p on p.id = a.project_id where p.office_id = $1 group by 1`,
  );
  const escalations = await q<{ level: number; n: string }>(
    `select level, count(*) as n from escalations e join projects p on p.id = e.project_id where p.office_id = $1 group by 1 order by 1`,
  );
  const credit = await q<{ role: string; amount: string }>(
    `select credit_role as role, sum(amount) as amount from credit_entries c join projects p on p.id = c.project_id where p.office_id = $1 group by 1`,
  );
  const levels: number[] = [];
  for (const e of escalations) levels[e.level] = Number(e.n);
  return {
    projects: new Map(projects.map((p) => [p.id, { tier: p.tier, budget: Number(p.budget), dispatchTo: p.dispatchTo, dispatcherId: p.dispatcherId }])),
    approvalsByPost: Object.fromEntries(byPost.map((r) => [r.post, Number(r.n)])),
    approvalsByPerson: byPerson.map((r) => ({ personId: r.personId, approvals: Number(r.n) })).sort((a, b) => b.approvals - a.approvals || String(a.personId).localeCompare(String(b.personId))),
    overBudgetExceptions: byPost.find((r) => r.post === 'director') ? Number(byPost.find((r) => r.post === 'director')!.n) : 0,
    escalationsByLevel: Array.from({ length: levels.length }, (_, i) => levels[i] ?? 0),
    credit: Object.fromEntries(credit.map((c) => [c.role, [{ amount: Number(c.amount), currency: 'CNY' }]])),
  };
}

type Outcome = {
  approvalsByPost: Record<string, number>;
  approvalsByPerson: unknown[];
  overBudgetExceptions: number;
  escalationsByLevel: number[];
  credit: Record<string, unknown[]>;
  tiers: Record<string, { projects: number }>;
};

function expectOutcomeAsRecorded(outcome: Outcome, record: Awaited<ReturnType<typeof recorded>>) {
  expect(outcome.approvalsByPost).toEqual(record.approvalsByPost);
  expect(outcome.approvalsByPerson).toEqual(record.approvalsByPerson);
  expect(outcome.overBudgetExceptions).toBe(record.overBudgetExceptions);
  expect(outcome.escalationsByLevel).toEqual(record.escalationsByLevel);
  expect(Object.fromEntries(Object.entries(outcome.credit).filter(([, v]) => v.length > 0))).toEqual(record.credit);
}

describe('what-if: a candidate policy on the record, held against projects run under it', () => {
  it('says what the candidate did to the same projects, and what the current policy did to these', async () => {
    const before = await moat.pool.query(`select (select count(*) from project_events) as e, (select count(*) from cost_ledger) as l, (select count(*) from notifications) as n`);
    const reply = await simulate(org1.director, { document: CANDIDATE, from: today, to: today, officeIds: [org1.officeId] });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    const { report } = reply.body;
    expect(reply.body).toMatchObject({ status: 'done', total: 4, done: 4, percent: 100 });
    expect(report.projects).toBe(4);

    const [first, second] = await Promise.all([recorded(org1.officeId), recorded(org2.officeId)]);
    // The candidate's escalations: three steps per project (the test's premise; if this fails the timings are off).
    expect(second.escalationsByLevel).toEqual([4, 4, 4]);
    expect(first.escalationsByLevel).toEqual([4]);
    expectOutcomeAsRecorded(report.current, first);
    const twinPosts = { ...second.approvalsByPost };
    expect(report.candidate.approvalsByPost).toEqual(twinPosts);
    expect(report.candidate.overBudgetExceptions).toBe(1);
    expect(report.candidate.overBudgetExceptions).toBe(second.overBudgetExceptions);
    expect(report.candidate.escalationsByLevel).toEqual(second.escalationsByLevel);
    expect(report.candidate.credit).toMatchObject(second.credit);
    expect(report.candidate.tiers.A.projects).toBe(2);
    expect(report.current.tiers.A.projects).toBe(1);

    // Project by project: the candidate's tier, budget and dispatcher are those its twin got.
    const changed = new Map(report.changed.map((c: { projectId: string }) => [c.projectId, c]));
    expect([...changed.keys()].sort()).toEqual([ids.first.nine, ids.first.small].sort());
    for (const key of Object.keys(PROJECTS) as Key[]) {
      const mine = first.projects.get(ids.first[key])!;
      const twin = second.projects.get(ids.second[key])!;
      const entry = changed.get(ids.first[key]) as { current: Record<string, unknown>; candidate: Record<string, unknown> } | undefined;
      // The twin's dispatcher is the post's holder for its own office: only the post is compared.
      const { dispatcherId: _theirs, ...post } = twin;
      if (!entry) {
        expect({ key, ...post }).toEqual({ key, tier: mine.tier, budget: mine.budget, dispatchTo: mine.dispatchTo });
        continue;
      }
      expect(entry.current).toMatchObject(mine);
      expect(entry.candidate).toMatchObject(post);
    }
    expect((changed.get(ids.first.small) as { candidate: { dispatcherId: string } }).candidate.dispatcherId).toBe(org1.manager.id);

    const after = await moat.pool.query(`select (select count(*) from project_events) as e, (select count(*) from cost_ledger) as l, (select count(*) from notifications) as n`);
    expect(after.rows[0]).toEqual(before.rows[0]);
  });

  it('the other way round: the current policy on the candidate office says what the current policy did', async () => {
    const reply = await simulate(org1.director, { document: CANDIDATE, from: today, to: today, officeIds: [org2.officeId] });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    const [first, second] = await Promise.all([recorded(org1.officeId), recorded(org2.officeId)]);
    expect(reply.body.report.current.escalationsByLevel).toEqual(first.escalationsByLevel);
    expect(reply.body.report.current.approvalsByPost).toEqual(first.approvalsByPost);
    expect(reply.body.report.candidate.escalationsByLevel).toEqual(second.escalationsByLevel);
    expect(reply.body.report.candidate.overBudgetExceptions).toBe(second.overBudgetExceptions);
  });

  it('runs a window in the background as a workflow, with progress, to the same report', async () => {
    const inline = await simulate(org1.director, { document: CANDIDATE, from: today, to: today, officeIds: [org1.officeId] });
    const started = await simulate(org1.director, { document: CANDIDATE, from: today, to: today, officeIds: [org1.officeId], background: true });
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    expect(started.body).toMatchObject({ status: 'running', total: 4, report: null });
    let view = started.body;
    for (let i = 0; i < 100 && view.status === 'running'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      view = (await org1.director.api.get(`/api/policy/simulations/${started.body.id}`)).body;
    }
    expect(view).toMatchObject({ status: 'done', percent: 100, done: 4 });
    expect(view.report).toEqual(inline.body.report);
    const listed = await moat.admin.get('/api/policy/simulations?limit=5');
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((s: { id: string }) => s.id)).toContain(started.body.id);
  });

  it('directors and admins only; a bad document, window or id is a clear error', async () => {
    const body = { document: CANDIDATE, from: today, to: today, officeIds: [org1.officeId] };
    expect((await simulate(org1.sales, body)).status).toBe(403);
    expect((await simulate(org1.manager, body)).status).toBe(403);
    expect((await org1.manager.api.get('/api/policy/simulations')).status).toBe(403);
    expect((await simulate({ api: moat.admin }, body)).status).toBe(201);

    const broken = structuredClone(CANDIDATE) as unknown as { tiers: { thresholds: { CNY: { B: number } } } };
    broken.tiers.thresholds.CNY.B = yuan(90_000_000);
    const bad = await simulate(org1.director, { ...body, document: broken });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('body.document.tiers.thresholds.CNY');
    expect((await simulate(org1.director, { ...body, from: '2026-12-31', to: '2026-01-01' })).status).toBe(400);
    expect((await simulate(org1.director, { ...body, from: '2020-01-01', to: '2026-01-01' })).status).toBe(400);
    expect((await simulate(org1.director, { ...body, officeIds: ['nope'] })).status).toBe(400);
    expect((await org1.director.api.get('/api/policy/simulations/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await org1.director.api.get('/api/policy/simulations/nope')).status).toBe(400);
  });

  it('publishes the candidate with its what-if linked in the reason, only the very document it tried', async () => {
    const tried = await simulate(org1.director, { document: CANDIDATE, from: today, to: today, officeIds: [org1.officeId] });
    expect(tried.status).toBe(201);
    const other = structuredClone(CANDIDATE);
    other.capacityDaysPerWeek = 4;
    const mismatch = await org1.director.api.put('/api/policy', { document: other, reason: 'cheaper A', simulationId: tried.body.id });
    expect(mismatch.status, JSON.stringify(mismatch.body)).toBe(400);
    const unknown = await org1.director.api.put('/api/policy', { document: CANDIDATE, reason: 'cheaper A', simulationId: '00000000-0000-4000-8000-0000000051a1' });
    expect(unknown.status).toBe(400);
    const published = await org1.director.api.put('/api/policy', { document: CANDIDATE, reason: 'A from 8 M', simulationId: tried.body.id });
    expect(published.status, JSON.stringify(published.body)).toBe(201);
    const version = await org1.director.api.get(`/api/policy/versions/${published.body.version}`);
    expect(version.body.reason).toBe(`A from 8 M [what-if ${tried.body.id}: ${today}…${today}, 4 projects, 2 would change]`);
  });
});
