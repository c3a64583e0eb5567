import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '../../testing/fake-api';
import { person, sessionOf } from '../../testing/people';
import { renderConsole } from '../../testing/render';
import { parseDocument } from './PolicySection';

const admin = person('1e0c1f5e-0000-4000-8000-0000000000ad', 'He Ping', ['admin']);
const manager = person('1e0c1f5e-0000-4000-8000-00000000000a', 'Wang Lei', ['manager', 'sales']);
const newId = '1e0c1f5e-0000-4000-8000-0000000000ee';
const office = { id: '5a0c1f5e-0000-4000-8000-000000000001', name: 'Shanghai office', region: 'East', managerId: manager.id };
const documentV1 = { capacityDaysPerWeek: 4, tiers: { thresholds: { CNY: { A: 500, B: 300, C: 100, D: 10 } } } };
const documentV2 = { capacityDaysPerWeek: 4.5, tiers: { thresholds: { CNY: { A: 500, B: 250, C: 100, D: 10 } } } };
const versions = [
  { version: 1, createdBy: null, reason: null, createdAt: '2026-01-01T00:00:00.000Z' },
  { version: 2, createdBy: admin.id, reason: 'more capacity', createdAt: '2026-02-01T00:00:00.000Z' },
];

function adminApi() {
  return fakeApi({
    'GET /api/session': () => [200, sessionOf(admin)],
    'GET /api/people': () => [200, { items: [admin, manager] }],
    'GET /api/offices': () => [200, { items: [office] }],
    'GET /api/delivery-centers': () => [200, { items: [] }],
    'POST /api/people': () => [201, { id: newId, token: 'api-token-not-shown' }],
    [`POST /api/people/${newId}/invitation`]: () => [
      201,
      { token: 'secret-token', purpose: 'invitation', personId: newId, expiresAt: '2026-12-04T00:00:00.000Z', setPasswordPath: '/api/password', consolePath: '/set-password#token=secret-token' },
    ],
    'GET /api/policy': () => [200, { version: 2, document: documentV2 }],
    'GET /api/policy/versions': () => [200, { items: versions }],
    'GET /api/policy/versions/1': () => [200, { ...versions[0], document: documentV1 }],
    'GET /api/policy/versions/2': () => [200, { ...versions[1], document: documentV2 }],
    'POST /api/policy/validate': ({ body }) => {
      const doc = (body as { document: { capacityDaysPerWeek: number } }).document;
      return [200, doc.capacityDaysPerWeek > 7 ? { valid: false, problems: [{ path: 'document.capacityDaysPerWeek', message: 'at most 7 days' }] } : { valid: true, problems: [] }];
    },
  });
}

