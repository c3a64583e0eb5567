import { createHash, randomBytes, scrypt } from 'node:crypto';
import { createServer, type Server } from 'node:https';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { hashPassword, needsRehash, verifyPassword } from '../api/password-hash';
import { passwordProblem } from '../domain/password-policy';
import { addressBucket, retryAfterSeconds } from '../domain/sign-in';
import { projectBody, uniqueSuffix, withMoatAndOrg, type Reply } from './support/moat';
import { givePassword, send, sessionCookieOf, SessionClient, signIn, TEST_PASSWORD } from './support/sign-in';

const ctx = withMoatAndOrg();

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const COOKIE = /^moat_session=([A-Za-z0-9_-]{43}); Path=\/; Max-Age=604800; HttpOnly; SameSite=Lax$/;

/** A loopback address of the test's own, so its failures count against nobody else's limit. */
function ownAddress(): string {
  const bytes = randomBytes(3);
  return `127.${bytes[0]! % 200 + 20}.${bytes[1]}.${(bytes[2]! % 250) + 2}`;
}

interface Person {
  id: string;
  email: string;
  token: string;
}

/** A fresh person (with a bearer token, as every person gets) — and, unless told otherwise, a password. */
async function person(options: { password?: string | null; roles?: string[] } = {}): Promise<Person> {
  const email = `sign-in.${uniqueSuffix()}@example.cn`;
  const created = await ctx.moat.admin.post('/api/people', { name: `Sign-in ${uniqueSuffix()}`, email, roles: options.roles ?? ['sales'] });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  if (options.password !== null) await givePassword(ctx.moat, created.body.id, options.password ?? TEST_PASSWORD);
  return { id: created.body.id, email, token: created.body.token };
}

/** Failures of this file count against an address of its own, not the 127.0.0.1 every test file shares. */
const FILE_ADDRESS = ownAddress();

const signInReply = (email: string, password: string, localAddress = FILE_ADDRESS) =>
  send(ctx.moat.apiUrl, 'POST', '/api/session', { body: { email, password }, localAddress });

async function auditRows(action: string, where: { entityId?: string; address?: string } = {}) {
  const { rows } = await ctx.moat.pool.query<{ entity_id: string; reason: string | null; data: Record<string, unknown>; actor_id: string | null }>(
    `select entity_id, reason, data, actor_id from audit_log where action = $1
       and ($2::text is null or entity_id = $2) and ($3::text is null or data ->> 'address' = $3) order by id`,
    [action, where.entityId ?? null, where.address ?? null],
  );
  return rows;
}

async function passwordNeverStored(password: string): Promise<void> {
  const { rows } = await ctx.moat.pool.query<{ n: number }>(
    `select (select count(*) from audit_log where strpos(data::text, $1) > 0 or strpos(coalesce(reason, ''), $1) > 0)
          + (select count(*) from person_passwords where strpos(password_hash, $1) > 0)
          + (select count(*) from auth_attempts where strpos(coalesce(email, ''), $1) > 0) as n`,
    [password],
  );
  expect(Number(rows[0]!.n)).toBe(0);
}

