import { connect, type Socket } from 'node:net';
import { Client, Connection } from '@temporalio/client';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../api/app';
import { metricsAccess, type MetricsRequest } from '../api/metrics';
import { createPool, describeStatement, STATEMENT_ATTRIBUTE_LIMIT, type Pool } from '../db/pool';
import { ConfigError } from '../runtime/config';
import { exportsTraces, loadObservabilityConfig } from '../runtime/observability-config';
import { refusesConnections } from './support/connections';

/**
 * The rules around what Moat tells operators (docs/observability.md): who may read /metrics, what its series are
 * labelled with, how a query span is named, which settings are refused, and what a closing API still answers.
 * An app here has dependencies that answer nothing (a Postgres on a closed port, a Temporal never dialled).
 */

const TOKEN = 'metrics-token-0123456789';

const request = (overrides: Partial<MetricsRequest>): MetricsRequest => ({
  token: undefined,
  authorization: undefined,
  clientAddress: '127.0.0.1',
  forwarded: false,
  ...overrides,
});

describe('who may read /metrics', () => {
  it('with MOAT_METRICS_TOKEN: whoever sends it as a bearer token, from anywhere; nobody else, loopback or not', () => {
    expect(metricsAccess(request({ token: TOKEN, authorization: `Bearer ${TOKEN}`, clientAddress: '203.0.113.9' }))).toBe('allowed');
    expect(metricsAccess(request({ token: TOKEN, authorization: `bearer ${TOKEN}`, clientAddress: '10.1.2.3', forwarded: true }))).toBe('allowed');
    expect(metricsAccess(request({ token: TOKEN }))).toBe('unauthorized');
    expect(metricsAccess(request({ token: TOKEN, authorization: `Bearer ${TOKEN}x` }))).toBe('unauthorized');
    expect(metricsAccess(request({ token: TOKEN, authorization: `Basic ${TOKEN}` }))).toBe('unauthorized');
  });

  it('without it: a client on this machine talking directly, on any loopback address, and no one else', () => {
    for (const clientAddress of ['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1']) {
      expect(metricsAccess(request({ clientAddress })), clientAddress).toBe('allowed');
    }
    for (const clientAddress of ['10.0.0.5', '192.168.1.20', '::ffff:10.0.0.5', 'fe80::1', '203.0.113.9']) {
      expect(metricsAccess(request({ clientAddress })), clientAddress).toBe('forbidden');
    }
    // A proxy on this machine passing an outside request on: loopback address, refused all the same.
    expect(metricsAccess(request({ forwarded: true }))).toBe('forbidden');
    // A token sent where none is configured grants nothing beyond the loopback rule.
    expect(metricsAccess(request({ clientAddress: '10.0.0.5', authorization: `Bearer ${TOKEN}` }))).toBe('forbidden');
  });
});

/** An app whose dependencies answer nothing: enough for every route that does not reach them. */
async function appWithoutDependencies(pool: Pool, metricsToken?: string): Promise<FastifyInstance> {
  const temporal = new Client({ connection: Connection.lazy({ address: '127.0.0.1:1' }) });
  return buildApp({ pool, temporal, taskQueue: 'observability-rules' }, { logLevel: 'silent', metricsToken });
}

