import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createPool } from '../../db/pool';
import { prepareDatabase } from '../../runtime/bootstrap';
import { loadConfig, PROJECT_ROOT } from '../../runtime/config';
import { installWorkerLogging } from '../../runtime/logging';
import { seedDemoOrganisation } from '../../runtime/demo-org';
import { startInfrastructure, startMoat } from '../../runtime/system';

/**
 * The whole of Moat for the browser tests (console/e2e/playwright.config.ts starts it): a throwaway Postgres and
 * Temporal dev server on free loopback ports, the worker, and the API with the console on 127.0.0.1:MOAT_E2E_PORT,
 * loaded with the demo organisation. Stops everything on SIGTERM/SIGINT.
 */
async function main(): Promise<void> {
  const log = (line: string) => console.log(`[e2e-server] ${line}`);
  const port = Number(process.env.MOAT_E2E_PORT);
  if (!Number.isInteger(port) || port <= 0) throw new Error('set MOAT_E2E_PORT to the port the console should listen on');
  const build = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'runtime', 'ensure-console.mjs')], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the console did not build');

  const config = loadConfig();
  installWorkerLogging('WARN');
  const runId = Date.now().toString(36);
  const infrastructure = await startInfrastructure(config, { persistent: false, database: `moat_e2e_${runId}` }, log);
  let moat: Awaited<ReturnType<typeof startMoat>> | undefined;
  const stop = async (signal: string) => {
    log(`${signal}: stopping`);
    await moat?.stop().catch((error: Error) => log(`stopping Moat: ${error.message}`));
    await infrastructure.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  try {
    // The demo organisation is in place before the API listens: the tests start as soon as it answers.
    const pool = createPool(infrastructure.databaseUrl, 2);
    const people = await prepareDatabase(pool)
      .then(() => seedDemoOrganisation(pool))
      .finally(() => pool.end());
    moat = await startMoat({
      databaseUrl: infrastructure.databaseUrl,
      temporalAddress: infrastructure.temporalAddress,
      namespace: config.TEMPORAL_NAMESPACE,
      taskQueue: `moat-e2e-${runId}`,
      apiPort: port,
      apiHost: '127.0.0.1',
      logLevel: 'warn',
    });
    log(`demo organisation: ${people.length} people; console at ${moat.apiUrl}/`);
  } catch (error) {
    await infrastructure.stop();
    throw error;
  }
}

main().catch((error: unknown) => {
  console.error('[e2e-server] cannot start:', error);
  process.exit(1);
});