describe('signing in with e-mail and password', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie, stores only hashes, and the session reads as the person', async () => {
    const who = await person();
    const reply = await signInReply(`  ${who.email.toUpperCase()} `, TEST_PASSWORD);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const setCookie = reply.headers.getSetCookie();
    expect(setCookie).toHaveLength(1);
    expect(setCookie[0]).toMatch(COOKIE);
    const secret = COOKIE.exec(setCookie[0]!)![1]!;
    expect(reply.body.person).toMatchObject({ id: who.id, email: who.email });
    expect(reply.body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const expiresIn = Date.parse(reply.body.expiresAt) - Date.now();
    expect(expiresIn).toBeGreaterThan(7 * 24 * 3600_000 - 60_000);
    expect(expiresIn).toBeLessThanOrEqual(7 * 24 * 3600_000);
    expect(Date.parse(reply.body.idleExpiresAt) - Date.now()).toBeGreaterThan(12 * 3600_000 - 60_000);

    const session = new SessionClient(ctx.moat.apiUrl, sessionCookieOf(reply), reply.body.csrfToken);
    const me = await session.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body.id).toBe(who.id);
    const current = await session.get('/api/session');
    expect(current.status).toBe(200);
    expect(current.body).toMatchObject({ person: { id: who.id }, csrfToken: reply.body.csrfToken, expiresAt: reply.body.expiresAt });

    // Postgres holds the secret's hash and a scrypt string, never the secret or the password.
    const stored = await ctx.moat.pool.query('select secret_hash from sessions where person_id = $1', [who.id]);
    expect(stored.rows).toEqual([{ secret_hash: sha256(secret) }]);
    const { rows } = await ctx.moat.pool.query('select password_hash from person_passwords where person_id = $1', [who.id]);
    expect(rows[0].password_hash).toMatch(/^\$scrypt\$ln=15,r=8,p=3\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(await auditRows('signed_in', { entityId: who.id })).toHaveLength(1);
    await passwordNeverStored(TEST_PASSWORD);
  });

  it('marks the cookie Secure when the request came over HTTPS', async () => {
    const who = await person();
    // TLS with a pre-shared key: HTTPS on loopback without a certificate. The same app, reached over TLS.
    const psk = randomBytes(32);
    const tlsOptions = { ciphers: 'PSK-AES256-GCM-SHA384', minVersion: 'TLSv1.2' as const, maxVersion: 'TLSv1.2' as const };
    const server: Server = createServer({ ...tlsOptions, pskCallback: () => psk }, (req, res) => ctx.moat.app.routing(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as { port: number };
      const reply = await send(`https://127.0.0.1:${port}`, 'POST', '/api/session', {
        body: { email: who.email, password: TEST_PASSWORD },
        tls: { ...tlsOptions, pskCallback: () => ({ psk, identity: 'moat-test' }), checkServerIdentity: () => undefined },
      });
      expect(reply.status, JSON.stringify(reply.body)).toBe(200);
      expect(reply.headers.getSetCookie()[0]).toMatch(/^moat_session=[A-Za-z0-9_-]{43}; Path=\/; Max-Age=604800; HttpOnly; SameSite=Lax; Secure$/);
    } finally {
      server.close();
    }
  });

  it('answers a wrong password and an unknown e-mail alike: same 401, about the same time, both audited', async () => {
    const who = await person();
    const address = ownAddress();
    const timed = async (email: string, password: string) => {
      const started = performance.now();
      const reply = await signInReply(email, password, address);
      return { reply, ms: performance.now() - started };
    };
    const wrong: Array<{ reply: Reply; ms: number }> = [];
    const unknown: Array<{ reply: Reply; ms: number }> = [];
    for (let i = 0; i < 3; i++) {
      wrong.push(await timed(who.email, `wrong password number ${i}`));
      unknown.push(await timed(`nobody.${uniqueSuffix()}@example.cn`, `wrong password number ${i}`));
    }
    for (const { reply } of [...wrong, ...unknown]) {
      expect(reply.status).toBe(401);
      expect(reply.body).toEqual({ error: { code: 'unauthorized', message: 'wrong e-mail address or password', details: [] } });
      expect(reply.headers.getSetCookie()).toEqual([]);
    }
    // Both run one scrypt check (~150 ms here): an unknown address answered without one would take a few
    // milliseconds, under a tenth of it. Not a speed goal: a wide margin for a property that must not regress.
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
    expect(Math.min(...unknown.map((u) => u.ms))).toBeGreaterThan(0.25 * median(wrong.map((w) => w.ms)));

    const failures = await auditRows('sign_in_failed', { address });
    expect(failures.map((f) => f.data.reason)).toEqual(['wrong_password', 'unknown_email', 'wrong_password', 'unknown_email', 'wrong_password', 'unknown_email']);
    expect(failures[0]).toMatchObject({ entity_id: who.email, actor_id: null, data: { email: who.email, address, personId: who.id } });
    expect(Object.keys(failures[0]!.data).sort()).toEqual(['address', 'email', 'personId', 'reason']);
    await passwordNeverStored('wrong password number');
  });

  it('signing out ends the session: its cookie no longer works', async () => {
    const who = await person();
    const session = await signIn(ctx.moat.apiUrl, who.email);
    expect((await session.get('/api/me')).status).toBe(200);
    const out = await session.delete('/api/session');
    expect(out.status).toBe(200);
    expect(out.body).toEqual({ signedOut: true });
    expect(out.headers.getSetCookie()).toEqual(['moat_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax']);
    const after = await session.get('/api/me');
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('unauthorized');
    expect((await session.get('/api/session')).status).toBe(401);
    expect(await auditRows('signed_out', { entityId: who.id })).toHaveLength(1);
    // A bearer token has no session to read or end.
    expect((await ctx.moat.api.as(who.token).get('/api/session')).status).toBe(404);
  });

  it('refuses a session past its absolute end or idle too long, and clears the cookie', async () => {
    const who = await person();
    const [expired, idle, fresh] = [await signIn(ctx.moat.apiUrl, who.email), await signIn(ctx.moat.apiUrl, who.email), await signIn(ctx.moat.apiUrl, who.email)];
    const hashOf = (client: SessionClient) => sha256(client.cookie.split('=')[1]!);
    for (const client of [expired, idle, fresh]) expect((await client.get('/api/me')).status).toBe(200);
    await ctx.moat.pool.query(`update sessions set created_at = now() - interval '8 days', expires_at = now() - interval '1 second' where secret_hash = $1`, [
      hashOf(expired),
    ]);
    await ctx.moat.pool.query(`update sessions set last_seen_at = now() - interval '12 hours 1 minute' where secret_hash = $1`, [hashOf(idle)]);
    for (const client of [expired, idle]) {
      const reply = await client.get('/api/me');
      expect(reply.status).toBe(401);
      expect(reply.body.error.message).toMatch(/session has ended/);
      expect(reply.headers.getSetCookie()).toEqual(['moat_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax']);
    }
    expect((await fresh.get('/api/me')).status).toBe(200);
  });

  it('re-hashes a password stored with older scrypt parameters at the next sign-in', async () => {
    const who = await person({ password: null });
    const salt = randomBytes(16);
    const key = (await promisify(scrypt)(TEST_PASSWORD, salt, 32)) as Buffer; // Node's defaults: N = 2^14, r = 8, p = 1
    const old = `$scrypt$ln=14,r=8,p=1$${salt.toString('base64url')}$${key.toString('base64url')}`;
    expect(needsRehash(old)).toBe(true);
    await ctx.moat.pool.query('insert into person_passwords (person_id, password_hash) values ($1, $2)', [who.id, old]);
    expect((await signInReply(who.email, TEST_PASSWORD)).status).toBe(200);
    const { rows } = await ctx.moat.pool.query('select password_hash from person_passwords where person_id = $1', [who.id]);
    expect(rows[0].password_hash).toMatch(/^\$scrypt\$ln=15,r=8,p=3\$/);
    expect(await verifyPassword(TEST_PASSWORD, rows[0].password_hash)).toBe(true);
  });

  it('refuses a malformed sign-in with 400 naming the field, never a 500', async () => {
    const address = ownAddress();
    const cases: Array<[unknown, string]> = [
      [{ email: 'a\u0000@example.cn', password: 'x' }, 'body.email'],
      [{ email: 'a@example.cn', password: 'x'.repeat(257) }, 'body.password'],
      [{ email: 'a@example.cn', password: '' }, 'body.password'],
      [{ email: 'a@example.cn' }, 'body.password'],
      [{ email: `${'a'.repeat(250)}@example.cn`, password: 'x' }, 'body.email'],
    ];
    for (const [body, path] of cases) {
      const reply = await send(ctx.moat.apiUrl, 'POST', '/api/session', { body, localAddress: address });
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(reply.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
    }
    // Without credentials, everything else under /api stays 401.
    const anonymous = await ctx.moat.api.get('/api/session');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe('unauthorized');
  });
});

