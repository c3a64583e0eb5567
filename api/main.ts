import { createPool } from '../db/pool';
import { notifySettingsFrom } from '../notify/config';
import { createNotifier } from '../notify/notifier';
import { loadConfig } from '../runtime/config';
import { ensureBootstrapAdmin, prepareDatabase } from '../runtime/bootstrap';
import { connectClient, ensureSearchAttributes } from '../runtime/temporal';
import { buildApp } from './app';

/** The API alone, against configured Postgres and Temporal (production, docker-compose). */
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.DATABASE_URL || !config.TEMPORAL_ADDRESS) {
    throw new Error('DATABASE_URL and TEMPORAL_ADDRESS are required here; `npm start` starts both for you');
  }
  const pool = createPool(config.DATABASE_URL);
  if (config.MOAT_MIGRATE) await prepareDatabase(pool);
  const { generatedToken } = await ensureBootstrapAdmin(pool, config.MOAT_ADMIN_TOKEN);
  if (generatedToken) console.log(`bootstrap admin token (shown once): ${generatedToken}`);
  const temporal = await connectClient(config.TEMPORAL_ADDRESS, config.TEMPORAL_NAMESPACE);
  await ensureSearchAttributes(temporal, config.TEMPORAL_NAMESPACE);
  const notifier = createNotifier(notifySettingsFrom(config));
  const app = await buildApp({ pool, temporal, taskQueue: config.MOAT_TASK_QUEUE, notifier }, { logLevel: config.LOG_LEVEL, trustProxy: config.MOAT_TRUST_PROXY });
  await app.listen({ port: config.PORT, host: config.HOST });
  const stop = async () => {
    await app.close();
    await temporal.connection.close();
    await pool.end();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
