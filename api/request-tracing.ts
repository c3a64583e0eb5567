import type { IncomingMessage } from 'node:http';
import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import {
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_HTTP_ROUTE,
  ATTR_URL_PATH,
} from '@opentelemetry/semantic-conventions';
import type { FastifyBaseLogger, FastifyInstance, FastifyServerOptions, RawRequestDefaultExpression } from 'fastify';
import { traceFieldsOf } from '../runtime/tracing';

/**
 * A server span per request, a child of the caller's W3C `traceparent` when it sends one. It starts with the
 * request's logger, so every line Fastify and the routes log for the request (`incoming request` included)
 * carries its `trace_id` and `span_id`; it is named by method and route pattern once the route is known, and the
 * hooks and the route's handler run inside it, so the Temporal calls and SQL they make are its children.
 */

// The global tracer provider is looked up at each span: without one (tests, `npm start`) spans are no-ops.
const tracer = trace.getTracer('moat-api');
const spans = new WeakMap<IncomingMessage, Span>();

function startServerSpan(raw: IncomingMessage): Span {
  const caller = propagation.extract(ROOT_CONTEXT, raw.headers);
  const span = tracer.startSpan(
    raw.method ?? 'HTTP',
    {
      kind: SpanKind.SERVER,
      attributes: { [ATTR_HTTP_REQUEST_METHOD]: raw.method ?? '', [ATTR_URL_PATH]: (raw.url ?? '').split('?', 1)[0] },
    },
    caller,
  );
  spans.set(raw, span);
  return span;
}

/** The Fastify option that starts each request's span and binds its ids into the request's logger. */
export const childLoggerFactory: NonNullable<FastifyServerOptions['childLoggerFactory']> = function (
  logger: FastifyBaseLogger,
  bindings,
  options,
  raw: RawRequestDefaultExpression,
) {
  return logger.child({ ...bindings, ...traceFieldsOf(startServerSpan(raw)) }, options);
};

/** The span's hooks; register before any other hook and route, so that all of them run inside the span. */
export function registerRequestTracing(app: FastifyInstance): void {
  app.addHook('onRequest', (request, _reply, done) => {
    const span = spans.get(request.raw);
    if (!span) return done();
    const route = request.routeOptions.url;
    span.updateName(route ? `${request.method} ${route}` : request.method);
    if (route) span.setAttribute(ATTR_HTTP_ROUTE, route);
    context.with(trace.setSpan(context.active(), span), done);
  });
  // Reading a body hands control to the socket's events, which may not carry the request's context: the
  // handler is put back inside the span explicitly.
  app.addHook('onRoute', (route) => {
    const handler = route.handler;
    route.handler = function (request, reply) {
      const span = spans.get(request.raw);
      return span ? context.with(trace.setSpan(context.active(), span), handler, this, request, reply) : handler.call(this, request, reply);
    };
  });
  app.addHook('onResponse', async (request, reply) => {
    const span = spans.get(request.raw);
    if (!span) return;
    span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, reply.statusCode);
    if (reply.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
    spans.delete(request.raw);
  });
  app.addHook('onRequestAbort', async (request) => {
    const span = spans.get(request.raw);
    if (!span) return;
    span.setStatus({ code: SpanStatusCode.ERROR, message: 'the client closed the connection before the answer' });
    span.end();
    spans.delete(request.raw);
  });
}
