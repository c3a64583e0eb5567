/*
 * Not a workflow: the tracing interceptors bundled into the workflow sandbox (WORKFLOW_BUNDLE_OPTIONS). They
 * continue the caller's trace from a start's or update's headers (RunWorkflow, HandleUpdate spans) and pass it on
 * to each activity (StartActivity spans, headers the activity's own interceptor reads); the spans leave the
 * sandbox through the `exporter` sink (workers/tracing.ts).
 */
import {
  OpenTelemetryInboundInterceptor,
  OpenTelemetryInternalsInterceptor,
  OpenTelemetryOutboundInterceptor,
} from '@temporalio/interceptors-opentelemetry/lib/workflow';
import type { WorkflowInterceptors } from '@temporalio/workflow';
import { patchedSince } from './patches';

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

export const interceptors = (): WorkflowInterceptors => {
  // Before the interceptors below build the sandbox's tracer provider, which reads it.
  (globalThis as { OTEL_TRACES_SAMPLER?: string }).OTEL_TRACES_SAMPLER = WORKFLOW_SAMPLER;
  let traced = false;
  const inbound = new OpenTelemetryInboundInterceptor();
  const outbound = new OpenTelemetryOutboundInterceptor();
  // Untraced, every call goes straight on (the same promise, no extra turn): the run behaves as with no interceptor.
  return {
    inbound: [
      {
        execute: (input, next) => {
          traced = patchedSince(TRACING_PATCH);
          return traced ? inbound.execute(input, next) : next(input);
        },
        handleSignal: (input, next) => (traced ? inbound.handleSignal(input, next) : next(input)),
        handleUpdate: (input, next) => (traced ? inbound.handleUpdate(input, next) : next(input)),
        // Not traced: validators and queries run only live, never on replay, and a span draws its id from the
        // workflow's seeded randomness — the sequence `uuid4()` draws new handoff and approval ids from. A span
        // there would give a replay other ids than the run had, and the next command naming one would not match
        // (temporalio/sdk-typescript#2023, open for 1.24.0).
      },
    ],
    outbound: [
      {
        scheduleActivity: (input, next) => (traced ? outbound.scheduleActivity(input, next) : next(input)),
        scheduleLocalActivity: (input, next) => (traced ? outbound.scheduleLocalActivity(input, next) : next(input)),
        startChildWorkflowExecution: (input, next) => (traced ? outbound.startChildWorkflowExecution(input, next) : next(input)),
        continueAsNew: (input, next) => (traced ? outbound.continueAsNew(input, next) : next(input)),
        signalWorkflow: (input, next) => (traced ? outbound.signalWorkflow(input, next) : next(input)),
        // Puts trace_id and span_id on the workflow's log lines written inside a span.
        getLogAttributes: (input, next) => (traced ? outbound.getLogAttributes(input, next) : next(input)),
      },
    ],
    internals: [new OpenTelemetryInternalsInterceptor()],
  };
};
