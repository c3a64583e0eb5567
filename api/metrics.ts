import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { readMoatGauges } from '../db/moat-gauges';
import type { Pool } from '../db/pool';

/**
 * What the API tells Prometheus (docs/observability.md): per route pattern — never the raw URL, so a project id
 * cannot make a new series — how many requests and how long they took, the 4xx and 5xx among them, the process's
 * own figures, and Moat's state counted in Postgres at each scrape.
 */

let processRegistry: Registry | undefined;

/** CPU, memory, event loop, GC: one set per process, however many apps it builds (tests build many). */
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/** Latency buckets in seconds, up to past the 10 s a request may wait on Temporal. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15];

export function statusClass(status: number): string {
  return `${Math.floor(status / 100)}xx`;
}

/** The label of a request Fastify matched to no route (404s, 405s, the console's pages). */
export const UNMATCHED_ROUTE = 'unmatched';

export interface ApiMetrics {
  /** The registry's text at this moment, after counting Moat's state in Postgres. */
  render: (pool: Pool) => Promise<string>;
  contentType: string;
}

export function registerApiMetrics(app: FastifyInstance): ApiMetrics {
  const registry = new Registry();
  const duration = new Histogram({
    name: 'moat_http_request_duration_seconds',
    help: 'HTTP requests by method, route pattern and status class, and how long each took to answer (its _count is the request rate)',
    labelNames: ['method', 'route', 'status_class'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'moat_http_request_errors_total',
    help: 'HTTP requests answered 4xx or 5xx, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  const gauges = moatGauges(registry);
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? UNMATCHED_ROUTE;
    const status = reply.statusCode;
    duration.observe({ method: request.method, route, status_class: statusClass(status) }, reply.elapsedTime / 1000);
    if (status >= 400) errors.inc({ method: request.method, route, status: String(status) });
  });
  return {
    contentType: registry.contentType,
    render: async (pool) => {
      await gauges.refresh(pool);
      return Registry.merge([processMetrics(), registry]).metrics();
    },
  };
}

function moatGauges(registry: Registry) {
  const registers = [registry];
  const up = new Gauge({ name: 'moat_gauges_up', help: '1 when the moat_* gauges below were counted in Postgres at this scrape, 0 when that failed (they are then absent)', registers });
  const open = new Gauge({ name: 'moat_open_projects', help: 'Open projects by current stage and tier', labelNames: ['stage', 'tier'], registers });
  const overdue = new Gauge({
    name: 'moat_overdue_stages',
    help: 'Open projects whose current stage is past its SLA deadline, by stage and tier',
    labelNames: ['stage', 'tier'],
    registers,
  });
  const approvals = new Gauge({ name: 'moat_pending_approvals', help: 'Approvals waiting for a decision, by kind', labelNames: ['kind'], registers });
  const failed = new Gauge({
    name: 'moat_notification_deliveries_failed',
    help: 'Outside notification deliveries that used up their attempts (recorded failed), by channel',
    labelNames: ['channel'],
    registers,
  });
  const retrying = new Gauge({
    name: 'moat_notification_deliveries_retrying',
    help: 'Outside notification deliveries still pending after at least one failed attempt, by channel',
    labelNames: ['channel'],
    registers,
  });
  const counted = [open, overdue, approvals, failed, retrying];
  return {
    refresh: async (pool: Pool) => {
      const reading = await readMoatGauges(pool).catch(() => undefined);
      // Replaced in one synchronous step, so a scrape running alongside never sees them half set; a series that no
      // longer exists (a stage emptied) disappears instead of keeping its last value.
      for (const gauge of counted) gauge.reset();
      up.set(reading ? 1 : 0);
      if (!reading) return;
      for (const r of reading.openProjects) open.set({ stage: r.stage, tier: r.tier }, r.count);
      for (const r of reading.overdueStages) overdue.set({ stage: r.stage, tier: r.tier }, r.count);
      for (const r of reading.pendingApprovals) approvals.set({ kind: r.kind }, r.count);
      for (const r of reading.failedDeliveries) failed.set({ channel: r.channel }, r.count);
      for (const r of reading.retryingDeliveries) retrying.set({ channel: r.channel }, r.count);
    },
  };
}

export type MetricsAccess = 'allowed' | 'unauthorized' | 'forbidden';

/** What the access rule needs to know about a request to /metrics. */
export interface MetricsRequest {
  /** MOAT_METRICS_TOKEN, when set. */
  token: string | undefined;
  authorization: string | undefined;
  /** The client's address as Fastify sees it (past trusted proxies, MOAT_TRUST_PROXY). */
  clientAddress: string;
  /** Whether the request says it came through a proxy (Forwarded, X-Forwarded-For). */
  forwarded: boolean;
}

/**
 * Who may read /metrics. With a token configured, whoever sends it as a bearer token, from anywhere. Without one,
 * only a client on this machine talking to Moat directly: a request a proxy passed on is refused even from a
 * loopback address, since a proxy on this machine would otherwise make every outside caller look local.
 */
export function metricsAccess(request: MetricsRequest): MetricsAccess {
  if (request.token !== undefined) {
    const sent = /^Bearer\s+(\S+)$/i.exec(request.authorization ?? '')?.[1];
    return sent !== undefined && sameSecret(sent, request.token) ? 'allowed' : 'unauthorized';
  }
  return isLoopback(request.clientAddress) && !request.forwarded ? 'allowed' : 'forbidden';
}

export function isLoopback(address: string): boolean {
  return /^127\./.test(address) || address === '::1' || /^::ffff:127\./i.test(address);
}

/** Compared by their digests, in constant time whatever the lengths. */
function sameSecret(sent: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(sent), digest(expected));
}
