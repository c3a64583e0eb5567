import { randomBytes } from 'node:crypto';
import { context, trace, TraceFlags, type Context } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { Client } from '@temporalio/client';
import { OpenTelemetryWorkflowClientInterceptor } from '@temporalio/interceptors-opentelemetry';
import { TRACE_HEADER as LIBRARY_TRACE_HEADER } from '@temporalio/interceptors-opentelemetry/lib/instrumentation';
import { defaultPayloadConverter } from '@temporalio/common';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MoatActivities } from '../activities';
import { DEFAULT_POLICY } from '../domain/policy';
import { projectOpenedUpdate, projectWorkflowId } from '../workflows/project-messages';
import { carriesTrace, TRACE_HEADER } from '../workflows/tracing-interceptors';
import type { projectWorkflow } from '../workflows/project-workflow';
import { uniqueSuffix } from './support/moat';
import { startTimeSkippingWorker, type TimeSkippingWorker } from './support/time-skipping';

/*
 * A workflow's spans follow the caller's sampling decision (workflows/tracing-interceptors.ts): a caller that traces
 * and samples gets the workflow's spans under its own, one that samples out or sends no trace gets none recorded —
 * none copied out of the sandbox to be dropped — and a run whose start carried no trace does not trace at all. The
 * project workflow runs with its activities mocked; what the worker exports is kept in memory.
 */

const exported = new InMemorySpanExporter();
const activities = {
  async pinPolicyAndClassify() {
    return {
      policy: { version: 1, document: DEFAULT_POLICY },
      tier: { tier: 'A' as const, reason: 'test' },
      match: { budget: { amount: 50_000_000, currency: 'CNY' }, dispatcher: { kind: 'director' as const, personId: null, role: 'director' as const, label: 'a director' } },
    };
  },
  async recordCommandEvents({ events }: { events: unknown[] }) {
    return { recorded: events.length, toDeliver: 0, writtenAt: new Date().toISOString() };
  },
  async deliverNotifications() {
    return { sent: 0, failed: 0, pending: 0 };
  },
} satisfies Partial<MoatActivities>;

const taskQueue = `tracing-${uniqueSuffix()}`;
let server: TimeSkippingWorker;
let traced: Client;

beforeAll(async () => {
  // This process traces as an API with a collector does: the caller's decision is followed, what starts here is sampled.
  new NodeTracerProvider().register();
  server = await startTimeSkippingWorker(taskQueue, activities, new SimpleSpanProcessor(exported));
  traced = new Client({ connection: server.env.client.connection, interceptors: { workflow: [new OpenTelemetryWorkflowClientInterceptor()] } });
});

afterAll(async () => {
  await server?.stop();
});

beforeEach(() => exported.reset());

/** A project opened by `client` inside `parent` (a caller's trace), answered once its opening is recorded. */
async function openProject(client: Client, parent: Context = context.active()): Promise<string> {
  const id = `project-${uniqueSuffix()}`;
  await context.with(parent, async () => {
    const handle = await client.workflow.start<typeof projectWorkflow>('projectWorkflow', {
      taskQueue,
      workflowId: projectWorkflowId(id),
      args: [
        {
          projectId: id,
          createdById: 'sales-owner',
          facts: { name: id, customerName: 'Bank of the East', industry: 'finance', officeId: 'office-east', expectedValue: { amount: 1_200_000_000, currency: 'CNY' }, channel: false, strategic: false, salesOwnerId: 'sales-owner' },
        },
      ],
    });
    await handle.executeUpdate(projectOpenedUpdate);
  });
  return id;
}

/** A caller's context whose span was sampled (or not). */
const callerContext = (sampled: boolean) =>
  trace.setSpanContext(context.active(), {
    traceId: randomBytes(16).toString('hex'),
    spanId: randomBytes(8).toString('hex'),
    traceFlags: sampled ? TraceFlags.SAMPLED : TraceFlags.NONE,
    isRemote: true,
  });

const workflowSpans = () => exported.getFinishedSpans().map((span) => ({ name: span.name, traceId: span.spanContext().traceId }));

describe('the workflow’s spans', () => {
  it('a sampled caller: the update it sent and the activities that ran for it are recorded in the caller’s trace', async () => {
    const parent = callerContext(true);
    await openProject(traced, parent);
    const traceId = trace.getSpanContext(parent)!.traceId;
    await expect.poll(() => workflowSpans().map((s) => s.name)).toEqual(
      // The run's own span (RunWorkflow) ends with the run.
      expect.arrayContaining(['HandleUpdate:projectOpened', 'StartActivity:pinPolicyAndClassify', 'StartActivity:recordCommandEvents']),
    );
    expect(workflowSpans().every((s) => s.traceId === traceId), 'none cut off into a trace of its own').toBe(true);
  });

  it('a caller that samples the request out: nothing recorded', async () => {
    await openProject(traced, callerContext(false));
    await openProject(traced, callerContext(true));
    // The sampled project's spans arrive; by then the first project's would have too.
    await expect.poll(() => workflowSpans().some((s) => s.name === 'HandleUpdate:projectOpened')).toBe(true);
    const traces = new Set(workflowSpans().map((s) => s.traceId));
    expect(traces.size, 'only the sampled caller’s trace').toBe(1);
  });

  it('a caller that sends no trace (an untraced client): nothing recorded', async () => {
    await openProject(server.env.client);
    await openProject(traced, callerContext(true));
    await expect.poll(() => workflowSpans().some((s) => s.name === 'HandleUpdate:projectOpened')).toBe(true);
    expect(new Set(workflowSpans().map((s) => s.traceId)).size).toBe(1);
  });
});

describe('whether a start carries a caller’s trace', () => {
  const headers = (carrier: unknown) => ({ [TRACE_HEADER]: defaultPayloadConverter.toPayload(carrier)! });
  const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
  const spanId = '00f067aa0ba902b7';

  it('reads the header the OpenTelemetry interceptors write', () => {
    expect(TRACE_HEADER).toBe(LIBRARY_TRACE_HEADER);
  });

  it('a W3C traceparent with ids, sampled or not, is a trace; anything else is none', () => {
    expect(carriesTrace(headers({ traceparent: `00-${traceId}-${spanId}-01` }))).toBe(true);
    expect(carriesTrace(headers({ traceparent: `00-${traceId}-${spanId}-00` }))).toBe(true);
    expect(carriesTrace({})).toBe(false);
    expect(carriesTrace(headers({})), 'an untraced client’s empty carrier').toBe(false);
    expect(carriesTrace(headers({ traceparent: `00-${'0'.repeat(32)}-${spanId}-01` })), 'no trace id').toBe(false);
    expect(carriesTrace(headers({ traceparent: `00-${traceId}-${'0'.repeat(16)}-01` })), 'no span id').toBe(false);
    expect(carriesTrace(headers({ traceparent: 'not a traceparent' }))).toBe(false);
    expect(carriesTrace(headers('a string, not a carrier'))).toBe(false);
    expect(carriesTrace({ [TRACE_HEADER]: { data: new Uint8Array([0xff]) } }), 'a payload that does not decode').toBe(false);
  });
});
