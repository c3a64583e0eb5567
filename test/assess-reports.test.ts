import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summariseCredits, type CreditRow } from '../db/assess-reports';
import { DEFAULT_POLICY } from '../domain/policy';
import { createMatchOrg, P3_DAY, type MatchOrg } from './support/match-org';
import { createOrg, projectBody, signFeasibility, startTestMoat, uniqueSuffix, type Member, type Org, type TestMoat } from './support/moat';
import { CNY, shift, today, yuan } from './support/amounts';

/**
 * 人人考核 reports and the delivery center as one team, against the real servers. Projects are created and moved
 * through the API; credit, revenue and score rows are written with SQL (the close-won and scoring workflows write
 * their own at the time they run, outside the past windows used here), with the expected figures worked by hand.
 */

let moat: TestMoat;


beforeAll(async () => {
  moat = await startTestMoat();
  // Tiers and budgets on the default policy (DEFAULT_POLICY), whatever an earlier file published: projects pin the
  // policy at open. Without holidays: the delivery centers' capacity follows the calendar, over windows relative to today.
  const reset = await moat.admin.put('/api/policy', {
    document: { ...DEFAULT_POLICY, calendar: { ...DEFAULT_POLICY.calendar, holidays: [], workdays: [] } },
    reason: 'assess reports test runs on the defaults',
  });
  expect(reset.status, JSON.stringify(reset.body)).toBe(201);
});

afterAll(async () => {
  await moat?.stop();
});

async function newPerson(name: string, body: Record<string, unknown>): Promise<Member> {
  const reply = await moat.admin.post('/api/people', { name, email: `${name}.${uniqueSuffix()}@example.cn`, ...body });
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return { id: reply.body.id, token: reply.body.token, api: moat.api.as(reply.body.token) };
}

async function open(org: Org, owner: Member, expectedYuan: number, overrides: Record<string, unknown> = {}) {
  const reply = await owner.api.post('/api/projects', projectBody(org, { expectedValue: CNY(yuan(expectedYuan)), salesOwnerId: owner.id, ...overrides }));
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return reply.body as { id: string; tier: string; name: string };
}

/**
 * Walks an open project to negotiation and closes it won: presales (`presales`) owns discovery to poc, delivery
 * signs feasibility (`sign`), the sales owner takes it back at proposal.
 */
async function win(org: Org, projectId: string, salesOwner: Member, presales: Member, sign: () => Promise<void>) {
  const members = new Map([salesOwner, presales].map((m) => [m.id, m]));
  const tier = (await org.director.api.get(`/api/projects/${projectId}`)).body.tier as string;
  const stages = tier === 'A' || tier === 'B' ? ['discovery', 'solution', 'poc', 'proposal', 'negotiation'] : ['discovery', 'solution', 'proposal', 'negotiation'];
  for (const stage of stages) {
    const ownerId = (await org.director.api.get(`/api/projects/${projectId}`)).body.ownerId as string;
    const owner = members.get(ownerId)!;
    if (stage === 'proposal') await sign();
    const nominee = stage === 'discovery' ? presales.id : stage === 'proposal' ? salesOwner.id : undefined;
    const advanced = await owner.api.post(`/api/projects/${projectId}/advance`, nominee ? { nomineeId: nominee } : {});
    expect(advanced.status, JSON.stringify(advanced.body)).toBe(200);
    expect(advanced.body.stage).toBe(stage);
    if (advanced.body.pendingHandoff) {
      const accepted = await members.get(advanced.body.pendingHandoff.toPersonId)!.api.post(`/api/handoffs/${advanced.body.pendingHandoff.id}/accept`);
      expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    }
  }
  const closed = await salesOwner.api.post(`/api/projects/${projectId}/close`, { outcome: 'won', reason: 'contract signed' });
  expect(closed.status, JSON.stringify(closed.body)).toBe(200);
  expect(closed.body.status).toBe('won');
}

async function closeLost(owner: Member, projectId: string) {
  const closed = await owner.api.post(`/api/projects/${projectId}/close`, { outcome: 'lost', reason: 'competitor won' });
  expect(closed.status, JSON.stringify(closed.body)).toBe(200);
}

