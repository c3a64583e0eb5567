import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { correctCredit } from '../db/credit-correction';
import { MAX_MONEY_MINOR_UNITS } from '../domain/money';
import { DEFAULT_POLICY } from '../domain/policy';
import { createMatchOrg, type MatchOrg } from './support/match-org';
import { createOrg, projectBody, startTestMoat, uniqueSuffix, type ApiClient, type Member, type Org, type Reply, type TestMoat } from './support/moat';
import { CNY, DAY_MS } from './support/amounts';
import { walkAndWin, walkToNegotiation } from './support/walk';

/**
 * Robustness rules, each as the user story it protects, against the real API: credit only for people who took
 * part, money with bounds and reports that add up any amount, final-value corrections matched exactly, who may
 * open a project where, and text at the edge.
 */

let moat: TestMoat;
let org: MatchOrg & { industry: string };

beforeAll(async () => {
  moat = await startTestMoat();
  // Tiers on the default policy, whatever an earlier file published: 12,000,000 CNY is tier A.
  const reset = await moat.admin.put('/api/policy', { document: DEFAULT_POLICY, reason: 'rules test runs on the defaults' });
  expect(reset.status, JSON.stringify(reset.body)).toBe(201);
  org = await createMatchOrg(moat);
});

afterAll(async () => {
  await moat?.stop();
});

// ---------------------------------------------------------------------------------------------------------------
// Helpers.

/** 12,000,000 CNY: the expected value of the projects walked here (tier A). */
const VALUE = 1_200_000_000;
/** A report window covering today (UTC dates, as the reports count them). */
const TODAY_WINDOW = `from=${new Date().toISOString().slice(0, 10)}&to=${new Date(Date.now() + DAY_MS).toISOString().slice(0, 10)}`;

async function newPerson(name: string, body: Record<string, unknown>): Promise<Member> {
  const reply = await moat.admin.post('/api/people', { name, email: `${name}.${uniqueSuffix()}@example.cn`, ...body });
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return { id: reply.body.id, token: reply.body.token, api: moat.api.as(reply.body.token) };
}

/** `org.sales` opens a project of the org's industry: tier A at VALUE unless told otherwise. */
async function open(overrides: Record<string, unknown> = {}): Promise<{ id: string; tier: string }> {
  const reply = await org.sales.api.post('/api/projects', projectBody(org, { industry: org.industry, ...overrides }));
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return reply.body;
}

/** A tier A project whose dispatch the center lead decided, appointing the team lead. */
async function dispatchedA(): Promise<string> {
  const { id, tier } = await open();
  expect(tier).toBe('A');
  const dispatched = await org.centerLead.api.post(`/api/projects/${id}/dispatch`, { teamLeadId: org.teamLead.id });
  expect(dispatched.status, JSON.stringify(dispatched.body)).toBe(200);
  return id;
}

/** The owner asks for `person` for a day; the approval waits for the team lead (A/B) or the office manager. */
async function requestResource(projectId: string, person: Member): Promise<string> {
  const asked = await org.sales.api.post(`/api/projects/${projectId}/resource-requests`, { role: 'presales', days: 1, personId: person.id, note: 'workshop' });
  expect(asked.status, JSON.stringify(asked.body)).toBe(201);
  return asked.body.approvalId;
}

/** Each person's credit on the project, per role: the entries summed, corrections included. */
async function creditSums(projectId: string) {
  const { rows } = await moat.pool.query(
    `select person_id as "personId", credit_role as role, sum(amount)::bigint as amount from credit_entries
     where project_id = $1 group by person_id, credit_role order by credit_role`,
    [projectId],
  );
  return rows;
}

async function ledgerCounts(projectId: string) {
  const count = async (table: string) => (await moat.pool.query(`select count(*)::int as n from ${table} where project_id = $1`, [projectId])).rows[0].n;
  return { credit: await count('credit_entries'), revenue: await count('revenue_entries') };
}

