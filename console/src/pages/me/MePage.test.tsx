import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '../../testing/fake-api';
import { person, sessionOf } from '../../testing/people';
import { renderConsole } from '../../testing/render';
import { delegationBody, isoToLocal, localToIso } from './DelegationForm';
import { preferencesBody } from './ChannelsForm';

const me = person('1e0c1f5e-0000-4000-8000-00000000000b', 'Chen Jie', ['sales']);
const colleague = person('1e0c1f5e-0000-4000-8000-00000000000c', 'Wang Lei', ['manager', 'sales']);
const projectId = '2a0c1f5e-0000-4000-8000-000000000001';
const notification = (id: string, title: string, readAt: string | null) => ({
  id, kind: 'handoff_offered', projectId, title, data: {}, createdAt: '2026-04-01T02:00:00.000Z', readAt,
});
const preferences = { channels: ['inapp'], webhookUrl: null, webhookFormat: 'json', email: me.email, available: { email: true, webhook: true } };

function meApi(overrides: Record<string, Parameters<typeof fakeApi>[0][string]> = {}) {
  let read = false;
  return fakeApi({
    'GET /api/session': () => [200, sessionOf(me)],
    'GET /api/people': () => [200, { items: [me, colleague] }],
    'GET /api/me/notifications': () => [
      200,
      {
        items: [
          notification('n1', 'A handoff waits for you', read ? '2026-04-01T03:00:00.000Z' : null),
          notification('n2', 'Budget at 50 %', '2026-04-01T03:00:00.000Z'),
          { ...notification('n3', 'Your 2026Q1 result is out', '2026-04-01T03:00:00.000Z'), kind: 'performance_closed', projectId: null, data: { period: '2026Q1' } },
        ],
        unread: read ? 0 : 1,
        nextCursor: null,
      },
    ],
    'POST /api/me/notifications/n1/read': () => {
      read = true;
      return [200, { read: true }];
    },
    'GET /api/me/notification-preferences': () => [200, preferences],
    'GET /api/me/delegation': () => [200, { delegation: null }],
    ...overrides,
  });
}

describe('me: notifications', () => {
  it('lists them with a link to the project, and marking one read reloads the list', async () => {
    const api = meApi();
    await renderConsole('/me', 'en');
    expect(await screen.findByRole('heading', { name: 'Notifications (1 unread)' })).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Your notifications, newest first' });
    expect(within(list).getByRole('link', { name: 'A handoff waits for you' }).getAttribute('href')).toBe(`/projects/${projectId}`);
    // 绩效打分: a period's result leads to the performance tab of that period.
    expect(within(list).getByRole('link', { name: 'Your 2026Q1 result is out' }).getAttribute('href')).toBe('/reports?tab=performance&period=2026Q1');
    fireEvent.click(screen.getByRole('button', { name: 'Mark read: A handoff waits for you' }));
    await waitFor(() => expect(api.callsTo('POST', '/api/me/notifications/n1/read')).toHaveLength(1));
    expect(api.callsTo('POST', '/api/me/notifications/n1/read')[0]!.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await screen.findByRole('heading', { name: 'Notifications (0 unread)' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Mark read/ })).toBeNull();
  });
});

