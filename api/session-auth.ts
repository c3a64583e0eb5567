import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { findLiveSession, type SessionTimes } from '../db/sessions';
import type { Pool } from '../db/pool';
import { SESSION_LIFETIME } from '../domain/sign-in';
import type { Credential, CredentialCache } from './credential-cache';
import { HttpError, httpError } from './errors';

/**
 * Cookie sessions for people at a browser. The cookie holds a random secret; Postgres holds only its SHA-256, so a
 * copy of the database signs nobody in. The CSRF token is derived from the same secret (a one-way hash under
 * another label): the console reads it from POST or GET /api/session and sends it back as `X-CSRF-Token` on every
 * write, which a page on another site cannot do.
 */
export const SESSION_COOKIE = 'moat_session';
export const CSRF_HEADER = 'x-csrf-token';

export interface RequestSession extends SessionTimes {
  csrfToken: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The session a cookie-authenticated request came with; null for bearer tokens and public routes. */
    session: RequestSession | null;
  }
}

const SECRET = /^[A-Za-z0-9_-]{43}$/;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function newSessionSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSessionSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function csrfTokenFor(secret: string): string {
  return createHash('sha256').update(`moat-csrf\0${secret}`).digest('base64url');
}

/** The session secret the request's `Cookie` header carries, if any (its first well-formed `moat_session`). */
export function sessionSecretOf(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const pair of header.split(';')) {
    const at = pair.indexOf('=');
    if (at < 0 || pair.slice(0, at).trim() !== SESSION_COOKIE) continue;
    const value = pair.slice(at + 1).trim();
    if (SECRET.test(value)) return value;
  }
  return undefined;
}

/** Whether a cookie sent by the request would be: a name is enough, however malformed its value. */
export function sentSessionCookie(request: FastifyRequest): boolean {
  return (request.headers.cookie ?? '').split(';').some((pair) => pair.split('=', 1)[0]!.trim() === SESSION_COOKIE);
}

/** `Secure` whenever the request came over HTTPS, so the cookie never travels back in clear. */
function attributes(request: FastifyRequest, maxAgeSeconds: number): string {
  return `Path=/; Max-Age=${maxAgeSeconds}; HttpOnly; SameSite=Lax${request.protocol === 'https' ? '; Secure' : ''}`;
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, secret: string): void {
  reply.header('set-cookie', `${SESSION_COOKIE}=${secret}; ${attributes(request, SESSION_LIFETIME.absoluteSeconds)}`);
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.header('set-cookie', `${SESSION_COOKIE}=; ${attributes(request, 0)}`);
}

function sameToken(sent: string, expected: string): boolean {
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Authenticates a request by its session cookie: the person and session on the request, or a 401 that also
 * clears the dead cookie. Writes (anything but GET, HEAD, OPTIONS) must carry the session's CSRF token.
 */
export async function authenticateBySession(
  request: FastifyRequest,
  reply: FastifyReply,
  pool: Pool,
  credentials: CredentialCache<Credential>,
): Promise<void> {
  const secret = sessionSecretOf(request);
  const hash = secret && hashSessionSecret(secret);
  // Kept no longer than the session lives, however recently it was read.
  const live = hash
    ? await credentials.find(`session:${hash}`, () => findLiveSession(pool, hash), ({ session }) => Math.min(Date.parse(session!.expiresAt), Date.parse(session!.idleExpiresAt)))
    : undefined;
  if (!secret || !live?.session) {
    clearSessionCookie(request, reply);
    throw httpError.unauthorized('the session has ended (signed out, expired or revoked): sign in again at POST /api/session');
  }
  const csrfToken = csrfTokenFor(secret);
  if (!SAFE_METHODS.has(request.method)) {
    const sent = request.headers[CSRF_HEADER];
    const value = Array.isArray(sent) ? sent[0] : sent;
    if (!value || !sameToken(value, csrfToken)) {
      throw new HttpError(
        403,
        'csrf',
        value
          ? 'the X-CSRF-Token header does not match this session: use the csrfToken from GET /api/session'
          : 'a write with a session cookie needs the X-CSRF-Token header (the csrfToken from POST or GET /api/session)',
        [{ path: 'headers.x-csrf-token', message: value ? 'does not match the session' : 'required' }],
      );
    }
  }
  request.person = live.person;
  request.session = { ...live.session, csrfToken };
}
