import type { FastifyInstance } from 'fastify';
import { HttpError, RETRY_AFTER_SECONDS } from './errors';

declare module 'fastify' {
  interface FastifyInstance {
    /** Set once `close()` has begun (SIGTERM): the process finishes what it has and takes nothing new. */
    draining: boolean;
  }
}

/**
 * A graceful close. When `close()` begins the listener stops taking connections, and until the requests in flight
 * have been answered /readyz answers 503 and any other request that still arrives (on a connection kept alive) is
 * refused with a 503 asking for a retry — Moat's error shape, not Fastify's own — while every answer closes its
 * connection, so that close() ends as soon as the last request in flight is answered.
 */
export function registerDraining(app: FastifyInstance): void {
  app.decorate('draining', false);
  app.addHook('preClose', async () => {
    app.draining = true;
  });
  app.addHook('onRequest', async (request) => {
    if (!app.draining || request.routeOptions.url === '/readyz') return;
    throw new HttpError(503, 'shutting_down', 'this API process is shutting down; retry, another one will answer', [], RETRY_AFTER_SECONDS);
  });
  app.addHook('onSend', async (_request, reply) => {
    if (app.draining) reply.header('connection', 'close');
  });
}
