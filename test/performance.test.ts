import { describe, expect, it } from 'vitest';
import { AppealListSchema, PerformanceReportSchema, type PerformanceReport } from '../db/performance-read-model';
import { escalateOpenAppeals } from '../db/performance-appeals';
import { DEFAULT_ASSESSMENT_POLICY, payFactor } from '../domain/performance';
import { beforeAllWithMoat, createOrg, projectBody, type Member, type Org, type TestMoat } from './support/moat';
import { walkToNegotiation } from './support/walk';

/*
 * 绩效打分 through the API on the real servers: two owners score the same people, one harshly and one leniently; a
 * director closes the period; a person appeals; the scorer's manager amends; the results follow, visible as pay
 * evidence is. The projects' closes are placed in a past quarter of their own (the database is shared by every test
 * file, and a period closes once), so the period's scores are exactly this file's.
 */

const PERIOD = '2024Q2';
const CLOSED_IN_PERIOD = '2024-05-15T08:00:00.000Z';
const C_TIER = { amount: 150_000_000, currency: 'CNY' };

let moat: TestMoat;
let org: Org;
const projects: Record<'harsh' | 'lenient', string> = { harsh: '', lenient: '' };

/** A C-tier project of `owner`, walked to a win; the owner gives everyone who took part `score`, presales one more. */
async function wonAndScored(owner: Member, score: number): Promise<string> {
  const opened = await owner.api.post('/api/projects', projectBody(org, { salesOwnerId: owner.id, expectedValue: C_TIER }));
  expect(opened.status, JSON.stringify(opened.body)).toBe(201);
  const id: string = opened.body.id;
  await walkToNegotiation({ ...org, sales: owner }, id, org.delivery);
  expect((await owner.api.post(`/api/projects/${id}/close`, { outcome: 'won' })).status).toBe(200);
  const scoring = (await owner.api.get(`/api/projects/${id}/scoring`)).body;
  const scores = scoring.missing.map((personId: string) => ({ personId, score: personId === org.presales.id ? score + 1 : score, comment: 'as seen at close' }));
  const scored = await owner.api.post(`/api/projects/${id}/scores`, { scores });
  expect(scored.status, JSON.stringify(scored.body)).toBe(200);
  await moat.pool.query('update scoring_requests set requested_at = $2 where project_id = $1', [id, CLOSED_IN_PERIOD]);
  return id;
}

beforeAllWithMoat(
  async (started) => {
    moat = started;
    org = await createOrg(started);
    projects.harsh = await wonAndScored(org.sales, 2);
    projects.lenient = await wonAndScored(org.sales2, 4);
  },
  () => undefined,
);

const report = (who: Member, period = PERIOD): Promise<PerformanceReport> => who.api.read(`/api/reports/performance?period=${period}`, PerformanceReportSchema);
const row = (r: PerformanceReport, person: Member) => r.people.find((p) => p.personId === person.id);

