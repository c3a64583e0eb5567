import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../domain/policy';
import { DEFAULT_RATE_CARD } from '../domain/rate-card';
import { createOrg, projectBody, startTestMoat, uniqueSuffix, type ApiClient, type Member, type Org, type TestMoat } from './support/moat';
import { CNY, shift, today } from './support/amounts';

/**
 * Candidates ranking, budget burn and utilization against the real servers. The tests of this file build on one
 * another: the first books a person and records a day, the reports then read that record.
 */

let moat: TestMoat;
let org: Org;
/** Presales P2, in the office, knows finance and core banking, member of the delivery center. */
let ana: Member;
/** Presales P1, no office, no industry, no skills. */
let bo: Member;
let centerId: string;


const rateOf = (level: string) => DEFAULT_RATE_CARD.entries.find((e) => e.role === 'presales' && e.level === level)!.rate.amount;
/** 2,500.00 CNY a day, in fen. */
const P2_DAY = rateOf('P2');
/** 1,500.00 CNY a day, in fen. */
const P1_DAY = rateOf('P1');

const ids: { p1?: string; p2?: string; p3?: string; requestId?: string } = {};
/**
 * The defaults without holidays or make-up days: capacity follows the policy calendar, and the windows here are
 * relative to today, so a holiday falling in one would change its figures from one day to the next.
 */
const PLAIN_WEEKS_POLICY = { ...DEFAULT_POLICY, calendar: { ...DEFAULT_POLICY.calendar, holidays: [], workdays: [] } };

beforeAll(async () => {
  moat = await startTestMoat();
  // Run on the default policy (DEFAULT_POLICY) whatever an earlier file published: projects pin the policy at open.
  const reset = await moat.admin.put('/api/policy', { document: PLAIN_WEEKS_POLICY, reason: 'reports test runs on the defaults' });
  expect(reset.status, JSON.stringify(reset.body)).toBe(201);
  org = await createOrg(moat);
  const tag = uniqueSuffix();
  const center = await moat.admin.post('/api/delivery-centers', { name: `Reports center ${tag}`, industry: `reports-${tag}`, leadId: org.manager.id });
  expect(center.status, JSON.stringify(center.body)).toBe(201);
  centerId = center.body.id;
  const person = async (name: string, body: Record<string, unknown>): Promise<Member> => {
    const reply = await moat.admin.post('/api/people', { name, email: `${name}.${tag}@example.cn`, roles: ['presales'], managerId: org.manager.id, ...body });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    return { id: reply.body.id, token: reply.body.token, api: moat.api.as(reply.body.token) };
  };
  ana = await person('ana', { rateLevel: 'P2', officeId: org.officeId, deliveryCenterId: centerId, skills: ['core banking'], industries: ['finance'] });
  bo = await person('bo', { rateLevel: 'P1' });
});

afterAll(async () => {
  await moat?.stop();
});

async function openProject(expectedAmount: number) {
  const reply = await org.sales.api.post('/api/projects', projectBody(org, { expectedValue: CNY(expectedAmount) }));
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return reply.body as { id: string; tier: string; budget: { amount: number } };
}

async function requestResource(projectId: string, body: Record<string, unknown>) {
  const reply = await org.sales.api.post(`/api/projects/${projectId}/resource-requests`, { role: 'presales', note: 'requirements workshop', ...body });
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return reply.body as { id: string; approvalId: string; status: string };
}

const candidates = (requestId: string, query = '', as: Member = org.manager) => as.api.get(`/api/resource-requests/${requestId}/candidates${query}`);
const find = (items: any[], personId: string): any => items.find((i: { personId: string }) => i.personId === personId);

