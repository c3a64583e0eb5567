import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../../testing/fake-api';
import { person, sessionOf } from '../../testing/people';
import { renderConsole } from '../../testing/render';

const director = person('1e0c1f5e-0000-4000-8000-00000000000d', 'Zhao Min', ['director', 'manager']);
const sales = person('1e0c1f5e-0000-4000-8000-00000000000b', 'Chen Jie', ['sales']);
const owner = person('1e0c1f5e-0000-4000-8000-00000000000c', 'Lin Tao', ['presales']);
const stalledProject = (id: number, name: string, overdueHours: number, escalationLevel: number) => ({
  id: `2a0c1f5e-0000-4000-8000-00000000000${id}`, name, tier: 'A', stage: 'discovery', ownerId: owner.id,
  stageDeadline: '2026-04-01T01:00:00.000Z', overdueHours, escalationLevel,
});
const money = (amount: number) => ({ amount, currency: 'CNY' });
const allocation = {
  window: { from: '2026-01-01', to: '2026-03-31' }, officeId: null, unit: '1000000 CNY',
  currencies: [{
    currency: 'CNY',
    total: { projects: 3, pipeline: money(3_000_000_000), bookedDays: 12, workedDays: 4, bookedDaysPerMillion: 0.4, workedDaysPerMillion: 0.13 },
    tiers: [{ tier: 'A', projects: 1, pipeline: money(2_000_000_000), bookedDays: 2, workedDays: 1, bookedDaysPerMillion: 0.1, workedDaysPerMillion: 0.05 }],
    salesPeople: [
      { salesPersonId: sales.id, name: 'Chen Jie', projects: 2, pipeline: money(2_000_000_000), bookedDays: 12, workedDays: 4, bookedDaysPerMillion: 0.6, workedDaysPerMillion: 0.2 },
      { salesPersonId: owner.id, name: 'Liu Yang', projects: 1, pipeline: money(1_000_000_000), bookedDays: 0, workedDays: 0, bookedDaysPerMillion: 0, workedDaysPerMillion: 0 },
    ],
    gini: { bookedDays: 0.5, workedDays: 0.5, salesPeople: 2 },
  }],
};

/** The policy in force, as far as the targets editor reads it: the currencies it sets tier thresholds for. */
const policyIn = (...currencies: string[]) => ({
  version: 3, createdBy: null, reason: null, createdAt: '2026-01-05T02:00:00.000Z',
  document: { tiers: { thresholds: Object.fromEntries(currencies.map((c) => [c, { A: 4_000, B: 3_000, C: 2_000, D: 1_000 }])) } },
});
const targetInForce = (p: ReturnType<typeof person>, amount: { amount: number; currency: string }) => ({
  personId: p.id, name: p.name, officeId: null, deliveryCenterId: null, role: 'sales_owner', period: '2026Q4', amount, version: 1,
});

function directorApi() {
  return fakeApi({
    'GET /api/session': () => [200, sessionOf(director)],
    'GET /api/people': () => [200, { items: [director, sales, owner] }],
    'GET /api/reports/stalled': () => [200, { items: [stalledProject(1, '=cmd|calc', 72, 2), stalledProject(2, 'Branch network', 5, 0)] }],
    'GET /api/reports/allocation': () => [200, allocation],
  });
}

/** The text of the CSV file the page hands to the browser. */
function captureDownloads() {
  const files: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    files.push(blob as Blob);
    return 'blob:csv';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  const clicks = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  return { files, clicks };
}

afterEach(() => vi.restoreAllMocks());

