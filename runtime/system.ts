import os from 'node:os';
import path from 'node:path';
import type { Client } from '@temporalio/client';
import type { RetryPolicy } from '@temporalio/common';
import { NativeConnection, type Worker } from '@temporalio/worker';
import type { FastifyInstance } from 'fastify';
import type { Resource } from '@opentelemetry/resources';
import type { SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { buildApp } from '../api/app';
import { tracedClient } from '../api/traced-client';
import { createPool, type Pool } from '../db/pool';
import { createNotifier } from '../notify/notifier';
import type { NotifySettings } from '../notify/config';
import { createMoatWorker } from '../workers/worker';
import { ensureBootstrapAdmin, prepareDatabase } from './bootstrap';
import { resolveFromRoot, type Config } from './config';
import { dropDatabase, ensureDatabase, isPostgresOn, postgresDataDirCandidates, startEmbeddedPostgres } from './postgres-server';
import { claimPorts, freePort, ServerRegistry, StartupError, type PortNeed } from './processes';
import { connectClient, ensureSearchAttributes } from './temporal';
import type { TemporalConnectionSettings } from './temporal-connection';
import { isDevServerOf, startTemporalDevServer } from './temporal-server';

export type Log = (line: string) => void;

export { freePort };

export interface Infrastructure {
  /** URL of a Postgres server's maintenance database (create app databases on it with ensureDatabase). */
  postgresServerUrl: string;
  databaseUrl: string;
  /** Where the embedded Postgres keeps its cluster (absent with DATABASE_URL). */
  postgresDataDir?: string;
  temporalAddress: string;
  temporalUiUrl?: string;
  stop: () => Promise<void>;
}

export interface InfrastructureOptions {
  /** Keep data between runs in MOAT_DATA_DIR (npm start); tests use throwaway servers on free ports. */
  persistent: boolean;
  database: string;
  /** The API's address, checked together with the servers' ports before anything starts (npm start). */
  api?: { port: number; host: string };
}

/**
 * Postgres and Temporal: the configured ones when DATABASE_URL / TEMPORAL_ADDRESS are set, otherwise an
 * embedded Postgres and the Temporal CLI dev server started here.
 */
export async function startInfrastructure(config: Config, options: InfrastructureOptions, log: Log): Promise<Infrastructure> {
  const dataDir = resolveFromRoot(config.MOAT_DATA_DIR);
  // The servers this data folder's Moats started; a Moat killed before stopping them left them running.
  const registry = new ServerRegistry(path.join(dataDir, 'run'));
  await registry.stopStale(log);
  const postgresDir = options.persistent
    ? path.join(dataDir, 'postgres')
    : path.join(os.tmpdir(), `moat-postgres-${process.pid.toString(36)}-${Date.now().toString(36)}`);
  const temporalDb = options.persistent ? path.join(dataDir, 'temporal', 'temporal.db') : undefined;
  if (options.persistent) {
    const running = registry.list().find((entry) => entry.owned && entry.record?.persistent);
    if (running?.record) {
      throw new StartupError(
        `another Moat (pid ${running.record.ownerPid}) is running on this data folder (${dataDir}): stop it first ` +
          `(Ctrl-C in its terminal, or kill ${running.record.ownerPid}), or give this one its own MOAT_DATA_DIR and ports`,
      );
    }
    const needs: PortNeed[] = [];
    if (options.api) needs.push({ port: options.api.port, host: options.api.host, what: 'the Moat API', setting: 'PORT' });
    if (!config.DATABASE_URL) {
      const candidates = postgresDataDirCandidates(postgresDir);
      needs.push({
        port: config.EMBEDDED_POSTGRES_PORT,
        what: 'the embedded Postgres',
        setting: 'EMBEDDED_POSTGRES_PORT',
        isOurLeftover: (holder) => isPostgresOn(holder, candidates),
      });
    }
    if (!config.TEMPORAL_ADDRESS) {
      const isOurLeftover = temporalDb ? (holder: Parameters<typeof isDevServerOf>[0]) => isDevServerOf(holder, temporalDb) : undefined;
      needs.push({ port: config.TEMPORAL_DEV_PORT, what: 'the Temporal dev server', setting: 'TEMPORAL_DEV_PORT', isOurLeftover });
      needs.push({ port: config.TEMPORAL_UI_PORT, what: 'the Temporal Web UI', setting: 'TEMPORAL_UI_PORT', isOurLeftover });
    }
    await claimPorts(needs, registry, log);
  }
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch((error: Error) => log(`stopping: ${error.message}`));
  };
  try {
    const postgresPromise = (async () => {
      if (config.DATABASE_URL && options.persistent) {
        return { serverUrl: config.DATABASE_URL, databaseUrl: config.DATABASE_URL, dataDir: undefined };
      }
      if (config.DATABASE_URL) {
        // Throwaway runs (tests, bench) get a database of their own on the configured server.
        const serverUrl = config.DATABASE_URL;
        stops.push(() => dropDatabase(serverUrl, options.database));
        return { serverUrl, databaseUrl: await ensureDatabase(serverUrl, options.database), dataDir: undefined };
      }
      const pg = await startEmbeddedPostgres({
        dataDir: postgresDir,
        port: options.persistent ? config.EMBEDDED_POSTGRES_PORT : await freePort(),
        persistent: options.persistent,
        log,
        registry,
        portSetting: options.persistent ? 'EMBEDDED_POSTGRES_PORT' : undefined,
      });
      stops.push(pg.stop);
      return { serverUrl: pg.adminUrl, databaseUrl: await ensureDatabase(pg.adminUrl, options.database), dataDir: pg.dataDir };
    })();
    const temporalPromise = (async () => {
      if (config.TEMPORAL_ADDRESS) return { address: config.TEMPORAL_ADDRESS, uiUrl: undefined };
      const server = await startTemporalDevServer({
        toolsDir: resolveFromRoot(config.MOAT_TOOLS_DIR),
        dbFilename: temporalDb,
        port: options.persistent ? config.TEMPORAL_DEV_PORT : undefined,
        uiPort: options.persistent ? config.TEMPORAL_UI_PORT : undefined,
        namespace: config.TEMPORAL_NAMESPACE,
        log,
        registry,
      });
      stops.push(server.stop);
      return server;
    })();
    // Both settle before a failure is reported, so whatever did start is stopped again.
    const [postgres, temporal] = await Promise.allSettled([postgresPromise, temporalPromise]);
    if (postgres.status === 'rejected') throw postgres.reason;
    if (temporal.status === 'rejected') throw temporal.reason;
    return {
      postgresServerUrl: postgres.value.serverUrl,
      databaseUrl: postgres.value.databaseUrl,
      postgresDataDir: postgres.value.dataDir,
      temporalAddress: temporal.value.address,
      temporalUiUrl: temporal.value.uiUrl,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

export interface MoatOptions {
  databaseUrl: string;
  temporalAddress: string;
  /** TLS and API key for a secured cluster at `temporalAddress` (TEMPORAL_TLS_*, TEMPORAL_API_KEY). */
  temporalConnection?: TemporalConnectionSettings;
  namespace: string;
  taskQueue: string;
  apiPort: number;
  apiHost: string;
  adminToken?: string;
  logLevel: string;
  /** MOAT_TRUST_PROXY. */
  trustProxy?: boolean | string[];
  /** MOAT_METRICS_TOKEN: who may read GET /metrics from elsewhere than this machine. */
  metricsToken?: string;
  workflowBundlePath?: string;
  workflowBundleCode?: string;
  continueAsNewAfterEvents?: number;
  /** MOAT_WORKFLOW_CACHE_SIZE: project workflows the worker keeps in memory (WORKFLOW_CACHE_SIZE by default). */
  workflowCacheSize?: number;
  /** MOAT_WORKFLOW_THREADS (WORKFLOW_THREADS by default). */
  workflowThreads?: number;
  /** MOAT_WORKFLOW_HEAP_MB (WORKFLOW_HEAP_MB by default). */
  workflowHeapMb?: number;
  notificationRetry?: RetryPolicy;
  /** Run a worker in this process (default); false for an API-only process. */
  worker?: boolean;
  /** E-mail and webhook delivery; without it only the in-app inbox is used. */
  notify?: NotifySettings;
  /**
   * Trace as the API and worker processes do (api/main.ts, workers/main.ts): the API's Temporal calls carry the
   * request's span, and workflow spans go to this processor. The process registers its tracer provider itself.
   */
  tracing?: { spanProcessor: SpanProcessor; resource: Resource };
}

export interface RunningMoat {
  apiUrl: string;
  pool: Pool;
  temporal: Client;
  app: FastifyInstance;
  worker?: Worker;
  generatedAdminToken?: string;
  stop: () => Promise<void>;
}

/** Migrates the database, then starts a worker and the API in this process. */
export async function startMoat(options: MoatOptions): Promise<RunningMoat> {
  const pool = createPool(options.databaseUrl);
  const notifier = createNotifier(options.notify ?? {});
  await prepareDatabase(pool);
  const { generatedToken } = await ensureBootstrapAdmin(pool, options.adminToken);
  const connection = options.temporalConnection ?? { address: options.temporalAddress };
  const temporal = await connectClient(connection, options.namespace);
  await ensureSearchAttributes(temporal, options.namespace);
  const workerConnection = options.worker === false ? undefined : await NativeConnection.connect(connection);
  // The worker's record and reads get a pool of their own, so a burst of API reads never queues a command's record
  // behind them (and the API's answer behind the record it waits for).
  const workerPool = workerConnection ? createPool(options.databaseUrl) : undefined;
  const worker = workerConnection && workerPool
    ? await createMoatWorker({
        connection: workerConnection,
        namespace: options.namespace,
        taskQueue: options.taskQueue,
        pool: workerPool,
        notifier,
        workflowBundlePath: options.workflowBundlePath,
        workflowBundleCode: options.workflowBundleCode,
        workflowCacheSize: options.workflowCacheSize,
        workflowThreads: options.workflowThreads,
        workflowHeapMb: options.workflowHeapMb,
        tracing: options.tracing,
      })
    : undefined;
  const workerRun = worker?.run();
  const app = await buildApp(
    { pool, temporal: options.tracing ? tracedClient(temporal) : temporal, taskQueue: options.taskQueue, continueAsNewAfterEvents: options.continueAsNewAfterEvents, notificationRetry: options.notificationRetry, notifier },
    { logLevel: options.logLevel, trustProxy: options.trustProxy, metricsToken: options.metricsToken },
  );
  await app.listen({ port: options.apiPort, host: options.apiHost });
  const { port } = app.server.address() as { port: number };
  const shownHost = options.apiHost === '0.0.0.0' ? 'localhost' : options.apiHost;
  return {
    apiUrl: `http://${shownHost}:${port}`,
    pool,
    temporal,
    app,
    worker,
    generatedAdminToken: generatedToken,
    stop: async () => {
      await app.close();
      if (worker?.getState() === 'RUNNING') worker.shutdown();
      await workerRun?.catch(() => undefined);
      await workerConnection?.close();
      await temporal.connection.close();
      notifier.close();
      await workerPool?.end();
      await pool.end();
    },
  };
}
