import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '../../testing/fake-api';
import { person, sessionOf } from '../../testing/people';
import { renderConsole } from '../../testing/render';
import { weeksEnding } from './weeks';

const director = person('1e0c1f5e-0000-4000-8000-00000000000d', 'Zhao Min', ['director', 'manager']);
const lead = person('1e0c1f5e-0000-4000-8000-00000000000a', 'Lin Tao', ['manager', 'delivery']);
const sales = person('1e0c1f5e-0000-4000-8000-00000000000b', 'Chen Jie', ['sales']);
const centerId = '6a0c1f5e-0000-4000-8000-000000000001';
const row = (personId: string, name: string, capacityDays: number, bookedDays: number) => ({
  personId, name, officeId: null, deliveryCenterId: null, rateLevel: null, capacityDays, bookedDays, workedDays: 0,
  bookedBasisPoints: capacityDays ? Math.round((bookedDays / capacityDays) * 10_000) : null, workedBasisPoints: 0, actualCost: null,
});
const member = (id: string, name: string, bookedDays: number) => ({
  id, name, roles: ['presales'], rateLevel: 'P4', bookedDays, workedDays: 1, bookedBasisPoints: Math.round((bookedDays / 16) * 10_000), workedBasisPoints: 625,
});

/** The center page's answer, with the readiness given. */
function centerApi(readiness: { required: string[]; covered: Record<string, number>; missing: string[]; ready: boolean }): Parameters<typeof fakeApi>[0] {
  return {
    'GET /api/session': () => [200, sessionOf(lead)],
    'GET /api/people': () => [200, { items: [director, lead, sales] }],
    [`GET /api/delivery-centers/${centerId}`]: () => [
      200,
      {
        id: centerId, name: 'Finance center', industry: 'finance', solution: null, leadId: lead.id,
        window: { from: '2026-11-01', to: '2026-11-28', workingDays: 20, capacityDaysPerPerson: 16 },
        members: { presales: [member('p1', 'Huang Li', 20), member('p2', 'Zhou Fang', 10)], solution: [member('p2', 'Zhou Fang', 10)], test: [], delivery: [], after_sales: [], custom_dev: [], other: [] },
        readiness,
        projectsServed: [{ id: 'pp1', name: 'Core banking', tier: 'A', status: 'won' }],
        closed: { won: 3, lost: 1 },
        winRate: 0.75,
        costPerWonDeal: [{ amount: 12_345_600, currency: 'CNY' }],
      },
    ],
  };
}

describe('resources', () => {
  it('shows people by week, asking for each week, with over- and under-booked weeks named', async () => {
    const thisWeek = weeksEnding(new Date(), 1)[0]!.from;
    const api = fakeApi({
      'GET /api/session': () => [200, sessionOf(director)],
      'GET /api/people': () => [200, { items: [director, lead, sales] }],
      'GET /api/delivery-centers': () => [200, { items: [{ id: centerId, name: 'Finance center', industry: 'finance', leadId: lead.id }] }],
      'GET /api/reports/utilization': ({ query }) => [
        200,
        {
          window: { from: query.get('from'), to: query.get('to'), workingDays: 5, capacityDaysPerWeek: 4, capacityDaysPerPerson: 4 },
          // The latest week over-books Lin Tao; every week under-books Chen Jie.
          people: [row(lead.id, 'Lin Tao', 4, query.get('from') === thisWeek ? 6 : 3), row(sales.id, 'Chen Jie', 4, 1)],
          deliveryCenters: [],
        },
      ],
    });
    await renderConsole('/resources?weeks=4', 'en');
    const table = await screen.findByRole('table', {}, { timeout: 5000 });
    const weeks = api.callsTo('GET', '/api/reports/utilization').map((c) => [c.query.get('from'), c.query.get('to')]);
    expect(weeks).toHaveLength(4);
    for (const [from, to] of weeks) {
      expect(new Date(`${from}T00:00:00Z`).getUTCDay()).toBe(1);
      expect((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000).toBe(6);
    }
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]!.textContent)).toEqual(['Chen Jie', 'Lin Tao']);
    expect(rows[0]!.querySelectorAll('[data-load="under"]')).toHaveLength(4);
    expect(rows[0]!.textContent).toContain('1 / 4 d');
    expect(rows[0]!.textContent).toContain('Under-booked');
    expect(rows[1]!.querySelectorAll('[data-load="over"]')).toHaveLength(1);
    expect(rows[1]!.querySelectorAll('[data-load="ok"]')).toHaveLength(3);
    expect(screen.getByRole('link', { name: 'Finance center' }).getAttribute('href')).toBe(`/resources/centers/${centerId}`);
  });

  it('shows a delivery center: members by function with their load, win rate and cost per won deal', async () => {
    fakeApi(centerApi({ required: ['presales', 'solution'], covered: { presales: 2, solution: 1 }, missing: [], ready: true }));
    await renderConsole(`/resources/centers/${centerId}`, 'en');
    expect(await screen.findByRole('heading', { name: 'Finance center', level: 1 })).toBeTruthy();
    expect(screen.getByText('75%')).toBeTruthy();
    expect(screen.getByText('(3 won, 1 lost)')).toBeTruthy();
    expect(screen.getByText('¥123,456')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Presales (2)' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Solution architects (1)' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /^Test/ })).toBeNull();
    const presales = screen.getByRole('group', { name: 'Members: Presales (scrolls sideways)' });
    await waitFor(() => expect(presales.querySelector('[data-load="over"]')?.textContent).toContain('20 / 16 d'));
    expect(screen.getByRole('link', { name: 'Core banking' }).getAttribute('href')).toBe('/projects/pp1');
    const required = screen.getByRole('list', { name: 'Required functions' });
    expect(within(required).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Presales: 2', 'Solution architects: 1']);
    expect(screen.getByText('Covers every function the policy requires.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows which functions the policy requires a delivery center lacks, in a warning', async () => {
    fakeApi(centerApi({ required: ['presales', 'test', 'after_sales'], covered: { presales: 2, test: 0, after_sales: 0 }, missing: ['test', 'after_sales'], ready: false }));
    await renderConsole(`/resources/centers/${centerId}`, 'en');
    const required = await screen.findByRole('list', { name: 'Required functions' });
    const items = within(required).getAllByRole('listitem');
    expect(items.map((li) => [li.textContent, li.getAttribute('data-readiness')])).toEqual([
      ['Presales: 2', 'covered'],
      ['Test: nobody', 'missing'],
      ['After-sales: nobody', 'missing'],
    ]);
    expect(screen.getByRole('alert').textContent).toBe(
      'Finance center has nobody for test engineer, after-sales: the policy wants every delivery center to cover them. An administrator adds members under Admin → Delivery centers.',
    );
    expect(screen.queryByText('Covers every function the policy requires.')).toBeNull();
  });

  it('says so in Chinese too', async () => {
    fakeApi(centerApi({ required: ['presales', 'test'], covered: { presales: 2, test: 0 }, missing: ['test'], ready: false }));
    await renderConsole(`/resources/centers/${centerId}`, 'zh-CN');
    const required = await screen.findByRole('list', { name: '要求的职能' });
    expect(within(required).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['售前：2 人', '测试：无人']);
    expect(screen.getByRole('alert').textContent).toContain('Finance center 缺少以下职能：');
  });

  it('are not for a sales person', async () => {
    fakeApi({ 'GET /api/session': () => [200, sessionOf(sales)], 'GET /api/delivery-centers': () => [200, { items: [] }] });
    await renderConsole('/resources', 'en');
    expect(await screen.findByRole('heading', { name: 'Not for your role' })).toBeTruthy();
  });
});