describe('candidates for a resource request (资源匹配)', () => {
  it('ranks the priced people holding the role with reasons, excludes the rest, and sees bookings in the window', async () => {
    const project = await openProject(150_000_000);
    expect(project.tier).toBe('C');
    ids.p1 = project.id;
    // C: the office manager dispatches (appoints the local presales lead) and approves requests.
    const dispatched = await org.manager.api.post(`/api/projects/${project.id}/dispatch`, { teamLeadId: org.presales.id });
    expect(dispatched.status, JSON.stringify(dispatched.body)).toBe(200);
    expect(dispatched.body.dispatch).toMatchObject({ status: 'appointed', leadId: org.presales.id });

    const request = await requestResource(project.id, { days: 2, skills: ['core banking'] });
    ids.requestId = request.id;
    expect(request.status).toBe('pending');

    const window = { from: today, to: shift(27) };
    const before = await candidates(request.id);
    expect(before.status, JSON.stringify(before.body)).toBe(200);
    expect(before.body.request).toMatchObject({ id: request.id, role: 'presales', days: 2, skills: ['core banking'] });
    expect(before.body.window).toEqual({ ...window, workingDays: 20, capacityDays: 20 });
    expect(before.body.routingTier).toBe('C');
    expect(before.body.pricedOn).toBe(today);

    const anaRanked = find(before.body.ranked, ana.id);
    expect(anaRanked).toEqual({
      personId: ana.id,
      name: 'ana',
      score: 100,
      reasons: [
        'has 1 of 1 skills: core banking',
        'knows the finance industry',
        `20 days free from ${window.from} to ${window.to}, 2 days asked`,
        `works in office ${org.officeId}, which serves this project`,
        'planned cost 5,000.00 CNY (2 days × 2,500.00 CNY/day, presales P2)',
      ],
      plannedCost: CNY(2 * P2_DAY),
      rate: { role: 'presales', level: 'P2', unit: 'day', rate: CNY(P2_DAY), effectiveFrom: '2025-01-01' },
      capacityDays: 20,
      bookedDays: 0,
      freeDays: 20,
    });
    const boRanked = find(before.body.ranked, bo.id);
    expect(boRanked).toMatchObject({
      score: 25,
      plannedCost: CNY(2 * P1_DAY),
      reasons: [
        'has 0 of 1 skills; lacks core banking',
        'no finance industry experience on record',
        `20 days free from ${window.from} to ${window.to}, 2 days asked`,
        `works outside office ${org.officeId}, which serves this project`,
        'planned cost 3,000.00 CNY (2 days × 1,500.00 CNY/day, presales P1)',
      ],
    });
    // Rates are for the approver deciding (here the office manager), managers, directors and the person: the owner
    // sees the same ranking without them (ana, once she takes part, sees her own and nobody else's: below).
    const asOwner = await candidates(request.id, '', org.sales);
    expect(asOwner.body.ranked.map((c: { personId: string }) => c.personId)).toEqual(before.body.ranked.map((c: { personId: string }) => c.personId));
    expect(find(asOwner.body.ranked, ana.id)).toMatchObject({ plannedCost: null, rate: null, score: 100 });
    expect(find(asOwner.body.ranked, ana.id).reasons).toHaveLength(4);
    // Until she takes part, ana may not see the project, nor its requests (issue 9).
    expect((await candidates(request.id, '', ana)).status).toBe(404);
    const order = before.body.ranked.map((c: { personId: string }) => c.personId);
    expect(order.indexOf(ana.id)).toBeLessThan(order.indexOf(bo.id));
    // Without the role: excluded with the reason; with the role but no rate level: cannot be priced.
    expect(find(before.body.excluded, org.sales.id)).toEqual({ personId: org.sales.id, name: 'sales', reason: 'does not hold the role presales' });
    expect(find(before.body.excluded, org.manager.id)?.reason).toBe('does not hold the role presales');
    expect(find(before.body.excluded, org.presales.id)?.reason).toBe('has no rate level on record, so a booking could not be priced');
    expect(find(before.body.ranked, org.sales.id)).toBeUndefined();

    // The office manager approves ana; she records one day.
    const approved = await org.manager.api.post(`/api/approvals/${request.approvalId}/approve`, { personId: ana.id, comment: 'best fit' });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.bookings).toHaveLength(1);
    const booking = approved.body.bookings[0];
    expect(booking).toMatchObject({ personId: ana.id, days: 2, rate: CNY(P2_DAY), planned: CNY(2 * P2_DAY) });
    const worked = await ana.api.post(`/api/projects/${project.id}/time-entries`, { bookingId: booking.id, date: today, days: 1 });
    expect(worked.status, JSON.stringify(worked.body)).toBe(201);
    const asAna = await candidates(request.id, '', ana);
    expect(find(asAna.body.ranked, ana.id).rate).toMatchObject({ rate: CNY(P2_DAY) });
    expect(find(asAna.body.ranked, bo.id)).toMatchObject({ plannedCost: null, rate: null });

    // The booking's 2 days spread over the 20 working days from today: all inside the default window.
    const after = await candidates(request.id);
    expect(find(after.body.ranked, ana.id)).toMatchObject({ score: 100, capacityDays: 20, bookedDays: 2, freeDays: 18 });
    expect(find(after.body.ranked, ana.id).reasons[2]).toBe(`18 days free from ${window.from} to ${window.to}, 2 days asked`);
    // One week from today holds 5 of those 20 working days: 2 × 5/20 = 0.5 day.
    const week = await candidates(request.id, `?from=${today}&to=${shift(6)}`);
    expect(week.status).toBe(200);
    expect(week.body.window).toEqual({ from: today, to: shift(6), workingDays: 5, capacityDays: 5 });
    expect(find(week.body.ranked, ana.id)).toMatchObject({ capacityDays: 5, bookedDays: 0.5, freeDays: 4.5 });
    // Four weeks on, the booking no longer occupies her; `to` defaults to from + 27 days.
    const later = await candidates(request.id, `?from=${shift(28)}`);
    expect(later.body.window).toEqual({ from: shift(28), to: shift(55), workingDays: 20, capacityDays: 20 });
    expect(find(later.body.ranked, ana.id)).toMatchObject({ bookedDays: 0, freeDays: 20 });
  });

  it('any signed-in person may look; bad windows are 400, unknown requests 404', async () => {
    const requestId = ids.requestId!;
    expect((await candidates(requestId, '', ana)).status).toBe(200);
    expect((await moat.api.get(`/api/resource-requests/${requestId}/candidates`)).status).toBe(401);
    const backwards = await candidates(requestId, `?from=${today}&to=${shift(-1)}`);
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.details).toEqual([{ path: 'querystring.to', message: `on or after ${today}` }]);
    const toBeforeToday = await candidates(requestId, `?to=${shift(-1)}`);
    expect(toBeforeToday.status).toBe(400);
    expect(toBeforeToday.body.error.details[0].path).toBe('querystring.to');
    const notADate = await candidates(requestId, '?from=2025-02-30');
    expect(notADate.status).toBe(400);
    expect(notADate.body.error.details[0].path).toBe('querystring.from');
    expect((await candidates('00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const notAnId = await candidates('nope');
    expect(notAnId.status).toBe(400);
    expect(notAnId.body.error.details[0].path).toBe('params.id');
  });
});

describe('budget burn report', () => {
  it('over-budget projects first, then by burn, overBy or remaining; the numbers are the projects\' own', async () => {
    // p2: a C project booked past its budget through a director's exception (量入为出).
    const p2 = await openProject(150_000_000);
    ids.p2 = p2.id;
    const request = await requestResource(p2.id, { days: 31, personId: bo.id });
    const approved = await org.manager.api.post(`/api/approvals/${request.approvalId}/approve`, {});
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.bookings).toHaveLength(0);
    const exception = approved.body.approvals.find((a: { kind: string; status: string }) => a.kind === 'over_budget' && a.status === 'pending');
    expect(exception).toBeTruthy();
    const granted = await org.director.api.post(`/api/approvals/${exception.id}/approve`, { comment: 'strategic customer' });
    expect(granted.status, JSON.stringify(granted.body)).toBe(200);
    expect(granted.body.bookings).toHaveLength(1);
    // p3: a D project with nothing spent.
    const p3 = await openProject(50_000_000);
    expect(p3.tier).toBe('D');
    ids.p3 = p3.id;

    // By hand: C and D budgets are 3% of the expected value.
    const budgetC = (150_000_000 * 3) / 100; // 4,500,000 fen = 45,000 CNY
    const budgetD = (50_000_000 * 3) / 100; // 1,500,000 fen
    const p1Row = {
      projectId: ids.p1,
      tier: 'C',
      status: 'open',
      overBudget: false,
      budget: CNY(budgetC),
      committed: CNY(P2_DAY), // 2 days booked, 1 worked: 1 day still committed
      actual: CNY(P2_DAY),
      spent: CNY(2 * P2_DAY),
      remaining: CNY(budgetC - 2 * P2_DAY),
      overBy: CNY(0),
      usedBasisPoints: 1111, // 500,000 / 4,500,000 = 11.11…%
    };
    const p2Row = {
      projectId: p2.id,
      tier: 'C',
      overBudget: true,
      budget: CNY(budgetC),
      committed: CNY(31 * P1_DAY), // 4,650,000
      actual: CNY(0),
      spent: CNY(31 * P1_DAY),
      remaining: CNY(0),
      overBy: CNY(31 * P1_DAY - budgetC), // 150,000
      usedBasisPoints: 10333, // 4,650,000 / 4,500,000 = 103.33…%
    };
    const p3Row = {
      projectId: p3.id,
      tier: 'D',
      overBudget: false,
      budget: CNY(budgetD),
      committed: CNY(0),
      actual: CNY(0),
      spent: CNY(0),
      remaining: CNY(budgetD),
      overBy: CNY(0),
      usedBasisPoints: 0,
    };

    const report = (query: string, as: ApiClient = org.manager.api) => as.get(`/api/reports/budget?officeId=${org.officeId}${query}`);
    const byBurn = await report('&status=open');
    expect(byBurn.status, JSON.stringify(byBurn.body)).toBe(200);
    expect(byBurn.body.items).toHaveLength(3);
    expect(byBurn.body.items[0]).toMatchObject(p2Row);
    expect(byBurn.body.items[1]).toMatchObject(p1Row);
    expect(byBurn.body.items[2]).toMatchObject(p3Row);

    // The same numbers the projects show.
    for (const item of byBurn.body.items) {
      const project = (await org.sales.api.get(`/api/projects/${item.projectId}`)).body;
      expect({ budget: item.budget, committed: item.committed, actual: item.actual, remaining: item.remaining }).toEqual({
        budget: project.budget,
        committed: project.committed,
        actual: project.actual,
        remaining: project.remaining,
      });
    }

    const pick = (reply: { body: { items: { projectId: string }[] } }) => reply.body.items.map((i) => i.projectId);
    expect(pick(await report('&sort=remaining', org.director.api))).toEqual([p2.id, p3.id, ids.p1]);
    expect(pick(await report('&sort=overBy', moat.admin))).toEqual([p2.id, ids.p1, p3.id]);
    expect(pick(await report('&limit=1'))).toEqual([p2.id]);
    expect(pick(await report('&tier=D'))).toEqual([p3.id]);
    expect(pick(await report('&status=won'))).toEqual([]);
  });

  it('anyone signed in sees the projects they may see; bad queries are 400', async () => {
    const seen = async (as: Member) => {
      const reply = await as.api.get(`/api/reports/budget?officeId=${org.officeId}&sort=remaining`);
      expect(reply.status, JSON.stringify(reply.body)).toBe(200);
      return reply.body.items.map((i: { projectId: string }) => i.projectId);
    };
    // The sales owner sees all three; ana and bo only the project each is booked on; the outsider none.
    expect(await seen(org.sales)).toEqual([ids.p2, ids.p3, ids.p1]);
    expect(await seen(ana)).toEqual([ids.p1]);
    expect(await seen(bo)).toEqual([ids.p2]);
    expect(await seen(org.outsider)).toEqual([]);
    expect((await moat.api.get('/api/reports/budget')).status).toBe(401);
    const badSort = await org.manager.api.get('/api/reports/budget?sort=fame');
    expect(badSort.status).toBe(400);
    expect(badSort.body.error.details[0].path).toBe('querystring.sort');
    const badLimit = await org.manager.api.get('/api/reports/budget?limit=0');
    expect(badLimit.status).toBe(400);
    expect(badLimit.body.error.details[0].path).toBe('querystring.limit');
    expect((await org.manager.api.get('/api/reports/budget?status=abandoned')).status).toBe(400);
  });
});