describe('GET /metrics over HTTP', () => {
  let deadPostgres: Pool;
  let open: FastifyInstance;
  let guarded: FastifyInstance;

  beforeAll(async () => {
    deadPostgres = createPool('postgres://moat:moat@127.0.0.1:1/moat');
    open = await appWithoutDependencies(deadPostgres);
    guarded = await appWithoutDependencies(deadPostgres, TOKEN);
  });

  afterAll(async () => {
    await open?.close();
    await guarded?.close();
    await deadPostgres?.end().catch(() => undefined);
  });

  it('is refused with Moat’s error body: 403 to another machine without a token, 401 without the configured one', async () => {
    const remote = await open.inject({ method: 'GET', url: '/metrics', remoteAddress: '198.51.100.7' });
    expect(remote.statusCode).toBe(403);
    expect(remote.json().error).toMatchObject({ code: 'forbidden', message: expect.stringContaining('MOAT_METRICS_TOKEN') });
    const proxied = await open.inject({ method: 'GET', url: '/metrics', headers: { 'x-forwarded-for': '198.51.100.7' } });
    expect(proxied.statusCode).toBe(403);
    const noToken = await guarded.inject({ method: 'GET', url: '/metrics' });
    expect(noToken.statusCode).toBe(401);
    expect(noToken.json().error.code).toBe('unauthorized');
    const withToken = await guarded.inject({ method: 'GET', url: '/metrics', remoteAddress: '198.51.100.7', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(withToken.statusCode).toBe(200);
  });

  it('labels requests by route pattern, never by the URL, and counts 4xx answers', async () => {
    const projectId = '5f0c8a1e-3b7d-4c2a-9e61-0d4b8f2a7c35';
    expect((await open.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    expect((await open.inject({ method: 'GET', url: `/api/projects/${projectId}` })).statusCode).toBe(401);
    expect((await open.inject({ method: 'POST', url: '/no/such/page/at/all' })).statusCode).toBe(404);
    const text = (await open.inject({ method: 'GET', url: '/metrics' })).body;
    expect(text).toMatch(/^moat_http_request_duration_seconds_count\{method="GET",route="\/healthz",status_class="2xx"\} 1$/m);
    expect(text).toMatch(/^moat_http_request_duration_seconds_bucket\{le="0\.005",method="GET",route="\/healthz",status_class="2xx"\} \d$/m);
    expect(text).toMatch(/^moat_http_request_errors_total\{method="GET",route="\/api\/projects\/:id",status="401"\} 1$/m);
    expect(text).toMatch(/^moat_http_request_errors_total\{method="POST",route="unmatched",status="404"\} 1$/m);
    expect(text).not.toContain(projectId);
    expect(text).not.toContain('/no/such/page');
  });

  it('carries the process’s own metrics, and says so when Postgres could not be counted instead of showing stale figures', async () => {
    const reply = await open.inject({ method: 'GET', url: '/metrics' });
    expect(reply.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(reply.body).toMatch(/^process_cpu_user_seconds_total \d/m);
    expect(reply.body).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
    expect(reply.body).toMatch(/^moat_gauges_up 0$/m);
    expect(reply.body).not.toMatch(/^moat_open_projects\{/m);
  });

  it('is left out of the OpenAPI document', async () => {
    const spec = (await open.inject({ method: 'GET', url: '/openapi.json' })).json() as { paths: Record<string, unknown> };
    expect(Object.keys(spec.paths)).toContain('/readyz');
    expect(Object.keys(spec.paths)).not.toContain('/metrics');
  });
});

describe('a closing API', () => {
  /** A connection with a request begun but not finished: the server counts it as busy and keeps it open. */
  async function requestBegun(port: number, head: string): Promise<{ socket: Socket; finish: () => Promise<string> }> {
    const socket = connect(port, '127.0.0.1');
    await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('utf8')));
    const ended = new Promise<string>((resolve) => socket.once('close', () => resolve(answer)));
    socket.write(`${head}\r\nHost: 127.0.0.1\r\n`);
    return {
      socket,
      finish: async () => {
        socket.write('\r\n');
        return ended;
      },
    };
  }


  it('once close() begins: no new connection, /readyz 503 shuttingDown, other requests 503 asking for a retry, each answer closing its connection', async () => {
    const deadPostgres = createPool('postgres://moat:moat@127.0.0.1:1/moat');
    const app = await appWithoutDependencies(deadPostgres);
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = app.server.address() as { port: number };
      expect(await refusesConnections(port)).toBe(false);
      expect((await app.inject({ method: 'GET', url: '/readyz' })).json()).not.toHaveProperty('shuttingDown');
      const readiness = await requestBegun(port, 'GET /readyz HTTP/1.1');
      const other = await requestBegun(port, 'GET /healthz HTTP/1.1');

      const closed = app.close();
      while (app.server.listening) await new Promise((resolve) => setImmediate(resolve));
      expect(await refusesConnections(port)).toBe(true);

      const ready = await readiness.finish();
      expect(ready).toMatch(/^HTTP\/1\.1 503 /);
      expect(ready).toMatch(/^connection: close\r$/im);
      expect(JSON.parse(ready.slice(ready.indexOf('\r\n\r\n') + 4))).toMatchObject({ shuttingDown: true });
      const refused = await other.finish();
      expect(refused).toMatch(/^HTTP\/1\.1 503 /);
      expect(refused).toMatch(/^retry-after: \d+\r$/im);
      expect(JSON.parse(refused.slice(refused.indexOf('\r\n\r\n') + 4)).error.code).toBe('shutting_down');
      await closed;
    } finally {
      await app.close();
      await deadPostgres.end().catch(() => undefined);
    }
  });
});

describe('a query span is named by its statement', () => {
  it('after the first keyword, past comments and blank lines, with the statement cut to its limit', () => {
    expect(describeStatement('select 1')).toMatchObject({ spanName: 'pg.query SELECT', operation: 'SELECT', statement: 'select 1' });
    expect(describeStatement('\n  -- the ledger\n/* totals */ with t as (select 1) select * from t').spanName).toBe('pg.query WITH');
    expect(describeStatement('insert into audit_log values ($1)').spanName).toBe('pg.query INSERT');
    expect(describeStatement('  ').spanName).toBe('pg.query QUERY');
    const long = `update projects set name = '${'x'.repeat(2 * STATEMENT_ATTRIBUTE_LIMIT)}'`;
    const { statement } = describeStatement(long);
    expect(statement).toHaveLength(STATEMENT_ATTRIBUTE_LIMIT + 1);
    expect(statement.startsWith('update projects set name')).toBe(true);
  });
});

describe('observability settings', () => {
  it('are all optional; traces leave the process only with a collector configured', () => {
    expect(loadObservabilityConfig({})).toEqual({});
    expect(exportsTraces(loadObservabilityConfig({}))).toBe(false);
    expect(exportsTraces(loadObservabilityConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' }))).toBe(true);
    expect(exportsTraces(loadObservabilityConfig({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://otel.example.cn/v1/traces' }))).toBe(true);
    expect(loadObservabilityConfig({ MOAT_WORKER_METRICS_ADDRESS: '0.0.0.0:9464', MOAT_METRICS_TOKEN: TOKEN })).toMatchObject({
      MOAT_WORKER_METRICS_ADDRESS: '0.0.0.0:9464',
      MOAT_METRICS_TOKEN: TOKEN,
    });
  });

  it('refuse at start, naming the variable, a short token, an address without a port, a collector that is not a URL', () => {
    const refusal = (env: NodeJS.ProcessEnv) => {
      try {
        loadObservabilityConfig(env);
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return (error as Error).message;
      }
      throw new Error('expected a refusal');
    };
    expect(refusal({ MOAT_METRICS_TOKEN: 'short' })).toContain('MOAT_METRICS_TOKEN: at least 16');
    expect(refusal({ MOAT_WORKER_METRICS_ADDRESS: '9464' })).toContain('MOAT_WORKER_METRICS_ADDRESS: host:port');
    expect(refusal({ OTEL_EXPORTER_OTLP_ENDPOINT: 'localhost:4318' })).toContain('OTEL_EXPORTER_OTLP_ENDPOINT: an http(s):// URL');
    expect(refusal({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'grpc://otel:4317' })).toContain('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: an http(s):// URL');
  });
});
