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