describe('utilization report', () => {
  it('per person and per delivery center: capacity, booked, worked, basis points and actual cost', async () => {
    // Any 7 consecutive days hold 5 working days: capacity 5 days at the default 5 days a week.
    const from = shift(-6);
    const reply = await org.director.api.get(`/api/reports/utilization?from=${from}&to=${today}`);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(reply.body.window).toEqual({ from, to: today, workingDays: 5, capacityDaysPerWeek: 5, capacityDaysPerPerson: 5 });
    expect(find(reply.body.people, ana.id)).toEqual({
      personId: ana.id,
      name: 'ana',
      officeId: org.officeId,
      deliveryCenterId: centerId,
      rateLevel: 'P2',
      capacityDays: 5,
      bookedDays: 2,
      workedDays: 1,
      bookedBasisPoints: 4000,
      workedBasisPoints: 2000,
      actualCost: [CNY(P2_DAY)],
    });
    expect(find(reply.body.people, bo.id)).toMatchObject({
      capacityDays: 5,
      bookedDays: 31,
      workedDays: 0,
      bookedBasisPoints: 62000,
      workedBasisPoints: 0,
      actualCost: [],
    });
    const center = reply.body.deliveryCenters.find((c: { deliveryCenterId: string }) => c.deliveryCenterId === centerId);
    expect(center).toMatchObject({
      leadId: org.manager.id,
      members: 1,
      capacityDays: 5,
      bookedDays: 2,
      workedDays: 1,
      bookedBasisPoints: 4000,
      workedBasisPoints: 2000,
      actualCost: [CNY(P2_DAY)],
    });

    // The week before: nothing booked or worked.
    const earlier = await org.manager.api.get(`/api/reports/utilization?from=${shift(-13)}&to=${shift(-7)}`);
    expect(find(earlier.body.people, ana.id)).toMatchObject({ bookedDays: 0, workedDays: 0, bookedBasisPoints: 0, workedBasisPoints: 0, actualCost: [] });
  });

  it('a holiday on the policy calendar is no working day: the window holds less capacity on all three pages', async () => {
    const from = shift(-6);
    const utilization = () => org.director.api.get(`/api/reports/utilization?from=${from}&to=${today}`);
    // The control: the same 7 days on plain weeks hold 5 working days.
    expect((await utilization()).body.window).toMatchObject({ workingDays: 5, capacityDaysPerPerson: 5 });
    // The first weekday of the window (any three days in a row hold one), made a holiday.
    const holiday = [-6, -5, -4].map(shift).find((d) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()))!;
    const calendar = { ...PLAIN_WEEKS_POLICY.calendar, holidays: [holiday] };
    const published = await moat.admin.put('/api/policy', { document: { ...PLAIN_WEEKS_POLICY, calendar }, reason: `a holiday on ${holiday}` });
    expect(published.status, JSON.stringify(published.body)).toBe(201);
    try {
      const report = await utilization();
      expect(report.body.window).toEqual({ from, to: today, workingDays: 4, capacityDaysPerWeek: 5, capacityDaysPerPerson: 4 });
      expect(find(report.body.people, ana.id)).toMatchObject({ capacityDays: 4, bookedDays: 2, bookedBasisPoints: 5000 });
      const center = await org.director.api.get(`/api/delivery-centers/${centerId}?from=${from}&to=${today}`);
      expect(center.body.window).toEqual({ from, to: today, workingDays: 4, capacityDaysPerPerson: 4 });
      const ranking = await candidates(ids.requestId!, `?from=${from}&to=${today}`);
      expect(ranking.body.window).toEqual({ from, to: today, workingDays: 4, capacityDays: 4 });
    } finally {
      const restored = await moat.admin.put('/api/policy', { document: PLAIN_WEEKS_POLICY, reason: 'back to plain weeks' });
      expect(restored.status, JSON.stringify(restored.body)).toBe(201);
    }
  });

  it('needs a valid window; anyone signed in sees their own rows, rate and cost', async () => {
    const get = (query: string, as: ApiClient = org.manager.api) => as.get(`/api/reports/utilization${query}`);
    const missing = await get(`?to=${today}`);
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.map((d: { path: string }) => d.path)).toEqual(['querystring.from']);
    const backwards = await get(`?from=${today}&to=${shift(-1)}`);
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.details).toEqual([{ path: 'querystring.to', message: 'the window ends before it starts' }]);
    expect((await get(`?from=2025-13-01&to=${today}`)).status).toBe(400);
    expect((await get(`?from=${today}&to=${today}`, moat.admin)).status).toBe(200);
    // ana: her own row with her rate and cost, nobody else's, and no center (she does not lead hers).
    const own = await get(`?from=${shift(-6)}&to=${today}`, ana.api);
    expect(own.status, JSON.stringify(own.body)).toBe(200);
    expect(own.body.people).toEqual([expect.objectContaining({ personId: ana.id, rateLevel: 'P2', workedDays: 1, actualCost: [CNY(P2_DAY)] })]);
    expect(own.body.deliveryCenters).toEqual([]);
    const sales = await get(`?from=${shift(-6)}&to=${today}`, org.sales.api);
    expect(sales.status).toBe(200);
    expect(sales.body).toMatchObject({ people: [], deliveryCenters: [] });
  });

  it('the reports and the ranking are in the OpenAPI document', async () => {
    const openapi = await moat.api.get('/openapi.json');
    expect(Object.keys(openapi.body.paths)).toEqual(
      expect.arrayContaining(['/api/reports/budget', '/api/reports/utilization', '/api/resource-requests/{id}/candidates']),
    );
    const utilization = openapi.body.paths['/api/reports/utilization'].get;
    expect(utilization.parameters.map((p: { name: string; in: string; required?: boolean }) => [p.name, p.in, p.required])).toEqual([
      ['from', 'query', true],
      ['to', 'query', true],
    ]);
  });
});
