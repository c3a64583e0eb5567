import type { FastifyInstance, FastifyRequest } from 'fastify';
import { findPersonByToken, type PersonRow } from '../db/people';
import type { Pool } from '../db/pool';
import type { Role } from '../domain/people';
import { httpError } from './errors';

declare module 'fastify' {
  interface FastifyRequest {
    person: PersonRow | null;
  }
}

const BEARER = /^Bearer\s+(\S+)$/i;

/** Every route under /api needs `Authorization: Bearer <token>`; the person behind it is `request.person`. */
export function registerAuth(app: FastifyInstance, pool: Pool): void {
  app.decorateRequest('person', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const header = request.headers.authorization;
    const token = header ? BEARER.exec(header)?.[1] : undefined;
    if (!token) throw httpError.unauthorized('missing bearer token: send "Authorization: Bearer <token>"');
    const person = await findPersonByToken(pool, token);
    if (!person) throw httpError.unauthorized('unknown or revoked token');
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
