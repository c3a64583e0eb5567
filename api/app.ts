import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { registerAuth } from './auth';
import type { AppDeps } from './deps';
import { DEFAULT_TEMPORAL_DEADLINE_MS } from './deadlines';
import { handleError, httpError } from './errors';
import { assessRoutes } from './routes/assess';
import { assessReportRoutes } from './routes/assess-reports';
import { collaborateRoutes } from './routes/collaborate';
import { deliveryCenterRoutes } from './routes/delivery-centers';
import { healthRoutes } from './routes/health';
import { matchRoutes } from './routes/match';
import { notificationPreferenceRoutes } from './routes/notification-preferences';
import { organisationRoutes } from './routes/organisation';
import { policyRoutes } from './routes/policy';
import { projectRoutes } from './routes/projects';
import { reportRoutes } from './routes/reports';

export interface AppOptions {
  logLevel?: string;
}

/** The HTTP edge: zod schemas validate requests, type handlers and generate the OpenAPI document. */
export async function buildApp(deps: AppDeps, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({ logger: { level: options.logLevel ?? 'info' }, bodyLimit: 1_048_576 });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  // An empty body with a JSON content type (e.g. accepting a handoff) is "no body", not a parse error.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch {
      done(httpError.badRequest('the body is not valid JSON'), undefined);
    }
  });
  app.setNotFoundHandler((request) => {
    throw httpError.notFound(`no route ${request.method} ${request.url}`);
  });

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Moat API',
        description:
          'Moat runs the MCI method (Match, Collaborate, Integrate) for B2B presales as durable workflows. ' +
          'Every route under /api needs `Authorization: Bearer <token>`. POSTs honour `Idempotency-Key`. ' +
          'Errors are `{"error": {"code", "message", "details"}}`. Money is integer minor units with a currency.',
        version: '0.1.0',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });

  // Every call to Temporal made while handling a request shares the request's deadline: a stalled server costs a
  // client seconds and a 503, never a hung request. The context set here carries through the request's lifecycle.
  const temporalDeadlineMs = deps.temporalDeadlineMs ?? DEFAULT_TEMPORAL_DEADLINE_MS;
  app.addHook('onRequest', (_request, _reply, done) => {
    void deps.temporal.connection.withDeadline(Date.now() + temporalDeadlineMs, async () => done());
  });

  registerAuth(app, deps.pool);
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  healthRoutes(app, deps);
  organisationRoutes(app, deps);
  projectRoutes(app, deps);
  policyRoutes(app, deps);
  matchRoutes(app, deps);
  notificationPreferenceRoutes(app, deps);
  collaborateRoutes(app, deps);
  assessRoutes(app, deps);
  reportRoutes(app, deps);
  assessReportRoutes(app, deps);
  deliveryCenterRoutes(app, deps);
  return app;
}
