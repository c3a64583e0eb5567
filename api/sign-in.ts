/*
 * The credential flows behind the session routes: signing in, setting a password with a one-time link, changing
 * one's own. Each counts its attempts against the limits of domain/sign-in.ts and audits every failure — with the
 * client address and the e-mail address as typed, never the password. Long (about 310 lines) because the three flows
 * share the limit and audit helpers at its start; split it by flow when a fourth arrives.
 */
import { createHash, randomBytes } from 'node:crypto';
import { audit } from '../db/audit';
import { failuresForAccount, failuresFromAddress, recordAttempt, settleAttempt, type AttemptKind, type CountedFailure } from '../db/auth-attempts';
import type { PersonRow } from '../db/people';
import { inTransaction, type Pool } from '../db/pool';
import { createSession, endSession, endSessionsOf, type SessionTimes } from '../db/sessions';
import {
  accountByEmail,
  accountById,
  clearPassword,
  consumePasswordToken,
  findPasswordToken,
  insertPasswordToken,
  revokePasswordTokens,
  setPasswordHash,
  type PasswordTokenState,
} from '../db/sign-in';
import { passwordProblemFor } from '../domain/password-policy';
import { addressBucket, retryAfterSeconds, SIGN_IN_LIMITS, type AttemptLimit, type PasswordTokenPurpose } from '../domain/sign-in';
import { HttpError, httpError } from './errors';
import { hashPassword, needsRehash, verifyAgainstDummy, verifyPassword } from './password-hash';
import { csrfTokenFor, hashSessionSecret, newSessionSecret } from './session-auth';


export const WRONG_CREDENTIALS = 'wrong e-mail address or password';
export const SET_PASSWORD_PATH = '/api/password' as const;

export interface NewSession extends SessionTimes {
  secret: string;
  csrfToken: string;
  person: PersonRow;
}

interface Limited {
  scope: 'account' | 'address';
  limit: AttemptLimit;
  failures: CountedFailure[];
}

function tooManyAttempts(seconds: number, what: string): HttpError {
  return new HttpError(429, 'too_many_attempts', `too many failed ${what}; try again in ${seconds} s`, [], seconds);
}

/**
 * Refuses the attempt (429) when a limit is reached: its row is marked `limited` (not a guess: a lock-out does not
 * extend itself), and the lock-out is audited once, named after the failure that completed it.
 */
async function enforceLimits(pool: Pool, attemptId: string, kind: AttemptKind, counts: Limited[], subject: { email?: string; address: string }): Promise<void> {
  let worst: { seconds: number; count: Limited } | undefined;
  for (const count of counts) {
    const seconds = retryAfterSeconds(count.limit, count.failures.map((f) => f.ageSeconds));
    if (seconds > 0 && (!worst || seconds > worst.seconds)) worst = { seconds, count };
  }
  if (!worst) return;
  await settleAttempt(pool, attemptId, 'limited');
  const { scope, limit, failures } = worst.count;
  const completing = failures[limit.failures - 1]!;
  const key = scope === 'account' ? subject.email! : subject.address;
  await audit(pool, {
    actorId: null,
    action: `${kind}_limited`,
    entityType: kind,
    entityId: key,
    reason: `${limit.failures} failures within ${limit.windowSeconds / 60} min ${scope === 'account' ? 'for this account' : 'from this address'}`,
    data: { scope, address: subject.address, email: subject.email ?? null, retryAfterSeconds: worst.seconds },
    idempotencyKey: `${kind}:limited:${scope}:${key}:${completing.id}`,
  });
  throw tooManyAttempts(worst.seconds, kind === 'sign_in' ? 'sign-ins' : 'set-password attempts');
}

async function auditSignInFailure(pool: Pool, attemptId: string, failure: { email: string; address: string; reason: string; personId?: string }): Promise<void> {
  await settleAttempt(pool, attemptId, 'failed');
  await audit(pool, {
    actorId: null,
    action: 'sign_in_failed',
    entityType: 'sign_in',
    entityId: failure.email,
    reason: failure.reason,
    data: { email: failure.email, address: failure.address, reason: failure.reason, personId: failure.personId ?? null },
    idempotencyKey: `sign_in:failed:${attemptId}`,
  });
}

/**
 * Signs a person in and opens a session. An unknown address, a person without a password and a wrong password
 * all cost one scrypt check and answer the same 401; only the holder of the right password learns that the
 * account is deactivated. A session the request already carried (`replacing`) ends: a new sign-in, a new secret.
 */
