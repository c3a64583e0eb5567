import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, fakeApi } from '../../testing/fake-api';
import { person, sessionOf } from '../../testing/people';
import { renderConsole } from '../../testing/render';

const lead = person('1e0c1f5e-0000-4000-8000-00000000000a', 'Lin Tao', ['manager', 'delivery']);
const sales = person('1e0c1f5e-0000-4000-8000-00000000000b', 'Chen Jie', ['sales']);
const projectId = '2a0c1f5e-0000-4000-8000-000000000001';
const approvalId = '3a0c1f5e-0000-4000-8000-000000000001';
const handoffId = '4a0c1f5e-0000-4000-8000-000000000001';

const approval = (status: string) => ({
  id: approvalId, projectId, kind: 'dispatch', requestId: null, approverKind: 'delivery_center_lead', approverId: lead.id,
  approverRole: null, approverLabel: 'the delivery center lead', status, requestedAt: '2026-04-01T01:00:00.000Z',
  decidedAt: status === 'pending' ? null : '2026-04-01T03:00:00.000Z', decidedById: null, decisionPersonId: null, comment: null,
});
const handoff = {
  id: handoffId, projectId, kind: 'stage', fromPersonId: sales.id, toPersonId: lead.id, proposedById: sales.id,
  reason: 'discovery done', status: 'pending', proposedAt: '2026-04-01T02:00:00.000Z', decidedAt: null, decidedById: null,
  decisionReason: null, waitsForNominee: null,
};
const centerId = '5b0c1f5e-0000-4000-8000-0000000000c1';
const member = { id: '5b0c1f5e-0000-4000-8000-0000000000a1', name: 'Huang Li', roles: ['presales'] };
const project = {
  id: projectId, name: 'Core banking', customerName: 'Bank of Ningbo', tier: 'A', stage: 'discovery', expectedValue: { amount: 1_200_000_000, currency: 'CNY' },
  dispatch: { status: 'pending', leadId: null, deliveryCenterId: centerId },
};
const center = {
  id: centerId, name: 'Finance center', members: { presales: [member], solution: [], test: [], delivery: [], after_sales: [], custom_dev: [], other: [] },
  readiness: { required: ['presales', 'test'], covered: { presales: 1, test: 0 }, missing: ['test'], ready: false },
};
const marks = { project: { id: projectId, name: 'Core banking', customerName: 'Bank of Ningbo', tier: 'A', stage: 'discovery', status: 'open', ownerId: sales.id }, via: 'self', onBehalfOf: null };
const inboxOf = (tab: string, approvals: unknown[], handoffs: unknown[] = []) => ({ tab, handoffs, approvals, feasibility: [], deliveryHandoffs: [], scoring: [] });

/** The API of a delivery center lead with one dispatch approval and one handoff offer waiting. */
function leadApi() {
  let rejected = false;
  return fakeApi({
    'GET /api/session': () => [200, sessionOf(lead)],
    'GET /api/me/inbox': ({ query }) =>
      query.get('tab') === 'decided'
        ? [200, inboxOf('decided', rejected ? [{ ...approval('rejected'), ...marks, request: null }] : [])]
        : [200, inboxOf('waiting', rejected ? [] : [{ ...approval('pending'), ...marks, request: null }], [{ ...handoff, ...marks, via: 'delegate', onBehalfOf: sales.id }])],
    [`GET /api/projects/${projectId}`]: () => [200, project],
    [`GET /api/approvals/${approvalId}`]: () => [200, { ...approval(rejected ? 'rejected' : 'pending'), links: { project: '', candidates: null } }],
    [`GET /api/handoffs/${handoffId}`]: () => [200, handoff],
    'GET /api/people': () => [200, { items: [lead, sales] }],
    [`GET /api/delivery-centers/${centerId}`]: () => [200, center],
    [`POST /api/approvals/${approvalId}/reject`]: () => {
      rejected = true;
      return [200, project];
    },
  });
}

