import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, fakeApi } from '../../testing/fake-api';
import { person, sessionOf } from '../../testing/people';
import { renderConsole } from '../../testing/render';

const lead = person('1e0c1f5e-0000-4000-8000-00000000000a', 'Lin Tao', ['manager', 'delivery']);
const sales = person('1e0c1f5e-0000-4000-8000-00000000000b', 'Chen Jie', ['sales']);
const presales = person('1e0c1f5e-0000-4000-8000-00000000000d', 'Zhang Wei', ['presales']);
const projectId = '2a0c1f5e-0000-4000-8000-000000000001';
const bookingId = '6a0c1f5e-0000-4000-8000-000000000001';
const CNY = (amount: number) => ({ amount, currency: 'CNY' });

const detail = {
  id: projectId, name: 'Core banking', customerName: 'Bank of Ningbo', industry: 'finance', officeId: '5a0c1f5e-0000-4000-8000-000000000001',
  expectedValue: CNY(1_200_000_000), channel: false, strategic: false, tier: 'A', stage: 'solution',
  stageEnteredAt: new Date(Date.now() - 3 * 86_400_000).toISOString(), stageDeadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
  ownerId: presales.id, salesOwnerId: sales.id, status: 'open', closeReason: null, policyVersion: 1,
  createdAt: '2026-04-01T01:00:00.000Z', updatedAt: '2026-04-03T01:00:00.000Z', closedAt: null,
  budget: CNY(24_000_000), committed: CNY(12_000_000), actual: CNY(4_000_000), remaining: CNY(8_000_000),
  dispatch: { status: 'appointed', leadId: lead.id, deliveryCenterId: null }, stageEscalation: null, pendingHandoff: null,
  timeline: [
    { seq: 1, type: 'project_opened', actorId: sales.id, at: '2026-04-01T01:00:00.000Z', data: { tier: 'A', tierReason: 'large', ownerId: sales.id } },
    { seq: 2, type: 'escalated', actorId: sales.id, at: '2026-04-02T01:00:00.000Z', data: { kind: 'stage', level: 1, targetId: lead.id, reason: 'stage overdue' } },
    { seq: 3, type: 'time_recorded', actorId: presales.id, at: '2026-04-03T01:00:00.000Z', data: { bookingId, personId: presales.id, date: '2026-04-03', days: 1, entry: { amount: null } } },
  ],
  stages: [{ stage: 'qualify', enteredAt: '2026-04-01T01:00:00.000Z', deadline: '2026-04-06T01:00:00.000Z', leftAt: '2026-04-02T01:00:00.000Z' }],
  owners: [
    { personId: sales.id, via: 'opened', startedAt: '2026-04-01T01:00:00.000Z', endedAt: '2026-04-02T01:00:00.000Z' },
    { personId: presales.id, via: 'handoff', startedAt: '2026-04-02T01:00:00.000Z', endedAt: null },
  ],
  escalations: [], feasibility: null, approvals: [], resourceRequests: [],
  promises: { gate: 'unsigned', commitments: [], change: null, deliveryHandoff: null, promised: [], goLive: null },
  bookings: [{ id: bookingId, projectId, requestId: bookingId, personId: presales.id, role: 'presales', days: 5, unit: 'day', rate: null, planned: null, actual: null, daysWorked: 1, bookedAt: '2026-04-02T01:00:00.000Z' }],
  ledger: [{ kind: 'commit', bookingId, amount: null, idempotencyKey: 'k1', at: '2026-04-02T01:00:00.000Z' }],
  team: [
    { personId: lead.id, name: 'Lin Tao', lead: true, named: false, bookedDays: 0 },
    { personId: presales.id, name: 'Zhang Wei', lead: false, named: true, bookedDays: 5 },
  ],
};
const policy = { version: 1, document: { pipeline: { stages: [
  { key: 'qualify', label: '立项 qualify' }, { key: 'discovery', label: '需求调研 discovery' }, { key: 'solution', label: '方案设计 solution design' },
  { key: 'poc', label: '测试验证 proof of concept', requiredFromTier: 'B' }, { key: 'proposal', label: '投标/报价 proposal' },
] } } };

