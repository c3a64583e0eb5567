import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../domain/policy';
import { P2_DAY, P3_DAY } from './support/match-org';
import { startTestMoat, uniqueSuffix, type Member, type TestMoat } from './support/moat';
import { CNY, shift, today, yuan } from './support/amounts';

/**
 * Reports show each person only the rows their place allows (issue 9): a manager their tree and the offices they
 * manage, a center lead their center, sales and presales their own rows, directors everything; rates and scores
 * inside them only to whoever may see those. One organisation with two offices, Beijing and Shanghai, and a
 * delivery center; projects, bookings and worked days go through the API, credit and score rows are written with
 * SQL in past months of their own (as in assess-reports.test.ts). Every absence is checked beside a positive
 * control: the director (or the row's owner) sees what the others do not.
 */

let moat: TestMoat;

const CREDIT_MONTH = 'from=2018-03-01&to=2018-03-31';
const SCORE_MONTH = 'from=2018-04-01&to=2018-04-30';

let director: Member;
let bjManager: Member;
let bjSales: Member;
let bjSales2: Member;
/** Presales P2 in Beijing, below the Beijing manager. */
let bjPresales: Member;
/** Presales P1 in the Beijing office but reporting to the director: a row of the office, not of the manager's tree. */
let bjContractor: Member;
let shManager: Member;
let shSales: Member;
let shPresales: Member;
let centerLead: Member;
/** Presales P3 of the delivery center, reporting to the director. */
let centerMember: Member;
let beijing: string;
let shanghai: string;
let centerId: string;
/** bj1: Beijing C (bjSales); bj2: Beijing D (bjSales2); sh1: Shanghai C (shSales); sh2: Shanghai A of the center's industry (shSales). */
const p = { bj1: '', bj2: '', sh1: '', sh2: '' };