export async function signIn(pool: Pool, input: { email: string; password: string; ip: string; replacing?: string }): Promise<NewSession> {
  const address = addressBucket(input.ip);
  const attemptId = await recordAttempt(pool, { kind: 'sign_in', email: input.email, address });
  await enforceLimits(
    pool,
    attemptId,
    'sign_in',
    [
      { scope: 'account', limit: SIGN_IN_LIMITS.perAccount, failures: await failuresForAccount(pool, input.email, attemptId, SIGN_IN_LIMITS.perAccount) },
      {
        scope: 'address',
        limit: SIGN_IN_LIMITS.perAddress,
        failures: await failuresFromAddress(pool, 'sign_in', address, attemptId, SIGN_IN_LIMITS.perAddress),
      },
    ],
    { email: input.email, address },
  );
  const account = await accountByEmail(pool, input.email);
  const matches = account?.passwordHash ? await verifyPassword(input.password, account.passwordHash) : await verifyAgainstDummy(input.password);
  if (!account || !matches) {
    const reason = !account ? 'unknown_email' : !account.passwordHash ? 'no_password' : 'wrong_password';
    await auditSignInFailure(pool, attemptId, { email: input.email, address, reason, personId: account?.person.id });
    throw httpError.unauthorized(WRONG_CREDENTIALS);
  }
  if (account.deactivatedAt) {
    await auditSignInFailure(pool, attemptId, { email: input.email, address, reason: 'deactivated', personId: account.person.id });
    throw new HttpError(403, 'deactivated', 'this account is deactivated: an administrator can reactivate it');
  }
  const rehashed = needsRehash(account.passwordHash!) ? await hashPassword(input.password) : undefined;
  const secret = newSessionSecret();
  return inTransaction(pool, async (client) => {
    await settleAttempt(client, attemptId, 'succeeded');
    if (rehashed) await setPasswordHash(client, account.person.id, rehashed);
    if (input.replacing) await endSession(client, { secretHash: hashSessionSecret(input.replacing) }, 'replaced');
    const session = await createSession(client, { personId: account.person.id, secretHash: hashSessionSecret(secret), address });
    await audit(client, {
      actorId: account.person.id,
      action: 'signed_in',
      entityType: 'person',
      entityId: account.person.id,
      data: { sessionId: session.id, address },
      idempotencyKey: `session:${session.id}:created`,
    });
    return { ...session, secret, csrfToken: csrfTokenFor(secret), person: account.person };
  });
}

export async function signOut(pool: Pool, person: PersonRow, sessionId: string): Promise<void> {
  await inTransaction(pool, async (client) => {
    if (!(await endSession(client, { id: sessionId }, 'signed_out'))) return;
    await audit(client, {
      actorId: person.id,
      action: 'signed_out',
      entityType: 'person',
      entityId: person.id,
      data: { sessionId },
      idempotencyKey: `session:${sessionId}:signed_out`,
    });
  });
}

export function hashPasswordToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A one-time link for `personId` to set a password, shown once; for a reset the old password and sessions end first. */
export async function issuePasswordToken(
  pool: Pool,
  input: { admin: PersonRow; personId: string; purpose: PasswordTokenPurpose },
): Promise<{
  token: string;
  purpose: PasswordTokenPurpose;
  personId: string;
  expiresAt: string;
  setPasswordPath: typeof SET_PASSWORD_PATH;
  consolePath: string;
}> {
  const account = await accountById(pool, input.personId);
  if (!account) throw httpError.notFound(`no person ${input.personId}`);
  if (account.deactivatedAt) throw httpError.conflict('the person is deactivated: reactivate them first');
  if (input.purpose === 'invitation' && account.passwordHash) {
    throw httpError.conflict('the person already has a password: send a password reset instead (POST /api/people/:id/password-reset)');
  }
  const token = `moat_pw_${randomBytes(32).toString('base64url')}`;
  const tokenHash = hashPasswordToken(token);
  return inTransaction(pool, async (client) => {
    let sessionsEnded = 0;
    if (input.purpose === 'reset') {
      await clearPassword(client, input.personId);
      sessionsEnded = await endSessionsOf(client, input.personId, 'password_reset');
    }
    const { expiresAt } = await insertPasswordToken(client, { tokenHash, personId: input.personId, purpose: input.purpose, createdBy: input.admin.id });
    await audit(client, {
      actorId: input.admin.id,
      action: input.purpose === 'invitation' ? 'invitation_issued' : 'password_reset_issued',
      entityType: 'person',
      entityId: input.personId,
      data: { expiresAt, ...(input.purpose === 'reset' ? { passwordCleared: account.passwordHash !== null, sessionsEnded } : {}) },
      idempotencyKey: `password_token:${tokenHash}:issued`,
    });
    const consolePath = `/set-password#token=${encodeURIComponent(token)}`;
    return { token, purpose: input.purpose, personId: input.personId, expiresAt, setPasswordPath: SET_PASSWORD_PATH, consolePath };
  });
}

const REFUSED_TOKEN: Record<Exclude<PasswordTokenState, 'usable'>, string> = {
  used: 'this link has already been used: sign in with the password set then, or ask an administrator for a password reset',
  revoked: 'this link was replaced by a newer one or voided: use the newest link, or ask an administrator for a new one',
  expired: 'this link has expired: ask an administrator for a new one',
  deactivated: 'this account is deactivated: an administrator can reactivate it',
};

function invalidToken(message: string): HttpError {
  return new HttpError(400, 'invalid_token', message, [{ path: 'body.token', message }]);
}

