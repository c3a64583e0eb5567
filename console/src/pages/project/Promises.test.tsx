import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '../../testing/fake-api';
import { person, sessionOf } from '../../testing/people';
import { renderConsole } from '../../testing/render';

const lead = person('1e0c1f5e-0000-4000-8000-00000000000a', 'Lin Tao', ['manager', 'delivery']);
const sales = person('1e0c1f5e-0000-4000-8000-00000000000b', 'Chen Jie', ['sales']);
const projectId = '2a0c1f5e-0000-4000-8000-000000000001';
const CNY = (amount: number) => ({ amount, currency: 'CNY' });
const unsigned = { gate: 'unsigned', commitments: [], change: null, deliveryHandoff: null, promised: [], goLive: null };
const two = [
  { index: 0, item: 'Core ledger migration', dueDate: '2026-06-30' },
  { index: 1, item: 'Payment gateway integration', dueDate: '2026-07-31' },
];

const detail = (promises: object, more: object = {}) => ({
  id: projectId, name: 'Core banking', customerName: 'Bank of Ningbo', industry: 'finance', officeId: '5a0c1f5e-0000-4000-8000-000000000001',
  expectedValue: CNY(1_200_000_000), channel: false, strategic: false, tier: 'A', stage: 'solution',
  stageEnteredAt: new Date(Date.now() - 86_400_000).toISOString(), stageDeadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
  ownerId: sales.id, salesOwnerId: sales.id, status: 'open', closeReason: null, policyVersion: 1,
  createdAt: '2026-04-01T01:00:00.000Z', updatedAt: '2026-04-03T01:00:00.000Z', closedAt: null,
  budget: CNY(0), committed: CNY(0), actual: CNY(0), remaining: CNY(0),
  dispatch: { status: 'appointed', leadId: lead.id, deliveryCenterId: null }, stageEscalation: null, pendingHandoff: null,
  timeline: [], stages: [], owners: [{ personId: sales.id, via: 'opened', startedAt: '2026-04-01T01:00:00.000Z', endedAt: null }],
  escalations: [], feasibility: null, approvals: [], resourceRequests: [], bookings: [], ledger: [], team: [],
  promises, ...more,
});

function projectApi(who: typeof lead, project: object, actions: object[], commands: Record<string, () => [number, unknown]> = {}) {
  return fakeApi({
    'GET /api/session': () => [200, sessionOf(who)],
    'GET /api/people': () => [200, { items: [lead, sales] }],
    'GET /api/offices': () => [200, { items: [] }],
    [`GET /api/projects/${projectId}`]: () => [200, project],
    [`GET /api/projects/${projectId}/actions`]: () => [200, { actions }],
    [`GET /api/projects/${projectId}/scoring`]: () => [200, { status: 'not_requested', scorerId: null, dueAt: null, participants: [], missing: [], scores: [] }],
    [`GET /api/projects/${projectId}/credit`]: () => [200, { finalValue: null, holders: [], entries: [] }],
    'GET /api/policy/versions/1': () => [200, { version: 1, document: { pipeline: { stages: [{ key: 'solution', label: 'solution' }] } } }],
    ...Object.fromEntries(Object.entries(commands).map(([route, answer]) => [route, answer])),
  });
}

async function openDialog(name: string) {
  const actions = await screen.findByRole('region', { name: 'What you can do' });
  fireEvent.click(await within(actions).findByRole('button', { name }));
  return screen.findByRole('dialog');
}

