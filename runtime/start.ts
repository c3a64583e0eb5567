import { notifySettingsFrom } from '../notify/config';
import { ConfigError, loadConfig } from './config';
import { printDemoTokens, seedDemoOrganisation } from './demo-org';
import { installWorkerLogging } from './logging';
import { loadObservabilityConfig } from './observability-config';
import { describeError, portInUseMessage, StartupError } from './processes';
import { startInfrastructure, startMoat } from './system';
import { temporalConnectionSettings } from './temporal-connection';

/**
 * `npm start`: the whole system on embedded defaults. Postgres and Temporal are the configured ones when
 * DATABASE_URL / TEMPORAL_ADDRESS are set; otherwise they are started here, with their data in MOAT_DATA_DIR.
 */
async function main(): Promise<void> {
  const log = (line: string) => console.log(`[moat] ${line}`);
  const config = loadConfig();
  installWorkerLogging(config.LOG_LEVEL === 'debug' || config.LOG_LEVEL === 'trace' ? 'DEBUG' : 'WARN');
  log(
    `starting: Postgres ${config.DATABASE_URL ? 'from DATABASE_URL' : 'embedded'}, Temporal ${
      config.TEMPORAL_ADDRESS ? `at ${config.TEMPORAL_ADDRESS}` : 'CLI dev server'
    }`,
  );
  const infrastructure = await startInfrastructure(
    config,
    { persistent: true, database: 'moat', api: { port: config.PORT, host: config.HOST } },
    log,
  );
  let moat: Awaited<ReturnType<typeof startMoat>> | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping API, worker, Temporal and Postgres…`);
    await moat?.stop().catch((error: Error) => log(`stopping Moat: ${error.message}`));
    await infrastructure.stop();
    log('stopped');
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  try {
    moat = await startMoat({
      databaseUrl: infrastructure.databaseUrl,
      temporalAddress: infrastructure.temporalAddress,
      temporalConnection: config.TEMPORAL_ADDRESS ? temporalConnectionSettings(config.TEMPORAL_ADDRESS, config) : undefined,
      namespace: config.TEMPORAL_NAMESPACE,
      taskQueue: config.MOAT_TASK_QUEUE,
      apiPort: config.PORT,
      apiHost: config.HOST,
      adminToken: config.MOAT_ADMIN_TOKEN,
      logLevel: config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL,
      trustProxy: config.MOAT_TRUST_PROXY,
      metricsToken: loadObservabilityConfig().MOAT_METRICS_TOKEN,
      workflowBundlePath: config.MOAT_WORKFLOW_BUNDLE,
      workflowCacheSize: config.MOAT_WORKFLOW_CACHE_SIZE,
      workflowThreads: config.MOAT_WORKFLOW_THREADS,
      workflowHeapMb: config.MOAT_WORKFLOW_HEAP_MB,
      notify: notifySettingsFrom(config),
    });
  } catch (error) {
    await infrastructure.stop();
    if ((error as NodeJS.ErrnoException | undefined)?.code === 'EADDRINUSE') {
      throw new StartupError(portInUseMessage({ port: config.PORT, what: 'the Moat API', setting: 'PORT' }));
    }
    throw error;
  }
  if (moat.generatedAdminToken) {
    log(`bootstrap admin token (shown once, keep it): ${moat.generatedAdminToken}`);
  }
  log(`console      ${moat.apiUrl}/  (sign in with a person's e-mail and password)`);
  log(`API          ${moat.apiUrl}/api`);
  log(`API docs     ${moat.apiUrl}/docs  (OpenAPI: ${moat.apiUrl}/openapi.json)`);
  log(`Temporal     ${infrastructure.temporalAddress}`);
  if (infrastructure.temporalUiUrl) log(`Temporal UI  ${infrastructure.temporalUiUrl}`);
  if (process.argv.includes('--demo')) printDemoTokens(await seedDemoOrganisation(moat.pool), log);
  log(`worker on task queue "${config.MOAT_TASK_QUEUE}"; Ctrl-C stops everything`);
}

main().catch((error: unknown) => {
  // Whatever went wrong, say it: a configuration or startup problem as its message, anything else with its stack.
  console.error(`[moat] cannot start: ${error instanceof ConfigError ? error.message : describeError(error)}`);
  process.exit(1);
});
