import type { FastifyInstance, FastifyRequest } from 'fastify';
import { hearIdentityChanges } from '../db/identity-changes';
import { findPersonByTokenHash, hashToken, type PersonRow } from '../db/people';
import type { Pool } from '../db/pool';
import type { Role } from '../domain/people';
import { CredentialCache, type Credential } from './credential-cache';
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
  // Who each credential names, kept while every change to people, tokens and sessions is heard (api/credential-cache.ts),
  // from the first request on: an app that answers none (the OpenAPI dump) never touches Postgres.
  const credentials = new CredentialCache<Credential>();
  let changes: ReturnType<typeof hearIdentityChanges> | undefined;
  app.addHook('onClose', async () => changes?.stop());
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/') || request.routeOptions.config.authentication === 'none') return;
    changes ??= hearIdentityChanges(pool, { changed: (personId) => credentials.personChanged(personId), hearing: (heard) => credentials.hearing(heard) });
    const header = request.headers.authorization;
    if (header === undefined && sentSessionCookie(request)) return authenticateBySession(request, reply, pool, credentials);
    const token = header ? BEARER.exec(header)?.[1] : undefined;
    if (!token) {
      throw httpError.unauthorized('missing credentials: send "Authorization: Bearer <token>", or sign in at POST /api/session and send its cookie');
    }
    const hash = hashToken(token);
    const found = await credentials.find(`token:${hash}`, async () => {
      const person = await findPersonByTokenHash(pool, hash);
      return person && { person };
    });
    if (!found) throw httpError.unauthorized('unknown, revoked or deactivated token');
    request.person = found.person;
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
