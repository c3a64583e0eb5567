import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { Socket } from 'node:net';
import Fastify, { type FastifyInstance, type HTTPMethods } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { registerAuth } from './auth';
import { registerDraining } from './draining';
import { registerApiMetrics } from './metrics';
import { childLoggerFactory, registerRequestTracing } from './request-tracing';
import { registerProjectVisibility } from './visibility';
import { registerRouteRoles } from './route-roles';
import type { AppDeps } from './deps';
import { DEFAULT_TEMPORAL_DEADLINE_MS } from './deadlines';
import { handleError, HttpError, httpError } from './errors';
import { approvalRoutes } from './routes/approvals';
import { assessRoutes } from './routes/assess';
import { candidateRoutes } from './routes/candidates';
import { assessReportRoutes } from './routes/assess-reports';
import { collaborateRoutes } from './routes/collaborate';
import { deliveryCenterRoutes } from './routes/delivery-centers';
import { handoffRoutes } from './routes/handoffs';
import { healthRoutes } from './routes/health';
import { hotlineRoutes } from './routes/hotlines';
import { matchRoutes } from './routes/match';
import { metricsRoutes } from './routes/metrics';
import { meRoutes } from './routes/me';
import { notificationPreferenceRoutes } from './routes/notification-preferences';
import { organisationRoutes } from './routes/organisation';
import { policyRoutes } from './routes/policy';
import { policySimulationRoutes } from './routes/policy-simulation';
import { projectRoutes } from './routes/projects';
import { pipelineRoutes } from './routes/pipeline';
import { targetRoutes } from './routes/targets';
import { roiRoutes } from './routes/roi';
import { promiseRoutes } from './routes/promises';
import { performanceRoutes } from './routes/performance';
import { reportRoutes } from './routes/reports';
import { personAccessRoutes } from './routes/person-access';
import { sessionRoutes } from './routes/session';
import { registerConsole, type ConsoleFallback } from './console-static';
import { docsContentSecurityPolicy, RAW_ANSWER_SECURITY_HEADERS, registerSecurityHeaders } from './security-headers';
import { SESSION_COOKIE } from './session-auth';

export interface AppOptions {
  logLevel?: string;
  /** Proxies to believe about the client's address and protocol (`MOAT_TRUST_PROXY`); none by default. */
  trustProxy?: boolean | string[];
  /** The built console served under `/` (default: console/dist). */
  consoleDist?: string;
  /** MOAT_METRICS_TOKEN: GET /metrics then needs it as a bearer token; without it only loopback clients may read it. */
  metricsToken?: string;
}