describe('the inbox (待办)', () => {
  it('lists what waits, oldest first, each item with its own address', async () => {
    leadApi();
    await renderConsole('/inbox');
    const list = await screen.findByRole('list', { name: '本页签的事项' });
    await waitFor(() => expect(within(list).getAllByText('Core banking · Bank of Ningbo')).toHaveLength(2));
    const links = within(list).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([`/inbox/approval/${approvalId}`, `/inbox/handoff/${handoffId}`]);
    expect(links[0]!.textContent).toContain('派单审批');
    expect(links[1]!.textContent).toContain('交接邀请');
    expect(links[1]!.textContent).toContain('代理');
    expect(links[0]!.textContent).not.toContain('代理');
    expect(screen.getByRole('tab', { name: '待我处理（2）' })).toBeTruthy();
  });

  it('requires a reason to reject, then reloads the list and the item', async () => {
    const api = leadApi();
    await renderConsole(`/inbox/approval/${approvalId}`);
    expect(await screen.findByRole('heading', { name: '派单审批 · Core banking' })).toBeTruthy();
    expect(screen.getByText('¥12,000,000')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '驳回' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '驳回' }));
    expect(await within(dialog).findByText('请填写理由，发起人会看到。')).toBeTruthy();
    expect(api.callsTo('POST', `/api/approvals/${approvalId}/reject`)).toHaveLength(0);

    const inboxLoads = api.callsTo('GET', '/api/me/inbox').length;
    fireEvent.change(within(dialog).getByLabelText('理由'), { target: { value: 'no capacity this quarter' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '驳回' }));
    await waitFor(() => expect(api.callsTo('POST', `/api/approvals/${approvalId}/reject`)).toHaveLength(1));
    const reject = api.callsTo('POST', `/api/approvals/${approvalId}/reject`)[0]!;
    expect(reject.body).toEqual({ reason: 'no capacity this quarter' });
    expect(reject.headers.get('x-csrf-token')).toBe('csrf-token-of-the-session');
    expect(reject.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);

    expect(await screen.findByText('此事项已驳回，无需再处理。')).toBeTruthy();
    expect(screen.getByRole('tab', { name: '待我处理（1）' })).toBeTruthy();
    expect(api.callsTo('GET', '/api/me/inbox').length).toBeGreaterThan(inboxLoads);

    // …and it is now among what the lead decided, on a tab of its own address.
    fireEvent.click(screen.getByRole('tab', { name: '我已处理' }));
    const decided = await screen.findByRole('list', { name: '本页签的事项' });
    await waitFor(() => expect(within(decided).getByRole('link').getAttribute('href')).toBe(`/inbox/approval/${approvalId}?tab=decided`));
    expect(api.calls.some((c) => c.path === '/api/me/inbox' && c.query.get('tab') === 'decided')).toBe(true);
  });

  it('asks for the team lead to appoint before approving a dispatch, the center’s members first, and says what the center lacks', async () => {
    const api = leadApi();
    await renderConsole(`/inbox/approval/${approvalId}`, 'en');
    expect(await screen.findByText('Finance center has nobody for test engineer: the policy wants every delivery center to cover them (多位一体).')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Approve' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Approve' }));
    expect(await within(dialog).findByText('Choose the lead who will command presales on this project.')).toBeTruthy();
    expect(api.callsTo('POST', `/api/approvals/${approvalId}/approve`)).toHaveLength(0);
  });

  it('lists delivery handoffs to accept, go-lives owed and reopened sign-offs, each linking to its project', async () => {
    const other = { ...marks.project, id: '2a0c1f5e-0000-4000-8000-000000000002', name: 'Branch network', status: 'won' };
    const third = { ...marks.project, id: '2a0c1f5e-0000-4000-8000-000000000003', name: 'Mobile bank', status: 'won' };
    const delivery = (project: typeof other, status: string, offeredAt: string) => ({
      ...marks, project, status, toPersonId: lead.id, offeredAt, dueAt: '2026-04-10T01:00:00.000Z', commitments: 2,
    });
    fakeApi({
      'GET /api/session': () => [200, sessionOf(lead)],
      'GET /api/people': () => [200, { items: [lead, sales] }],
      'GET /api/me/inbox': () => [
        200,
        {
          ...inboxOf('waiting', []),
          feasibility: [{ ...marks, signOff: { approved: true, note: 'ok', signedById: lead.id, signedAt: '2026-04-01T00:00:00.000Z' }, reopened: true }],
          deliveryHandoffs: [delivery(other, 'offered', '2026-04-07T01:00:00.000Z'), delivery(third, 'accepted', '2026-04-02T01:00:00.000Z')],
        },
      ],
    });
    await renderConsole('/inbox', 'en');
    const list = await screen.findByRole('list', { name: 'Items of this tab' });
    await waitFor(() => expect(within(list).getAllByRole('link')).toHaveLength(3));
    const links = within(list).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([`/projects/${projectId}`, `/projects/${third.id}`, `/projects/${other.id}`]);
    expect(links[0]!.textContent).toContain('Feasibility to sign again');
    expect(links[0]!.textContent).toContain('The commitments changed after your sign-off');
    expect(links[1]!.textContent).toContain('Go-live to record');
    expect(links[1]!.textContent).toContain('2 commitments');
    expect(links[2]!.textContent).toContain('Delivery handoff to accept');
    expect(links[2]!.textContent).toMatch(/2 commitments · accept by /);
  });

  it('sends the person to sign in when the session has ended', async () => {
    let ended = false;
    fakeApi({
      'GET /api/session': () => (ended ? apiError(401, 'unauthorized') : [200, sessionOf(lead)]),
      'GET /api/me/inbox': () => {
        ended = true;
        return apiError(401, 'unauthorized');
      },
    });
    const { router } = await renderConsole(`/inbox/handoff/${handoffId}`);
    expect(await screen.findByRole('heading', { name: '登录 Moat' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe(`/inbox/handoff/${handoffId}`);
  });

  it('says when Moat cannot tell who is signed in, instead of asking to sign in again', async () => {
    fakeApi({ 'GET /api/session': () => apiError(503, 'database_unavailable') });
    const { router } = await renderConsole('/inbox');
    expect(await screen.findByRole('heading', { name: '数据库暂无响应，请几秒后重试。' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/inbox');
  });
});
