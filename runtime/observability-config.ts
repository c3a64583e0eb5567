import { z } from 'zod';
import { ConfigError } from './config-error';

/**
 * What the API and the worker expose for operators to watch them (docs/observability.md): the API's /metrics
 * access, the worker's Prometheus endpoint and where traces go. The OTEL_* variables are the standard
 * OpenTelemetry ones; the exporter reads them itself, they are checked here so a typo stops the process at start.
 */
export const ObservabilityConfigSchema = z.object({
  /** With it, GET /metrics needs `Authorization: Bearer <token>`; without it only loopback clients may read it. */
  MOAT_METRICS_TOKEN: z.string().regex(/^[\x21-\x7e]{16,4096}$/, 'at least 16 printable characters without spaces').optional(),
  /** host:port the worker serves the Temporal SDK's Prometheus metrics on (`/metrics`); off when unset. */
  MOAT_WORKER_METRICS_ADDRESS: z
    .string()
    .regex(/^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):\d{1,5}$/, 'host:port to serve the worker metrics on, e.g. 127.0.0.1:9464 or 0.0.0.0:9464')
    .optional(),
  /** An OTLP/HTTP collector's base URL (spans go to `<url>/v1/traces`); traces are exported only when this or the next is set. */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url({ protocol: /^https?$/, error: 'an http(s):// URL of an OTLP/HTTP collector, e.g. http://localhost:4318' }).optional(),
  /** The full URL spans are posted to, when it is not `<OTEL_EXPORTER_OTLP_ENDPOINT>/v1/traces`. */
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: z.url({ protocol: /^https?$/, error: 'an http(s):// URL, e.g. http://localhost:4318/v1/traces' }).optional(),
  /** Defaults to moat-api / moat-worker. */
  OTEL_SERVICE_NAME: z.string().min(1).optional(),
});
export type ObservabilityConfig = z.infer<typeof ObservabilityConfigSchema>;

export function loadObservabilityConfig(env: NodeJS.ProcessEnv = process.env): ObservabilityConfig {
  const parsed = ObservabilityConfigSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** Whether spans leave the process at all: only when a collector is configured. */
export function exportsTraces(config: ObservabilityConfig): boolean {
  return Boolean(config.OTEL_EXPORTER_OTLP_ENDPOINT || config.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
}
