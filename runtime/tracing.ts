import { isSpanContextValid, type Span } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { envDetectorSync, Resource } from '@opentelemetry/resources';
import { AlwaysOffSampler, BatchSpanProcessor, NoopSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import { exportsTraces, type ObservabilityConfig } from './observability-config';

export interface Tracing {
  /** Where finished spans go; the worker also hands workflow spans, copied out of the sandbox, to it. */
  spanProcessor: SpanProcessor;
  resource: Resource;
  /** Sends what is still buffered; call once, after the last request or activity. */
  shutdown: () => Promise<void>;
}

/**
 * Registers this process's tracer provider, W3C trace-context propagation and async context (one per process,
 * before any request or activity). With a collector configured, spans go to it by OTLP/HTTP (JSON) in batches.
 * Without one, every span is sampled out: a span then costs an id and a context switch, stores no attributes and
 * is never exported, yet the trace id still reaches the logs and travels on to Temporal and the worker, so the
 * API's and the worker's log lines of one request share it even where no tracing backend runs.
 */
export function startTracing(defaultServiceName: 'moat-api' | 'moat-worker', config: ObservabilityConfig): Tracing {
  const exporting = exportsTraces(config);
  // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES (the env detector) override the default name.
  const resource = new Resource({ [ATTR_SERVICE_NAME]: defaultServiceName, ...envDetectorSync.detect().attributes });
  // The exporter finds its URL (and OTEL_EXPORTER_OTLP_HEADERS, timeouts) in the environment itself.
  const spanProcessor = exporting ? new BatchSpanProcessor(new OTLPTraceExporter()) : new NoopSpanProcessor();
  const provider = new NodeTracerProvider({
    resource,
    spanProcessors: exporting ? [spanProcessor] : [],
    // Otherwise the default: follow the caller's sampling decision, sample what starts here (OTEL_TRACES_SAMPLER).
    ...(exporting ? {} : { sampler: new AlwaysOffSampler() }),
  });
  provider.register();
  return { spanProcessor, resource, shutdown: () => provider.shutdown() };
}

/** The ids a log line carries to be found with its trace (none outside a trace). */
export interface TraceFields {
  trace_id?: string;
  span_id?: string;
}

export function traceFieldsOf(span: Span | undefined): TraceFields {
  const spanContext = span?.spanContext();
  return spanContext && isSpanContextValid(spanContext) ? { trace_id: spanContext.traceId, span_id: spanContext.spanId } : {};
}
