import { DefaultLogger, Runtime, type LogLevel, type Logger } from '@temporalio/worker';
import pino from 'pino';

let installed = false;

export interface WorkerRuntimeOptions {
  /** Where the SDK's own lines, workflow and activity logs and the native core's warnings go. */
  logger: Logger;
  /** host:port of a Prometheus endpoint for the SDK's metrics (task latencies, schedule-to-start, sticky cache). */
  metricsAddress?: string;
}

/**
 * The Temporal runtime of this process: its logger and, when asked, its Prometheus endpoint. Once per process,
 * before the first worker or native connection (either would make a default runtime that cannot be replaced).
 */
export function installWorkerRuntime(options: WorkerRuntimeOptions): void {
  if (installed) throw new Error('the Temporal runtime of this process is already installed');
  installed = true;
  Runtime.install({
    logger: options.logger,
    telemetryOptions: {
      // The native core's lines too, so that every line the worker writes is JSON through the same logger.
      logging: { forward: {}, filter: { core: 'WARN', other: 'ERROR' } },
      ...(options.metricsAddress ? { metrics: { prometheus: { bindAddress: options.metricsAddress } } } : {}),
    },
  });
}

/** Quiets the Temporal worker's own logging to `level`; once per process, before the first worker. */
export function installWorkerLogging(level: LogLevel): void {
  if (installed) return;
  try {
    installWorkerRuntime({ logger: new DefaultLogger(level) });
  } catch {
    // A runtime already exists (another component made a worker first): keep its logger.
  }
}

export type PinoLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** The process's structured log: one JSON object a line on stdout, as Fastify writes the API's. */
export function createProcessLogger(level: PinoLevel): pino.Logger {
  // Temporal puts a failure under `error`; serialised like pino's own `err` (message, stack, cause).
  return pino({ level, serializers: { error: pino.stdSerializers.err } });
}

const PINO_METHOD = { TRACE: 'trace', DEBUG: 'debug', INFO: 'info', WARN: 'warn', ERROR: 'error' } as const satisfies Record<LogLevel, PinoLevel>;

/**
 * A Temporal `Logger` writing through pino. The runtime may hand a line over later than it was written (it sorts
 * forwarded lines), so a line's trace ids come in its metadata — the tracing interceptors put them there — and
 * not from whatever context is active when pino finally writes it.
 */
export function temporalLoggerOf(log: pino.Logger): Logger {
  const write = (level: LogLevel, message: string, meta?: Record<string | symbol, unknown>) => log[PINO_METHOD[level]](meta ?? {}, message);
  return {
    log: write,
    trace: (message, meta) => write('TRACE', message, meta),
    debug: (message, meta) => write('DEBUG', message, meta),
    info: (message, meta) => write('INFO', message, meta),
    warn: (message, meta) => write('WARN', message, meta),
    error: (message, meta) => write('ERROR', message, meta),
  };
}