describe('绩效打分: the period result', () => {
  it('corrects each owner for their harshness before weighing a person’s projects, and previews before the close', async () => {
    const preview = await report(org.director);
    expect(preview.status).toBe('preview');
    const presales = row(preview, org.presales)!;
    expect(presales.projects.map((p) => [p.projectId, p.score])).toEqual(
      [[projects.harsh, 3], [projects.lenient, 5]].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    const harsh = presales.projects.find((p) => p.projectId === projects.harsh)!;
    const lenient = presales.projects.find((p) => p.projectId === projects.lenient)!;
    // The harsh owner's 3 counts for more, the lenient owner's 5 for less; the people both scored alike come out alike.
    expect(harsh.normalised).toBeGreaterThan(3);
    expect(lenient.normalised).toBeLessThan(5);
    expect(presales.result).toBe(Math.round(((harsh.normalised * harsh.weight + lenient.normalised * lenient.weight) / (harsh.weight + lenient.weight)) * 100) / 100);
    expect(presales.role).toBe('presales');
    expect(presales.payFactorBasisPoints).toBe(payFactor(DEFAULT_ASSESSMENT_POLICY, 6_000, presales.result));
    const delivery = row(preview, org.delivery)!;
    expect(delivery.result).toBeLessThan(presales.result);
    expect(delivery.projects.every((p) => p.daysWorked === 0 && p.weight === DEFAULT_ASSESSMENT_POLICY.minimumDaysPerProject)).toBe(true);
  });

  it('is closed by a director once, for a period that has ended (or early, when said so)', async () => {
    const close = (who: Member, period: string, body: object = {}, key?: string) =>
      who.api.post(`/api/performance/periods/${period}/close`, { reason: 'quarter results for HR', ...body }, key ? { 'idempotency-key': key } : {});
    expect((await close(org.manager, PERIOD)).status).toBe(403);
    expect((await close(org.director, '2999Q4')).body.error.message).toBe('2999Q4 has not begun');
    const now = new Date();
    const current = `${now.getUTCFullYear()}Q${Math.floor(now.getUTCMonth() / 3) + 1}`;
    const unfinished = await close(org.director, current);
    expect(unfinished.status).toBe(409);
    expect(unfinished.body.error.message).toMatch(/send early: true/);
    expect((await close(org.director, '2024')).status, 'the policy closes quarters').toBe(400);

    const preview = await report(org.director);
    const closed = await close(org.director, PERIOD, {}, `close-${PERIOD}`);
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body).toMatchObject({ period: PERIOD, status: 'appeal', openAppeals: 0 });
    expect(Date.parse(closed.body.appealUntil)).toBeGreaterThan(Date.now());
    expect((await close(org.director, PERIOD, {}, `close-${PERIOD}`)).body, 'the same request again').toEqual(closed.body);
    expect((await close(org.director, PERIOD)).body.error.message).toBe(`${PERIOD} is already closed (appeal)`);

    const after = await report(org.director);
    expect(after.status).toBe('appeal');
    expect(after.people.map((p) => [p.personId, p.result]), 'the close stores what the preview showed').toEqual(preview.people.map((p) => [p.personId, p.result]));
    const notices = (await org.presales.api.get('/api/me/notifications')).body.items;
    expect(notices.some((n: { kind: string; data: { period: string } }) => n.kind === 'performance_closed' && n.data.period === PERIOD)).toBe(true);
    const audited = await moat.pool.query(`select actor_id from audit_log where action = 'performance_period_closed' and entity_id = $1`, [PERIOD]);
    expect(audited.rows).toEqual([{ actor_id: org.director.id }]);
  });

  it('shows a result to the person, the managers above them and directors only', async () => {
    const mine = await report(org.presales);
    expect(mine.people.map((p) => p.personId)).toEqual([org.presales.id]);
    const managed = await report(org.manager);
    expect(managed.people.map((p) => p.personId).sort()).toEqual([org.presales.id, org.delivery.id].sort());
    expect((await report(org.outsider)).people).toEqual([]);
    expect((await report(org.sales)).people, 'an owner who scored sees no pay results').toEqual([]);
  });

  it('takes one appeal per score from the person scored; the scorer’s manager amends it and the result follows', async () => {
    const before = row(await report(org.director), org.presales)!;
    const appealUrl = `/api/performance/periods/${PERIOD}/appeals`;
    const filed = await org.presales.api.post(appealUrl, { projectId: projects.harsh, reason: 'I led the whole design' }, { 'idempotency-key': 'appeal-1' });
    expect(filed.status, JSON.stringify(filed.body)).toBe(200);
    expect(filed.body).toMatchObject({ personId: org.presales.id, scorerId: org.sales.id, deciderId: org.manager.id, status: 'open' });
    expect((await org.presales.api.post(appealUrl, { projectId: projects.harsh, reason: 'again' })).status).toBe(409);
    expect((await org.outsider.api.post(appealUrl, { projectId: projects.harsh, reason: 'me too' })).status).toBe(400);
    expect((await org.presales.api.post(`/api/performance/periods/2024Q1/appeals`, { projectId: projects.harsh, reason: 'x' })).status).toBe(409);
    expect((await org.manager.api.get('/api/performance/appeals?status=open')).body.items.map((a: { appealId: string }) => a.appealId)).toEqual([filed.body.appealId]);
    const notified = (await org.manager.api.get('/api/me/notifications')).body.items;
    expect(notified.some((n: { kind: string }) => n.kind === 'performance_appeal')).toBe(true);

    const decision = `/api/performance/periods/${PERIOD}/appeals/${filed.body.appealId}/decision`;
    expect((await org.sales2.api.post(decision, { outcome: 'upheld', reason: 'fair' })).status).toBe(403);
    expect((await org.director.api.post(decision, { outcome: 'upheld', reason: 'fair' })).status, 'a director only decides without a manager').toBe(403);
    expect((await org.manager.api.post(decision, { outcome: 'amended', reason: 'no score' })).status).toBe(400);
    const amended = await org.manager.api.post(decision, { outcome: 'amended', score: 5, reason: 'the design was theirs' });
    expect(amended.status, JSON.stringify(amended.body)).toBe(200);
    expect(amended.body.status).toBe('amended');
    expect((await org.manager.api.post(decision, { outcome: 'upheld', reason: 'changed my mind' })).status).toBe(409);

    const after = row(await report(org.director), org.presales)!;
    const line = after.projects.find((p) => p.projectId === projects.harsh)!;
    expect(line).toMatchObject({ score: 3, amendedScore: 5, normalised: 5 });
    expect(after.result).toBeGreaterThan(before.result);
    expect(after.appeals).toMatchObject([{ status: 'amended', reason: 'I led the whole design', decidedById: org.manager.id, amendedScore: 5 }]);
    const mine = await org.presales.api.read('/api/performance/appeals', AppealListSchema);
    expect(mine.items.map((a) => [a.projectId, a.status])).toEqual([[projects.harsh, 'amended']]);
    const told = (await org.presales.api.get('/api/me/notifications')).body.items;
    expect(told.some((n: { kind: string }) => n.kind === 'performance_appeal_decided')).toBe(true);
  });

  it('moves an appeal its decider lets wait up to their manager, once per step', async () => {
    const filed = await org.delivery.api.post(`/api/performance/periods/${PERIOD}/appeals`, { projectId: projects.lenient, reason: 'I did the integration' });
    expect(filed.body).toMatchObject({ scorerId: org.sales2.id, deciderId: org.manager.id, status: 'open' });
    // What the period's workflow does when the decider's time is up (test/performance-period.test.ts runs those timers).
    const at = new Date().toISOString();
    expect((await escalateOpenAppeals(moat.pool, { period: PERIOD, at })).escalated).toBe(1);
    expect((await escalateOpenAppeals(moat.pool, { period: PERIOD, at })).escalated, 'the same step again moves nothing').toBe(0);
    const moved = await moat.pool.query('select decider_id from performance_appeals where id = $1', [filed.body.appealId]);
    expect(moved.rows).toEqual([{ decider_id: org.director.id }]);
    const decision = `/api/performance/periods/${PERIOD}/appeals/${filed.body.appealId}/decision`;
    expect((await org.manager.api.post(decision, { outcome: 'upheld', reason: 'fair' })).status).toBe(403);
    expect((await org.director.api.post(decision, { outcome: 'upheld', reason: 'the score stands' })).status).toBe(200);
  });

  it('exports one line per person as CSV for HR', async () => {
    const csv = await org.director.api.get(`/api/reports/performance?period=${PERIOD}&format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (csv.body as string).trim().split('\r\n');
    expect(lines[0]).toBe('period,status,person_id,name,role,result,score_share_percent,pay_factor_percent,projects,days_worked,open_appeals');
    const presales = row(await report(org.director), org.presales)!;
    expect(lines).toContain(
      [PERIOD, 'appeal', org.presales.id, presales.name, 'presales', presales.result.toFixed(2), '60.00', (presales.payFactorBasisPoints / 100).toFixed(2), 2, 0, 0].join(','),
    );
  });
});