/** What a refused command must leave alone: stage, owner, status, handoff, approvals, bookings and the timeline. */
async function projectState(projectId: string) {
  const p = (await org.director.api.get(`/api/projects/${projectId}`)).body;
  return {
    stage: p.stage,
    ownerId: p.ownerId,
    status: p.status,
    closeReason: p.closeReason,
    pendingHandoff: p.pendingHandoff ? { id: p.pendingHandoff.id, status: p.pendingHandoff.status } : null,
    approvals: p.approvals.map((a: { id: string; status: string }) => `${a.id}:${a.status}`),
    bookings: p.bookings.length,
    events: p.timeline.map((e: { type: string }) => e.type),
  };
}

/** Text no one should be able to store, or be fooled by on screen. */
const UNSAFE_TEXT: Record<string, string> = {
  'a NUL': 'Bank\u0000of the East',
  // JSON.stringify writes it as "\ud800"; the server's JSON parser turns that back into a lone surrogate.
  'a lone surrogate': 'Bank \ud800 of the East',
  'a right-to-left override': 'Bank \u202etsaE eht fo',
  'only invisible characters': '\u200b\u200b',
};

/** Sends each unsafe text; every one must be a 400 naming `path`. All outcomes are compared at once. */
async function expectEachRefused(path: string, send: (text: string) => Promise<Reply>): Promise<void> {
  const outcomes = [];
  for (const [what, text] of Object.entries(UNSAFE_TEXT)) {
    const reply = await send(text);
    const paths = (reply.body?.error?.details ?? []).map((d: { path: string }) => d.path);
    outcomes.push({ what, status: reply.status, paths });
  }
  expect(outcomes).toEqual(Object.keys(UNSAFE_TEXT).map((what) => ({ what, status: 400, paths: expect.arrayContaining([path]) })));
}

// ---------------------------------------------------------------------------------------------------------------
// 1. Credit (双算) only for people who took part, at a believable final value.