beforeAll(async () => {
  moat = await startTestMoat();
  // Tiers, budgets and rates on the default policy, whatever an earlier file published: projects pin the policy at open.
  const reset = await moat.admin.put('/api/policy', { document: DEFAULT_POLICY, reason: 'report visibility test runs on the defaults' });
  expect(reset.status, JSON.stringify(reset.body)).toBe(201);

  const tag = uniqueSuffix();
  const person = async (name: string, body: Record<string, unknown>): Promise<Member> => {
    const reply = await moat.admin.post('/api/people', { name, email: `${name}.${tag}@example.cn`, ...body });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    return { id: reply.body.id, token: reply.body.token, api: moat.api.as(reply.body.token) };
  };
  const office = async (name: string, managerId: string) => {
    const reply = await moat.admin.post('/api/offices', { name: `${name} ${tag}`, region: name, managerId });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    return reply.body.id as string;
  };
  director = await person('director', { roles: ['director'] });
  bjManager = await person('bj-manager', { roles: ['manager'], managerId: director.id });
  shManager = await person('sh-manager', { roles: ['manager'], managerId: director.id });
  beijing = await office('Beijing', bjManager.id);
  shanghai = await office('Shanghai', shManager.id);
  bjSales = await person('bj-sales', { roles: ['sales'], managerId: bjManager.id, officeId: beijing });
  bjSales2 = await person('bj-sales2', { roles: ['sales'], managerId: bjManager.id, officeId: beijing });
  bjPresales = await person('bj-presales', { roles: ['presales'], managerId: bjManager.id, officeId: beijing, rateLevel: 'P2' });
  bjContractor = await person('bj-contractor', { roles: ['presales'], managerId: director.id, officeId: beijing, rateLevel: 'P1' });
  shSales = await person('sh-sales', { roles: ['sales'], managerId: shManager.id, officeId: shanghai });
  shPresales = await person('sh-presales', { roles: ['presales'], managerId: shManager.id, officeId: shanghai, rateLevel: 'P3' });
  centerLead = await person('center-lead', { roles: ['manager', 'delivery'], managerId: director.id });
  const industry = `visibility-${tag}`;
  const center = await moat.admin.post('/api/delivery-centers', { name: `Center ${tag}`, industry, leadId: centerLead.id });
  expect(center.status, JSON.stringify(center.body)).toBe(201);
  centerId = center.body.id;
  centerMember = await person('center-member', { roles: ['presales'], managerId: director.id, deliveryCenterId: centerId, rateLevel: 'P3' });

  const open = async (owner: Member, officeId: string, expectedYuan: number, extra: Record<string, unknown> = {}) => {
    const reply = await owner.api.post('/api/projects', {
      name: `Visibility ${uniqueSuffix()}`,
      customerName: 'Bank of the North',
      industry: 'finance',
      officeId,
      expectedValue: CNY(yuan(expectedYuan)),
      salesOwnerId: owner.id,
      ...extra,
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    return reply.body as { id: string; tier: string };
  };
  /** The dispatcher appoints `lead`; `owner` asks for `days` of `person`; `lead` (the approver) approves; one day is worked. */
  const bookAndWork = async (projectId: string, dispatcher: Member, lead: Member, owner: Member, person: Member, approver: Member, days: number) => {
    const dispatched = await dispatcher.api.post(`/api/projects/${projectId}/dispatch`, { teamLeadId: lead.id });
    expect(dispatched.status, JSON.stringify(dispatched.body)).toBe(200);
    const asked = await owner.api.post(`/api/projects/${projectId}/resource-requests`, { role: 'presales', days, personId: person.id, note: 'workshop' });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    const approved = await approver.api.post(`/api/approvals/${asked.body.approvalId}/approve`, {});
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.bookings).toHaveLength(1);
    const worked = await person.api.post(`/api/projects/${projectId}/time-entries`, { bookingId: approved.body.bookings[0].id, date: today, days: 1 });
    expect(worked.status, JSON.stringify(worked.body)).toBe(201);
  };
  const bj1 = await open(bjSales, beijing, 1_500_000);
  const bj2 = await open(bjSales2, beijing, 500_000);
  const sh1 = await open(shSales, shanghai, 1_500_000);
  const sh2 = await open(shSales, shanghai, 12_000_000, { industry });
  expect([bj1.tier, bj2.tier, sh1.tier, sh2.tier]).toEqual(['C', 'D', 'C', 'A']);
  Object.assign(p, { bj1: bj1.id, bj2: bj2.id, sh1: sh1.id, sh2: sh2.id });
  // C: the office manager dispatches and approves. A: the center lead dispatches (here appointing themselves) and approves.
  await bookAndWork(p.bj1, bjManager, bjPresales, bjSales, bjPresales, bjManager, 2);
  await bookAndWork(p.sh1, shManager, shPresales, shSales, shPresales, shManager, 2);
  await bookAndWork(p.sh2, centerLead, centerLead, shSales, centerMember, centerLead, 1);

  // Every project stalled, long ago (the projection only: the reports read it), so they lead the list.
  for (const [i, id] of [p.bj1, p.bj2, p.sh1, p.sh2].entries()) {
    await moat.pool.query(`update projects set stage_deadline = $2 where id = $1`, [id, `2001-01-0${i + 1}T00:00:00Z`]);
  }

  let n = 0;
  const credit = (projectId: string, personId: string, role: string, amountYuan: number) =>
    moat.pool.query(
      `insert into credit_entries (project_id, person_id, credit_role, basis_points, amount, currency, reason, idempotency_key, at)
       values ($1, $2, $3, 10000, $4, 'CNY', 'test', $5, '2018-03-10T03:00:00Z')`,
      [projectId, personId, role, yuan(amountYuan), `visibility-test:${tag}:credit:${++n}`],
    );
  const revenue = (projectId: string, amountYuan: number) =>
    moat.pool.query(
      `insert into revenue_entries (project_id, amount, currency, reason, idempotency_key, at) values ($1, $2, 'CNY', 'test', $3, '2018-03-10T03:00:00Z')`,
      [projectId, yuan(amountYuan), `visibility-test:${tag}:revenue:${++n}`],
    );
  await credit(p.bj1, bjSales.id, 'sales_owner', 1_000_000);
  await credit(p.bj1, bjPresales.id, 'presales_lead', 1_000_000);
  await revenue(p.bj1, 1_000_000);
  await credit(p.bj2, bjSales2.id, 'sales_owner', 400_000);
  await revenue(p.bj2, 400_000);
  await credit(p.sh1, shSales.id, 'sales_owner', 2_000_000);
  await credit(p.sh1, shPresales.id, 'presales_lead', 2_000_000);
  await revenue(p.sh1, 2_000_000);
  await credit(p.sh2, shSales.id, 'sales_owner', 3_000_000);
  await credit(p.sh2, centerMember.id, 'presales_lead', 3_000_000);
  await revenue(p.sh2, 3_000_000);

  const score = (projectId: string, personId: string, scorerId: string, value: number, comment: string, day: number) =>
    moat.pool.query('insert into scores (project_id, person_id, scorer_id, score, comment, scored_at) values ($1, $2, $3, $4, $5, $6)', [
      projectId,
      personId,
      scorerId,
      value,
      comment,
      `2018-04-${String(day).padStart(2, '0')}T09:00:00Z`,
    ]);
  await score(p.bj1, bjPresales.id, bjSales.id, 4, 'clear demo', 10);
  // bjPresales lent to Shanghai: the Beijing manager may see the score (manager chain), not the project.
  await score(p.sh1, bjPresales.id, shSales.id, 5, 'great help', 11);
  // In the Beijing office, not below its manager: a row for the manager, its score not theirs to see.
  await score(p.bj1, bjContractor.id, bjSales.id, 2, 'late', 12);
  await score(p.sh1, shPresales.id, shSales.id, 3, 'ok', 13);
  // The center lead sees the score they gave their member, not the one the sales owner gave.
  await score(p.sh1, centerMember.id, shSales.id, 4, 'good', 14);
  await score(p.sh2, centerMember.id, centerLead.id, 3, 'fine', 15);
});

afterAll(async () => {
  await moat?.stop();
});

const ids = (items: Array<{ projectId?: string; id?: string; personId?: string }>) =>
  items.map((i) => i.projectId ?? i.personId ?? i.id).sort();
const sorted = (...values: string[]) => [...values].sort();
const mine = <T extends { personId: string }>(people: T[]) => {
  const known = new Set([bjSales, bjSales2, bjPresales, bjContractor, shSales, shPresales, centerLead, centerMember, bjManager, shManager].map((m) => m.id));
  return people.filter((row) => known.has(row.personId));
};

describe('budget burn and stalled projects: the projects each person may see', () => {
  const budget = async (as: Member, query = '') => {
    const reply = await as.api.get(`/api/reports/budget?limit=500${query}`);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    return ids(reply.body.items);
  };

  it('budget: Beijing\'s manager sees Beijing and not Shanghai; sales and presales their own; the center lead their center; the director all', async () => {
    expect(await budget(director, `&officeId=${beijing}`)).toEqual(sorted(p.bj1, p.bj2));
    expect(await budget(director, `&officeId=${shanghai}`)).toEqual(sorted(p.sh1, p.sh2));
    expect(await budget(bjManager)).toEqual(sorted(p.bj1, p.bj2));
    expect(await budget(shManager)).toEqual(sorted(p.sh1, p.sh2));
    expect(await budget(bjSales)).toEqual([p.bj1]);
    expect(await budget(bjSales2)).toEqual([p.bj2]);
    // Booked on bj1; the contractor took part in nothing.
    expect(await budget(bjPresales)).toEqual([p.bj1]);
    expect(await budget(bjContractor)).toEqual([]);
    expect(await budget(centerLead)).toEqual([p.sh2]);
    // The figures are the project's own, whoever looks.
    const asSales = (await bjSales.api.get('/api/reports/budget')).body.items[0];
    const asDirector = (await director.api.get(`/api/reports/budget?officeId=${beijing}&tier=C`)).body.items[0];
    expect(asSales).toEqual(asDirector);
    expect(asSales).toMatchObject({ projectId: p.bj1, committed: CNY(P2_DAY), actual: CNY(P2_DAY) });
  });

  it('an office the caller may not see narrows to nothing, like an office that does not exist — never 404', async () => {
    expect(await budget(bjManager, `&officeId=${shanghai}`)).toEqual([]);
    expect(await budget(bjManager, '&officeId=00000000-0000-4000-8000-00000000beef')).toEqual([]);
    expect(await budget(bjManager, `&officeId=${beijing}`)).toEqual(sorted(p.bj1, p.bj2));
    const allocation = await bjManager.api.get(`/api/reports/allocation?from=${shift(-1)}&to=${shift(1)}&officeId=${shanghai}`);
    expect(allocation.status).toBe(200);
    expect(allocation.body).toMatchObject({ officeId: shanghai, currencies: [] });
    const asDirector = await director.api.get(`/api/reports/allocation?from=${shift(-1)}&to=${shift(1)}&officeId=${shanghai}`);
    expect(asDirector.body.currencies[0].total.projects).toBe(2);
  });

  it('stalled: the overdue projects each may see, worst first', async () => {
    const stalled = async (as: Member) => {
      const reply = await as.api.get('/api/reports/stalled?limit=500');
      expect(reply.status, JSON.stringify(reply.body)).toBe(200);
      return (reply.body.items as Array<{ id: string }>).map((i) => i.id);
    };
    const all = await stalled(director);
    expect(all.filter((id) => Object.values(p).includes(id))).toEqual([p.bj1, p.bj2, p.sh1, p.sh2]);
    expect(await stalled(bjManager)).toEqual([p.bj1, p.bj2]);
    expect(await stalled(shManager)).toEqual([p.sh1, p.sh2]);
    expect(await stalled(bjSales)).toEqual([p.bj1]);
    expect(await stalled(centerLead)).toEqual([p.sh2]);
    expect(await stalled(bjContractor)).toEqual([]);
  });
});

describe('utilization: people and centers each may see, rates and costs only to whoever may see them', () => {
  const utilization = async (as: Member) => {
    const reply = await as.api.get(`/api/reports/utilization?from=${shift(-6)}&to=${today}`);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    return reply.body as { people: any[]; deliveryCenters: any[] };
  };
  const row = (people: any[], member: Member) => people.find((r: { personId: string }) => r.personId === member.id);

  it('the director sees everyone with rates and costs, and every center', async () => {
    const all = await utilization(director);
    expect(row(all.people, bjPresales)).toMatchObject({ rateLevel: 'P2', bookedDays: 2, workedDays: 1, actualCost: [CNY(P2_DAY)] });
    expect(row(all.people, bjContractor)).toMatchObject({ rateLevel: 'P1', actualCost: [] });
    expect(row(all.people, shPresales)).toMatchObject({ rateLevel: 'P3', workedDays: 1, actualCost: [CNY(P3_DAY)] });
    expect(row(all.people, centerMember)).toMatchObject({ rateLevel: 'P3', workedDays: 1, actualCost: [CNY(P3_DAY)] });
    const center = all.deliveryCenters.find((c: { deliveryCenterId: string }) => c.deliveryCenterId === centerId);
    expect(center).toMatchObject({ members: 1, workedDays: 1, actualCost: [CNY(P3_DAY)] });
  });

  it("Beijing's manager: Beijing's people, not Shanghai's; the rate of someone of the office outside their tree is null", async () => {
    const view = await utilization(bjManager);
    expect(ids(mine(view.people))).toEqual(sorted(bjPresales.id, bjContractor.id));
    expect(row(view.people, bjPresales)).toMatchObject({ rateLevel: 'P2', actualCost: [CNY(P2_DAY)] });
    expect(row(view.people, bjContractor)).toMatchObject({ rateLevel: null, actualCost: null, bookedDays: 0 });
    expect(view.deliveryCenters).toEqual([]);
    const shanghaiView = await utilization(shManager);
    expect(ids(mine(shanghaiView.people))).toEqual([shPresales.id]);
    expect(row(shanghaiView.people, shPresales)).toMatchObject({ rateLevel: 'P3', actualCost: [CNY(P3_DAY)] });
  });

  it('a presales person sees their own row with their own rate; the center lead their center, without rates', async () => {
    const own = await utilization(bjPresales);
    expect(own.people).toEqual([expect.objectContaining({ personId: bjPresales.id, rateLevel: 'P2', actualCost: [CNY(P2_DAY)] })]);
    expect(own.deliveryCenters).toEqual([]);
    const lead = await utilization(centerLead);
    expect(lead.people).toEqual([expect.objectContaining({ personId: centerMember.id, rateLevel: null, actualCost: null, bookedDays: 1, workedDays: 1 })]);
    expect(lead.deliveryCenters).toEqual([
      expect.objectContaining({ deliveryCenterId: centerId, leadId: centerLead.id, members: 1, bookedDays: 1, workedDays: 1, actualCost: null }),
    ]);
  });
});

describe('credits: the credit of the people each may see, on the projects they may see', () => {
  const credits = async (as: Member, groupBy = 'person') => {
    const reply = await as.api.get(`/api/reports/credits?${CREDIT_MONTH}&groupBy=${groupBy}`);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    return reply.body as { scope: string; groups: any[]; totals: any[] };
  };
  const creditOf = (groups: any[], id: string | null) => groups.find((g: { id: string | null }) => g.id === id)?.credit;

  it('the director sees everyone, per person and per office', async () => {
    const all = await credits(director);
    expect(all.scope).toBe('all');
    expect(creditOf(all.groups, bjSales.id)).toEqual([CNY(yuan(1_000_000))]);
    expect(creditOf(all.groups, shSales.id)).toEqual([CNY(yuan(5_000_000))]);
    expect(creditOf(all.groups, centerMember.id)).toEqual([CNY(yuan(3_000_000))]);
    const byOffice = await credits(director, 'office');
    expect(creditOf(byOffice.groups, beijing)).toEqual([CNY(yuan(2_400_000))]);
    expect(creditOf(byOffice.groups, shanghai)).toEqual([CNY(yuan(7_000_000))]);
  });

  it("Beijing's manager: Beijing's people and office only, totals over those rows", async () => {
    const view = await credits(bjManager);
    expect(view.scope).toBe('visible');
    expect(ids(view.groups)).toEqual(sorted(bjSales.id, bjSales2.id, bjPresales.id));
    // 1,000,000 + 1,000,000 + 400,000 of credit on 1,400,000 of revenue.
    expect(view.totals).toEqual([{ currency: 'CNY', credit: CNY(yuan(2_400_000)), revenue: CNY(yuan(1_400_000)), creditBasisPointsOfRevenue: 17_142 }]);
    const byOffice = await credits(bjManager, 'office');
    expect(ids(byOffice.groups)).toEqual([beijing]);
    expect(byOffice.totals[0].credit).toEqual(CNY(yuan(2_400_000)));
    // No center among them: one group of those without one.
    expect((await credits(bjManager, 'center')).groups.map((g: { id: string | null }) => g.id)).toEqual([null]);
    expect(ids((await credits(shManager)).groups)).toEqual(sorted(shSales.id, shPresales.id));
  });

  it('a sales person sees their own credit; the center lead their center', async () => {
    const own = await credits(bjSales);
    expect(ids(own.groups)).toEqual([bjSales.id]);
    expect(own.totals).toEqual([{ currency: 'CNY', credit: CNY(yuan(1_000_000)), revenue: CNY(yuan(1_000_000)), creditBasisPointsOfRevenue: 10_000 }]);
    expect((await credits(bjSales, 'office')).groups).toEqual([]);
    const lead = await credits(centerLead);
    expect(ids(lead.groups)).toEqual([centerMember.id]);
    const byCenter = await credits(centerLead, 'center');
    expect(byCenter.groups).toEqual([expect.objectContaining({ id: centerId, credit: [CNY(yuan(3_000_000))], revenue: [CNY(yuan(3_000_000))] })]);
    expect((await credits(bjContractor)).groups).toEqual([]);
  });
});

describe('targets and attainment (背销售数字): the people each may see, as the credits', () => {
  const PERIOD = '2018Q1';
  beforeAll(async () => {
    const set = await director.api.put('/api/targets', {
      targets: [bjSales, shSales].map((who) => ({ personId: who.id, role: 'sales_owner', period: PERIOD, amount: CNY(yuan(2_000_000)) })),
      reason: 'targets for the visibility test',
    });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
  });
  const read = async (as: Member, path: string) => {
    const reply = await as.api.get(path);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    return reply.body as { scope: string; groups?: any[]; items?: any[] };
  };
  const attainment = (as: Member, groupBy = 'person') => read(as, `/api/reports/attainment?period=${PERIOD}&groupBy=${groupBy}`);
  const people = (items: any[] | undefined) => sorted(...new Set((items ?? []).map((i: { personId: string }) => i.personId)));

  it('the director: everyone; Beijing\'s manager Beijing\'s people and office; a sales person their own; the center lead their center', async () => {
    expect(ids((await attainment(director)).groups!)).toEqual(expect.arrayContaining([bjSales.id, bjSales2.id, bjPresales.id, shSales.id, shPresales.id, centerMember.id]));
    const bj = await attainment(bjManager);
    expect([bj.scope, ids(bj.groups!)]).toEqual(['visible', sorted(bjSales.id, bjSales2.id, bjPresales.id)]);
    const bjSalesLine = bj.groups!.find((g: { id: string }) => g.id === bjSales.id).lines[0];
    expect(bjSalesLine).toMatchObject({ role: 'sales_owner', target: yuan(2_000_000), credit: yuan(1_000_000), attainmentBasisPoints: 5_000 });
    expect(ids((await attainment(bjManager, 'office')).groups!)).toEqual([beijing]);
    expect(ids((await attainment(bjSales)).groups!)).toEqual([bjSales.id]);
    expect(ids((await attainment(centerLead, 'center')).groups!)).toEqual([centerId]);
  });

  it('targets in force and their history: the same people', async () => {
    for (const path of [`/api/targets?period=${PERIOD}`, `/api/targets/history?period=${PERIOD}`]) {
      expect(people((await read(director, path)).items), path).toEqual(sorted(bjSales.id, shSales.id));
      expect(people((await read(bjManager, path)).items), path).toEqual([bjSales.id]);
      expect(people((await read(shSales, path)).items), path).toEqual([shSales.id]);
      expect(people((await read(bjPresales, path)).items), path).toEqual([]);
      expect(people((await read(centerLead, path)).items), path).toEqual([]);
    }
  });
});

describe('scores: the people each may see, the scores they may see', () => {
  const scores = async (as: Member) => {
    const reply = await as.api.get(`/api/reports/scores?${SCORE_MONTH}`);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    return mine(reply.body.people as Array<{ personId: string; count: number; mean: number | null; comments: any[] }>);
  };
  const comments = (row: { comments: Array<{ projectId: string | null; comment: string }> }) => row.comments.map((c) => [c.projectId, c.comment]);

  it('the director sees every score, with its project', async () => {
    const all = await scores(director);
    expect(all.map((r) => [r.personId, r.count, r.mean])).toEqual(
      expect.arrayContaining([
        [bjPresales.id, 2, 4.5],
        [bjContractor.id, 1, 2],
        [shPresales.id, 1, 3],
        [centerMember.id, 2, 3.5],
      ]),
    );
    expect(comments(all.find((r) => r.personId === bjPresales.id)!)).toEqual([
      [p.bj1, 'clear demo'],
      [p.sh1, 'great help'],
    ]);
  });

  it("Beijing's manager: their people's scores (a Shanghai project unnamed), the office's outsider scored but hidden, nothing of Shanghai's", async () => {
    const view = await scores(bjManager);
    expect(ids(view)).toEqual(sorted(bjPresales.id, bjContractor.id));
    const presales = view.find((r) => r.personId === bjPresales.id)!;
    expect(presales).toMatchObject({ count: 2, mean: 4.5 });
    expect(comments(presales)).toEqual([
      [p.bj1, 'clear demo'],
      [null, 'great help'],
    ]);
    expect(view.find((r) => r.personId === bjContractor.id)).toMatchObject({
      count: 0,
      mean: null,
      distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 },
      comments: [],
    });
    expect(ids(await scores(shManager))).toEqual([shPresales.id]);
  });

  it('sales and presales their own; the center lead the score they gave their member, not the others', async () => {
    // bjSales gave two of these scores, but the people scored are not their rows.
    expect(await scores(bjSales)).toEqual([]);
    const own = await scores(bjPresales);
    expect(own.map((r) => [r.personId, r.count, r.mean])).toEqual([[bjPresales.id, 2, 4.5]]);
    const lead = await scores(centerLead);
    expect(lead.map((r) => [r.personId, r.count, r.mean])).toEqual([[centerMember.id, 1, 3]]);
    expect(comments(lead[0]!)).toEqual([[p.sh2, 'fine']]);
  });
});

