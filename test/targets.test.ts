import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodWindow } from '../domain/targets';
import { createMatchOrg, type MatchOrg } from './support/match-org';
import { projectBody, startTestMoat, type Member, type TestMoat } from './support/moat';
import { walkAndWin } from './support/walk';

/** 背销售数字: targets per person, role and period, and attainment against the credit ledger. */

let moat: TestMoat;
let org: MatchOrg & { industry: string };
let projectId: string;

const now = new Date();
const PERIOD = `${now.getUTCFullYear()}Q${Math.floor(now.getUTCMonth() / 3) + 1}`;
const YEAR = String(now.getUTCFullYear());
const WON = 1_200_000_000;

beforeAll(async () => {
  moat = await startTestMoat();
  org = await createMatchOrg(moat);
  const opened = await org.sales.api.post('/api/projects', projectBody(org, { industry: org.industry }));
  projectId = opened.body.id;
  expect((await org.centerLead.api.post(`/api/projects/${projectId}/dispatch`, { teamLeadId: org.teamLead.id })).status).toBe(200);
  await walkAndWin(org, projectId, org.teamLead, WON);
});

afterAll(async () => {
  await moat?.stop();
});

const put = (who: Member, targets: unknown[], reason = 'Q targets agreed with the regions') => who.api.put('/api/targets', { targets, reason });
const target = (person: Member, role: string, amount: number, period = PERIOD) => ({ personId: person.id, role, period, amount: { amount, currency: 'CNY' } });

/** Each person's credit per role in the period, as the credit report has it. */
async function creditOf(personId: string): Promise<number> {
  const { from, to } = periodWindow(PERIOD);
  const report = await org.director.api.get(`/api/reports/credits?from=${from}&to=${to}&groupBy=person`);
  const group = report.body.groups.find((g: { id: string }) => g.id === personId);
  return group ? group.credit.find((m: { currency: string }) => m.currency === 'CNY').amount : 0;
}

describe('setting targets', () => {
  it('directors set them as versions; an unchanged value is no change; everyone else is refused', async () => {
    const first = await put(org.director, [target(org.sales, 'sales_owner', 2 * WON), target(org.presales, 'presales_lead', WON)]);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.changed).toBe(2);
    const again = await put(org.director, [target(org.sales, 'sales_owner', 2 * WON), target(org.sales, 'sales_owner', 8 * WON, YEAR)]);
    expect(again.body).toEqual({ version: first.body.version + 1, changed: 1 });
    for (const [name, who] of Object.entries({ manager: org.manager, sales: org.sales, centerLead: org.centerLead })) {
      expect((await put(who, [target(org.sales, 'sales_owner', 1)])).status, name).toBe(403);
    }
  });

  it('takes a large change in one go: a person’s targets for every role, quarter and year of a century', async () => {
    const lines = [];
    for (let year = 2100; lines.length < 2_000; year++) {
      for (const period of [`${year}`, `${year}Q1`, `${year}Q2`, `${year}Q3`, `${year}Q4`]) {
        for (const role of ['sales_owner', 'presales_lead', 'delivery_manager']) lines.push(target(org.sales2, role, year, period));
      }
    }
    const many = await put(org.director, lines.slice(0, 2_000), 'long-range plan');
    expect(many.status, JSON.stringify(many.body).slice(0, 300)).toBe(200);
    expect(many.body.changed).toBe(2_000);
    const read = await org.director.api.get('/api/targets?period=2150Q3');
    expect(read.body.items.filter((t: { personId: string }) => t.personId === org.sales2.id)).toHaveLength(3);
    expect((await put(org.director, lines.slice(0, 2_001), 'too many')).status).toBe(400);
  });

  it('refuses a repeated line, an unknown person, a bad period or role, a negative amount, and no reason — saying where', async () => {
    const twice = await put(org.director, [target(org.sales, 'sales_owner', 1), target(org.sales, 'sales_owner', 2)]);
    expect([twice.status, twice.body.error.details[0].path]).toEqual([400, 'body.targets.1']);
    const nobody = await put(org.director, [{ ...target(org.sales, 'sales_owner', 1), personId: '00000000-0000-4000-8000-000000000000' }]);
    expect([nobody.status, nobody.body.error.details[0].path]).toEqual([400, 'body.targets.0.personId']);
    for (const bad of [{ period: '2026Q5' }, { period: '26Q1' }, { role: 'sales' }, { amount: { amount: -1, currency: 'CNY' } }]) {
      const refused = await put(org.director, [{ ...target(org.sales, 'sales_owner', 1), ...bad }]);
      expect(refused.status, JSON.stringify(bad)).toBe(400);
      expect(refused.body.error.details[0].path).toMatch(/^body\.targets\.0\./);
    }
    expect((await put(org.director, [target(org.sales, 'sales_owner', 1)], ' ')).status).toBe(400);
    expect((await org.director.api.get('/api/targets?period=Q4')).status).toBe(400);
    const inDollars = await put(org.director, [target(org.sales, 'sales_owner', 1), { ...target(org.sales, 'presales_lead', 1), amount: { amount: 100, currency: 'USD' } }]);
    expect([inDollars.status, inDollars.body.error.details]).toEqual([400, [{ path: 'body.targets.1.amount.currency', message: 'one of CNY' }]]);
  });

  it('are read as reports are: a person their own, a director everyone', async () => {
    const mine = await org.sales.api.get(`/api/targets?period=${PERIOD}`);
    expect(mine.body.items.map((t: { personId: string; role: string }) => [t.personId, t.role])).toEqual([[org.sales.id, 'sales_owner']]);
    const all = await org.director.api.get(`/api/targets?period=${PERIOD}`);
    const ours = all.body.items.filter((t: { personId: string }) => [org.sales.id, org.presales.id].includes(t.personId));
    expect(ours.map((t: { role: string; amount: { amount: number } }) => [t.role, t.amount.amount]).sort()).toEqual([
      ['presales_lead', WON],
      ['sales_owner', 2 * WON],
    ]);
    expect((await org.outsider.api.get(`/api/targets?period=${PERIOD}`)).body.items).toEqual([]);
  });

  it('keep their history: every value set, by whom and why, with the one it replaced; read as the targets are', async () => {
    const LATER = '2098Q1';
    expect((await put(org.director, [target(org.presales, 'presales_lead', WON, LATER), target(org.sales, 'sales_owner', WON, LATER)])).status).toBe(200);
    const raised = await put(org.director, [target(org.presales, 'presales_lead', 3 * WON, LATER)], 'presales carries more this quarter');
    expect(raised.status, JSON.stringify(raised.body)).toBe(200);
    const history = await org.director.api.get(`/api/targets/history?period=${LATER}`);
    expect(history.status, JSON.stringify(history.body)).toBe(200);
    const presales = history.body.items.filter((c: { personId: string }) => c.personId === org.presales.id);
    expect(presales.map((c: { amount: { amount: number }; previousAmount: number | null; reason: string; setById: string }) => [c.amount.amount, c.previousAmount, c.reason, c.setById])).toEqual([
      [3 * WON, WON, 'presales carries more this quarter', org.director.id],
      [WON, null, 'Q targets agreed with the regions', org.director.id],
    ]);
    const mine = await org.presales.api.get(`/api/targets/history?period=${LATER}`);
    expect(mine.body.items.map((c: { personId: string }) => c.personId)).toEqual([org.presales.id, org.presales.id]);
    expect((await org.outsider.api.get(`/api/targets/history?period=${LATER}`)).body.items).toEqual([]);
    expect((await org.director.api.get('/api/targets/history?period=2026Q9')).status).toBe(400);
  });
});