describe('invitations, resets and changing one’s password', () => {
  it('invite → set the password → sign in; the link works once and never for a weak password', async () => {
    const who = await person({ password: null });
    expect((await signInReply(who.email, TEST_PASSWORD)).status).toBe(401);
    const invite = await ctx.moat.admin.post(`/api/people/${who.id}/invitation`);
    expect(invite.status, JSON.stringify(invite.body)).toBe(201);
    expect(invite.body).toMatchObject({ purpose: 'invitation', personId: who.id, setPasswordPath: '/api/password' });
    expect(invite.body.consolePath).toBe(`/set-password#token=${encodeURIComponent(invite.body.token)}`);
    expect(invite.body.token).toMatch(/^moat_pw_[A-Za-z0-9_-]{43}$/);
    const validFor = Date.parse(invite.body.expiresAt) - Date.now();
    expect(validFor).toBeGreaterThan(72 * 3600_000 - 60_000);
    expect(validFor).toBeLessThanOrEqual(72 * 3600_000);
    const stored = await ctx.moat.pool.query('select token_hash from password_tokens where person_id = $1', [who.id]);
    expect(stored.rows).toEqual([{ token_hash: sha256(invite.body.token) }]);

    const setPassword = (password: string) => send(ctx.moat.apiUrl, 'POST', '/api/password', { body: { token: invite.body.token, password } });
    for (const [weak, message] of [
      ['too short', /at least 12/],
      ['x'.repeat(257), /at most 256/],
      ['twelve chars\nwith a break', /line break/],
      ['a'.repeat(20), /repeated/],
      [who.email, /e-mail address/],
    ] as const) {
      const reply = await setPassword(weak);
      expect(reply.status, weak).toBe(400);
      expect(reply.body.error.details[0].path).toBe('body.password');
      expect(reply.body.error.details[0].message).toMatch(message);
      expect(JSON.stringify(reply.body)).not.toContain(weak.slice(0, 12));
    }
    const set = await setPassword(TEST_PASSWORD);
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body).toEqual({ personId: who.id, email: who.email, signInPath: '/api/session' });
    const again = await setPassword('another good password');
    expect(again.status).toBe(400);
    expect(again.body.error.code).toBe('invalid_token');
    expect(again.body.error.message).toMatch(/already been used/);

    expect((await signInReply(who.email, 'another good password')).status).toBe(401);
    expect((await signInReply(who.email, TEST_PASSWORD)).status).toBe(200);
    expect((await ctx.moat.admin.post(`/api/people/${who.id}/invitation`)).status).toBe(409);
    expect(await auditRows('invitation_issued', { entityId: who.id })).toHaveLength(1);
    expect((await auditRows('password_set', { entityId: who.id }))[0]!.data).toEqual({ purpose: 'invitation', sessionsEnded: 0 });
    await passwordNeverStored(TEST_PASSWORD);
    // Only admins invite.
    expect((await ctx.org.director.api.post(`/api/people/${who.id}/invitation`)).status).toBe(403);
  });

  it('refuses an expired invitation, and one replaced by a newer link', async () => {
    const who = await person({ password: null });
    const first = await ctx.moat.admin.post(`/api/people/${who.id}/invitation`);
    await ctx.moat.pool.query(`update password_tokens set created_at = now() - interval '73 hours', expires_at = now() - interval '1 hour' where token_hash = $1`, [
      sha256(first.body.token),
    ]);
    const expired = await send(ctx.moat.apiUrl, 'POST', '/api/password', { body: { token: first.body.token, password: TEST_PASSWORD } });
    expect(expired.status).toBe(400);
    expect(expired.body.error).toMatchObject({ code: 'invalid_token', message: expect.stringMatching(/expired/) });

    const second = await ctx.moat.admin.post(`/api/people/${who.id}/invitation`);
    const third = await ctx.moat.admin.post(`/api/people/${who.id}/invitation`);
    const replaced = await send(ctx.moat.apiUrl, 'POST', '/api/password', { body: { token: second.body.token, password: TEST_PASSWORD } });
    expect(replaced.status).toBe(400);
    expect(replaced.body.error.message).toMatch(/replaced/);
    const unknown = await send(ctx.moat.apiUrl, 'POST', '/api/password', { body: { token: 'moat_pw_nothing', password: TEST_PASSWORD } });
    expect(unknown.body.error.message).toMatch(/no such link/);
    expect((await send(ctx.moat.apiUrl, 'POST', '/api/password', { body: { token: third.body.token, password: TEST_PASSWORD } })).status).toBe(200);
  });

  it('a reset clears the old password and ends every session; the new password signs in', async () => {
    const who = await person();
    const sessions = [await signIn(ctx.moat.apiUrl, who.email), await signIn(ctx.moat.apiUrl, who.email)];
    const reset = await ctx.moat.admin.post(`/api/people/${who.id}/password-reset`);
    expect(reset.status, JSON.stringify(reset.body)).toBe(201);
    expect(reset.body.purpose).toBe('reset');
    const validFor = Date.parse(reset.body.expiresAt) - Date.now();
    expect(validFor).toBeGreaterThan(24 * 3600_000 - 60_000);
    expect(validFor).toBeLessThanOrEqual(24 * 3600_000);
    for (const session of sessions) expect((await session.get('/api/me')).status).toBe(401);
    expect((await signInReply(who.email, TEST_PASSWORD)).status).toBe(401);
    expect((await auditRows('password_reset_issued', { entityId: who.id }))[0]!.data).toMatchObject({ passwordCleared: true, sessionsEnded: 2 });

    const fresh = 'a brand new passphrase';
    expect((await send(ctx.moat.apiUrl, 'POST', '/api/password', { body: { token: reset.body.token, password: fresh } })).status).toBe(200);
    expect((await signInReply(who.email, TEST_PASSWORD)).status).toBe(401);
    expect((await signInReply(who.email, fresh)).status).toBe(200);
    // Scripts keep their bearer tokens: a reset is about the password.
    expect((await ctx.moat.api.as(who.token).get('/api/me')).status).toBe(200);
  });

  it('changing one’s own password ends one’s other sessions and keeps this one', async () => {
    const who = await person();
    const here = await signIn(ctx.moat.apiUrl, who.email);
    const elsewhere = await signIn(ctx.moat.apiUrl, who.email);
    const change = (currentPassword: string, newPassword: string) => here.put('/api/me/password', { currentPassword, newPassword });

    const wrong = await change('not my password at all', 'a different passphrase');
    expect(wrong.status).toBe(403);
    expect(wrong.body.error.details).toEqual([{ path: 'body.currentPassword', message: 'wrong password' }]);
    expect((await change(TEST_PASSWORD, TEST_PASSWORD)).status).toBe(400);
    const weak = await change(TEST_PASSWORD, 'short');
    expect(weak.status).toBe(400);
    expect(weak.body.error.details[0].path).toBe('body.newPassword');
    expect((await elsewhere.get('/api/me')).status).toBe(200);

    const changed = await change(TEST_PASSWORD, 'a different passphrase');
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body).toEqual({ sessionsEnded: 1 });
    expect((await here.get('/api/me')).status).toBe(200);
    expect((await elsewhere.get('/api/me')).status).toBe(401);
    expect((await signInReply(who.email, TEST_PASSWORD)).status).toBe(401);
    expect((await signInReply(who.email, 'a different passphrase')).status).toBe(200);
    expect(await auditRows('password_changed', { entityId: who.id })).toHaveLength(1);
    expect((await auditRows('sign_in_failed', { entityId: who.email })).map((r) => r.data.reason)).toContain('wrong_current_password');
    await passwordNeverStored('a different passphrase');
  });
});

