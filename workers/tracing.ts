import path from 'node:path';
import { trace, type Span } from '@opentelemetry/api';
import { Resource } from '@opentelemetry/resources';
import { NoopSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { makeWorkflowExporter, OpenTelemetryActivityInboundInterceptor } from '@temporalio/interceptors-opentelemetry';
import type { ActivityInterceptorsFactory } from '@temporalio/worker';
import { traceFieldsOf } from '../runtime/tracing';

/**
 * How a trace crosses the worker (docs/observability.md): the workflow interceptors, bundled with the workflows,
 * continue the caller's trace from the update's headers and pass it on to each activity they schedule; the
 * activity interceptors run each activity in a span of that trace, so its SQL spans hang under it.
 */

/** Bundled into the workflow code (`workflowInterceptorModules`) by every bundle a Moat worker loads. */
export const WORKFLOW_INTERCEPTOR_MODULES = [path.resolve(__dirname, '..', 'workflows', 'tracing-interceptors.ts')];

/**
 * The workflow interceptors' spans leave the sandbox through this sink to `spanProcessor`. A worker with no
 * collector still needs the sink (the bundle calls it for spans begun without a caller's trace); they are dropped.
 */
export function workflowSpanSinks(spanProcessor: SpanProcessor = new NoopSpanProcessor(), resource: Resource = Resource.empty()) {
  return { exporter: makeWorkflowExporter(spanProcessor, resource) };
}

/**
 * A span per activity, a child of the workflow's `StartActivity` span; and the activity's trace ids in every line
 * logged for it — the SDK's `Activity completed` and `Activity failed` included, which it writes after the span
 * has ended and its context is gone.
 */
export function activityTracingInterceptors(): ActivityInterceptorsFactory[] {
  return [
    (ctx) => ({ inbound: new OpenTelemetryActivityInboundInterceptor(ctx) }),
    () => {
      // Inside the span above: remembers it for the log lines written after it.
      let activitySpan: Span | undefined;
      return {
        inbound: {
          execute: (input, next) => {
            activitySpan = trace.getActiveSpan();
            return next(input);
          },
        },
        outbound: {
          getLogAttributes: (input, next) => next({ ...traceFieldsOf(activitySpan), ...input }),
        },
      };
    },
  ];
}