/** The HTTP edge: zod schemas validate requests, type handlers and generate the OpenAPI document. */
export async function buildApp(deps: AppDeps, options: AppOptions = {}): Promise<FastifyInstance> {
  const app: FastifyInstance = Fastify({
    logger: { level: options.logLevel ?? 'info' },
    childLoggerFactory,
    trustProxy: options.trustProxy ?? false,
    bodyLimit: 1_048_576,
    clientErrorHandler: (error, socket) => answerClientError(app, error, socket),
    // While closing, requests still reach the hooks: registerDraining answers them in Moat's error shape.
    return503OnClosing: false,
  });
  // First, so that every later hook and route runs inside the request's span and is counted.
  registerRequestTracing(app);
  const metrics = registerApiMetrics(app);
  registerDraining(app);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  await registerSecurityHeaders(app);
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
  let consoleFallback: ConsoleFallback | undefined;
  app.setNotFoundHandler((request, reply) => {
    if (consoleFallback?.(request, reply)) return;
    throw httpError.notFound(`no route ${request.method} ${request.url}`);
  });
  // A path that exists with other methods is a 405 naming them in `Allow`, not a 404. Decided before the body is
  // read (after authentication), so neither a body nor QUERY's mandatory content type can turn it into a 400.
  app.addHook('preParsing', async (request, reply, payload) => {
    if (!request.is404) return payload;
    const allow = allowedMethods(app, request.url);
    if (allow.length === 0) return payload;
    reply.header('allow', allow.join(', '));
    throw methodNotAllowed(request.method, request.url, allow);
  });

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Moat API',
        description:
          'Moat runs the MCI method (Match, Collaborate, Integrate) for B2B presales as durable workflows. ' +
          'Every route under /api needs credentials: `Authorization: Bearer <token>` (scripts), or the session cookie ' +
          `\`${SESSION_COOKIE}\` from signing in at POST /api/session (browsers), where every write also sends the session's ` +
          'CSRF token as `X-CSRF-Token`; a request with both is judged by its bearer token. Signing in and setting a ' +
          'password with a one-time link (POST /api/password) need no credentials. POSTs honour `Idempotency-Key`. ' +
          'Errors are `{"error": {"code", "message", "details"}}`. Money is integer minor units with a currency.',
        version: '0.1.0',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          cookie: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'From POST /api/session; writes also need the X-CSRF-Token header' },
        },
      },
      security: [{ bearer: [] }, { cookie: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs', staticCSP: true, transformStaticCSP: docsContentSecurityPolicy });

  // Every call to Temporal made while handling a request shares the request's deadline: a stalled server costs a
  // client seconds and a 503, never a hung request. The context set here carries through the request's lifecycle.
  const temporalDeadlineMs = deps.temporalDeadlineMs ?? DEFAULT_TEMPORAL_DEADLINE_MS;
  app.addHook('onRequest', (_request, _reply, done) => {
    void deps.temporal.connection.withDeadline(Date.now() + temporalDeadlineMs, async () => done());
  });

  registerAuth(app, deps.pool);
  registerProjectVisibility(app, deps.pool);
  registerRouteRoles(app);
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  healthRoutes(app, deps);
  metricsRoutes(app, deps, metrics, options.metricsToken);
  organisationRoutes(app, deps);
  projectRoutes(app, deps);
  pipelineRoutes(app, deps);
  handoffRoutes(app, deps);
  policyRoutes(app, deps);
  policySimulationRoutes(app, deps);
  matchRoutes(app, deps);
  approvalRoutes(app, deps);
  candidateRoutes(app, deps);
  hotlineRoutes(app, deps);
  meRoutes(app, deps);
  notificationPreferenceRoutes(app, deps);
  collaborateRoutes(app, deps);
  assessRoutes(app, deps);
  reportRoutes(app, deps);
  assessReportRoutes(app, deps);
  targetRoutes(app, deps);
  roiRoutes(app, deps);
  promiseRoutes(app, deps);
  performanceRoutes(app, deps);
  deliveryCenterRoutes(app, deps);
  sessionRoutes(app, deps);
  personAccessRoutes(app, deps);
  consoleFallback = await registerConsole(app, options.consoleDist);
  return app;
}

/** The methods some route answers on `url` (HEAD wherever there is GET), in fastify's order; none for a path that does not exist. */
function allowedMethods(app: FastifyInstance, url: string): string[] {
  try {
    // An undecodable path is no route's, though the router would hand it to its bad-URL handler.
    decodeURI(url.split('?', 1)[0]!);
  } catch {
    return [];
  }
  return app.supportedMethods.filter((method) => app.findRoute({ method: method as HTTPMethods, url }) !== null);
}

function methodNotAllowed(method: string, url: string, allow: readonly string[]): HttpError {
  return new HttpError(405, 'method_not_allowed', `${method} is not allowed on ${url.split('?', 1)[0]}; it allows ${allow.join(', ')}`);
}

/**
 * A request Node's HTTP parser refuses never reaches a route. A method it does not know (`BREW /api/policy`) is
 * answered like a method the path lacks: 405 with `Allow` (or 404 for no such path), before authentication as
 * there is no request to authenticate; anything else as fastify would (408, 431, 400), all with Moat's error
 * body, and the connection closed.
 */
function answerClientError(app: FastifyInstance, error: Error & { code?: string; rawPacket?: unknown }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  let answer: HttpError = new HttpError(400, 'invalid', 'the request is not valid HTTP/1.1');
  let allow: string[] = [];
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') answer = new HttpError(408, 'request_timeout', 'the request took too long to arrive');
  else if (error.code === 'HPE_HEADER_OVERFLOW') answer = new HttpError(431, 'headers_too_large', 'the request headers are too large');
  else if (error.code === 'HPE_INVALID_METHOD') {
    const line = /^([!#$%&'*+.^_`|~0-9A-Za-z-]{1,32}) (\/\S*) HTTP\/1\.[01]\r?\n/.exec(Buffer.isBuffer(error.rawPacket) ? error.rawPacket.toString('latin1') : '');
    if (line) {
      const [, method, target] = line as unknown as [string, string, string];
      allow = allowedMethods(app, target);
      answer = allow.length > 0 ? methodNotAllowed(method, target, allow) : httpError.notFound(`no route ${method} ${target.split('?', 1)[0]}`);
    }
  }
  app.log.trace({ err: error }, 'client error');
  // As Node's own handler: never write into a response already under way on this connection.
  const inFlight = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (!socket.writable || inFlight?.headersSent) {
    socket.destroy();
    return;
  }
  const body = JSON.stringify({ error: { code: answer.code, message: answer.message, details: answer.details } });
  const reason = { 400: 'Bad Request', 404: 'Not Found', 405: 'Method Not Allowed', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' }[answer.status];
  socket.end(
    `HTTP/1.1 ${answer.status} ${reason ?? 'Error'}\r\n` +
      (allow.length > 0 ? `Allow: ${allow.join(', ')}\r\n` : '') +
      RAW_ANSWER_SECURITY_HEADERS +
      `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