function leadApi(feasibility: () => [number, unknown]) {
  return fakeApi({
    'GET /api/session': () => [200, sessionOf(lead)],
    'GET /api/people': () => [200, { items: [lead, sales, presales] }],
    'GET /api/offices': () => [200, { items: [] }],
    [`GET /api/projects/${projectId}`]: () => [200, detail],
    [`GET /api/projects/${projectId}/actions`]: () => [200, { actions: [{ action: 'signFeasibility' }, { action: 'extendDeadline' }] }],
    'GET /api/policy/versions/1': () => [200, policy],
    [`POST /api/projects/${projectId}/feasibility`]: feasibility,
  });
}

describe('the project page', () => {
  it('shows the record: stages, owners, budget, bookings without rates the viewer may not see, time and the timeline', async () => {
    leadApi(() => [200, detail]);
    await renderConsole(`/projects/${projectId}`, 'en');
    expect(await screen.findByRole('heading', { name: 'Core banking', level: 1 })).toBeTruthy();
    expect(screen.getByText('Tier A')).toBeTruthy();
    expect(screen.getByText('On track')).toBeTruthy();
    await waitFor(() => expect(screen.getByText('方案设计 solution design')).toBeTruthy());
    expect(screen.getByText('测试验证 proof of concept')).toBeTruthy();
    expect(screen.getByRole('img', { name: /67% of the budget used: actual ¥40,000 and committed ¥120,000 of ¥240,000/ })).toBeTruthy();

    const bookings = screen.getByRole('region', { name: 'Bookings' });
    await waitFor(() => expect(within(bookings).getByText('Zhang Wei')).toBeTruthy());
    const row = within(bookings).getByText('Zhang Wei').closest('tr')!;
    expect(within(row).getByText('1 / 5')).toBeTruthy();
    expect(within(row).getAllByText('—')).toHaveLength(3);
    expect(within(screen.getByRole('region', { name: 'Time entries' })).getByText('2026-04-03')).toBeTruthy();

    const timeline = screen.getByRole('region', { name: 'Timeline' });
    expect(within(timeline).getByText('Escalated')).toBeTruthy();
    expect(within(timeline).getByText('Step 1 on the stage, to Lin Tao: stage overdue')).toBeTruthy();
    const owners = screen.getByRole('region', { name: 'Owner and owner history' });
    expect(within(owners).getAllByRole('listitem')[0]!.textContent).toContain('current owner');
    const team = within(screen.getByRole('region', { name: 'Project team' })).getAllByRole('listitem').map((li) => li.textContent);
    expect(team).toEqual(['Lin Taoteam lead', 'Zhang Weinamed5 days booked']);
  });

  it('offers only the listed actions; a dialog checks its fields, shows the API field errors, closes on Escape and reloads after the command', async () => {
    let attempts = 0;
    const api = leadApi(() => {
      attempts += 1;
      return attempts === 1
        ? [400, { error: { code: 'invalid', message: 'invalid body', details: [{ path: 'body.note', message: 'the note has characters that cannot be stored or shown' }] } }]
        : [200, detail];
    });
    await renderConsole(`/projects/${projectId}`, 'en');
    const actions = await screen.findByRole('region', { name: 'What you can do' });
    await waitFor(() => expect(within(actions).getAllByRole('button').map((b) => b.textContent)).toEqual(['Sign feasibility', 'Extend deadline']));

    fireEvent.click(within(actions).getByRole('button', { name: 'Sign feasibility' }));
    let dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Submit' }));
    expect(await within(dialog).findByText('Say what was checked.')).toBeTruthy();
    fireEvent.keyDown(dialog, { key: 'Escape', code: 'Escape', keyCode: 27 });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.callsTo('POST', `/api/projects/${projectId}/feasibility`)).toHaveLength(0);

    fireEvent.click(within(actions).getByRole('button', { name: 'Sign feasibility' }));
    dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('What was checked'), { target: { value: 'core\u0007 team' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(document.getElementById('action-signFeasibility_note_help')?.textContent).toBe('the note has characters that cannot be stored or shown'));

    const loads = api.callsTo('GET', `/api/projects/${projectId}/actions`).length;
    fireEvent.change(within(dialog).getByLabelText('What was checked'), { target: { value: 'core banking team has capacity in May' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [first, second] = api.callsTo('POST', `/api/projects/${projectId}/feasibility`);
    expect(second!.body).toEqual({ approved: true, note: 'core banking team has capacity in May', commitments: [] });
    expect(second!.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
    // Another body is another submission: a new key (the API refuses a key reused for another request).
    expect(second!.headers.get('idempotency-key')).not.toBe(first!.headers.get('idempotency-key'));
    await waitFor(() => expect(api.callsTo('GET', `/api/projects/${projectId}/actions`).length).toBeGreaterThan(loads));
  });

  it('closes won with a final value typed in yuan, sent as integer minor units', async () => {
    const api = fakeApi({
      'GET /api/session': () => [200, sessionOf(sales)],
      'GET /api/people': () => [200, { items: [lead, sales, presales] }],
      'GET /api/offices': () => [200, { items: [] }],
      [`GET /api/projects/${projectId}`]: () => [200, { ...detail, ownerId: sales.id, stage: 'negotiation' }],
      [`GET /api/projects/${projectId}/actions`]: () => [200, { actions: [{ action: 'close', canWin: true }] }],
      'GET /api/policy/versions/1': () => [200, policy],
      [`POST /api/projects/${projectId}/close`]: () => [200, detail],
    });
    await renderConsole(`/projects/${projectId}`, 'en');
    fireEvent.click(await screen.findByRole('button', { name: 'Close' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Final value (yuan)'), { target: { value: '11,500,000.5' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(api.callsTo('POST', `/api/projects/${projectId}/close`)).toHaveLength(1));
    expect(api.callsTo('POST', `/api/projects/${projectId}/close`)[0]!.body).toEqual({ outcome: 'won', finalValue: { amount: 1_150_000_050, currency: 'CNY' } });
  });

  it('scores the participants still missing, and puts an error on the row the API names', async () => {
    let attempts = 0;
    const api = fakeApi({
      'GET /api/session': () => [200, sessionOf(sales)],
      'GET /api/people': () => [200, { items: [lead, sales, presales] }],
      'GET /api/offices': () => [200, { items: [] }],
      [`GET /api/projects/${projectId}`]: () => [200, { ...detail, status: 'won', ownerId: sales.id, closedAt: '2026-04-20T01:00:00.000Z' }],
      [`GET /api/projects/${projectId}/actions`]: () => [200, { actions: [{ action: 'score', missing: [presales.id, lead.id] }] }],
      [`GET /api/projects/${projectId}/scoring`]: () => [200, { status: 'open', scorerId: sales.id, dueAt: '2026-04-25T01:00:00.000Z', participants: [presales.id, lead.id], missing: [presales.id, lead.id], scores: [] }],
      'GET /api/policy/versions/1': () => [200, policy],
      [`POST /api/projects/${projectId}/scores`]: () => {
        attempts += 1;
        return attempts === 1
          ? [400, { error: { code: 'invalid', message: 'invalid body', details: [{ path: 'body.scores.0.comment', message: 'the comment is at most 2000 characters' }] } }]
          : [200, {}];
      },
    });
    await renderConsole(`/projects/${projectId}`, 'en');
    expect(await screen.findByText(/^Chen Jie scores everyone who took part, due .*\. Still to be scored: Zhang Wei, Lin Tao\.$/)).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Score participants' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Submit' }));
    expect(await within(dialog).findByText('Score at least one person.')).toBeTruthy();
    expect(api.callsTo('POST', `/api/projects/${projectId}/scores`)).toHaveLength(0);

    // Only Lin Tao is scored now: the rest may follow later.
    const linTao = within(dialog).getByRole('group', { name: 'Lin Tao' });
    fireEvent.click(within(linTao).getByRole('radio', { name: '4' }));
    fireEvent.change(within(linTao).getByLabelText('Comment'), { target: { value: 'x'.repeat(10) } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(document.getElementById(`action-score_comment_${lead.id}_help`)?.textContent).toBe('the comment is at most 2000 characters'));
    expect(api.callsTo('POST', `/api/projects/${projectId}/scores`)[0]!.body).toEqual({ scores: [{ personId: lead.id, score: 4, comment: 'xxxxxxxxxx' }] });
  });

  it('answers a project the person may not see with the not-found page', async () => {
    fakeApi({
      'GET /api/session': () => [200, sessionOf(sales)],
      'GET /api/people': () => [200, { items: [] }],
      'GET /api/offices': () => [200, { items: [] }],
      [`GET /api/projects/${projectId}`]: () => apiError(404, 'not_found'),
    });
    await renderConsole(`/projects/${projectId}`, 'en');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeTruthy();
  });
});