function typeDate(input: HTMLElement, date: string) {
  fireEvent.mouseDown(input);
  fireEvent.change(input, { target: { value: date } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
}

describe('promises on the project page (不随意许诺)', () => {
  it('signs feasibility with the commitments listed, a row added and one removed', async () => {
    const signed = { ...unsigned, gate: 'signed', commitments: two };
    const api = projectApi(lead, detail({ ...unsigned, commitments: two }), [{ action: 'signFeasibility' }], {
      [`POST /api/projects/${projectId}/feasibility`]: () => [200, detail(signed)],
    });
    await renderConsole(`/projects/${projectId}`, 'en');
    const dialog = await openDialog('Sign feasibility');
    // Re-signing starts from the list as it stands.
    expect((within(dialog).getByLabelText('Commitment 1') as HTMLInputElement).value).toBe('Core ledger migration');
    expect((within(dialog).getByLabelText('Due date 2') as HTMLInputElement).value).toBe('2026-07-31');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove commitment 2' }));
    fireEvent.click(within(dialog).getByRole('button', { name: /Add a commitment/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Submit' }));
    expect(await within(dialog).findByText('Say what is promised.')).toBeTruthy();
    expect(within(dialog).getByText('Choose the due date.')).toBeTruthy();

    fireEvent.change(within(dialog).getByLabelText('Commitment 2'), { target: { value: ' Go-live of the branch network ' } });
    typeDate(within(dialog).getByLabelText('Due date 2'), '2026-09-30');
    fireEvent.change(within(dialog).getByLabelText('What was checked'), { target: { value: 'The center has people free' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(api.callsTo('POST', `/api/projects/${projectId}/feasibility`)).toHaveLength(1));
    expect(api.callsTo('POST', `/api/projects/${projectId}/feasibility`)[0]!.body).toEqual({
      approved: true,
      note: 'The center has people free',
      commitments: [
        { item: 'Core ledger migration', dueDate: '2026-06-30' },
        { item: 'Go-live of the branch network', dueDate: '2026-09-30' },
      ],
    });
  });

  it('changes the commitments as the owner with a reason, and shows the gate reopened', async () => {
    const reopened = {
      ...unsigned, gate: 'reopened', commitments: [two[0]],
      change: { changedById: sales.id, reason: 'The customer dropped the gateway', changedAt: '2026-04-05T01:00:00.000Z' },
    };
    let changed = false;
    const signedOff = { feasibility: { approved: true, note: 'ok', signedById: lead.id, signedAt: '2026-04-04T01:00:00.000Z', commitments: two } };
    const api = projectApi(sales, detail({ ...unsigned, gate: 'signed', commitments: two }, signedOff), [{ action: 'changeCommitments' }], {
      [`PUT /api/projects/${projectId}/commitments`]: () => {
        changed = true;
        return [200, detail(reopened, signedOff)];
      },
    });
    api.calls.length = 0;
    await renderConsole(`/projects/${projectId}`, 'en');
    const section = await screen.findByRole('region', { name: 'Promises and delivery' });
    expect(within(section).getByText('Signed')).toBeTruthy();
    expect(within(section).getByText('Payment gateway integration')).toBeTruthy();

    const dialog = await openDialog('Change commitments');
    expect(within(dialog).getByText(/changing them reopens the feasibility gate/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove commitment 2' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Submit' }));
    expect(await within(dialog).findByText('Give a reason.')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Why the commitments change'), { target: { value: 'The customer dropped the gateway' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(api.callsTo('PUT', `/api/projects/${projectId}/commitments`)).toHaveLength(1));
    expect(api.callsTo('PUT', `/api/projects/${projectId}/commitments`)[0]!.body).toEqual({
      commitments: [{ item: 'Core ledger migration', dueDate: '2026-06-30' }],
      reason: 'The customer dropped the gateway',
    });
    expect(changed).toBe(true);
  });

  it('shows the gate reopened, the change and who it waits for', async () => {
    const reopened = {
      ...unsigned, gate: 'reopened', commitments: [two[0]],
      change: { changedById: sales.id, reason: 'The customer dropped the gateway', changedAt: '2026-04-05T01:00:00.000Z' },
    };
    projectApi(lead, detail(reopened), []);
    await renderConsole(`/projects/${projectId}`, 'en');
    const section = await screen.findByRole('region', { name: 'Promises and delivery' });
    expect(within(section).getByText('Reopened')).toBeTruthy();
    expect(within(section).getByText(/no longer counts until delivery signs again/)).toBeTruthy();
    expect(await within(section).findByText(/^Commitments changed by Chen Jie on /)).toBeTruthy();
    expect(within(section).getByText('The customer dropped the gateway')).toBeTruthy();
    expect(within(section).queryByText('Payment gateway integration')).toBeNull();
  });

  it('accepts the delivery handoff of a won project, then records its go-live: a promise not kept needs a note', async () => {
    const handoff = {
      toPersonId: lead.id, via: 'team_lead', status: 'offered', offeredAt: '2026-04-20T01:00:00.000Z', dueAt: '2026-04-23T01:00:00.000Z',
      ownerId: null, acceptedAt: null, declined: [],
    };
    const won = { status: 'won', closedAt: '2026-04-20T01:00:00.000Z' };
    const offered = { ...unsigned, gate: 'signed', commitments: two, deliveryHandoff: handoff, promised: two.map((c) => ({ ...c, kept: null, note: null })) };
    const api = projectApi(lead, detail(offered, won), [{ action: 'acceptDeliveryHandoff' }, { action: 'declineDeliveryHandoff' }, { action: 'recordGoLive', commitments: 2 }], {
      [`POST /api/projects/${projectId}/delivery-handoff/accept`]: () => [200, detail(offered, won)],
      [`POST /api/projects/${projectId}/go-live`]: () => [201, detail(offered, won)],
    });
    await renderConsole(`/projects/${projectId}`, 'en');
    const section = await screen.findByRole('region', { name: 'Promises and delivery' });
    expect(within(section).getByText(/^Lin Tao · the delivery team lead$/)).toBeTruthy();
    expect(within(section).getByText(/^Waiting for acceptance, due /)).toBeTruthy();

    let dialog = await openDialog('Accept delivery handoff');
    expect(within(dialog).getByText(/each of the 2 commitments kept or not/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Accept' }));
    await waitFor(() => expect(api.callsTo('POST', `/api/projects/${projectId}/delivery-handoff/accept`)).toHaveLength(1));
    expect(api.callsTo('POST', `/api/projects/${projectId}/delivery-handoff/accept`)[0]!.body).toBeUndefined();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    dialog = await openDialog('Record go-live');
    const first = within(dialog).getByRole('group', { name: 'Core ledger migration (due 2026-06-30)' });
    const second = within(dialog).getByRole('group', { name: 'Payment gateway integration (due 2026-07-31)' });
    fireEvent.click(within(first).getByRole('radio', { name: 'Kept' }));
    fireEvent.click(within(second).getByRole('radio', { name: 'Not kept' }));
    typeDate(within(dialog).getByLabelText('Go-live date'), '2026-04-21');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Submit' }));
    expect(await within(second).findByText('Say why it was not kept.')).toBeTruthy();
    expect(api.callsTo('POST', `/api/projects/${projectId}/go-live`)).toHaveLength(0);
    fireEvent.change(within(second).getByLabelText('Why it was not kept'), { target: { value: 'The bank changed its gateway vendor' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(api.callsTo('POST', `/api/projects/${projectId}/go-live`)).toHaveLength(1));
    expect(api.callsTo('POST', `/api/projects/${projectId}/go-live`)[0]!.body).toEqual({
      liveOn: '2026-04-21',
      commitments: [
        { index: 0, kept: true },
        { index: 1, kept: false, note: 'The bank changed its gateway vendor' },
      ],
    });
  });

  it('after the go-live shows each promise kept or not, in Chinese too', async () => {
    const live = {
      ...unsigned, gate: 'signed', commitments: two,
      deliveryHandoff: { toPersonId: lead.id, via: 'team_lead', status: 'accepted', offeredAt: '2026-04-20T01:00:00.000Z', dueAt: '2026-04-23T01:00:00.000Z', ownerId: lead.id, acceptedAt: '2026-04-21T01:00:00.000Z', declined: [] },
      promised: [{ ...two[0], kept: true, note: null }, { ...two[1], kept: false, note: 'Vendor changed' }],
      goLive: { liveOn: '2026-05-02', recordedById: lead.id, recordedAt: '2026-05-02T09:00:00.000Z' },
    };
    projectApi(sales, detail(live, { status: 'won', closedAt: '2026-04-20T01:00:00.000Z' }), []);
    await renderConsole(`/projects/${projectId}`);
    const section = await screen.findByRole('region', { name: '承诺与交付' });
    const rows = within(within(section).getAllByRole('table').at(-1)!).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual(['Core ledger migration2026-06-30已兑现—', 'Payment gateway integration2026-07-31未兑现Vendor changed']);
    expect(within(section).getByText('2026-05-02，Lin Tao 记录')).toBeTruthy();
  });
});