describe('credit report (背数字, 双算): credit per person, office or center, revenue beside it', () => {
  let org: Org;
  /** A second sales person, in the office. */
  let seller: Member;
  /** The future delivery manager, in the credit center, no office. */
  let dm: Member;
  let centerId: string;
  let centerName: string;
  const p1 = { id: '', name: '' };
  const p2 = { id: '', name: '' };
  const JUNE = 'from=2019-06-01&to=2019-06-30';

  beforeAll(async () => {
    org = await createOrg(moat);
    const tag = uniqueSuffix();
    centerName = `Credit center ${tag}`;
    const center = await moat.admin.post('/api/delivery-centers', { name: centerName, industry: `credit-${tag}`, leadId: org.manager.id });
    expect(center.status, JSON.stringify(center.body)).toBe(201);
    centerId = center.body.id;
    seller = await newPerson('seller', { roles: ['sales'], managerId: org.manager.id, officeId: org.officeId });
    dm = await newPerson('dm', { roles: ['delivery'], managerId: org.manager.id, deliveryCenterId: centerId });

    // Two deals, won through the API: 1,000,000 CNY (tier C) by sales, 500,000 CNY (tier D) by seller.
    const first = await open(org, org.sales, 1_000_000, { name: `Credit P1 ${tag}` });
    const second = await open(org, seller, 500_000, { name: `Credit P2 ${tag}` });
    expect([first.tier, second.tier]).toEqual(['C', 'D']);
    Object.assign(p1, { id: first.id, name: `Credit P1 ${tag}` });
    Object.assign(p2, { id: second.id, name: `Credit P2 ${tag}` });
    await win(org, p1.id, org.sales, org.presales, () => signFeasibility(org, p1.id));
    await win(org, p2.id, seller, org.presales, () => signFeasibility(org, p2.id));

    // The credit record as the close-won workflow writes it, in a past month of its own.
    let n = 0;
    const credit = (projectId: string, personId: string, role: string, basisPoints: number, amount: number, at: string) =>
      moat.pool.query(
        `insert into credit_entries (project_id, person_id, credit_role, basis_points, amount, currency, reason, idempotency_key, at)
         values ($1, $2, $3, $4, $5, 'CNY', 'test', $6, $7)`,
        [projectId, personId, role, basisPoints, amount, `assess-test:${tag}:credit:${++n}`, at],
      );
    const revenue = (projectId: string, amount: number, at: string) =>
      moat.pool.query(
        `insert into revenue_entries (project_id, amount, currency, reason, idempotency_key, at) values ($1, $2, 'CNY', 'test', $3, $4)`,
        [projectId, amount, `assess-test:${tag}:revenue:${++n}`, at],
      );
    // P1 won at 1,000,000 CNY: everyone 100% (double counting), revenue once.
    await credit(p1.id, org.sales.id, 'sales_owner', 10_000, yuan(1_000_000), '2019-06-10T03:00:00Z');
    await credit(p1.id, org.presales.id, 'presales_lead', 10_000, yuan(1_000_000), '2019-06-10T03:00:00Z');
    await credit(p1.id, dm.id, 'delivery_manager', 10_000, yuan(1_000_000), '2019-06-10T03:00:00Z');
    await revenue(p1.id, yuan(1_000_000), '2019-06-10T03:00:00Z');
    // P2 won at 500,000 CNY, the presales lead at a 50% share.
    await credit(p2.id, seller.id, 'sales_owner', 10_000, yuan(500_000), '2019-06-15T03:00:00Z');
    await credit(p2.id, org.presales.id, 'presales_lead', 5_000, yuan(250_000), '2019-06-15T03:00:00Z');
    await credit(p2.id, dm.id, 'delivery_manager', 10_000, yuan(500_000), '2019-06-15T03:00:00Z');
    await revenue(p2.id, yuan(500_000), '2019-06-15T03:00:00Z');
    // P1's final value corrected to 900,000 CNY: correcting entries, never an edit.
    for (const [personId, role] of [[org.sales.id, 'sales_owner'], [org.presales.id, 'presales_lead'], [dm.id, 'delivery_manager']] as const) {
      await credit(p1.id, personId, role, 10_000, -yuan(100_000), '2019-06-20T03:00:00Z');
    }
    await revenue(p1.id, -yuan(100_000), '2019-06-20T03:00:00Z');
    // A second correction on 2 July (+50,000 CNY), outside June.
    for (const [personId, role] of [[org.sales.id, 'sales_owner'], [org.presales.id, 'presales_lead'], [dm.id, 'delivery_manager']] as const) {
      await credit(p1.id, personId, role, 10_000, yuan(50_000), '2019-07-02T03:00:00Z');
    }
    await revenue(p1.id, yuan(50_000), '2019-07-02T03:00:00Z');
  });

  // By hand, June: P1 nets 900,000 CNY for each of three people, P2 500,000 / 250,000 / 500,000.
  const p1Row = (roles: string[], credit: number) => ({ projectId: p1.id, name: p1.name, creditRoles: roles, credit: CNY(yuan(credit)), revenue: CNY(yuan(900_000)) });
  const p2Row = (roles: string[], credit: number) => ({ projectId: p2.id, name: p2.name, creditRoles: roles, credit: CNY(yuan(credit)), revenue: CNY(yuan(500_000)) });
  /** 3,950,000 CNY of credit on 1,400,000 CNY of revenue: 282.14%. */
  const juneTotals = [{ currency: 'CNY', credit: CNY(yuan(3_950_000)), revenue: CNY(yuan(1_400_000)), creditBasisPointsOfRevenue: 28_214 }];

  it('per person: each credited person with the projects behind their credit; revenue counted once in the total', async () => {
    const reply = await org.director.api.get(`/api/reports/credits?${JUNE}`);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(reply.body).toEqual({
      window: { from: '2019-06-01', to: '2019-06-30' },
      groupBy: 'person',
      scope: 'all',
      groups: [
        {
          id: dm.id,
          name: 'dm',
          credit: [CNY(yuan(1_400_000))],
          revenue: [CNY(yuan(1_400_000))],
          projects: [p1Row(['delivery_manager'], 900_000), p2Row(['delivery_manager'], 500_000)],
        },
        {
          id: org.presales.id,
          name: 'presales',
          credit: [CNY(yuan(1_150_000))],
          revenue: [CNY(yuan(1_400_000))],
          projects: [p1Row(['presales_lead'], 900_000), p2Row(['presales_lead'], 250_000)],
        },
        { id: org.sales.id, name: 'sales', credit: [CNY(yuan(900_000))], revenue: [CNY(yuan(900_000))], projects: [p1Row(['sales_owner'], 900_000)] },
        { id: seller.id, name: 'seller', credit: [CNY(yuan(500_000))], revenue: [CNY(yuan(500_000))], projects: [p2Row(['sales_owner'], 500_000)] },
      ],
      totals: juneTotals,
    });
    // July holds only the +50,000 correction: three people credited, revenue once — exactly 300%.
    const july = await org.director.api.get('/api/reports/credits?from=2019-07-01&to=2019-07-31');
    expect(july.body.totals).toEqual([{ currency: 'CNY', credit: CNY(yuan(150_000)), revenue: CNY(yuan(50_000)), creditBasisPointsOfRevenue: 30_000 }]);
    expect((await moat.admin.get(`/api/reports/credits?${JUNE}&groupBy=person`)).body.groups).toEqual(reply.body.groups);
  });

  it('per office and per delivery center (as on record): a project shared inside a group counts its revenue once', async () => {
    const byOffice = await org.manager.api.get(`/api/reports/credits?${JUNE}&groupBy=office`);
    expect(byOffice.status, JSON.stringify(byOffice.body)).toBe(200);
    const officeName = (await moat.admin.get('/api/offices')).body.items.find((o: { id: string }) => o.id === org.officeId).name;
    expect(byOffice.body.groups).toEqual([
      {
        // sales, presales and seller belong to the office: 900k × 2 on P1, 250k + 500k on P2; revenue 900k + 500k, not 4 times.
        id: org.officeId,
        name: officeName,
        credit: [CNY(yuan(2_550_000))],
        revenue: [CNY(yuan(1_400_000))],
        projects: [p1Row(['presales_lead', 'sales_owner'], 1_800_000), p2Row(['presales_lead', 'sales_owner'], 750_000)],
      },
      // dm has no office.
      { id: null, name: null, credit: [CNY(yuan(1_400_000))], revenue: [CNY(yuan(1_400_000))], projects: [p1Row(['delivery_manager'], 900_000), p2Row(['delivery_manager'], 500_000)] },
    ]);
    expect(byOffice.body.totals).toEqual(juneTotals);

    const byCenter = await org.manager.api.get(`/api/reports/credits?${JUNE}&groupBy=center`);
    expect(byCenter.status).toBe(200);
    expect(byCenter.body.groups).toEqual([
      {
        id: centerId,
        name: centerName,
        credit: [CNY(yuan(1_400_000))],
        revenue: [CNY(yuan(1_400_000))],
        projects: [p1Row(['delivery_manager'], 900_000), p2Row(['delivery_manager'], 500_000)],
      },
      {
        id: null,
        name: null,
        credit: [CNY(yuan(2_550_000))],
        revenue: [CNY(yuan(1_400_000))],
        projects: [p1Row(['presales_lead', 'sales_owner'], 1_800_000), p2Row(['presales_lead', 'sales_owner'], 750_000)],
      },
    ]);
    expect(byCenter.body.totals).toEqual(juneTotals);
  });

  it('a sales or presales person sees their own credit only, grouped by an office or center only if they may see it', async () => {
    const own = await org.sales.api.get(`/api/reports/credits?${JUNE}`);
    expect(own.status, JSON.stringify(own.body)).toBe(200);
    expect(own.body).toMatchObject({ scope: 'visible', groups: [{ id: org.sales.id, credit: [CNY(yuan(900_000))] }] });
    expect(own.body.totals).toEqual([{ currency: 'CNY', credit: CNY(yuan(900_000)), revenue: CNY(yuan(900_000)), creditBasisPointsOfRevenue: 10_000 }]);
    const presales = await org.presales.api.get(`/api/reports/credits?${JUNE}&groupBy=person`);
    expect(presales.body.groups.map((g: { id: string }) => g.id)).toEqual([org.presales.id]);
    expect(presales.body.totals[0]).toMatchObject({ credit: CNY(yuan(1_150_000)), revenue: CNY(yuan(1_400_000)), creditBasisPointsOfRevenue: 8_214 });
    expect((await org.outsider.api.get(`/api/reports/credits?${JUNE}`)).body).toMatchObject({ scope: 'visible', groups: [], totals: [] });
    // sales does not manage the office: no office group. Without a center, their credit is in the group of those without one.
    const byOffice = await org.sales.api.get(`/api/reports/credits?${JUNE}&groupBy=office`);
    expect(byOffice.status, JSON.stringify(byOffice.body)).toBe(200);
    expect(byOffice.body).toMatchObject({ scope: 'visible', groups: [], totals: [] });
    const byCenter = await org.sales.api.get(`/api/reports/credits?${JUNE}&groupBy=center`);
    expect(byCenter.body.groups).toEqual([{ id: null, name: null, credit: [CNY(yuan(900_000))], revenue: [CNY(yuan(900_000))], projects: [p1Row(['sales_owner'], 900_000)] }]);
    // dm is a member of the center the manager leads, not its lead: no center group for dm.
    expect((await dm.api.get(`/api/reports/credits?${JUNE}&groupBy=center`)).body.groups).toEqual([]);
    expect((await moat.api.get(`/api/reports/credits?${JUNE}`)).status).toBe(401);
    const backwards = await org.manager.api.get('/api/reports/credits?from=2019-06-30&to=2019-06-01');
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.details).toEqual([{ path: 'querystring.to', message: 'the window ends before it starts' }]);
    const badGroup = await org.manager.api.get(`/api/reports/credits?${JUNE}&groupBy=region`);
    expect(badGroup.status).toBe(400);
    expect(badGroup.body.error.details[0].path).toBe('querystring.groupBy');
  });

  it('totals per currency: amounts of different currencies never add up', () => {
    const row = (groupId: string, projectId: string, currency: string, credit: number, revenue: number): CreditRow => ({
      groupId,
      groupName: groupId,
      projectId,
      projectName: projectId,
      currency,
      credit,
      creditRoles: ['sales_owner'],
      revenue,
    });
    const { groups, totals } = summariseCredits([
      row('a', 'p-cny', 'CNY', 1_000, 1_000),
      row('a', 'p-usd', 'USD', 300, 300),
      row('b', 'p-cny', 'CNY', 1_000, 1_000),
      row('b', 'p-eur', 'EUR', -50, 0),
    ]);
    expect(groups.map((g) => [g.id, g.credit, g.revenue])).toEqual([
      ['a', [{ amount: 1_000, currency: 'CNY' }, { amount: 300, currency: 'USD' }], [{ amount: 1_000, currency: 'CNY' }, { amount: 300, currency: 'USD' }]],
      ['b', [{ amount: 1_000, currency: 'CNY' }, { amount: -50, currency: 'EUR' }], [{ amount: 1_000, currency: 'CNY' }, { amount: 0, currency: 'EUR' }]],
    ]);
    expect(totals).toEqual([
      { currency: 'CNY', credit: { amount: 2_000, currency: 'CNY' }, revenue: { amount: 1_000, currency: 'CNY' }, creditBasisPointsOfRevenue: 20_000 },
      { currency: 'EUR', credit: { amount: -50, currency: 'EUR' }, revenue: { amount: 0, currency: 'EUR' }, creditBasisPointsOfRevenue: null },
      { currency: 'USD', credit: { amount: 300, currency: 'USD' }, revenue: { amount: 300, currency: 'USD' }, creditBasisPointsOfRevenue: 10_000 },
    ]);
  });
});