describe('CSRF', () => {
  it('a write with the session cookie needs the session’s X-CSRF-Token; a bearer write needs none', async () => {
    const session = await signIn(ctx.moat.apiUrl, (await givePassword(ctx.moat, ctx.org.sales2.id)).email);
    const preferences = { channels: ['inapp'] };
    const path = '/api/me/notification-preferences';

    const missing = await session.withoutCsrf().put(path, preferences);
    expect(missing.status).toBe(403);
    expect(missing.body.error.code).toBe('csrf');
    const wrong = await session.put(path, preferences, { 'x-csrf-token': 'A'.repeat(43) });
    expect(wrong.status).toBe(403);
    expect(wrong.body.error).toMatchObject({ code: 'csrf', details: [{ path: 'headers.x-csrf-token', message: 'does not match the session' }] });
    const other = await signIn(ctx.moat.apiUrl, (await givePassword(ctx.moat, ctx.org.presales2.id)).email);
    expect((await session.put(path, preferences, { 'x-csrf-token': other.csrfToken! })).status).toBe(403);

    expect((await session.put(path, preferences)).status).toBe(200);
    expect((await session.withoutCsrf().get(path)).status).toBe(200);
    expect((await ctx.org.sales2.api.put(path, preferences)).status).toBe(200);
  });

  it('a request with both a bearer token and a cookie is judged by the bearer token alone', async () => {
    const who = await person();
    const session = await signIn(ctx.moat.apiUrl, who.email);
    const both = (token: string) => ({ authorization: `Bearer ${token}`, cookie: session.cookie });
    const asSales = await send(ctx.moat.apiUrl, 'GET', '/api/me', { headers: both(ctx.org.sales.token) });
    expect(asSales.body.id).toBe(ctx.org.sales.id);
    const write = await send(ctx.moat.apiUrl, 'PUT', '/api/me/notification-preferences', { headers: both(ctx.org.sales.token), body: { channels: ['inapp'] } });
    expect(write.status).toBe(200);
    expect((await send(ctx.moat.apiUrl, 'GET', '/api/me', { headers: both('not-a-token') })).status).toBe(401);
    expect((await session.get('/api/me')).body.id).toBe(who.id);
  });
});