describe('allocation: the projects each may see', () => {
  const allocation = async (as: Member, query = '') => {
    const reply = await as.api.get(`/api/reports/allocation?from=${shift(-1)}&to=${shift(1)}${query}`);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    return reply.body.currencies as Array<{ total: { projects: number; pipeline: unknown; bookedDays: number }; salesPeople: Array<{ salesPersonId: string }> }>;
  };
  const salesPeople = (currencies: Awaited<ReturnType<typeof allocation>>) => currencies.flatMap((c) => c.salesPeople.map((s) => s.salesPersonId)).sort();

  it("the director sees both offices; Beijing's manager Beijing's; sales their own; the center lead their center's", async () => {
    const bj = await allocation(director, `&officeId=${beijing}`);
    expect(salesPeople(bj)).toEqual(sorted(bjSales.id, bjSales2.id));
    expect(salesPeople(await allocation(director, `&officeId=${shanghai}`))).toEqual([shSales.id]);
    const manager = await allocation(bjManager);
    expect(manager).toEqual(bj);
    expect(manager[0]!.total).toMatchObject({ projects: 2, pipeline: CNY(yuan(2_000_000)), bookedDays: 2 });
    const own = await allocation(bjSales);
    expect(salesPeople(own)).toEqual([bjSales.id]);
    expect(own[0]!.total).toMatchObject({ projects: 1, pipeline: CNY(yuan(1_500_000)) });
    const lead = await allocation(centerLead);
    expect(salesPeople(lead)).toEqual([shSales.id]);
    expect(lead[0]!.total).toMatchObject({ projects: 1, pipeline: CNY(yuan(12_000_000)), bookedDays: 1 });
    expect(await allocation(bjContractor)).toEqual([]);
  });
});

describe('the OpenAPI document says who sees which rows', () => {
  it('every report describes its rows and the nullable rates and scores', async () => {
    const openapi = (await moat.api.get('/openapi.json')).body;
    for (const path of ['/api/reports/budget', '/api/reports/utilization', '/api/reports/stalled', '/api/reports/credits', '/api/reports/scores', '/api/reports/allocation']) {
      expect(openapi.paths[path].get.description, path).toMatch(/Any signed-in person/);
    }
    const scores = JSON.stringify(openapi.paths['/api/reports/scores'].get.responses['200']);
    expect(scores).toContain('null when the caller may see none of them');
    const utilization = JSON.stringify(openapi.paths['/api/reports/utilization'].get.responses['200']);
    expect(utilization).toContain('where the caller may not see it');
  });
});