describe('score report (主负责人打分): per person, visible along the manager tree', () => {
  let org: Org;
  /** Reports to presales, who reports to the manager: the manager's grand-report. */
  let junior: Member;
  const MAY = 'from=2019-05-01&to=2019-05-31';
  const project: string[] = [];

  beforeAll(async () => {
    org = await createOrg(moat);
    junior = await newPerson('junior', { roles: ['presales'], managerId: org.presales.id });
    for (let i = 0; i < 3; i++) {
      const created = await open(org, org.sales, 1_500_000);
      await closeLost(org.sales, created.id);
      project.push(created.id);
    }
    const score = (p: number, personId: string, scorerId: string, value: number, comment: string, at: string) =>
      moat.pool.query('insert into scores (project_id, person_id, scorer_id, score, comment, scored_at) values ($1, $2, $3, $4, $5, $6)', [
        project[p],
        personId,
        scorerId,
        value,
        comment,
        at,
      ]);
    await score(0, org.presales.id, org.sales.id, 4, 'clear demo', '2019-05-10T09:00:00Z');
    await score(1, org.presales.id, org.sales2.id, 5, 'great poc', '2019-05-12T09:00:00Z');
    await score(2, org.presales.id, org.sales.id, 1, 'outside May', '2019-06-02T09:00:00Z');
    await score(0, junior.id, org.sales.id, 2, 'late', '2019-05-11T09:00:00Z');
    await score(0, org.delivery.id, org.sales.id, 3, 'fine', '2019-05-10T09:00:00Z');
    await score(1, org.delivery.id, org.sales2.id, 4, 'good', '2019-05-12T09:00:00Z');
    await score(2, org.delivery.id, org.sales.id, 4, 'good', '2019-05-20T09:00:00Z');
    await score(1, org.outsider.id, org.sales2.id, 1, 'no show', '2019-05-12T09:00:00Z');
    await score(0, org.sales2.id, org.sales.id, 5, 'solid', '2019-05-10T09:00:00Z');
    await score(2, org.manager.id, org.sales.id, 3, 'ok', '2019-05-20T09:00:00Z');
  });

  const distribution = (counts: number[]) => ({ 1: counts[0], 2: counts[1], 3: counts[2], 4: counts[3], 5: counts[4] });
  const comment = (p: number, scorerId: string, score: number, text: string, at: string) => ({ projectId: project[p], scorerId, score, comment: text, scoredAt: at });
  /** Instants as returned compared as instants, whatever time zone the server formats them in. */
  const normalised = (people: any[]) =>
    people.map((p) => ({ ...p, comments: p.comments.map((c: any) => ({ ...c, scoredAt: new Date(c.scoredAt).toISOString() })) }));
  const rows = () => ({
    delivery: {
      personId: org.delivery.id,
      name: 'delivery',
      count: 3,
      mean: 3.67, // 11 / 3
      distribution: distribution([0, 0, 1, 2, 0]),
      comments: [
        comment(0, org.sales.id, 3, 'fine', '2019-05-10T09:00:00.000Z'),
        comment(1, org.sales2.id, 4, 'good', '2019-05-12T09:00:00.000Z'),
        comment(2, org.sales.id, 4, 'good', '2019-05-20T09:00:00.000Z'),
      ],
    },
    junior: { personId: junior.id, name: 'junior', count: 1, mean: 2, distribution: distribution([0, 1, 0, 0, 0]), comments: [comment(0, org.sales.id, 2, 'late', '2019-05-11T09:00:00.000Z')] },
    manager: { personId: org.manager.id, name: 'manager', count: 1, mean: 3, distribution: distribution([0, 0, 1, 0, 0]), comments: [comment(2, org.sales.id, 3, 'ok', '2019-05-20T09:00:00.000Z')] },
    outsider: { personId: org.outsider.id, name: 'outsider', count: 1, mean: 1, distribution: distribution([1, 0, 0, 0, 0]), comments: [comment(1, org.sales2.id, 1, 'no show', '2019-05-12T09:00:00.000Z')] },
    presales: {
      personId: org.presales.id,
      name: 'presales',
      count: 2,
      mean: 4.5,
      distribution: distribution([0, 0, 0, 1, 1]),
      comments: [comment(0, org.sales.id, 4, 'clear demo', '2019-05-10T09:00:00.000Z'), comment(1, org.sales2.id, 5, 'great poc', '2019-05-12T09:00:00.000Z')],
    },
    sales2: { personId: org.sales2.id, name: 'sales2', count: 1, mean: 5, distribution: distribution([0, 0, 0, 0, 1]), comments: [comment(0, org.sales.id, 5, 'solid', '2019-05-10T09:00:00.000Z')] },
  });

  it('directors and admins see everyone scored in the window: count, mean to 2 decimals, distribution, comments', async () => {
    const r = rows();
    for (const viewer of [org.director.api, moat.admin]) {
      const reply = await viewer.get(`/api/reports/scores?${MAY}`);
      expect(reply.status, JSON.stringify(reply.body)).toBe(200);
      expect(reply.body.window).toEqual({ from: '2019-05-01', to: '2019-05-31' });
      expect(reply.body.scope).toBe('all');
      expect(normalised(reply.body.people)).toEqual([r.delivery, r.junior, r.manager, r.outsider, r.presales, r.sales2]);
    }
    // June holds the one score left out of May.
    const june = await org.director.api.get('/api/reports/scores?from=2019-06-01&to=2019-06-30');
    expect(june.body.people).toMatchObject([{ personId: org.presales.id, count: 1, mean: 1, distribution: distribution([1, 0, 0, 0, 0]) }]);
  });

  it('a manager sees themselves and their whole tree (grand-reports too); a person sees their own and their reports', async () => {
    const r = rows();
    const view = async (member: Member) => {
      const reply = await member.api.get(`/api/reports/scores?${MAY}`);
      expect(reply.status, JSON.stringify(reply.body)).toBe(200);
      expect(reply.body.scope).toBe('visible');
      return normalised(reply.body.people);
    };
    /** The projects were opened and closed by sales alone: only the office's side sees them, others get no project id. */
    const unnamed = (row: ReturnType<typeof rows>[keyof ReturnType<typeof rows>]) => ({
      ...row,
      comments: row.comments.map((c) => ({ ...c, projectId: null })),
    });
    // The manager manages sales, sales2, presales (and through presales, junior) and delivery; not the outsider.
    expect(await view(org.manager)).toEqual([r.delivery, r.junior, r.manager, r.presales, r.sales2]);
    expect(await view(org.presales)).toEqual([unnamed(r.junior), unnamed(r.presales)]);
    expect(await view(junior)).toEqual([unnamed(r.junior)]);
    expect(await view(org.outsider)).toEqual([unnamed(r.outsider)]);
    // sales gave most of these scores, but the people scored are not sales's report rows.
    expect(await view(org.sales)).toEqual([]);
    expect((await moat.api.get(`/api/reports/scores?${MAY}`)).status).toBe(401);
    const missing = await org.manager.api.get('/api/reports/scores?from=2019-05-01');
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.map((d: { path: string }) => d.path)).toEqual(['querystring.to']);
  });
});

