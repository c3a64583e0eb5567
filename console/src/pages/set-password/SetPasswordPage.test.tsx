import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, fakeApi } from '../../testing/fake-api';
import { renderConsole } from '../../testing/render';
import { passwordProblem, tokenFromLocation } from './password-rules';

describe('the password rule, as the API has it', () => {
  it('counts characters, not UTF-16 units, and refuses one character repeated', () => {
    expect(passwordProblem('short')).toBe('tooShort');
    expect(passwordProblem('😀'.repeat(11))).toBe('tooShort');
    expect(passwordProblem('a'.repeat(12))).toBe('repeated');
    expect(passwordProblem('x'.repeat(257))).toBe('tooLong');
    expect(passwordProblem('correct horse battery')).toBeUndefined();
  });

  it('reads the token from the link’s fragment first, then its query', () => {
    expect(tokenFromLocation('#token=abc', '')).toBe('abc');
    expect(tokenFromLocation('', '?token=def')).toBe('def');
    expect(tokenFromLocation('#token=abc', '?token=def')).toBe('abc');
    expect(tokenFromLocation('', '')).toBeUndefined();
  });
});

function choose(password: string, again = password) {
  fireEvent.change(screen.getByLabelText('New password'), { target: { value: password } });
  fireEvent.change(screen.getByLabelText('The same password again'), { target: { value: again } });
  fireEvent.click(screen.getByRole('button', { name: 'Set the password' }));
}

describe('setting a password from an invitation link', () => {
  it('checks the password before sending, sends the link’s token, and leads to sign-in', async () => {
    const api = fakeApi({
      'GET /api/session': () => apiError(401, 'unauthorized'),
      'POST /api/password': () => [200, { personId: '5b0c1f5e-0000-4000-8000-000000000001', email: 'chen@demo.moat.local', signInPath: '/api/session' }],
    });
    await renderConsole('/set-password#token=one-time-token', 'en');
    expect(await screen.findByRole('heading', { name: 'Choose your password' })).toBeTruthy();
    choose('short');
    expect(await screen.findByText('At least 12 characters')).toBeTruthy();
    choose('correct horse battery', 'correct horse batterz');
    expect(await screen.findByText('The two passwords differ')).toBeTruthy();
    expect(api.callsTo('POST', '/api/password')).toHaveLength(0);

    choose('correct horse battery');
    expect(await screen.findByRole('heading', { name: 'Your password is set. Sign in as chen@demo.moat.local.' })).toBeTruthy();
    expect(api.callsTo('POST', '/api/password').map((c) => c.body)).toEqual([{ token: 'one-time-token', password: 'correct horse battery' }]);
    expect(screen.getByRole('link', { name: 'Go to sign-in' }).getAttribute('href')).toBe('/sign-in');
  });

  it('says why a used link no longer works, in the chosen language', async () => {
    fakeApi({
      'GET /api/session': () => apiError(401, 'unauthorized'),
      'POST /api/password': () => apiError(400, 'invalid_token', 'the link was already used'),
    });
    await renderConsole('/set-password?token=used', 'en');
    choose('correct horse battery');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('This link cannot be used any more: the link was already used'));
  });

  it('without a token there is nothing to submit', async () => {
    fakeApi({ 'GET /api/session': () => apiError(401, 'unauthorized') });
    await renderConsole('/set-password', 'zh-CN');
    expect(await screen.findByRole('heading', { name: '链接不完整：请打开邀请或重置邮件中的完整链接。' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '设置密码' })).toBeNull();
  });
});