describe('admin', () => {
  it('is for admins only', async () => {
    fakeApi({ 'GET /api/session': () => [200, sessionOf(manager)] });
    await renderConsole('/admin/people', 'en');
    expect(await screen.findByRole('heading', { name: 'Not for your role' })).toBeTruthy();
  });

  it('invites a person and shows the one-time link once', async () => {
    const api = adminApi();
    await renderConsole('/admin/people', 'en');
    fireEvent.click(await screen.findByRole('button', { name: /Invite a person/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Invite a person' }));
    expect(await within(dialog).findByText('Choose at least one role')).toBeTruthy();
    expect(api.callsTo('POST', '/api/people')).toHaveLength(0);

    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: ' Qian Yu ' } });
    fireEvent.change(within(dialog).getByLabelText('E-mail'), { target: { value: 'qian@example.cn' } });
    fireEvent.mouseDown(within(dialog).getByLabelText('Roles'));
    fireEvent.click(await screen.findByTitle('presales'));
    fireEvent.mouseDown(within(dialog).getByLabelText('Office'));
    fireEvent.click(await screen.findByTitle('Shanghai office'));
    fireEvent.change(within(dialog).getByLabelText('Rate level'), { target: { value: 'P3' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Invite a person' }));

    const link = await screen.findByTestId('one-time-link');
    expect(link.textContent).toBe(`${location.origin}/set-password#token=secret-token`);
    const created = api.callsTo('POST', '/api/people')[0]!;
    expect(created.body).toEqual({ name: 'Qian Yu', email: 'qian@example.cn', roles: ['presales'], officeId: office.id, rateLevel: 'P3' });
    expect(created.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(api.callsTo('POST', `/api/people/${newId}/invitation`)[0]!.headers.get('idempotency-key')).not.toBe(created.headers.get('idempotency-key'));

    fireEvent.click(screen.getByRole('button', { name: 'I have copied it' }));
    await waitFor(() => expect(screen.queryByTestId('one-time-link')).toBeNull());
    expect(document.body.textContent).not.toContain('secret-token');
  });

  it('diffs two policy versions and shows the API’s problems by field before publishing', async () => {
    const api = adminApi();
    await renderConsole('/admin/policy', 'en');
    expect(await screen.findByRole('heading', { name: 'Policy: version 2 in force' })).toBeTruthy();
    const diff = await screen.findByRole('group', { name: 'Changes from version 1 to 2 (scrolls sideways)' });
    const rows = within(diff).getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(rows).toEqual(['capacityDaysPerWeekChanged44.5', 'tiers.thresholds.CNY.BChanged300250']);

    const editor = screen.getByLabelText('Policy document (JSON)');
    fireEvent.change(editor, { target: { value: JSON.stringify({ ...documentV2, capacityDaysPerWeek: 9 }) } });
    expect((screen.getByRole('button', { name: 'Publish' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    const problems = await screen.findByRole('list', { name: 'Problems by field' });
    expect(problems.textContent).toBe('capacityDaysPerWeek: at most 7 days');
    expect(api.callsTo('POST', '/api/policy/validate')[0]!.body).toEqual({ document: { ...documentV2, capacityDaysPerWeek: 9 } });
    expect((screen.getByRole('button', { name: 'Publish' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.change(editor, { target: { value: '{"capacityDaysPerWeek": ' } });
    expect(await screen.findByText(/This is not a JSON object/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Check' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('reads a typed document only when it is a JSON object', () => {
    expect(parseDocument('{"a": 1}')).toEqual({ ok: true, document: { a: 1 } });
    expect(parseDocument('[1]')).toEqual({ ok: false, message: 'not an object' });
    expect(parseDocument('null').ok).toBe(false);
    expect(parseDocument('{').ok).toBe(false);
  });
});

describe('what-if on the policy screen', () => {
  const director = person('1e0c1f5e-0000-4000-8000-0000000000d1', 'Zhao Min', ['director', 'manager']);
  const simulationId = '51a1f5e0-0000-4000-8000-000000000001';
  const projectId = '9a0c1f5e-0000-4000-8000-000000000009';
  const money = (amount: number) => [{ amount, currency: 'CNY' }];
  const outcome = (a: number, b: number, budget: number, reminders: number) => ({
    tiers: { A: { projects: a, pipeline: money(a * 100) }, B: { projects: b, pipeline: money(b * 50) }, C: { projects: 0, pipeline: [] }, D: { projects: 0, pipeline: [] }, E: { projects: 0, pipeline: [] } },
    unclassified: 0,
    budget: money(budget),
    approvalsByPost: { delivery_center_lead: 2 },
    approvalsByPerson: [{ personId: null, approvals: 2 }],
    overBudgetExceptions: 0,
    escalationsByLevel: [reminders],
    credit: { sales_owner: money(1000), presales_lead: [], delivery_manager: [] },
    fairness: [{ currency: 'CNY', daysPerMillion: 1, gini: 0.1, giniPopulation: 2 }],
  });
  const headline = (tier: string, budget: number) => ({ tier, budget, currency: 'CNY', dispatchTo: 'delivery_center_lead', dispatcherId: null, overBudgetExceptions: 0 });
  const view = (status: 'running' | 'done', candidate: unknown) => ({
    id: simulationId,
    requestedBy: director.id,
    from: '2025-11-29',
    to: '2026-11-29',
    officeIds: null,
    currentVersion: 2,
    status,
    total: 2,
    done: status === 'done' ? 2 : 1,
    percent: status === 'done' ? 100 : 50,
    error: null,
    createdAt: '2026-11-29T00:00:00.000Z',
    finishedAt: status === 'done' ? '2026-11-29T00:00:01.000Z' : null,
    candidate,
    report:
      status === 'done'
        ? {
            projects: 2,
            current: outcome(1, 1, 400, 2),
            candidate: outcome(2, 0, 380, 5),
            changed: [{ projectId, name: 'Core banking', current: headline('B', 200), candidate: headline('A', 180) }],
            recordedFairness: [],
          }
        : null,
  });

  it('directors try the edited document on past projects, follow its progress, compare, and publish with it linked', async () => {
    const candidate = { ...documentV2, capacityDaysPerWeek: 4 };
    let reads = 0;
    const api = fakeApi({
      'GET /api/session': () => [200, sessionOf(director)],
      'GET /api/people': () => [200, { items: [director] }],
      'GET /api/policy': () => [200, { version: 2, document: documentV2 }],
      'GET /api/policy/versions': () => [200, { items: versions }],
      'GET /api/policy/versions/1': () => [200, { ...versions[0], document: documentV1 }],
      'GET /api/policy/versions/2': () => [200, { ...versions[1], document: documentV2 }],
      'POST /api/policy/validate': () => [200, { valid: true, problems: [] }],
      'POST /api/policy/simulate': () => [202, view('running', candidate)],
      [`GET /api/policy/simulations/${simulationId}`]: () => [200, view(++reads > 1 ? 'done' : 'running', candidate)],
      'PUT /api/policy': () => [201, { version: 3 }],
    });
    await renderConsole('/admin', 'en');
    expect(await screen.findByRole('heading', { name: 'Policy: version 2 in force' })).toBeTruthy();
    expect(screen.queryByRole('tab', { name: 'People' })).toBeNull();

    fireEvent.change(screen.getByLabelText('Policy document (JSON)'), { target: { value: JSON.stringify(candidate) } });
    fireEvent.click(screen.getByRole('button', { name: 'Run the what-if' }));
    expect(await screen.findByText('Simulated 1 of 2 projects…')).toBeTruthy();
    expect((api.callsTo('POST', '/api/policy/simulate')[0]!.body as { document: unknown }).document).toEqual(candidate);

    // Read again every second until done: then the comparison.
    expect(await screen.findByText('Tier A: projects', undefined, { timeout: 4_000 })).toBeTruthy();
    const row = screen.getByText('Escalations: reminders').closest('tr')!;
    expect(row.textContent).toBe('Escalations: reminders25');
    expect(screen.getByRole('link', { name: 'Core banking' }).getAttribute('href')).toBe(`/projects/${projectId}`);
    expect(screen.getByText(/1 would change tier, budget or dispatch/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Publish with this what-if' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Reason'), { target: { value: 'A from 8 M' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Publish' }));
    await waitFor(() => expect(api.callsTo('PUT', '/api/policy')).toHaveLength(1));
    expect(api.callsTo('PUT', '/api/policy')[0]!.body).toEqual({ document: candidate, reason: 'A from 8 M', simulationId });
  });
});