describe('sign-in rate limits', () => {
  it('per account: after 5 failures the next attempt is 429 with Retry-After, wherever it comes from; audited once', async () => {
    const who = await person();
    const address = ownAddress();
    for (let i = 0; i < 4; i++) expect((await signInReply(who.email, 'wrong guess here', address)).status).toBe(401);
    // A success starts the account's count again.
    expect((await signInReply(who.email, TEST_PASSWORD, address)).status).toBe(200);
    for (let i = 0; i < 5; i++) expect((await signInReply(who.email, 'wrong guess here', address)).status).toBe(401);

    const limited = await signInReply(who.email, TEST_PASSWORD, address);
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('too_many_attempts');
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(800);
    expect(retryAfter).toBeLessThanOrEqual(900);
    expect(limited.body.error.message).toContain(`${retryAfter} s`);
    expect((await signInReply(who.email, TEST_PASSWORD, ownAddress())).status).toBe(429);
    // The one who knows the password meets the lock too, but others are not locked with them.
    expect((await signInReply(who.email.toUpperCase(), TEST_PASSWORD)).status).toBe(429);
    const bystander = await person();
    expect((await signInReply(bystander.email, TEST_PASSWORD, address)).status).toBe(200);

    expect(await auditRows('sign_in_failed', { entityId: who.email })).toHaveLength(9);
    const locks = await auditRows('sign_in_limited', { entityId: who.email });
    expect(locks).toHaveLength(1);
    expect(locks[0]!.data).toMatchObject({ scope: 'account', email: who.email });
  });

  it('per address: 20 failures lock the address for every account; a success in between does not reset it', async () => {
    const who = await person();
    const address = ownAddress();
    const fail = async () => expect((await signInReply(`nobody.${uniqueSuffix()}@example.cn`, 'some password', address)).status).toBe(401);
    for (let i = 0; i < 10; i++) await fail();
    expect((await signInReply(who.email, TEST_PASSWORD, address)).status).toBe(200);
    for (let i = 0; i < 10; i++) await fail();

    const limited = await signInReply(who.email, TEST_PASSWORD, address);
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('too_many_attempts');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(800);
    // The same account from elsewhere is fine: it is the address that is locked.
    expect((await signInReply(who.email, TEST_PASSWORD, ownAddress())).status).toBe(200);
    expect(await auditRows('sign_in_failed', { address })).toHaveLength(20);
    expect((await auditRows('sign_in_limited', { address }))[0]!.data).toMatchObject({ scope: 'address', address });
  });

  it('guesses at set-password tokens are limited per address', async () => {
    const who = await person({ password: null });
    const invite = await ctx.moat.admin.post(`/api/people/${who.id}/invitation`);
    const address = ownAddress();
    const attempt = (token: string, localAddress = address) =>
      send(ctx.moat.apiUrl, 'POST', '/api/password', { body: { token, password: TEST_PASSWORD }, localAddress });
    for (let i = 0; i < 20; i++) {
      const guess = await attempt(`moat_pw_${randomBytes(32).toString('base64url')}`);
      expect(guess.status).toBe(400);
      expect(guess.body.error.code).toBe('invalid_token');
    }
    const limited = await attempt(invite.body.token);
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('too_many_attempts');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(800);
    expect(await auditRows('password_token_refused', { address })).toHaveLength(20);
    expect(await auditRows('password_token_limited', { entityId: addressBucket(address) })).toHaveLength(1);
    expect((await attempt(invite.body.token, ownAddress())).status).toBe(200);
  });
});