/**
 * Sets a password with a one-time link and uses the link up. Every refused token counts against the address's
 * limit on guesses; the new password must pass the policy (the schema) and not be the e-mail address.
 */
export async function setPasswordWithToken(pool: Pool, input: { token: string; password: string; ip: string }): Promise<{ personId: string; email: string }> {
  const address = addressBucket(input.ip);
  const attemptId = await recordAttempt(pool, { kind: 'password_token', email: null, address });
  const limit = SIGN_IN_LIMITS.tokenGuessesPerAddress;
  await enforceLimits(pool, attemptId, 'password_token', [{ scope: 'address', limit, failures: await failuresFromAddress(pool, 'password_token', address, attemptId, limit) }], {
    address,
  });
  const tokenHash = hashPasswordToken(input.token);
  const found = await findPasswordToken(pool, tokenHash);
  const refuse = async (state: Exclude<PasswordTokenState, 'usable'> | 'unknown'): Promise<never> => {
    await settleAttempt(pool, attemptId, 'failed');
    await audit(pool, {
      actorId: null,
      action: 'password_token_refused',
      entityType: 'password_token',
      entityId: found?.personId ?? 'unknown',
      reason: state,
      data: { address, reason: state, personId: found?.personId ?? null },
      idempotencyKey: `password_token:refused:${attemptId}`,
    });
    throw invalidToken(state === 'unknown' ? 'no such link: check that the whole token was copied' : REFUSED_TOKEN[state]);
  };
  if (!found) return refuse('unknown');
  if (found.state !== 'usable') return refuse(found.state);
  const problem = passwordProblemFor(input.password, found);
  if (problem) {
    await settleAttempt(pool, attemptId, 'succeeded');
    throw httpError.badRequest(problem, [{ path: 'body.password', message: problem }]);
  }
  const passwordHash = await hashPassword(input.password);
  return inTransaction(pool, async (client) => {
    if (!(await consumePasswordToken(client, tokenHash))) throw invalidToken(REFUSED_TOKEN.used);
    await setPasswordHash(client, found.personId, passwordHash);
    await revokePasswordTokens(client, found.personId);
    const sessionsEnded = await endSessionsOf(client, found.personId, 'password_set');
    await settleAttempt(client, attemptId, 'succeeded');
    await audit(client, {
      actorId: found.personId,
      action: 'password_set',
      entityType: 'person',
      entityId: found.personId,
      data: { purpose: found.purpose, sessionsEnded },
      idempotencyKey: `password_token:${tokenHash}:used`,
    });
    return { personId: found.personId, email: found.email };
  });
}

/**
 * A signed-in person changes their own password. A wrong current password counts as a failed sign-in of the
 * account (a stolen session must not become a guessing oracle). Every other session of theirs ends.
 */
export async function changeOwnPassword(
  pool: Pool,
  input: { person: PersonRow; sessionId?: string; currentPassword: string; newPassword: string; ip: string },
): Promise<{ sessionsEnded: number }> {
  const account = await accountById(pool, input.person.id);
  if (!account?.passwordHash) {
    throw httpError.conflict('you have no password yet: ask an administrator for an invitation (POST /api/people/:id/invitation)');
  }
  const address = addressBucket(input.ip);
  const email = input.person.email;
  const attemptId = await recordAttempt(pool, { kind: 'sign_in', email, address });
  await enforceLimits(
    pool,
    attemptId,
    'sign_in',
    [{ scope: 'account', limit: SIGN_IN_LIMITS.perAccount, failures: await failuresForAccount(pool, email, attemptId, SIGN_IN_LIMITS.perAccount) }],
    { email, address },
  );
  if (!(await verifyPassword(input.currentPassword, account.passwordHash))) {
    await auditSignInFailure(pool, attemptId, { email, address, reason: 'wrong_current_password', personId: input.person.id });
    throw new HttpError(403, 'forbidden', 'the current password is wrong', [{ path: 'body.currentPassword', message: 'wrong password' }]);
  }
  const problem =
    input.newPassword === input.currentPassword ? 'the new password is the current one: choose another' : passwordProblemFor(input.newPassword, input.person);
  if (problem) {
    await settleAttempt(pool, attemptId, 'succeeded');
    throw httpError.badRequest(problem, [{ path: 'body.newPassword', message: problem }]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  return inTransaction(pool, async (client) => {
    await setPasswordHash(client, input.person.id, passwordHash);
    await revokePasswordTokens(client, input.person.id);
    const sessionsEnded = await endSessionsOf(client, input.person.id, 'password_changed', input.sessionId);
    await settleAttempt(client, attemptId, 'succeeded');
    await audit(client, {
      actorId: input.person.id,
      action: 'password_changed',
      entityType: 'person',
      entityId: input.person.id,
      data: { sessionsEnded, keptSessionId: input.sessionId ?? null },
      idempotencyKey: `password:${input.person.id}:changed:${attemptId}`,
    });
    return { sessionsEnded };
  });
}