describe('allocation report (劣币驱逐良币): presales days against pipeline', () => {
  let org: Org;
  let salesC: Member;
  let presales: Member;

  beforeAll(async () => {
    org = await createOrg(moat);
    salesC = await newPerson('sales-c', { roles: ['sales'], managerId: org.manager.id, officeId: org.officeId });
    presales = await newPerson('pre', { roles: ['presales'], managerId: org.manager.id, officeId: org.officeId, rateLevel: 'P2' });

    const book = async (owner: Member, projectId: string, days: number) => {
      const dispatched = await org.manager.api.post(`/api/projects/${projectId}/dispatch`, { teamLeadId: presales.id });
      expect(dispatched.status, JSON.stringify(dispatched.body)).toBe(200);
      const asked = await owner.api.post(`/api/projects/${projectId}/resource-requests`, { role: 'presales', days, personId: presales.id, note: 'workshop' });
      expect(asked.status, JSON.stringify(asked.body)).toBe(201);
      const approved = await org.manager.api.post(`/api/approvals/${asked.body.approvalId}/approve`, {});
      expect(approved.status, JSON.stringify(approved.body)).toBe(200);
      expect(approved.body.bookings).toHaveLength(1);
      return approved.body.bookings[0] as { id: string };
    };
    // sales: 1,500,000 (C, 3 days booked, 1 worked) + 500,000 (D); sales2: 1,000,000 (C, 1 day); sales-c: 400,000 (D).
    const a1 = await open(org, org.sales, 1_500_000);
    const a2 = await open(org, org.sales, 500_000);
    const b1 = await open(org, org.sales2, 1_000_000);
    const c1 = await open(org, salesC, 400_000);
    expect([a1.tier, a2.tier, b1.tier, c1.tier]).toEqual(['C', 'D', 'C', 'D']);
    const booking = await book(org.sales, a1.id, 3);
    const worked = await presales.api.post(`/api/projects/${a1.id}/time-entries`, { bookingId: booking.id, date: today, days: 1 });
    expect(worked.status, JSON.stringify(worked.body)).toBe(201);
    await book(org.sales2, b1.id, 1);
  });

  it('per tier and per sales person, normalised per 1,000,000 CNY, and the Gini coefficient across sales people', async () => {
    const reply = await org.director.api.get(`/api/reports/allocation?from=${shift(-1)}&to=${shift(1)}&officeId=${org.officeId}`);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const empty = { projects: 0, pipeline: CNY(0), bookedDays: 0, workedDays: 0, bookedDaysPerMillion: null, workedDaysPerMillion: null };
    expect(reply.body).toEqual({
      window: { from: shift(-1), to: shift(1) },
      officeId: org.officeId,
      unit: 'presales days per 1,000,000 major units of pipeline',
      currencies: [
        {
          currency: 'CNY',
          // 4 days booked and 1 worked on 3,400,000 CNY: 4 / 3.4 = 1.17647…, 1 / 3.4 = 0.29411…
          total: { projects: 4, pipeline: CNY(yuan(3_400_000)), bookedDays: 4, workedDays: 1, bookedDaysPerMillion: 1.1765, workedDaysPerMillion: 0.2941 },
          tiers: [
            { tier: 'A', ...empty },
            { tier: 'B', ...empty },
            // C: 3 + 1 days on 2,500,000 CNY = 1.6 a million; 1 worked = 0.4.
            { tier: 'C', projects: 2, pipeline: CNY(yuan(2_500_000)), bookedDays: 4, workedDays: 1, bookedDaysPerMillion: 1.6, workedDaysPerMillion: 0.4 },
            { tier: 'D', projects: 2, pipeline: CNY(yuan(900_000)), bookedDays: 0, workedDays: 0, bookedDaysPerMillion: 0, workedDaysPerMillion: 0 },
            { tier: 'E', ...empty },
          ],
          salesPeople: [
            { salesPersonId: org.sales.id, name: 'sales', projects: 2, pipeline: CNY(yuan(2_000_000)), bookedDays: 3, workedDays: 1, bookedDaysPerMillion: 1.5, workedDaysPerMillion: 0.5 },
            { salesPersonId: org.sales2.id, name: 'sales2', projects: 1, pipeline: CNY(yuan(1_000_000)), bookedDays: 1, workedDays: 0, bookedDaysPerMillion: 1, workedDaysPerMillion: 0 },
            { salesPersonId: salesC.id, name: 'sales-c', projects: 1, pipeline: CNY(yuan(400_000)), bookedDays: 0, workedDays: 0, bookedDaysPerMillion: 0, workedDaysPerMillion: 0 },
          ],
          // Booked [1.5, 1, 0]: Σ|xi − xj| over ordered pairs = 6, 2 n² μ = 2 · 9 · 2.5/3 = 15 → 0.4.
          // Worked [0.5, 0, 0]: one holds everything → (n − 1)/n = 2/3.
          gini: { bookedDays: 0.4, workedDays: 0.6667, salesPeople: 3 },
        },
      ],
    });
  });

  it('an empty window has no currencies; anyone signed in sees their own projects; bad windows are 400', async () => {
    const empty = await org.manager.api.get(`/api/reports/allocation?from=2019-01-01&to=2019-01-31&officeId=${org.officeId}`);
    expect(empty.status).toBe(200);
    expect(empty.body.currencies).toEqual([]);
    expect((await moat.admin.get(`/api/reports/allocation?from=${today}&to=${today}`)).status).toBe(200);
    const own = await org.sales.api.get(`/api/reports/allocation?from=${shift(-1)}&to=${shift(1)}`);
    expect(own.status, JSON.stringify(own.body)).toBe(200);
    expect(own.body.currencies.map((c: { salesPeople: { salesPersonId: string }[] }) => c.salesPeople.map((p) => p.salesPersonId))).toEqual([[org.sales.id]]);
    expect(own.body.currencies[0].total).toMatchObject({ projects: 2, pipeline: CNY(yuan(2_000_000)), bookedDays: 3, workedDays: 1 });
    // The presales person booked on sales's and sales2's C projects sees those two, and nothing of sales-c's.
    const booked = await presales.api.get(`/api/reports/allocation?from=${shift(-1)}&to=${shift(1)}`);
    expect(booked.body.currencies[0].total).toMatchObject({ projects: 2, pipeline: CNY(yuan(2_500_000)), bookedDays: 4 });
    const backwards = await org.director.api.get(`/api/reports/allocation?from=${today}&to=${shift(-1)}`);
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.details).toEqual([{ path: 'querystring.to', message: 'the window ends before it starts' }]);
    const badOffice = await org.director.api.get(`/api/reports/allocation?from=${today}&to=${today}&officeId=east`);
    expect(badOffice.status).toBe(400);
    expect(badOffice.body.error.details[0].path).toBe('querystring.officeId');
  });
});