describe('deactivation', () => {
  it('a deactivated person cannot sign in or use a token or a session; reactivating restores the token', async () => {
    const who = await person();
    const session = await signIn(ctx.moat.apiUrl, who.email);
    const bearer = ctx.moat.api.as(who.token);
    expect((await bearer.get('/api/me')).status).toBe(200);

    expect((await ctx.moat.admin.post(`/api/people/${who.id}/deactivate`, {})).status).toBe(400);
    expect((await ctx.org.director.api.post(`/api/people/${who.id}/deactivate`, { reason: 'left the company' })).status).toBe(403);
    const off = await ctx.moat.admin.post(`/api/people/${who.id}/deactivate`, { reason: 'left the company' });
    expect(off.status, JSON.stringify(off.body)).toBe(200);
    expect(off.body).toMatchObject({ personId: who.id, deactivatedAt: expect.any(String), sessionsEnded: 1 });
    expect((await session.get('/api/me')).status).toBe(401);
    const refused = await bearer.get('/api/me');
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe('unauthorized');
    const signInRefused = await signInReply(who.email, TEST_PASSWORD);
    expect(signInRefused.status).toBe(403);
    expect(signInRefused.body.error.code).toBe('deactivated');
    expect(signInRefused.headers.getSetCookie()).toEqual([]);
    expect((await signInReply(who.email, 'not the password')).body.error.message).toBe('wrong e-mail address or password');
    expect((await ctx.moat.admin.get(`/api/people/${who.id}/access`)).body).toMatchObject({ deactivatedAt: off.body.deactivatedAt, openSessions: 0, passwordSet: true });
    expect((await ctx.moat.admin.post(`/api/people/${who.id}/deactivate`, { reason: 'again' })).status).toBe(409);
    expect((await ctx.moat.admin.post(`/api/people/${who.id}/password-reset`)).status).toBe(409);
    expect((await auditRows('person_deactivated', { entityId: who.id }))[0]).toMatchObject({ reason: 'left the company', data: { sessionsEnded: 1 } });

    const on = await ctx.moat.admin.post(`/api/people/${who.id}/reactivate`, { reason: 'came back' });
    expect(on.status).toBe(200);
    expect(on.body.deactivatedAt).toBeNull();
    expect((await bearer.get('/api/me')).status).toBe(200);
    expect((await session.get('/api/me')).status).toBe(401);
    expect((await signInReply(who.email, TEST_PASSWORD)).status).toBe(200);
    expect(await auditRows('person_reactivated', { entityId: who.id })).toHaveLength(1);
  });

  it('a deactivated person is shown as such in the directory and is given no new work', async () => {
    const off = await ctx.moat.admin.post(`/api/people/${ctx.org.presales2.id}/deactivate`, { reason: 'on sabbatical' });
    expect(off.status).toBe(200);
    try {
      expect((await ctx.org.sales.api.get(`/api/people/${ctx.org.presales2.id}`)).body.deactivatedAt).toBe(off.body.deactivatedAt);
      const opened = await ctx.org.sales.api.post('/api/projects', projectBody(ctx.org));
      expect(opened.status).toBe(201);
      const offered = await ctx.org.sales.api.post(`/api/projects/${opened.body.id}/handoffs`, { toPersonId: ctx.org.presales2.id, reason: 'x' });
      expect(offered.status).toBe(400);
      expect(offered.body.error.details).toEqual([{ path: 'body.toPersonId', message: 'deactivated' }]);
    } finally {
      await ctx.moat.admin.post(`/api/people/${ctx.org.presales2.id}/reactivate`, { reason: 'back' });
    }
  });

  it('an admin cannot deactivate themselves', async () => {
    const me = await ctx.moat.admin.get('/api/me');
    const reply = await ctx.moat.admin.post(`/api/people/${me.body.id}/deactivate`, { reason: 'oops' });
    expect(reply.status).toBe(409);
    expect(reply.body.error.message).toMatch(/yourself/);
    expect((await ctx.moat.admin.get('/api/me')).status).toBe(200);
  });
});