describe('the reports', () => {
  it('list stalled deals worst first with their escalation step, as a chart, a table and a CSV file', async () => {
    directorApi();
    const downloads = captureDownloads();
    await renderConsole('/reports', 'en');
    expect(await screen.findByRole('heading', { name: 'Reports', level: 1 })).toBeTruthy();
    expect(await screen.findByRole('img', { name: 'Bar chart: hours overdue of the 2 stalled projects, worst at the top' })).toBeTruthy();
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]!.textContent)).toEqual(['=cmd|calc', 'Branch network']);
    expect(rows[0]!.textContent).toContain('Step 2');
    expect(rows[0]!.textContent).toContain('Lin Tao');
    expect(rows[1]!.textContent).toContain('Not yet');
    expect(within(rows[0]!).getByRole('link').getAttribute('href')).toBe('/projects/2a0c1f5e-0000-4000-8000-000000000001');

    fireEvent.click(screen.getByRole('button', { name: /Download CSV/ }));
    expect(downloads.clicks).toHaveBeenCalledTimes(1);
    const text = await downloads.files[0]!.text();
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Project,Tier,Stage,Owner,Stage deadline,Hours overdue,Escalation');
    expect(lines[1]).toBe("'=cmd|calc,A,discovery,Lin Tao,2026-04-01T01:00:00.000Z,72,2");
  });

  it('draw allocation fairness for the window in the address, with the Gini and both tables', async () => {
    const api = directorApi();
    await renderConsole('/reports?tab=allocation&from=2026-01-01&to=2026-03-31', 'en');
    expect(await screen.findByText('Gini of booked days')).toBeTruthy();
    expect(await screen.findByRole('img', { name: /^Lorenz curve of booked days per million of pipeline.*Gini 0\.5 \(the curve drawn: 0\.5\)$/ })).toBeTruthy();
    const call = api.callsTo('GET', '/api/reports/allocation')[0]!;
    expect([call.query.get('from'), call.query.get('to')]).toEqual(['2026-01-01', '2026-03-31']);
    const tables = screen.getAllByRole('table');
    expect(tables).toHaveLength(2);
    expect(tables[0]!.textContent).toContain('Chen Jie');
    expect(tables[0]!.textContent).toContain('¥20,000,000');
    expect(tables[1]!.textContent).toContain('Booked days per million');
  });

  it('are not for a sales person', async () => {
    fakeApi({ 'GET /api/session': () => [200, sessionOf(sales)] });
    await renderConsole('/reports', 'en');
    expect(await screen.findByRole('heading', { name: 'Not for your role' })).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('table')).toBeNull());
  });
});