describe('credit goes to people who took part, at a final value the owner may vouch for (双算)', () => {
  it('naming someone who never took part is refused; someone booked and someone who decided an approval are credited', async () => {
    const id = await dispatchedA();
    // presales-p2 (outside the center) is booked on the project: that is taking part.
    const approvalId = await requestResource(id, org.presalesP2);
    const booked = await org.teamLead.api.post(`/api/approvals/${approvalId}/approve`, { comment: 'the office core-banking expert' });
    expect(booked.status, JSON.stringify(booked.body)).toBe(200);
    await walkToNegotiation(org, id, org.teamLead);

    // presales2 and the office's delivery person work in the office but never touched this project.
    const strangerLead = await org.sales.api.post(`/api/projects/${id}/close`, { outcome: 'won', presalesLeadId: org.presales2.id });
    expect(strangerLead.status).toBe(400);
    expect(strangerLead.body.error.details).toEqual([{ path: 'presalesLeadId', message: expect.stringMatching(/did not take part/) }]);
    const strangerManager = await org.sales.api.post(`/api/projects/${id}/close`, { outcome: 'won', deliveryManagerId: org.delivery.id });
    expect(strangerManager.status).toBe(400);
    expect(strangerManager.body.error.details).toEqual([{ path: 'deliveryManagerId', message: expect.stringMatching(/did not take part/) }]);
    expect((await projectState(id)).status).toBe('open');
    expect(await creditSums(id)).toEqual([]);

    // The booked presales person leads presales; the center lead, who decided the dispatch, will manage delivery.
    const won = await org.sales.api.post(`/api/projects/${id}/close`, {
      outcome: 'won',
      presalesLeadId: org.presalesP2.id,
      deliveryManagerId: org.centerLead.id,
    });
    expect(won.status, JSON.stringify(won.body)).toBe(200);
    expect(won.body.status).toBe('won');
    expect(await creditSums(id)).toEqual([
      { personId: org.centerLead.id, role: 'delivery_manager', amount: VALUE },
      { personId: org.presalesP2.id, role: 'presales_lead', amount: VALUE },
      { personId: org.sales.id, role: 'sales_owner', amount: VALUE },
    ]);
  });

  it('the appointed team lead and the feasibility signer may be credited; someone from another project may not', async () => {
    // A tier C project: the office manager appoints presales-p2 as lead (nothing else), delivery signs feasibility.
    const { id, tier } = await open({ expectedValue: CNY(150_000_000) });
    expect(tier).toBe('C');
    const dispatched = await org.manager.api.post(`/api/projects/${id}/dispatch`, { teamLeadId: org.presalesP2.id });
    expect(dispatched.status, JSON.stringify(dispatched.body)).toBe(200);
    await walkToNegotiation(org, id, org.delivery);

    // The team lead took part in the other projects, not in this one.
    const elsewhere = await org.sales.api.post(`/api/projects/${id}/close`, { outcome: 'won', deliveryManagerId: org.teamLead.id });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.error.details).toEqual([{ path: 'deliveryManagerId', message: expect.any(String) }]);

    const won = await org.sales.api.post(`/api/projects/${id}/close`, {
      outcome: 'won',
      presalesLeadId: org.presalesP2.id,
      deliveryManagerId: org.delivery.id,
    });
    expect(won.status, JSON.stringify(won.body)).toBe(200);
    expect(await creditSums(id)).toEqual([
      { personId: org.delivery.id, role: 'delivery_manager', amount: 150_000_000 },
      { personId: org.presalesP2.id, role: 'presales_lead', amount: 150_000_000 },
      { personId: org.sales.id, role: 'sales_owner', amount: 150_000_000 },
    ]);
  });

  it('a final value more than 50 % from the expected one is a director’s call; at 50 % the owner’s side may set it', async () => {
    const id = await dispatchedA();
    await walkToNegotiation(org, id, org.teamLead);
    const closeAt = (by: Member, amount: number) =>
      by.api.post(`/api/projects/${id}/close`, { outcome: 'won', finalValue: CNY(amount), presalesLeadId: org.presales.id });

    // 12,000,000 CNY expected: 18,000,000.01 by the owner, 5,999,999.99 by the owner's manager — both too far.
    const inflated = await closeAt(org.sales, 1_800_000_001);
    expect(inflated.status).toBe(403);
    expect(inflated.body.error.message).toMatch(/more than 50 % from the expected value is set by a director/);
    const deflated = await closeAt(org.manager, 599_999_999);
    expect(deflated.status).toBe(403);
    // Past 10^15 minor units no money field is accepted at all.
    const absurd = await closeAt(org.sales, MAX_MONEY_MINOR_UNITS + 1);
    expect(absurd.status).toBe(400);
    expect(absurd.body.error.details.map((d: { path: string }) => d.path)).toContain('body.finalValue.amount');
    expect((await projectState(id)).status).toBe('open');
    expect(await ledgerCounts(id)).toEqual({ credit: 0, revenue: 0 });

    // Exactly 50 % below is still the manager's word; the presales lead owned the stages.
    const won = await closeAt(org.manager, 600_000_000);
    expect(won.status, JSON.stringify(won.body)).toBe(200);
    expect(await creditSums(id)).toEqual([
      { personId: org.teamLead.id, role: 'delivery_manager', amount: 600_000_000 },
      { personId: org.presales.id, role: 'presales_lead', amount: 600_000_000 },
      { personId: org.sales.id, role: 'sales_owner', amount: 600_000_000 },
    ]);

    // A director may still set any value: 30,000,000 CNY, 150 % above the expected one.
    const corrected = await org.director.api.post(`/api/projects/${id}/final-value`, { amount: 3_000_000_000, reason: 'second phase signed' });
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(200);
    expect(corrected.body.finalValue).toEqual(CNY(3_000_000_000));
    expect((await creditSums(id)).map((r) => r.amount)).toEqual([3_000_000_000, 3_000_000_000, 3_000_000_000]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 2. Money bounds, and reports that add up any number of maxed-out projects.

describe('money has a ceiling, and reports add up many projects at it', () => {
  it('an expected value of 10^15 minor units is accepted; one more is a 400', async () => {
    const over = await org.sales.api.post('/api/projects', projectBody(org, { expectedValue: CNY(MAX_MONEY_MINOR_UNITS + 1) }));
    expect(over.status).toBe(400);
    expect(over.body.error.details.map((d: { path: string }) => d.path)).toEqual(['body.expectedValue.amount']);
    const atMost = await org.sales.api.post('/api/projects', projectBody(org, { expectedValue: CNY(MAX_MONEY_MINOR_UNITS) }));
    expect(atMost.status, JSON.stringify(atMost.body)).toBe(201);
    expect(atMost.body).toMatchObject({ expectedValue: CNY(MAX_MONEY_MINOR_UNITS), tier: 'A' });
  });

  it('ten projects of 10^15 (past 2^53 together): the allocation and credit reports answer, the pipeline exact', async () => {
    // An office of its own, so that its pipeline is exactly these ten projects.
    const big = await createOrg(moat);
    const seller = await newPerson('seller', { roles: ['sales'], managerId: big.manager.id, officeId: big.officeId });
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) {
      const opened = await seller.api.post('/api/projects', projectBody(big, { salesOwnerId: seller.id, expectedValue: CNY(MAX_MONEY_MINOR_UNITS) }));
      expect(opened.status, JSON.stringify(opened.body)).toBe(201);
      ids.push(opened.body.id);
    }
    const TEN = 10 * MAX_MONEY_MINOR_UNITS;
    expect(TEN).toBeGreaterThan(Number.MAX_SAFE_INTEGER);

    for (const viewer of [big.manager, big.director]) {
      const allocation = await viewer.api.get(`/api/reports/allocation?${TODAY_WINDOW}&officeId=${big.officeId}`);
      expect(allocation.status, JSON.stringify(allocation.body)).toBe(200);
      expect(allocation.body.currencies).toHaveLength(1);
      const cny = allocation.body.currencies[0];
      expect(cny.total).toMatchObject({ projects: 10, pipeline: CNY(TEN), bookedDays: 0 });
      expect(cny.tiers.find((t: { tier: string }) => t.tier === 'A')).toMatchObject({ projects: 10, pipeline: CNY(TEN) });
      expect(cny.salesPeople).toEqual([expect.objectContaining({ salesPersonId: seller.id, projects: 10, pipeline: CNY(TEN) })]);
      // Every office together: at least these ten.
      const everywhere = await viewer.api.get(`/api/reports/allocation?${TODAY_WINDOW}`);
      expect(everywhere.status, JSON.stringify(everywhere.body)).toBe(200);
      expect(everywhere.body.currencies[0].total.pipeline.amount).toBeGreaterThanOrEqual(TEN);
    }

    // Won at 10^15 each (the record as close-won writes it): seller, presales and delivery 100 % each, revenue once.
    const tag = uniqueSuffix();
    for (const [n, projectId] of ids.entries()) {
      for (const [person, role] of [[seller, 'sales_owner'], [big.presales, 'presales_lead'], [big.delivery, 'delivery_manager']] as const) {
        await moat.pool.query(
          `insert into credit_entries (project_id, person_id, credit_role, basis_points, amount, currency, reason, idempotency_key, at)
           values ($1, $2, $3, 10000, $4, 'CNY', 'won', $5, now())`,
          [projectId, person.id, role, MAX_MONEY_MINOR_UNITS, `rules-test:${tag}:${n}:${role}`],
        );
      }
      await moat.pool.query(
        `insert into revenue_entries (project_id, amount, currency, reason, idempotency_key, at) values ($1, $2, 'CNY', 'won', $3, now())`,
        [projectId, MAX_MONEY_MINOR_UNITS, `rules-test:${tag}:${n}:revenue`],
      );
    }

    const byPerson = await big.director.api.get(`/api/reports/credits?${TODAY_WINDOW}`);
    expect(byPerson.status, JSON.stringify(byPerson.body)).toBe(200);
    expect(byPerson.body.groups.find((g: { id: string }) => g.id === seller.id)).toMatchObject({ credit: [CNY(TEN)], revenue: [CNY(TEN)] });

    const byOffice = await big.manager.api.get(`/api/reports/credits?${TODAY_WINDOW}&groupBy=office`);
    expect(byOffice.status, JSON.stringify(byOffice.body)).toBe(200);
    // Three people credited in the office on every project (3 × 10^16), its revenue counted once (10^16).
    expect(byOffice.body.groups.find((g: { id: string }) => g.id === big.officeId)).toMatchObject({ credit: [CNY(3 * TEN)], revenue: [CNY(TEN)] });

    const own = await seller.api.get(`/api/reports/credits?${TODAY_WINDOW}`);
    expect(own.status, JSON.stringify(own.body)).toBe(200);
    expect(own.body.totals).toEqual([{ currency: 'CNY', credit: CNY(TEN), revenue: CNY(TEN), creditBasisPointsOfRevenue: 10_000 }]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 3. Final-value corrections are matched by their exact key.

describe('each final-value correction is its own, whatever its key looks like', () => {
  it('keys "x:b", then "x", then "%" each append their entries; a retry answers the same and appends nothing', async () => {
    const id = await dispatchedA();
    // +25 %: within what the owner may vouch for.
    await walkAndWin(org, id, org.teamLead, 1_500_000_000);

    const tag = `fv-${uniqueSuffix()}`;
    // A key, the part of it before a colon, and a LIKE wildcard: none may be taken for another.
    const corrections = [
      { key: `${tag}:b`, amount: 1_100_000_000, reason: 'discount at signing' },
      { key: tag, amount: 1_000_000_000, reason: 'scope cut' },
      { key: '%', amount: 900_000_000, reason: 'second discount' },
    ];
    const replies: Reply[] = [];
    for (const { key, amount, reason } of corrections) {
      const before = await ledgerCounts(id);
      const reply = await org.director.api.post(`/api/projects/${id}/final-value`, { amount, reason }, { 'idempotency-key': key });
      expect(reply.status, `${key}: ${JSON.stringify(reply.body)}`).toBe(200);
      expect(reply.body, key).toEqual({ projectId: id, finalValue: CNY(amount), entries: 4 });
      const after = await ledgerCounts(id);
      expect(after, key).toEqual({ credit: before.credit + 3, revenue: before.revenue + 1 });
      // 100 % each (the default shares): every credited person holds exactly the new value.
      expect((await creditSums(id)).map((r) => [r.role, r.amount]), key).toEqual([
        ['delivery_manager', amount],
        ['presales_lead', amount],
        ['sales_owner', amount],
      ]);
      replies.push(reply);
    }

    const settled = await ledgerCounts(id);
    for (const [n, { key, amount, reason }] of corrections.entries()) {
      const retried = await org.director.api.post(`/api/projects/${id}/final-value`, { amount, reason }, { 'idempotency-key': key });
      expect(retried.status, key).toBe(200);
      expect(retried.body, key).toEqual(replies[n]!.body);
    }
    expect(await ledgerCounts(id)).toEqual(settled);
    expect((await creditSums(id)).map((r) => r.amount)).toEqual([900_000_000, 900_000_000, 900_000_000]);
    const revenue = await moat.pool.query('select sum(amount)::bigint as sum from revenue_entries where project_id = $1', [id]);
    expect(revenue.rows[0].sum).toBe(900_000_000);

    // The project's credit as its page shows it: the value and everyone's credit now, every entry behind them.
    const credit = await org.sales.api.get(`/api/projects/${id}/credit`);
    expect(credit.status).toBe(200);
    expect(credit.body.finalValue).toEqual(CNY(900_000_000));
    expect(credit.body.holders.map((h: { creditRole: string; amount: { amount: number } }) => [h.creditRole, h.amount.amount]).sort()).toEqual([
      ['delivery_manager', 900_000_000],
      ['presales_lead', 900_000_000],
      ['sales_owner', 900_000_000],
    ]);
    expect(credit.body.entries).toHaveLength(3 * (1 + corrections.length));
    expect((await org.outsider.api.get(`/api/projects/${id}/credit`)).status).toBe(404);
  });

  it('the ledger matches a correction id exactly: "_" and "%" in it are no LIKE wildcards', async () => {
    // The API hashes the Idempotency-Key into the id; the ledger must not lean on that, so it is called directly.
    const id = await dispatchedA();
    await walkAndWin(org, id, org.teamLead, 1_200_000_000);

    const tag = `fv-${uniqueSuffix()}`;
    // As LIKE patterns, "a_" would match "ab" and "%" any id before it.
    const corrections = [
      { correctionId: `${tag}-ab`, amount: 1_100_000_000 },
      { correctionId: `${tag}-a_`, amount: 1_000_000_000 },
      { correctionId: `${tag}-%`, amount: 900_000_000 },
    ];
    const correct = (correctionId: string, amount: number) =>
      correctCredit(moat.pool, { projectId: id, correctionId, amount, reason: 'exact ids', actorId: org.director.id });
    for (const { correctionId, amount } of corrections) {
      const before = await ledgerCounts(id);
      expect(await correct(correctionId, amount), correctionId).toEqual({ projectId: id, finalValue: CNY(amount), entries: 4 });
      expect(await ledgerCounts(id), correctionId).toEqual({ credit: before.credit + 3, revenue: before.revenue + 1 });
    }
    // The positive control: the same id again is recognised, answers what it did and appends nothing.
    const settled = await ledgerCounts(id);
    expect(await correct(`${tag}-a_`, 1)).toEqual({ projectId: id, finalValue: CNY(1_000_000_000), entries: 4 });
    expect(await ledgerCounts(id)).toEqual(settled);
    expect((await creditSums(id)).map((r) => r.amount)).toEqual([900_000_000, 900_000_000, 900_000_000]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 4. Who may open a project, and where.

describe('a project is opened in its sales owner’s office, by them or someone above them', () => {
  let other: Org;
  /** An administrator and nothing else (the bootstrap admin is also a director). */
  let admin: Member;

  beforeAll(async () => {
    other = await createOrg(moat);
    admin = await newPerson('admin', { roles: ['admin'] });
  });

  /** How many projects carry this name: a refused opening records none. */
  const projectsNamed = async (name: string) => (await moat.pool.query('select count(*)::int as n from projects where name = $1', [name])).rows[0].n;

  it('the sales owner must belong to the office the project is opened in', async () => {
    const name = `Wrong office ${uniqueSuffix()}`;
    const byOwner = await org.sales.api.post('/api/projects', projectBody(org, { name, officeId: other.officeId }));
    expect(byOwner.status).toBe(400);
    expect(byOwner.body.error.details).toEqual([{ path: 'officeId', message: `the sales owner belongs to office ${org.officeId}` }]);
    const byManager = await org.manager.api.post('/api/projects', projectBody(org, { name, officeId: other.officeId }));
    expect(byManager.status).toBe(400);
    expect(byManager.body.error.details[0].path).toBe('officeId');
    expect(await projectsNamed(name)).toBe(0);

    const home = await org.sales.api.post('/api/projects', projectBody(org, { name }));
    expect(home.status, JSON.stringify(home.body)).toBe(201);
    expect(home.body).toMatchObject({ officeId: org.officeId, salesOwnerId: org.sales.id, ownerId: org.sales.id });
  });

  it('for a colleague: the sales owner’s manager or a director may; another office’s manager, an admin or a peer may not', async () => {
    const openFor = async (creator: ApiClient) => {
      const name = `Opened for sales ${uniqueSuffix()}`;
      const reply = await creator.post('/api/projects', projectBody(org, { name }));
      return { reply, recorded: await projectsNamed(name) };
    };
    for (const [who, creator] of [
      ["another office's manager", other.manager.api],
      ['an admin', admin.api],
      ['a fellow sales person', org.sales2.api],
    ] as const) {
      const { reply, recorded } = await openFor(creator);
      expect({ who, status: reply.status, code: reply.body.error?.code, recorded }).toEqual({ who, status: 403, code: 'forbidden', recorded: 0 });
    }
    // The sales owner's manager may, and so may a director from another branch of the tree.
    for (const [who, creator] of [
      ["the sales owner's manager", org.manager.api],
      ['a director', other.director.api],
    ] as const) {
      const { reply, recorded } = await openFor(creator);
      expect({ who, status: reply.status, recorded }, JSON.stringify(reply.body)).toEqual({ who, status: 201, recorded: 1 });
      expect(reply.body).toMatchObject({ salesOwnerId: org.sales.id, ownerId: org.sales.id, officeId: org.officeId });
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 5. Text at the edge.

describe('text that cannot be stored or would lie on screen is refused at the edge', () => {
  it('people: refused names create nobody; a name is trimmed and kept as typed, emoji and all', async () => {
    const email = `text.${uniqueSuffix()}@example.cn`;
    await expectEachRefused('body.name', (name) => moat.admin.post('/api/people', { name, email, roles: ['sales'] }));
    expect((await moat.pool.query('select count(*)::int as n from people where email = $1', [email])).rows[0].n).toBe(0);

    const created = await moat.admin.post('/api/people', { name: '  王小明 🙂  ', email, roles: ['sales'] });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect((await moat.admin.get(`/api/people/${created.body.id}`)).body.name).toBe('王小明 🙂');
  });

  it('projects: refused names and customer names open nothing; a Chinese name with an emoji is kept as sent', async () => {
    const opened = async () => (await moat.pool.query('select count(*)::int as n from projects where sales_owner_id = $1', [org.sales.id])).rows[0].n;
    const before = await opened();
    await expectEachRefused('body.name', (name) => org.sales.api.post('/api/projects', projectBody(org, { name })));
    await expectEachRefused('body.customerName', (customerName) => org.sales.api.post('/api/projects', projectBody(org, { customerName })));
    expect(await opened()).toBe(before);

    const name = `核心银行 🏦 ${uniqueSuffix()}`;
    const created = await org.sales.api.post('/api/projects', projectBody(org, { name: `  ${name}  `, customerName: '  东方银行  ' }));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ name, customerName: '东方银行' });
    expect((await org.sales.api.get(`/api/projects/${created.body.id}`)).body).toMatchObject({ name, customerName: '东方银行' });
  });

  it('handoffs: a refused reason proposes nothing, a refused decline leaves it pending; clean reasons work, trimmed', async () => {
    const { id } = await open();
    const untouched = await projectState(id);
    await expectEachRefused('body.reason', (reason) => org.sales.api.post(`/api/projects/${id}/handoffs`, { toPersonId: org.sales2.id, reason }));
    expect(await projectState(id)).toEqual(untouched);

    const proposed = await org.sales.api.post(`/api/projects/${id}/handoffs`, { toPersonId: org.sales2.id, reason: '  going on leave  ' });
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
    expect(proposed.body).toMatchObject({ reason: 'going on leave', status: 'pending' });

    const pending = await projectState(id);
    await expectEachRefused('body.reason', (reason) => org.sales2.api.post(`/api/handoffs/${proposed.body.id}/decline`, { reason }));
    expect(await projectState(id)).toEqual(pending);
    expect((await org.sales.api.get(`/api/handoffs/${proposed.body.id}`)).body.status).toBe('pending');

    const declined = await org.sales2.api.post(`/api/handoffs/${proposed.body.id}/decline`, { reason: ' 太忙了 🙏 ' });
    expect(declined.status, JSON.stringify(declined.body)).toBe(200);
    expect((await org.sales.api.get(`/api/handoffs/${proposed.body.id}`)).body).toMatchObject({ status: 'declined', decisionReason: '太忙了 🙏' });
  });

  it('close: a refused reason leaves the project open; a clean one closes it', async () => {
    const { id } = await open();
    const untouched = await projectState(id);
    await expectEachRefused('body.reason', (reason) => org.sales.api.post(`/api/projects/${id}/close`, { outcome: 'lost', reason }));
    expect(await projectState(id)).toEqual(untouched);

    const lost = await org.sales.api.post(`/api/projects/${id}/close`, { outcome: 'lost', reason: '  预算冻结  ' });
    expect(lost.status, JSON.stringify(lost.body)).toBe(200);
    expect(lost.body).toMatchObject({ status: 'lost', closeReason: '预算冻结' });
  });

  it('approvals: a refused comment books nobody; a clean comment books, recorded trimmed', async () => {
    const id = await dispatchedA();
    // Someone outside the delivery center: the comment is the reason on record (多位一体).
    const approvalId = await requestResource(id, org.presalesP2);
    const untouched = await projectState(id);
    await expectEachRefused('body.comment', (comment) => org.teamLead.api.post(`/api/approvals/${approvalId}/approve`, { comment }));
    expect(await projectState(id)).toEqual(untouched);
    expect((await org.sales.api.get(`/api/approvals/${approvalId}`)).body.status).toBe('pending');

    const approved = await org.teamLead.api.post(`/api/approvals/${approvalId}/approve`, { comment: '  only core-banking expert free  ' });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.bookings).toHaveLength(1);
    const recorded = await moat.pool.query('select outside_center_reason from approvals where id = $1', [approvalId]);
    expect(recorded.rows[0].outside_center_reason).toBe('only core-banking expert free');
  });
});
