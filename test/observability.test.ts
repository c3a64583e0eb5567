// Long because it is one story told end to end against real processes: the receiver of spans it needs, the two
// processes it drives, then the trace, the logs, the metrics and the shutdown of the same run, each an `it`.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../runtime/config';
import { dropDatabase, ensureDatabase } from '../runtime/postgres-server';
import { freePort } from '../runtime/processes';
import { ApiClient } from './support/api-client';
import { createOrg, projectBody, uniqueSuffix, type Org } from './support/moat';
import { WORKER_RUNNING } from './support/worker-process';
import { refusesConnections } from './support/connections';

/**
 * Issue 13, "Seen": the API and the worker as production runs them (`node --import tsx api/main.ts`,
 * `workers/main.ts`), exporting spans to a small OTLP/HTTP receiver on 127.0.0.1, on a database of their own. One
 * project opened through the API with a caller's `traceparent` is one trace from the HTTP request through the
 * Temporal update to the activity and its SQL; the log lines of both processes for it carry its trace id; /metrics
 * counts the request and the project; the worker serves the SDK's metrics; SIGTERM finishes what is in flight.
 */

interface ReceivedSpan {
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
  kind: number;
  service: string;
  attributes: Record<string, unknown>;
}

type OtlpValue = { stringValue?: string; intValue?: string | number; boolValue?: boolean; doubleValue?: number };
type OtlpAttribute = { key: string; value: OtlpValue };

const valueOf = (v: OtlpValue): unknown => v.stringValue ?? (v.intValue !== undefined ? Number(v.intValue) : (v.boolValue ?? v.doubleValue));
const attributesOf = (list: OtlpAttribute[] = []) => Object.fromEntries(list.map((a) => [a.key, valueOf(a.value)]));