describe('security headers and CORS', () => {
  const expectSecurityHeaders = (reply: Reply, what: string) => {
    expect(reply.headers.get('x-content-type-options'), what).toBe('nosniff');
    expect(reply.headers.get('content-security-policy'), what).toContain("default-src 'none'");
    expect(reply.headers.get('content-security-policy'), what).toContain("frame-ancestors 'none'");
    expect(reply.headers.get('x-frame-options'), what).toBe('DENY');
    expect(reply.headers.get('strict-transport-security'), what).toMatch(/max-age=\d+/);
    expect(reply.headers.get('referrer-policy'), what).toBe('no-referrer');
    expect(reply.headers.get('cross-origin-resource-policy'), what).toBe('same-origin');
  };

  it('on a 200, a 404, a 401, a 405 and a CSRF 403', async () => {
    const ok = await ctx.moat.api.get('/healthz');
    expect(ok.status).toBe(200);
    expectSecurityHeaders(ok, '200');
    const missing = await ctx.org.sales.api.get('/api/no-such-thing');
    expect(missing.status).toBe(404);
    expectSecurityHeaders(missing, '404');
    const anonymous = await ctx.moat.api.get('/api/me');
    expect(anonymous.status).toBe(401);
    expectSecurityHeaders(anonymous, '401');
    const notAllowed = await ctx.org.sales.api.request('PATCH', '/api/session', {});
    expect(notAllowed.status).toBe(405);
    expectSecurityHeaders(notAllowed, '405');
    const session = await signIn(ctx.moat.apiUrl, (await givePassword(ctx.moat, ctx.org.outsider.id)).email);
    const csrf = await session.withoutCsrf().put('/api/me/notification-preferences', { channels: ['inapp'] });
    expect(csrf.status).toBe(403);
    expectSecurityHeaders(csrf, '403');
  });

  it('the Swagger UI keeps working under a policy of its own', async () => {
    const page = await fetch(`${ctx.moat.apiUrl}/docs/static/index.html`);
    expect(page.status).toBe(200);
    const policy = page.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/(^|; )script-src 'self'[;' ]/);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).not.toContain('upgrade-insecure-requests');
    expect(policy).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const script = await fetch(`${ctx.moat.apiUrl}/docs/static/swagger-initializer.js`);
    expect(script.status).toBe(200);
    expect(await script.text()).toContain('SwaggerUIBundle');
    const spec = await fetch(`${ctx.moat.apiUrl}/docs/json`);
    expect(spec.status).toBe(200);
    expect(((await spec.json()) as { paths: Record<string, unknown> }).paths['/api/session']).toBeDefined();
  });

  it('answers no preflight or request with Access-Control-Allow-* headers', async () => {
    const origin = { origin: 'https://elsewhere.example' };
    const replies = [
      await send(ctx.moat.apiUrl, 'OPTIONS', '/api/session', {
        headers: { ...origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, x-csrf-token' },
      }),
      await send(ctx.moat.apiUrl, 'OPTIONS', '/api/me', {
        headers: { ...origin, authorization: `Bearer ${ctx.org.sales.token}`, 'access-control-request-method': 'GET' },
      }),
      await send(ctx.moat.apiUrl, 'POST', '/api/session', { headers: origin, body: { email: 'x@example.cn', password: 'y' }, localAddress: ownAddress() }),
      await send(ctx.moat.apiUrl, 'GET', '/api/me', { headers: { ...origin, authorization: `Bearer ${ctx.org.sales.token}` } }),
    ];
    for (const reply of replies) {
      // The headers are there to read (positive control), and none of them lets another origin in.
      expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
      expect([...reply.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([]);
    }
    expect(replies.map((r) => r.status)).toEqual([401, 405, 401, 200]);
  });

  it('documents the new routes and the cookie scheme in /openapi.json', async () => {
    const doc = (await ctx.moat.api.get('/openapi.json')).body;
    expect(doc.components.securitySchemes.cookie).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'moat_session' });
    expect(doc.security).toEqual([{ bearer: [] }, { cookie: [] }]);
    expect(doc.info.description).toContain('X-CSRF-Token');
    expect(doc.paths['/api/session'].post.security).toEqual([]);
    expect(doc.paths['/api/password'].post.security).toEqual([]);
    expect(doc.paths['/api/session'].get.security).toBeUndefined();
    for (const [path, method] of [
      ['/api/session', 'delete'],
      ['/api/me/password', 'put'],
      ['/api/people/{id}/invitation', 'post'],
      ['/api/people/{id}/password-reset', 'post'],
      ['/api/people/{id}/deactivate', 'post'],
      ['/api/people/{id}/reactivate', 'post'],
      ['/api/people/{id}/access', 'get'],
    ]) {
      expect(doc.paths[path!]?.[method!], `${method} ${path}`).toBeDefined();
    }
    expect(doc.paths['/api/session'].post.responses['429']).toBeDefined();
  });
});

describe('the rules themselves', () => {
  it('password policy: 12 characters (code points) to 256, no control characters, not one character repeated', () => {
    expect(passwordProblem('correct horse')).toBeUndefined();
    expect(passwordProblem('short')).toMatch(/at least 12/);
    expect(passwordProblem('😀'.repeat(6))).toMatch(/at least 12/);
    expect(passwordProblem('😀🙂'.repeat(6))).toBeUndefined();
    expect(passwordProblem('x'.repeat(257))).toMatch(/at most 256/);
    expect(passwordProblem('twelve chars\u0000')).toMatch(/NUL/);
    expect(passwordProblem('twelve \u202Echars')).toMatch(/bidirectional/);
    expect(passwordProblem('zzzzzzzzzzzzzz')).toMatch(/repeated/);
  });

  it('hashes: salted, self-describing, verified in constant form; NFKC-equal passwords match', async () => {
    const [a, b] = [await hashPassword(TEST_PASSWORD), await hashPassword(TEST_PASSWORD)];
    expect(a).not.toBe(b);
    expect(needsRehash(a)).toBe(false);
    expect(await verifyPassword(TEST_PASSWORD, a)).toBe(true);
    expect(await verifyPassword(`${TEST_PASSWORD}!`, a)).toBe(false);
    expect(await verifyPassword(TEST_PASSWORD, '$scrypt$ln=30,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).toBe(false);
    const composed = await hashPassword('Ångström passphrase');
    expect(await verifyPassword('A\u030Angstro\u0308m passphrase', composed)).toBe(true);
  });

  it('limits: Retry-After runs to when the limit-th newest failure leaves the window; IPv6 counts per /64', () => {
    const limit = { failures: 3, windowSeconds: 100 };
    expect(retryAfterSeconds(limit, [10, 20])).toBe(0);
    expect(retryAfterSeconds(limit, [10, 20, 30])).toBe(70);
    expect(retryAfterSeconds(limit, [50, 10, 20, 30])).toBe(70);
    expect(retryAfterSeconds(limit, [10, 20, 130])).toBe(0);
    expect(addressBucket('203.0.113.9')).toBe('203.0.113.9');
    expect(addressBucket('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(addressBucket('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2::/64');
    expect(addressBucket('2001:db8:1:2::9')).toBe('2001:db8:1:2::/64');
    expect(addressBucket('2001:DB8::1')).toBe('2001:db8:0:0::/64');
    expect(addressBucket('::1')).toBe('0:0:0:0::/64');
  });
});
