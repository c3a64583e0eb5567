import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../deps';
import { httpError } from '../errors';
import { metricsAccess, type ApiMetrics } from '../metrics';

/** GET /metrics in Prometheus' text format; left out of the OpenAPI document, it is for operators, not clients. */
export function metricsRoutes(app: FastifyInstance, deps: AppDeps, metrics: ApiMetrics, token: string | undefined): void {
  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    const access = metricsAccess({
      token,
      authorization: request.headers.authorization,
      clientAddress: request.ip,
      forwarded: request.headers.forwarded !== undefined || request.headers['x-forwarded-for'] !== undefined,
    });
    if (access === 'unauthorized') throw httpError.unauthorized('GET /metrics needs "Authorization: Bearer <MOAT_METRICS_TOKEN>"');
    if (access === 'forbidden') {
      throw httpError.forbidden('only clients on this machine may read /metrics while MOAT_METRICS_TOKEN is not set; set it to scrape from elsewhere');
    }
    reply.type(metrics.contentType);
    return metrics.render(deps.pool);
  });
}