describe('attainment and return on presales', () => {
  it('attainment: each person and role against target, the period in the address', async () => {
    const api = fakeApi({
      'GET /api/session': () => [200, sessionOf(director)],
      'GET /api/reports/attainment': ({ query }) => [
        200,
        {
          period: query.get('period'), window: { from: '2026-10-01', to: '2026-12-31' }, groupBy: 'person', scope: 'all', totals: [],
          groups: [{ id: sales.id, name: 'Chen Jie', revenue: [money(1_200_000_000)], lines: [{ role: 'sales_owner', currency: 'CNY', target: 2_400_000_000, credit: 1_200_000_000, attainmentBasisPoints: 5_000 }] }],
        },
      ],
    });
    await renderConsole('/reports?tab=attainment&period=2026Q4', 'en');
    expect(await screen.findByRole('heading', { name: 'Credit against target, 2026Q4' })).toBeTruthy();
    const row = within(screen.getByRole('table')).getAllByRole('row')[1]!;
    expect(row.textContent).toContain('Chen Jie');
    expect(row.textContent).toContain('¥24,000,000');
    expect(row.textContent).toContain('50%');
    expect(api.callsTo('GET', '/api/reports/attainment')[0]!.query.get('period')).toBe('2026Q4');
  });

  it('attainment: the revenue behind a group’s credit beside it, counted once however many roles the group carries', async () => {
    fakeApi({
      'GET /api/session': () => [200, sessionOf(director)],
      'GET /api/reports/attainment': () => [
        200,
        {
          period: '2026Q4', window: { from: '2026-10-01', to: '2026-12-31' }, groupBy: 'office', scope: 'all', totals: [],
          groups: [
            {
              id: '4a0c1f5e-0000-4000-8000-000000000001', name: 'Beijing office', revenue: [money(1_200_000_000), { amount: 5_000_000, currency: 'USD' }],
              lines: [
                { role: 'sales_owner', currency: 'CNY', target: 2_400_000_000, credit: 1_200_000_000, attainmentBasisPoints: 5_000 },
                { role: 'presales_lead', currency: 'CNY', target: null, credit: 1_200_000_000, attainmentBasisPoints: null },
              ],
            },
            { id: null, name: null, revenue: [], lines: [{ role: 'sales_owner', currency: 'CNY', target: null, credit: 0, attainmentBasisPoints: null }] },
          ],
        },
      ],
    });
    const downloads = captureDownloads();
    await renderConsole('/reports?tab=attainment&period=2026Q4&groupBy=office', 'en');
    expect(await screen.findByRole('heading', { name: 'Credit against target, 2026Q4' })).toBeTruthy();
    const table = screen.getByRole('table');
    const header = within(table).getAllByRole('columnheader').map((c) => c.textContent);
    expect(header).toEqual(['Office', 'Credit role', 'Target', 'Credit', 'Revenue', 'Attained']);
    const cells = within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
    expect(cells).toEqual([
      ['Beijing office', 'sales', '¥24,000,000', '¥12,000,000', '¥12,000,000 + $50,000', '50%'],
      ['Beijing office', 'presales lead', '—', '¥12,000,000', '', '—'],
      ['(none)', 'sales', '—', '¥0', '—', '—'],
    ]);
    expect(screen.getByText('Revenue: of the projects behind the group’s credit, each counted once, on the group’s first line.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /Download CSV/ }));
    const lines = (await downloads.files[0]!.text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Office,Credit role,Target,Credit,Revenue,Attained');
    expect(lines[1]).toBe('Beijing office,sales,"¥24,000,000","¥12,000,000","¥12,000,000 + $50,000",50%');
    expect(lines[2]).toBe('Beijing office,presales lead,—,"¥12,000,000",,—');
  });

  it('a director sets targets: only the changed amounts are sent, in minor units, with the reason', async () => {
    const other = person('1e0c1f5e-0000-4000-8000-00000000000e', 'Liu Yang', ['sales']);
    const api = fakeApi({
      'GET /api/session': () => [200, sessionOf(director)],
      'GET /api/people': () => [200, { items: [director, sales, other, owner] }],
      'GET /api/policy': () => [200, policyIn('CNY')],
      'GET /api/reports/attainment': () => [200, { period: '2026Q4', window: { from: '2026-10-01', to: '2026-12-31' }, groupBy: 'person', scope: 'all', totals: [], groups: [] }],
      'GET /api/targets': () => [200, { period: '2026Q4', scope: 'all', items: [targetInForce(sales, money(2_400_000_000))] }],
      'PUT /api/targets': () => [200, { version: 2, changed: 1 }],
    });
    await renderConsole('/reports?tab=attainment&period=2026Q4', 'en');
    fireEvent.click(await screen.findByRole('button', { name: 'Set targets' }));
    await waitFor(() => expect((screen.getByLabelText('Target of Chen Jie (CNY)') as HTMLInputElement).value).toBe('24000000.00'));
    const liu = screen.getByLabelText('Target of Liu Yang (CNY)');
    expect(screen.queryByLabelText('Target of Lin Tao (CNY)'), 'presales carry no sales number').toBeNull();
    expect(screen.queryByLabelText('Currency'), 'one currency in the policy: nothing to choose').toBeNull();
    fireEvent.change(liu, { target: { value: '18,000,000' } });
    fireEvent.change(screen.getByLabelText('Why (kept with the version)'), { target: { value: 'Q4 plan agreed' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the changed targets' }));
    await waitFor(() => expect(api.callsTo('PUT', '/api/targets')).toHaveLength(1));
    expect(api.callsTo('PUT', '/api/targets')[0]!.body).toEqual({
      targets: [{ personId: other.id, role: 'sales_owner', period: '2026Q4', amount: money(1_800_000_000) }],
      reason: 'Q4 plan agreed',
    });
  });

  it('the targets’ history: every value set, by whom, why, and what it replaced', async () => {
    const change = (version: number, amount: number, previousAmount: number | null, reason: string) => ({
      version, setAt: '2026-10-02T08:00:00.000Z', setById: director.id, setByName: 'Zhao Min', reason,
      personId: sales.id, name: 'Chen Jie', role: 'sales_owner', period: '2026Q4', amount: money(amount), previousAmount,
    });
    fakeApi({
      'GET /api/session': () => [200, sessionOf(director)],
      'GET /api/people': () => [200, { items: [director, sales] }],
      'GET /api/policy': () => [200, policyIn('CNY')],
      'GET /api/reports/attainment': () => [200, { period: '2026Q4', window: { from: '2026-10-01', to: '2026-12-31' }, groupBy: 'person', scope: 'all', totals: [], groups: [] }],
      'GET /api/targets/history': ({ query }) => [200, { period: query.get('period'), scope: 'visible', items: [change(2, 3_000_000_000, 2_400_000_000, 'bigger region'), change(1, 2_400_000_000, null, 'Q4 plan')] }],
    });
    await renderConsole('/reports?tab=attainment&period=2026Q4', 'en');
    fireEvent.click(await screen.findByRole('button', { name: 'Target history' }));
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(within(dialog).getAllByRole('row')).toHaveLength(3));
    const [, newest, first] = within(dialog).getAllByRole('row').map((r) => r.textContent);
    expect(newest).toContain('¥24,000,000 → ¥30,000,000');
    expect(newest).toContain('bigger region');
    expect(first).toContain('Q4 plan');
    expect(first).not.toContain('→');
  });

  it('a director sets targets in the currencies the policy prices in, starting from the one in force', async () => {
    const other = person('1e0c1f5e-0000-4000-8000-00000000000e', 'Liu Yang', ['sales']);
    const api = fakeApi({
      'GET /api/session': () => [200, sessionOf(director)],
      'GET /api/people': () => [200, { items: [director, sales, other, owner] }],
      'GET /api/policy': () => [200, policyIn('CNY', 'USD')],
      'GET /api/reports/attainment': () => [200, { period: '2026Q4', window: { from: '2026-10-01', to: '2026-12-31' }, groupBy: 'person', scope: 'all', totals: [], groups: [] }],
      'GET /api/targets': () => [200, { period: '2026Q4', scope: 'all', items: [targetInForce(sales, { amount: 1_000_000, currency: 'USD' })] }],
      'PUT /api/targets': () => [200, { version: 2, changed: 2 }],
    });
    await renderConsole('/reports?tab=attainment&period=2026Q4', 'en');
    fireEvent.click(await screen.findByRole('button', { name: 'Set targets' }));
    await waitFor(() => expect((screen.getByLabelText('Target of Chen Jie (USD)') as HTMLInputElement).value).toBe('10000.00'));
    fireEvent.mouseDown(screen.getByLabelText('Currency'));
    expect((await screen.findAllByRole('option')).map((o) => o.textContent)).toEqual(['CNY', 'USD']);
    fireEvent.change(screen.getByLabelText('Target of Liu Yang (USD)'), { target: { value: '5,000.5' } });

    // In yuan, Chen Jie's dollar target is shown as the one in force, not offered as a yuan amount.
    fireEvent.click(await screen.findByTitle('CNY'));
    const chen = (await screen.findByLabelText('Target of Chen Jie (CNY)')) as HTMLInputElement;
    expect(chen.value).toBe('');
    expect(screen.getByText('Now $10,000')).toBeTruthy();
    fireEvent.change(chen, { target: { value: '70,000' } });
    fireEvent.change(screen.getByLabelText('Target of Liu Yang (CNY)'), { target: { value: '36,000' } });
    fireEvent.change(screen.getByLabelText('Why (kept with the version)'), { target: { value: 'Chen Jie sells in China now' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the changed targets' }));
    await waitFor(() => expect(api.callsTo('PUT', '/api/targets')).toHaveLength(1));
    expect(api.callsTo('PUT', '/api/targets')[0]!.body).toEqual({
      targets: [
        { personId: sales.id, role: 'sales_owner', period: '2026Q4', amount: money(7_000_000) },
        { personId: other.id, role: 'sales_owner', period: '2026Q4', amount: money(3_600_000) },
      ],
      reason: 'Chen Jie sells in China now',
    });
  });

  it('return on presales: won value and cost per group, the level mix, and revenue per industry with its centers', async () => {
    fakeApi({
      'GET /api/session': () => [200, sessionOf(director)],
      'GET /api/reports/roi': () => [
        200,
        {
          window: { from: '2026-01-01', to: '2026-03-31' }, groupBy: 'tier', scope: 'all',
          groups: [{ id: 'A', name: 'A', currency: 'CNY', closed: 2, won: 1, winRateBasisPoints: 5_000, wonValue: 1_200_000_000, presalesCost: 600_000, costPerWonDeal: 600_000, costBasisPointsOfWonValue: 5, credit: 2_400_000_000, creditNetOfCost: 2_399_400_000, levelMix: { seniorDays: { topTiers: 2, otherTiers: 0 }, otherDays: { topTiers: 1, otherTiers: 0 }, seniorShareOnTopTiersBasisPoints: 10_000, allShareOnTopTiersBasisPoints: 10_000 } }],
          levelMix: { seniorLevels: { presales: ['P3', 'P4'] }, seniorDays: { topTiers: 3, otherTiers: 1 }, otherDays: { topTiers: 1, otherTiers: 3 }, seniorShareOnTopTiersBasisPoints: 7_500, allShareOnTopTiersBasisPoints: 5_000 },
        },
      ],
      'GET /api/reports/revenue-share': () => [
        200,
        { window: { from: '2026-01-01', to: '2026-03-31' }, scope: 'all', industries: [{ industry: 'finance', currency: 'CNY', revenue: 1_200_000_000, projects: 1, shareBasisPoints: 10_000, centers: [{ id: '3a0c1f5e-0000-4000-8000-000000000001', name: 'Finance center' }] }] },
      ],
    });
    await renderConsole('/reports?tab=roi&groupBy=tier&from=2026-01-01&to=2026-03-31', 'en');
    expect(await screen.findByText('Senior people’s days on A/B projects: 75% (all days: 50%); each day at the level it was booked at.')).toBeTruthy();
    const [roi, shares] = screen.getAllByRole('table');
    expect(within(roi!).getAllByRole('columnheader').map((h) => h.textContent)).toContain('Senior days on A/B');
    expect(within(roi!).getAllByRole('row')[1]!.textContent).toContain('¥6,000');
    expect(within(roi!).getAllByRole('row')[1]!.textContent).toContain('100%');
    expect(within(shares!).getAllByRole('row')[1]!.textContent).toContain('Finance center');
  });
});

describe('promises kept', () => {
  it('counts the promises kept per tier for the window in the address, with totals and a CSV file', async () => {
    const counts = { projectsLive: 2, made: 5, kept: 4, notKept: 1, keptBasisPoints: 8_000, stillOpen: 1 };
    const api = fakeApi({
      'GET /api/session': () => [200, sessionOf(director)],
      'GET /api/reports/promises': ({ query }) => [
        200,
        {
          window: { from: query.get('from'), to: query.get('to') }, groupBy: query.get('groupBy'), scope: 'all',
          groups: [{ id: 'A', name: 'A', ...counts }, { id: 'C', name: 'C', projectsLive: 0, made: 0, kept: 0, notKept: 0, keptBasisPoints: null, stillOpen: 2 }],
          totals: { ...counts, projectsLive: 2, stillOpen: 3 },
        },
      ],
    });
    const downloads = captureDownloads();
    await renderConsole('/reports?tab=promises&groupBy=tier&from=2026-01-01&to=2026-03-31', 'en');
    expect(await screen.findByRole('tab', { name: 'Promises kept', selected: true })).toBeTruthy();
    expect(await screen.findByText('All: 4 of 5 commitments kept (80%) on 2 projects live; 3 overdue on won projects not yet live.')).toBeTruthy();
    const call = api.callsTo('GET', '/api/reports/promises')[0]!;
    expect([call.query.get('from'), call.query.get('to'), call.query.get('groupBy')]).toEqual(['2026-01-01', '2026-03-31', 'tier']);
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell').map((c) => c.textContent))).toEqual([
      ['A', '2', '5', '4', '1', '80%', '1'],
      ['C', '0', '0', '0', '0', '—', '2'],
    ]);
    fireEvent.click(screen.getByRole('button', { name: /Download CSV/ }));
    const lines = (await downloads.files[0]!.text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Tier,Projects live,Commitments,Kept,Not kept,Kept share,"Overdue, not live"');
    expect(lines[1]).toBe('A,2,5,4,1,80%,1');
  });
});