describe('attainment', () => {
  it('per person and role: the period’s credit against the target, revenue beside it; credit without a target has no percentage', async () => {
    const report = await org.director.api.get(`/api/reports/attainment?period=${PERIOD}&groupBy=person`);
    expect(report.status, JSON.stringify(report.body)).toBe(200);
    expect(report.body.window).toEqual(periodWindow(PERIOD));
    const group = (id: string) => report.body.groups.find((g: { id: string }) => g.id === id);
    const salesCredit = await creditOf(org.sales.id);
    expect(salesCredit).toBeGreaterThan(0);
    expect(group(org.sales.id).lines).toEqual([
      { role: 'sales_owner', currency: 'CNY', target: 2 * WON, credit: salesCredit, attainmentBasisPoints: Math.floor((salesCredit * 10_000) / (2 * WON)) },
    ]);
    expect(group(org.sales.id).revenue).toEqual([{ amount: WON, currency: 'CNY' }]);
    const presalesCredit = await creditOf(org.presales.id);
    expect(group(org.presales.id).lines[0]).toMatchObject({ role: 'presales_lead', target: WON, credit: presalesCredit });
    expect(group(org.teamLead.id).lines).toEqual([
      { role: 'delivery_manager', currency: 'CNY', target: null, credit: await creditOf(org.teamLead.id), attainmentBasisPoints: null },
    ]);
  });

  it('per office for its manager: the office’s people summed; nothing for someone who sees none of it', async () => {
    const office = await org.manager.api.get(`/api/reports/attainment?period=${PERIOD}&groupBy=office`);
    expect(office.status).toBe(200);
    const ours = office.body.groups.find((g: { id: string }) => g.id === org.officeId);
    const salesLine = ours.lines.find((l: { role: string }) => l.role === 'sales_owner');
    expect(salesLine).toMatchObject({ target: 2 * WON, credit: await creditOf(org.sales.id) });
    expect(ours.revenue).toEqual([{ amount: WON, currency: 'CNY' }]);
    const outsider = await org.outsider.api.get(`/api/reports/attainment?period=${PERIOD}&groupBy=person`);
    expect(outsider.body.groups).toEqual([]);
    expect(outsider.body.scope).toBe('visible');
  });

  it('per delivery center: its members’ credit, the team lead’s as delivery manager, with the revenue they brought', async () => {
    const byCenter = await org.director.api.get(`/api/reports/attainment?period=${PERIOD}&groupBy=center`);
    expect(byCenter.status, JSON.stringify(byCenter.body)).toBe(200);
    const center = byCenter.body.groups.find((g: { id: string }) => g.id === org.centerId);
    expect(center.lines).toContainEqual(expect.objectContaining({ role: 'delivery_manager', credit: await creditOf(org.teamLead.id) }));
    expect(center.lines.some((l: { role: string }) => l.role === 'sales_owner')).toBe(false);
    expect(center.revenue).toEqual([{ amount: WON, currency: 'CNY' }]);
    const office = await org.manager.api.get(`/api/reports/attainment?period=${PERIOD}&groupBy=center`);
    expect(office.body.groups.find((g: { id: string }) => g.id === org.centerId)).toBeUndefined();
  });

  it('a year holds its quarters', async () => {
    const year = await org.director.api.get(`/api/reports/attainment?period=${YEAR}&groupBy=person`);
    const sales = year.body.groups.find((g: { id: string }) => g.id === org.sales.id);
    expect(sales.lines).toEqual([expect.objectContaining({ role: 'sales_owner', target: 8 * WON, credit: await creditOf(org.sales.id) })]);
  });
});
