import { NativeConnection } from '@temporalio/worker';
import { createPool } from '../db/pool';
import { notifySettingsFrom } from '../notify/config';
import { createNotifier } from '../notify/notifier';
import { loadConfig } from '../runtime/config';
import { createMoatWorker } from './worker';

/** The worker alone, against configured Postgres and Temporal (production, docker-compose). */
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.DATABASE_URL || !config.TEMPORAL_ADDRESS) {
    throw new Error('DATABASE_URL and TEMPORAL_ADDRESS are required here; `npm start` starts both for you');
  }
  const pool = createPool(config.DATABASE_URL);
  const notifier = createNotifier(notifySettingsFrom(config));
  const connection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
  const worker = await createMoatWorker({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.MOAT_TASK_QUEUE,
    pool,
    notifier,
    workflowBundlePath: config.MOAT_WORKFLOW_BUNDLE,
  });
  // The worker shuts down gracefully on SIGINT/SIGTERM by default; run() resolves once it has drained.
  await worker.run();
  await connection.close();
  notifier.close();
  await pool.end();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