describe('delivery centers as one team (多位一体)', () => {
  let org: MatchOrg & { industry: string };
  let tester: Member;
  let deliverer: Member;
  let afterSales: Member;
  let seller: Member;
  let elsewhere: Member;
  let otherCenterId: string;
  const served: { won?: string; lost?: string } = {};

  const membershipAudit = async (centerId: string, personId: string) =>
    (
      await moat.pool.query(
        `select action, actor_id as "actorId", idempotency_key as key from audit_log
         where entity_type = 'delivery_center' and entity_id = $1 and data->>'personId' = $2 order by id`,
        [centerId, personId],
      )
    ).rows;

  beforeAll(async () => {
    org = await createMatchOrg(moat);
    tester = await newPerson('tester', { roles: ['test'], rateLevel: 'P2' });
    deliverer = await newPerson('deliverer', { roles: ['delivery'] });
    afterSales = await newPerson('after-sales', { roles: ['after_sales', 'custom_dev'] });
    seller = await newPerson('seller', { roles: ['sales'] });
    const tag = uniqueSuffix();
    const other = await moat.admin.post('/api/delivery-centers', { name: `Other center ${tag}`, industry: `other-${tag}`, leadId: org.director.id });
    expect(other.status).toBe(201);
    otherCenterId = other.body.id;
    elsewhere = await newPerson('elsewhere', { roles: ['presales'], deliveryCenterId: otherCenterId });
  });

  it('admins add and remove members, audited; 404 unknown center or person; 409 a member of another center', async () => {
    const add = (personId: string, as = moat.admin, centerId = org.centerId) => as.post(`/api/delivery-centers/${centerId}/members`, { personId });
    const remove = (personId: string, as = moat.admin, centerId = org.centerId) => as.request('DELETE', `/api/delivery-centers/${centerId}/members/${personId}`);

    for (const member of [tester, deliverer, afterSales, seller]) {
      const added = await add(member.id);
      expect(added.status, JSON.stringify(added.body)).toBe(200);
      expect(added.body).toEqual({ centerId: org.centerId, personId: member.id, deliveryCenterId: org.centerId, changed: true });
      expect((await moat.admin.get(`/api/people/${member.id}`)).body.deliveryCenterId).toBe(org.centerId);
    }
    // Adding again changes nothing and audits nothing.
    const again = await add(tester.id);
    expect(again.status).toBe(200);
    expect(again.body.changed).toBe(false);
    const adminId = (await moat.admin.get('/api/me')).body.id;
    expect(await membershipAudit(org.centerId, tester.id)).toEqual([
      { action: 'delivery_center_member_added', actorId: adminId, key: `delivery_center:${org.centerId}:member:${tester.id}:1` },
    ]);

    // Remove and re-add: each change is on record.
    const removed = await remove(seller.id);
    expect(removed.status, JSON.stringify(removed.body)).toBe(200);
    expect(removed.body).toEqual({ centerId: org.centerId, personId: seller.id, deliveryCenterId: null, changed: true });
    expect((await moat.admin.get(`/api/people/${seller.id}`)).body.deliveryCenterId).toBeNull();
    expect((await remove(seller.id)).status).toBe(404);
    expect((await add(seller.id)).body.changed).toBe(true);
    expect((await membershipAudit(org.centerId, seller.id)).map((a: { action: string }) => a.action)).toEqual([
      'delivery_center_member_added',
      'delivery_center_member_removed',
      'delivery_center_member_added',
    ]);

    // A member of another center must leave it first.
    const taken = await add(elsewhere.id);
    expect(taken.status).toBe(409);
    expect(taken.body.error.message).toContain(otherCenterId);
    expect((await remove(elsewhere.id)).status).toBe(409);
    expect((await moat.admin.get(`/api/people/${elsewhere.id}`)).body.deliveryCenterId).toBe(otherCenterId);
    expect(await membershipAudit(org.centerId, elsewhere.id)).toEqual([]);

    // Admins only; unknown ids 404; malformed ids 400.
    expect((await add(org.presalesP2.id, org.centerLead.api)).status).toBe(403);
    expect((await remove(tester.id, org.director.api)).status).toBe(403);
    const unknown = '00000000-0000-4000-8000-00000000dead';
    expect((await add(org.presalesP2.id, moat.admin, unknown)).status).toBe(404);
    expect((await add(unknown)).status).toBe(404);
    expect((await remove(unknown)).status).toBe(404);
    expect((await remove(tester.id, moat.admin, unknown)).status).toBe(404);
    const malformed = await add('nobody');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.details[0].path).toBe('body.personId');
    expect((await moat.admin.get(`/api/people/${org.presalesP2.id}`)).body.deliveryCenterId).toBeNull();
  });

  it('the center: members by function with their load, projects served, win rate, cost per won deal', async () => {
    // A won A project of the center's industry, its center member presales-p3 booked 2 days and working 1.
    const won = await open(org, org.sales, 12_000_000, { industry: org.industry });
    expect(won.tier).toBe('A');
    served.won = won.id;
    const dispatched = await org.centerLead.api.post(`/api/projects/${won.id}/dispatch`, { teamLeadId: org.teamLead.id });
    expect(dispatched.status, JSON.stringify(dispatched.body)).toBe(200);
    const asked = await org.sales.api.post(`/api/projects/${won.id}/resource-requests`, { role: 'presales', days: 2, personId: org.presalesP3.id, note: 'poc' });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    const approved = await org.teamLead.api.post(`/api/approvals/${asked.body.approvalId}/approve`, {});
    expect(approved.body.bookings).toHaveLength(1);
    const worked = await org.presalesP3.api.post(`/api/projects/${won.id}/time-entries`, { bookingId: approved.body.bookings[0].id, date: today, days: 1 });
    expect(worked.status, JSON.stringify(worked.body)).toBe(201);
    await win(org, won.id, org.sales, org.presales, async () => {
      const signed = await org.teamLead.api.post(`/api/projects/${won.id}/feasibility`, { approved: true, note: 'the center can deliver it' });
      expect(signed.status, JSON.stringify(signed.body)).toBe(201);
    });
    // A lost A project of the industry, and a C project of the industry (served by the office, not the center).
    const lost = await open(org, org.sales, 12_000_000, { industry: org.industry });
    served.lost = lost.id;
    await closeLost(org.sales, lost.id);
    await open(org, org.sales, 1_500_000, { industry: org.industry });

    const reply = await org.director.api.get(`/api/delivery-centers/${org.centerId}`);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const center = reply.body;
    expect(center).toMatchObject({ id: org.centerId, industry: org.industry, leadId: org.centerLead.id });
    // The 28 days up to today hold 20 working days: 20 days of capacity each.
    expect(center.window).toEqual({ from: shift(-27), to: today, workingDays: 20, capacityDaysPerPerson: 20 });
    const idle = (m: Member, name: string, roles: string[], rateLevel: string | null) => ({
      id: m.id,
      name,
      roles,
      rateLevel,
      bookedDays: 0,
      workedDays: 0,
      bookedBasisPoints: 0,
      workedBasisPoints: 0,
    });
    const p3 = { ...idle(org.presalesP3, 'presales-p3', ['presales'], 'P3'), bookedDays: 2, workedDays: 1, bookedBasisPoints: 1_000, workedBasisPoints: 500 };
    const afterSalesRow = idle(afterSales, 'after-sales', ['after_sales', 'custom_dev'], null);
    expect(center.members).toEqual({
      presales: [p3, idle(org.teamLead, 'team-lead', ['presales', 'manager'], 'P4')],
      solution: [],
      test: [idle(tester, 'tester', ['test'], 'P2')],
      delivery: [idle(deliverer, 'deliverer', ['delivery'], null)],
      after_sales: [afterSalesRow],
      custom_dev: [afterSalesRow],
      other: [idle(seller, 'seller', ['sales'], null)],
    });
    expect(center.projectsServed).toEqual([
      { id: won.id, name: won.name, tier: 'A', status: 'won' },
      { id: lost.id, name: lost.name, tier: 'A', status: 'lost' },
    ]);
    expect(center.closed).toEqual({ won: 1, lost: 1 });
    expect(center.winRate).toBe(0.5);
    // An outsider reads the center's figures, but neither the projects it may not see nor rate levels.
    const outside = (await org.outsider.api.get(`/api/delivery-centers/${org.centerId}`)).body;
    expect(outside).toMatchObject({ projectsServed: [], closed: { won: 1, lost: 1 }, winRate: 0.5 });
    expect(outside.members.presales.map((m: { rateLevel: string | null }) => m.rateLevel)).toEqual([null, null]);
    // The won project's actual cost: 1 day of presales P3; the unworked day was released at close.
    expect(center.costPerWonDeal).toEqual([CNY(P3_DAY)]);
    const ledger = await moat.pool.query('select actual from project_ledger_totals where project_id = $1', [won.id]);
    expect(Number(ledger.rows[0].actual)).toBe(P3_DAY);

    // Another window: nothing booked or worked in it.
    const earlier = await org.outsider.api.get(`/api/delivery-centers/${org.centerId}?from=${shift(-60)}`);
    expect(earlier.body.window).toEqual({ from: shift(-60), to: shift(-33), workingDays: 20, capacityDaysPerPerson: 20 });
    expect(earlier.body.members.presales[0]).toMatchObject({ id: org.presalesP3.id, bookedDays: 0, workedDays: 0 });
  });

  it('a center with no closed project has no win rate; unknown centers 404; bad windows 400; any signed-in person reads', async () => {
    const other = await tester.api.get(`/api/delivery-centers/${otherCenterId}?from=${shift(-6)}&to=${today}`);
    expect(other.status, JSON.stringify(other.body)).toBe(200);
    expect(other.body).toMatchObject({ projectsServed: [], closed: { won: 0, lost: 0 }, winRate: null, costPerWonDeal: [] });
    expect(other.body.window).toMatchObject({ workingDays: 5, capacityDaysPerPerson: 5 });
    expect(other.body.members.presales.map((m: { id: string }) => m.id)).toEqual([elsewhere.id]);
    expect((await tester.api.get('/api/delivery-centers/00000000-0000-4000-8000-00000000dead')).status).toBe(404);
    expect((await moat.api.get(`/api/delivery-centers/${org.centerId}`)).status).toBe(401);
    const backwards = await tester.api.get(`/api/delivery-centers/${org.centerId}?from=${today}&to=${shift(-1)}`);
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.details[0].path).toBe('querystring.to');
    expect((await tester.api.get(`/api/delivery-centers/${org.centerId}?to=2025-02-30`)).status).toBe(400);
  });

  it('the new routes are in the OpenAPI document', async () => {
    const paths = Object.keys((await moat.api.get('/openapi.json')).body.paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/reports/credits',
        '/api/reports/scores',
        '/api/reports/allocation',
        '/api/delivery-centers/{id}',
        '/api/delivery-centers/{id}/members',
        '/api/delivery-centers/{id}/members/{personId}',
      ]),
    );
  });
});
