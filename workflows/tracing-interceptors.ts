/*
 * Not a workflow: the tracing interceptors bundled into the workflow sandbox (WORKFLOW_BUNDLE_OPTIONS). They
 * continue the caller's trace from a start's or update's headers (RunWorkflow, HandleUpdate spans) and pass it on
 * to each activity (StartActivity spans, headers the activity's own interceptor reads); the spans leave the
 * sandbox through the `exporter` sink (workers/tracing.ts).
 */
import type * as OpenTelemetryWorkflow from '@temporalio/interceptors-opentelemetry/lib/workflow';
import { defaultPayloadConverter, type Headers, type WorkflowInterceptors } from '@temporalio/workflow';
import { PATCH_TRACED_CALLERS, patchedSince } from './patches';

/**
 * Tracing changes when a workflow's code gets to run (its interceptors await), and with it the order of the
 * commands it sends: a workflow started before tracing existed would not replay. So a run decides once, as it
 * starts, behind this patch: runs started since trace, earlier runs go on exactly as before. Retire it as any
 * patch (`deprecatePatch`, then removal) once no run started before it is open.
 */
export const TRACING_PATCH = 'moat-tracing';

/**
 * A workflow's spans follow its caller's sampling decision, and a caller with none (a process that registers no tracer
 * provider, as `npm start`'s does not; the Temporal CLI) gets none recorded. The sandbox's OpenTelemetry (its browser
 * build) reads its settings from globalThis, and its own default, `parentbased_always_on`, recorded every such update
 * as a root span of its own — then copied each one out of the sandbox to a worker that dropped it: a third of the
 * workflow code's time per command (bench/README.md, eighth round). Sampling is decided after a span's ids are drawn
 * from the workflow's seeded randomness and changes no await, so a run replays the same either way.
 */
export const WORKFLOW_SAMPLER = 'parentbased_always_off';

/** The header the client's and the workflow's OpenTelemetry interceptors carry a trace in (their `TRACE_HEADER`). */
export const TRACE_HEADER = '_tracer-data';

const TRACEPARENT = /^[\da-f]{2}-([\da-f]{32})-([\da-f]{16})-[\da-f]{2}$/;

/**
 * Whether `headers` carry a caller's trace: a W3C `traceparent` with ids, sampled or not. Every process that traces
 * sends one — the production API does even without a collector, sampling everything out, so that its log lines and the
 * worker's share the trace id — and one that does not trace sends none.
 */
export function carriesTrace(headers: Headers): boolean {
  const payload = headers[TRACE_HEADER];
  if (!payload) return false;
  try {
    const carrier = defaultPayloadConverter.fromPayload<{ traceparent?: unknown }>(payload);
    const match = typeof carrier?.traceparent === 'string' ? TRACEPARENT.exec(carrier.traceparent) : null;
    return match !== null && !/^0+$/.test(match[1]!) && !/^0+$/.test(match[2]!);
  } catch {
    return false;
  }
}

/**
 * The OpenTelemetry interceptors, built for a run that traces. Required here rather than imported: a run nobody traces
 * never evaluates OpenTelemetry's modules, which every new workflow evaluates again in its own module scope.
 */
function openTelemetry() {
  const otel = require('@temporalio/interceptors-opentelemetry/lib/workflow') as typeof OpenTelemetryWorkflow;
  return {
    inbound: new otel.OpenTelemetryInboundInterceptor(),
    outbound: new otel.OpenTelemetryOutboundInterceptor(),
    internals: new otel.OpenTelemetryInternalsInterceptor(),
  };
}

/**
 * Whether a run traces, decided once as it starts: not before TRACING_PATCH; since it, always — and since
 * PATCH_TRACED_CALLERS only when its start carried a caller's trace. A run nobody traces (`npm start`, the benchmark, a
 * start from the Temporal CLI) passes every call straight on, the same promise, no extra turn: it behaves as with no
 * interceptor, and pays for no span, no context and no module of OpenTelemetry (≈8 % of a loaded command's CPU,
 * bench/README.md, eighth round). A later update of such a run that does carry a trace gets no workflow spans.
 */
function runTraces(headers: Headers): boolean {
  return patchedSince(TRACING_PATCH) && (!patchedSince(PATCH_TRACED_CALLERS) || carriesTrace(headers));
}

export const interceptors = (): WorkflowInterceptors => {
  // Before the interceptors below build the sandbox's tracer provider, which reads it.
  (globalThis as { OTEL_TRACES_SAMPLER?: string }).OTEL_TRACES_SAMPLER = WORKFLOW_SAMPLER;
  let otel: ReturnType<typeof openTelemetry> | undefined;
  return {
    inbound: [
      {
        execute: (input, next) => {
          if (runTraces(input.headers)) otel = openTelemetry();
          return otel ? otel.inbound.execute(input, next) : next(input);
        },
        handleSignal: (input, next) => (otel ? otel.inbound.handleSignal(input, next) : next(input)),
        handleUpdate: (input, next) => (otel ? otel.inbound.handleUpdate(input, next) : next(input)),
        // Not traced: validators and queries run only live, never on replay, and a span draws its id from the
        // workflow's seeded randomness — the sequence `uuid4()` draws new handoff and approval ids from. A span
        // there would give a replay other ids than the run had, and the next command naming one would not match
        // (temporalio/sdk-typescript#2023, open for 1.24.0).
      },
    ],
    outbound: [
      {
        scheduleActivity: (input, next) => (otel ? otel.outbound.scheduleActivity(input, next) : next(input)),
        scheduleLocalActivity: (input, next) => (otel ? otel.outbound.scheduleLocalActivity(input, next) : next(input)),
        startChildWorkflowExecution: (input, next) => (otel ? otel.outbound.startChildWorkflowExecution(input, next) : next(input)),
        continueAsNew: (input, next) => (otel ? otel.outbound.continueAsNew(input, next) : next(input)),
        signalWorkflow: (input, next) => (otel ? otel.outbound.signalWorkflow(input, next) : next(input)),
        // Puts trace_id and span_id on the workflow's log lines written inside a span.
        getLogAttributes: (input, next) => (otel ? otel.outbound.getLogAttributes(input, next) : next(input)),
      },
    ],
    internals: [{ dispose: (input, next) => (otel ? otel.internals.dispose(input, next) : next(input)) }],
  };
};
