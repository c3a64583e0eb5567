import type { FastifyInstance, FastifyRequest } from 'fastify';
import { findPersonByToken, type PersonRow } from '../db/people';
import type { Pool } from '../db/pool';
import type { Role } from '../domain/people';
import { httpError } from './errors';
import { authenticateBySession, sentSessionCookie } from './session-auth';

declare module 'fastify' {
  interface FastifyRequest {
    person: PersonRow | null;
  }
  interface FastifyContextConfig {
    /** `'none'`: a route under /api anyone may call (signing in, setting a password with a one-time link). */
    authentication?: 'none';
  }
}

const BEARER = /^Bearer\s+(\S+)$/i;

/**
 * Every route under /api needs credentials, and the person behind them is `request.person`: a bearer token
 * (`Authorization: Bearer <token>`, for scripts) or a session cookie from signing in (for browsers; writes also
 * need `X-CSRF-Token`). When a request sends both, the bearer token alone decides.
 */
export function registerAuth(app: FastifyInstance, pool: Pool): void {
  app.decorateRequest('person', null);
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/') || request.routeOptions.config.authentication === 'none') return;
    const header = request.headers.authorization;
    if (header === undefined && sentSessionCookie(request)) return authenticateBySession(request, reply, pool);
    const token = header ? BEARER.exec(header)?.[1] : undefined;
    if (!token) {
      throw httpError.unauthorized('missing credentials: send "Authorization: Bearer <token>", or sign in at POST /api/session and send its cookie');
    }
    const person = await findPersonByToken(pool, token);
    if (!person) throw httpError.unauthorized('unknown, revoked or deactivated token');
    request.person = person;
  });
}

export function caller(request: FastifyRequest): PersonRow {
  if (!request.person) throw httpError.unauthorized('not authenticated');
  return request.person;
}

/** The caller, who must hold one of `roles`. */
export function requireRole(request: FastifyRequest, ...roles: Role[]): PersonRow {
  const person = caller(request);
  if (!roles.some((role) => person.roles.includes(role))) {
    throw httpError.forbidden(`requires one of the roles: ${roles.join(', ')}`);
  }
  return person;
}