/** An OTLP/HTTP collector reduced to what the test reads: the spans of JSON export requests, flattened. */
async function startOtlpReceiver(): Promise<{ url: string; spans: ReceivedSpan[]; close: () => Promise<void> }> {
  const spans: ReceivedSpan[] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      if (request.url === '/v1/traces' && request.headers['content-type']?.includes('json')) {
        const exported = JSON.parse(body) as {
          resourceSpans: Array<{
            resource: { attributes: OtlpAttribute[] };
            scopeSpans: Array<{ spans: Array<Omit<ReceivedSpan, 'service' | 'attributes'> & { attributes?: OtlpAttribute[] }> }>;
          }>;
        };
        for (const resourceSpans of exported.resourceSpans) {
          const service = String(attributesOf(resourceSpans.resource.attributes)['service.name']);
          for (const scope of resourceSpans.scopeSpans) {
            for (const span of scope.spans) spans.push({ ...span, parentSpanId: span.parentSpanId ?? '', service, attributes: attributesOf(span.attributes) });
          }
        }
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, spans, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** `node --import tsx <entry>` with its stdout kept line by line, as faults/moat-process.ts starts Moat. */
class MoatProcess {
  readonly lines: string[] = [];
  private readonly child: ChildProcess;
  private output = '';
  readonly exited: Promise<number | null>;

  constructor(entry: string, env: NodeJS.ProcessEnv) {
    this.child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, entry)], { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let partial = '';
    this.child.stdout?.on('data', (chunk: Buffer) => {
      this.output += chunk.toString('utf8');
      const text = partial + chunk.toString('utf8');
      const complete = text.split('\n');
      partial = complete.pop() ?? '';
      this.lines.push(...complete);
    });
    this.child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString('utf8')));
    this.exited = new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
  }

  /** The JSON log lines written so far. */
  logged(): Array<Record<string, unknown>> {
    return this.lines.flatMap((line) => {
      try {
        return [JSON.parse(line) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
  }

  signal(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  tail(): string {
    return this.output.slice(-4000);
  }
}

/** Waits for `condition`; only a hung run fails here, naming what never happened and what the processes said. */
async function until<T>(condition: () => T | undefined | false | Promise<T | undefined | false>, what: string, processes: MoatProcess[] = []): Promise<T> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what} never happened\n${processes.map((p) => p.tail()).join('\n-----\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}


const hex = (bytes: number) => randomBytes(bytes).toString('hex');
const SERVER = 2;
const CLIENT = 3;

describe('one request, seen from end to end', () => {
  const database = `moat_obs_${uniqueSuffix()}`;
  const adminToken = `obs-admin-${hex(12)}`;
  const traceId = hex(16);
  const callerSpanId = hex(8);
  let databaseUrl: string;
  let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
  let apiPort: number;
  let workerMetricsPort: number;
  let api: MoatProcess;
  let worker: MoatProcess;
  let client: ApiClient;
  let org: Org;
  let opened: { id: string; tier: string; stage: string };

  beforeAll(async () => {
    databaseUrl = await ensureDatabase(inject('databaseUrl'), database);
    receiver = await startOtlpReceiver();
    [apiPort, workerMetricsPort] = [await freePort(), await freePort()];
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('OTEL_') && key !== 'MOAT_METRICS_TOKEN'));
    const env: NodeJS.ProcessEnv = {
      ...inherited,
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: inject('temporalAddress'),
      MOAT_TASK_QUEUE: `moat-obs-${uniqueSuffix()}`,
      MOAT_WORKFLOW_BUNDLE: inject('workflowBundlePath'),
      MOAT_ADMIN_TOKEN: adminToken,
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      // Export in batches a tenth of a second apart rather than five seconds.
      OTEL_BSP_SCHEDULE_DELAY: '100',
    };
    api = new MoatProcess('api/main.ts', { ...env, PORT: String(apiPort), HOST: '127.0.0.1', LOG_LEVEL: 'info' });
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    await until(async () => (await fetch(`${apiUrl}/readyz`).catch(() => undefined))?.status === 200, 'the API answering /readyz 200', [api]);
    // Debug: the SDK logs each activity's completion at that level, the lines the trace id must reach.
    worker = new MoatProcess('workers/main.ts', { ...env, LOG_LEVEL: 'debug', MOAT_WORKER_METRICS_ADDRESS: `127.0.0.1:${workerMetricsPort}` });
    await until(() => WORKER_RUNNING.test(worker.lines.join('\n')), 'the worker polling', [worker]);
    client = new ApiClient(apiUrl);
    org = await createOrg({ api: client, admin: client.as(adminToken) });
    const created = await org.sales.api.post('/api/projects', projectBody(org), {
      traceparent: `00-${traceId}-${callerSpanId}-01`,
      'idempotency-key': `obs-${uniqueSuffix()}`,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    opened = created.body;
  }, 180_000);

  afterAll(async () => {
    for (const child of [api, worker]) {
      if (child?.running) {
        child.signal('SIGCONT');
        child.signal('SIGKILL');
        await child.exited;
      }
    }
    await receiver?.close();
    await dropDatabase(inject('databaseUrl'), database).catch(() => undefined);
  });

  const inTrace = () => receiver.spans.filter((s) => s.traceId === traceId);
  const named = (name: string) => inTrace().find((s) => s.name === name);

  it('is one trace: the HTTP request, the Temporal update, the workflow handling it, each activity and its SQL', async () => {
    const server = await until(() => named('POST /api/projects'), 'the API’s server span', [api]);
    expect(server).toMatchObject({ kind: SERVER, parentSpanId: callerSpanId, service: 'moat-api' });
    expect(server.attributes).toMatchObject({ 'http.route': '/api/projects', 'http.request.method': 'POST', 'http.response.status_code': 201 });
    expect(inTrace().some((s) => s.name === 'pg.query INSERT' && s.parentSpanId === server.spanId && s.kind === CLIENT), 'the API’s own SQL').toBe(true);

    const update = await until(() => named('UpdateWithStartWorkflow:projectOpened'), 'the client’s update-with-start span', [api]);
    expect(update).toMatchObject({ parentSpanId: server.spanId, service: 'moat-api' });
    const handled = await until(() => named('HandleUpdate:projectOpened'), 'the workflow’s update span', [worker]);
    expect(handled).toMatchObject({ parentSpanId: update.spanId, service: 'moat-worker' });

    const activity = await until(() => named('RunActivity:pinPolicyAndClassify'), 'the activity’s span', [worker]);
    const scheduled = await until(() => inTrace().find((s) => s.spanId === activity.parentSpanId), 'the workflow’s StartActivity span', [worker]);
    expect(scheduled).toMatchObject({ name: 'StartActivity:pinPolicyAndClassify', service: 'moat-worker' });
    const sql = await until(() => inTrace().find((s) => s.parentSpanId === activity.spanId), 'a query under the activity', [worker]);
    expect(sql).toMatchObject({ name: 'pg.query SELECT', kind: CLIENT, service: 'moat-worker' });
    expect(sql.attributes).toMatchObject({ 'db.system': 'postgresql', 'db.statement': expect.stringMatching(/policies/) });
    // Every span the receiver got for this request is of this trace: none was cut off into a trace of its own.
    const roots = receiver.spans.filter((s) => s.service === 'moat-worker' && s.name.startsWith('HandleUpdate:') && s.traceId !== traceId);
    expect(roots).toEqual([]);
  });

  it('its log lines in both processes carry the trace id', async () => {
    const apiLines = api.logged().filter((line) => line.trace_id === traceId);
    expect(apiLines.map((line) => line.msg)).toEqual(expect.arrayContaining(['incoming request', 'request completed']));
    expect(new Set(apiLines.map((line) => line.reqId)).size).toBe(1);
    const activity = await until(() => named('RunActivity:pinPolicyAndClassify'), 'the activity’s span', [worker]);
    const completed = await until(
      () => worker.logged().find((line) => line.msg === 'Activity completed' && line.activityType === 'pinPolicyAndClassify'),
      'the worker logging the activity’s completion',
      [worker],
    );
    expect(completed).toMatchObject({ trace_id: traceId, span_id: activity.spanId });
    // A positive control for the absence above: lines outside any request carry no trace id at all.
    expect(worker.logged().find((line) => line.msg === 'Worker state changed')).not.toHaveProperty('trace_id');
  });

  it('/metrics counts the request by its route and Moat’s state as Postgres has it', async () => {
    expect(opened).toMatchObject({ stage: 'qualify', tier: 'A' });
    const scrape = async () => (await client.get<string>('/metrics')).body;
    const text = await scrape();
    expect(text).toMatch(/^moat_http_request_duration_seconds_count\{method="POST",route="\/api\/projects",status_class="2xx"\} 1$/m);
    expect(text).toMatch(/^moat_gauges_up 1$/m);
    expect(text).toMatch(/^moat_open_projects\{stage="qualify",tier="A"\} 1$/m);
    expect(text).not.toMatch(/^moat_overdue_stages\{/m);
    expect(text).not.toMatch(/^moat_notification_deliveries_failed\{/m);
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      const { rows: approvals } = await db.query<{ kind: string; n: number }>("select kind, count(*)::int as n from approvals where status = 'pending' group by kind");
      for (const { kind, n } of approvals) expect(text).toMatch(new RegExp(`^moat_pending_approvals\\{kind="${kind}"\\} ${n}$`, 'm'));
      // The record changes — the stage's SLA runs out, a webhook gives up — and the next scrape says so.
      await db.query("update projects set stage_deadline = now() - interval '1 hour' where id = $1", [opened.id]);
      const { rows } = await db.query<{ id: string }>(
        `insert into notifications (person_id, kind, project_id, title, idempotency_key, created_at, deliveries_planned_at)
         values ($1, 'test', $2, 'a webhook that gave up', $3, now(), now()) returning id`,
        [org.sales.id, opened.id, `obs-${uniqueSuffix()}`],
      );
      await db.query(
        `insert into notification_deliveries (notification_id, channel, target, format, status, attempts, last_error)
         values ($1, 'webhook', 'https://hooks.example.cn/moat', 'json', 'failed', 5, 'HTTP 502')`,
        [rows[0]!.id],
      );
    } finally {
      await db.end();
    }
    const after = await scrape();
    expect(after).toMatch(/^moat_overdue_stages\{stage="qualify",tier="A"\} 1$/m);
    expect(after).toMatch(/^moat_notification_deliveries_failed\{channel="webhook"\} 1$/m);
  });

  it('the worker serves the Temporal SDK’s own metrics: task latencies, schedule-to-start, the sticky cache', async () => {
    const text = await (await fetch(`http://127.0.0.1:${workerMetricsPort}/metrics`)).text();
    expect(text).toMatch(/^temporal_workflow_task_schedule_to_start_latency_bucket\{/m);
    // The short reads and the record are local activities (issue 14): their execution latency per activity type.
    expect(text).toMatch(/^temporal_local_activity_execution_latency_bucket\{.*activity_type="pinPolicyAndClassify"/m);
    expect(text).toMatch(/^temporal_local_activity_execution_latency_bucket\{.*activity_type="recordCommandEvents"/m);
    expect(text).toMatch(/^temporal_sticky_cache_size\{/m);
  });

  it('SIGTERM: the API answers the request in flight, takes no new connection and exits 0; the worker drains and exits 0', async () => {
    // A worker that does not answer yet: the command waits on it inside the API.
    worker.signal('SIGSTOP');
    const waitingTrace = hex(16);
    let settled = false;
    const inFlight = org.sales.api
      .post('/api/projects', projectBody(org), { traceparent: `00-${waitingTrace}-${hex(8)}-01`, 'idempotency-key': `obs-${uniqueSuffix()}` })
      .finally(() => (settled = true));
    await until(() => api.logged().find((line) => line.trace_id === waitingTrace && line.msg === 'incoming request'), 'the API receiving the command', [api]);

    api.signal('SIGTERM');
    await until(() => refusesConnections(apiPort), 'the API refusing new connections', [api]);
    expect(settled, 'the command is still waiting on the worker').toBe(false);

    worker.signal('SIGCONT');
    const answered = await inFlight;
    expect(answered.status, JSON.stringify(answered.body)).toBe(201);
    expect(await api.exited).toBe(0);
    expect(api.logged().map((line) => line.msg)).toContain('shutting down: finishing the requests in flight, taking no new ones');

    worker.signal('SIGTERM');
    expect(await worker.exited).toBe(0);
    expect(worker.logged().filter((line) => line.msg === 'Worker state changed').map((line) => line.state)).toEqual(
      expect.arrayContaining(['STOPPING', 'DRAINING', 'DRAINED', 'STOPPED']),
    );
  }, 120_000);
});
