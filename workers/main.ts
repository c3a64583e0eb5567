import { NativeConnection } from '@temporalio/worker';
import { createPool } from '../db/pool';
import { notifySettingsFrom } from '../notify/config';
import { createNotifier } from '../notify/notifier';
import { loadConfig } from '../runtime/config';
import { createProcessLogger, installWorkerRuntime, temporalLoggerOf } from '../runtime/logging';
import { loadObservabilityConfig } from '../runtime/observability-config';
import { startTracing } from '../runtime/tracing';
import { temporalConnectionSettings } from '../runtime/temporal-connection';
import { createMoatWorker } from './worker';

/** The worker alone, against configured Postgres and Temporal (production, docker-compose). */
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.DATABASE_URL || !config.TEMPORAL_ADDRESS) {
    throw new Error('DATABASE_URL and TEMPORAL_ADDRESS are required here; `npm start` starts both for you');
  }
  const observability = loadObservabilityConfig();
  const tracing = startTracing('moat-worker', observability);
  // Before the connection below, which would otherwise make a default runtime (plain-text logs, no metrics).
  installWorkerRuntime({
    logger: temporalLoggerOf(createProcessLogger(config.LOG_LEVEL)),
    metricsAddress: observability.MOAT_WORKER_METRICS_ADDRESS,
  });
  const pool = createPool(config.DATABASE_URL);
  const notifier = createNotifier(notifySettingsFrom(config));
  const connection = await NativeConnection.connect(temporalConnectionSettings(config.TEMPORAL_ADDRESS, config));
  const worker = await createMoatWorker({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.MOAT_TASK_QUEUE,
    pool,
    notifier,
    workflowBundlePath: config.MOAT_WORKFLOW_BUNDLE,
    tracing,
    workflowCacheSize: config.MOAT_WORKFLOW_CACHE_SIZE,
    workflowThreads: config.MOAT_WORKFLOW_THREADS,
    workflowHeapMb: config.MOAT_WORKFLOW_HEAP_MB,
  });
  // The worker shuts down gracefully on SIGINT/SIGTERM by default: it stops polling, lets the activities under way
  // finish (SHUTDOWN_GRACE_TIME), and run() resolves once it has drained.
  await worker.run();
  await connection.close();
  notifier.close();
  await pool.end();
  await tracing.shutdown();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
