import { createPool } from '../db/pool';
import { notifySettingsFrom } from '../notify/config';
import { createNotifier } from '../notify/notifier';
import { loadConfig } from '../runtime/config';
import { loadObservabilityConfig } from '../runtime/observability-config';
import { startTracing } from '../runtime/tracing';
import { ensureBootstrapAdmin, prepareDatabase } from '../runtime/bootstrap';
import { connectClient, ensureSearchAttributes } from '../runtime/temporal';
import { temporalConnectionSettings } from '../runtime/temporal-connection';
import { buildApp } from './app';
import { tracedClient } from './traced-client';

/** The API alone, against configured Postgres and Temporal (production, docker-compose). */
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.DATABASE_URL || !config.TEMPORAL_ADDRESS) {
    throw new Error('DATABASE_URL and TEMPORAL_ADDRESS are required here; `npm start` starts both for you');
  }
  const observability = loadObservabilityConfig();
  const tracing = startTracing('moat-api', observability);
  const pool = createPool(config.DATABASE_URL);
  if (config.MOAT_MIGRATE) await prepareDatabase(pool);
  const { generatedToken } = await ensureBootstrapAdmin(pool, config.MOAT_ADMIN_TOKEN);
  if (generatedToken) console.log(`bootstrap admin token (shown once): ${generatedToken}`);
  const temporal = await connectClient(temporalConnectionSettings(config.TEMPORAL_ADDRESS, config), config.TEMPORAL_NAMESPACE);
  await ensureSearchAttributes(temporal, config.TEMPORAL_NAMESPACE);
  const notifier = createNotifier(notifySettingsFrom(config));
  const app = await buildApp(
    { pool, temporal: tracedClient(temporal), taskQueue: config.MOAT_TASK_QUEUE, notifier },
    { logLevel: config.LOG_LEVEL, trustProxy: config.MOAT_TRUST_PROXY, metricsToken: observability.MOAT_METRICS_TOKEN },
  );
  await app.listen({ port: config.PORT, host: config.HOST });
  let stopping = false;
  // Graceful: no new connections, /readyz 503, the requests in flight answered; then Temporal, Postgres, the spans.
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down: finishing the requests in flight, taking no new ones');
    await app.close();
    await temporal.connection.close();
    notifier.close();
    await pool.end();
    await tracing.shutdown();
    app.log.info('stopped');
    process.exit(0);
  };
  // `on`, not `once`: a signal to a process group (npm, tsx and node) reaches node more than once, relayed; a second
  // one must not fall through to Node's default and kill the process mid-drain.
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
