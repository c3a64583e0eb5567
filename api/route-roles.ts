import type { FastifyInstance } from 'fastify';
import type { Role } from '../domain/people';
import { caller } from './auth';
import { httpError } from './errors';

/**
 * Routes only some roles may call say so in their options — `config: onlyFor('admin')` — and are refused with 403
 * before their body is read, so what a caller without the role learns does not depend on what they sent. Runs after
 * the project visibility check: someone who may not see the project is told it does not exist, role or not.
 */

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The roles one of which the caller must hold. */
    roles?: readonly Role[];
  }
}

export function onlyFor(...roles: Role[]): { roles: readonly Role[] } {
  return { roles };
}

export function registerRouteRoles(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const roles = request.routeOptions.config.roles;
    if (!roles) return;
    const person = caller(request);
    if (!roles.some((role) => person.roles.includes(role))) {
      throw httpError.forbidden(`requires one of the roles: ${roles.join(', ')}`);
    }
  });
}