describe('me: channels', () => {
  it('needs an address for the webhook, and puts the API’s refusal on that field', async () => {
    const api = meApi({
      'PUT /api/me/notification-preferences': () => [400, { error: { code: 'invalid', message: 'bad', details: [{ path: 'body.webhookUrl', message: 'a private address is not allowed' }] } }],
    });
    await renderConsole('/me?tab=channels', 'en');
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Webhook (group chat robot)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save channels' }));
    expect(await screen.findByText("Enter the webhook's address")).toBeTruthy();
    expect(api.callsTo('PUT', '/api/me/notification-preferences')).toHaveLength(0);

    fireEvent.change(screen.getByLabelText('Webhook address'), { target: { value: 'https://10.0.0.1/hook' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save channels' }));
    expect(await screen.findByText('a private address is not allowed')).toBeTruthy();
    expect(api.callsTo('PUT', '/api/me/notification-preferences')[0]!.body).toEqual({ channels: ['inapp', 'webhook'], webhookUrl: 'https://10.0.0.1/hook', webhookFormat: 'json' });
  });

  it('send the chosen channels and webhook format as the API takes them', () => {
    expect(preferencesBody({ email: true, webhook: false, webhookUrl: 'https://x', webhookFormat: 'feishu' })).toEqual({ channels: ['inapp', 'email'], webhookFormat: 'feishu' });
    expect(preferencesBody({ email: false, webhook: true, webhookUrl: ' https://open.feishu.cn/hook ', webhookFormat: 'dingtalk' })).toEqual({
      channels: ['inapp', 'webhook'],
      webhookUrl: 'https://open.feishu.cn/hook',
      webhookFormat: 'dingtalk',
    });
  });
});

describe('me: out of office', () => {
  it('turns local date-times into instants and back', () => {
    const iso = localToIso('2026-12-01T09:30')!;
    expect(new Date(iso).getTime()).toBe(new Date(2026, 11, 1, 9, 30).getTime());
    expect(isoToLocal(iso)).toBe('2026-12-01T09:30');
    expect(localToIso('')).toBeUndefined();
    expect(localToIso('tomorrow')).toBeUndefined();
    expect(delegationBody({ delegateId: colleague.id, from: '2026-12-01T09:00', until: '' })).toBeUndefined();
  });

  it('sets a delegate with dates, refusing an end before the start', async () => {
    let saved: unknown = null;
    const api = meApi({
      'GET /api/me/delegation': () => [200, { delegation: saved }],
      'PUT /api/me/delegation': ({ body }) => {
        saved = body;
        return [200, { delegation: body }];
      },
    });
    await renderConsole('/me?tab=delegation', 'en');
    expect(await screen.findByText('No delegate is set.')).toBeTruthy();
    const delegate = screen.getByLabelText('Delegate');
    fireEvent.mouseDown(delegate);
    fireEvent.click(await screen.findByTitle('Wang Lei'));
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-12-10T09:00' } });
    fireEvent.change(screen.getByLabelText('Until'), { target: { value: '2026-12-01T18:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the delegate' }));
    expect(await screen.findByText('The end must come after the start')).toBeTruthy();
    expect(api.callsTo('PUT', '/api/me/delegation')).toHaveLength(0);

    fireEvent.change(screen.getByLabelText('Until'), { target: { value: '2026-12-20T18:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the delegate' }));
    await waitFor(() => expect(api.callsTo('PUT', '/api/me/delegation')).toHaveLength(1));
    expect(api.callsTo('PUT', '/api/me/delegation')[0]!.body).toEqual({
      delegateId: colleague.id,
      from: new Date(2026, 11, 10, 9, 0).toISOString(),
      until: new Date(2026, 11, 20, 18, 0).toISOString(),
    });
    expect(await screen.findByRole('button', { name: 'End the delegation' })).toBeTruthy();
    expect(screen.getAllByText('Wang Lei').length).toBeGreaterThan(0);
  });
});

describe('me: password', () => {
  it('checks the new password twice, and shows a wrong current password on its field', async () => {
    const api = meApi({ 'PUT /api/me/password': () => [403, { error: { code: 'forbidden', message: 'wrong password', details: [] } }] });
    await renderConsole('/me?tab=password', 'en');
    fireEvent.change(await screen.findByLabelText('Current password'), { target: { value: 'old password here' } });
    fireEvent.change(screen.getByLabelText('New password'), { target: { value: 'short' } });
    fireEvent.change(screen.getByLabelText('The new password again'), { target: { value: 'other' } });
    fireEvent.click(screen.getByRole('button', { name: 'Change the password' }));
    expect(await screen.findByText('At least 12 characters')).toBeTruthy();
    expect(await screen.findByText('The two passwords differ')).toBeTruthy();
    expect(api.callsTo('PUT', '/api/me/password')).toHaveLength(0);

    fireEvent.change(screen.getByLabelText('New password'), { target: { value: 'a long new passphrase' } });
    fireEvent.change(screen.getByLabelText('The new password again'), { target: { value: 'a long new passphrase' } });
    fireEvent.click(screen.getByRole('button', { name: 'Change the password' }));
    expect(await screen.findByText('This is not your current password.')).toBeTruthy();
    expect(api.callsTo('PUT', '/api/me/password')[0]!.body).toEqual({ currentPassword: 'old password here', newPassword: 'a long new passphrase' });
  });
});
