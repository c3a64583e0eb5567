import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../i18n';
import { apiError, fakeApi } from '../testing/fake-api';
import { person, sessionOf } from '../testing/people';
import { renderConsole } from '../testing/render';

const chen = person('5b0c1f5e-0000-4000-8000-000000000001', 'Chen Jie', ['sales']);

function fillAndSubmit(email: string, password: string, submit: string) {
  fireEvent.change(screen.getByLabelText(/邮箱|E-mail/), { target: { value: email } });
  fireEvent.change(screen.getByLabelText(/^密码$|^Password$/), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: submit }));
}

describe('signing in', () => {
  it('asks for the e-mail and the password before sending anything', async () => {
    const api = fakeApi({ 'GET /api/session': () => apiError(401, 'unauthorized') });
    await renderConsole('/sign-in');
    expect(await screen.findByRole('heading', { name: '登录 Moat' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-CN');
    fireEvent.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText('请输入电子邮箱')).toBeTruthy();
    expect(await screen.findByText('请输入密码')).toBeTruthy();
    expect(api.callsTo('POST', '/api/session')).toHaveLength(0);
  });

  it('shows a wrong password and a deactivated account as translated messages', async () => {
    let answer = apiError(401, 'unauthorized', 'wrong e-mail address or password');
    fakeApi({ 'GET /api/session': () => apiError(401, 'unauthorized'), 'POST /api/session': () => answer });
    await renderConsole('/sign-in');
    fillAndSubmit('chen@demo.moat.local', 'not-the-password', '登录');
    expect((await screen.findByRole('alert')).textContent).toBe('电子邮箱或密码错误。');
    answer = apiError(403, 'deactivated');
    fillAndSubmit('chen@demo.moat.local', 'not-the-password', '登录');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('此账号已停用，管理员可以重新启用。'));
  });

  it('signs in and goes on to the page that was asked for', async () => {
    let signedIn = false;
    const api = fakeApi({
      'GET /api/session': () => (signedIn ? [200, sessionOf(chen)] : apiError(401, 'unauthorized')),
      'POST /api/session': () => {
        signedIn = true;
        return [200, sessionOf(chen)];
      },
      'GET /api/me/inbox': () => [200, { tab: 'waiting', handoffs: [], approvals: [], feasibility: [], deliveryHandoffs: [], scoring: [] }],
    });
    const { router } = await renderConsole('/inbox');
    await screen.findByRole('heading', { name: '登录 Moat' });
    expect(router.state.location.search).toBe('?next=%2Finbox');
    fillAndSubmit(' Chen@demo.moat.local ', 'moat-demo-password', '登录');
    expect(await screen.findByRole('heading', { name: '待办', level: 1 })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/inbox');
    expect(api.callsTo('POST', '/api/session')[0]!.body).toEqual({ email: 'Chen@demo.moat.local', password: 'moat-demo-password' });
    expect(await screen.findByText('没有待您处理的事项。')).toBeTruthy();
  });

  it('switches to English, remembers it, and sets <html lang>', async () => {
    fakeApi({ 'GET /api/session': () => apiError(401, 'unauthorized') });
    await renderConsole('/sign-in');
    fireEvent.click(await screen.findByRole('button', { name: 'Switch to English' }));
    expect(await screen.findByRole('heading', { name: 'Sign in to Moat' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy();
  });
});
