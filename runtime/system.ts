import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Client } from '@temporalio/client';
import type { RetryPolicy } from '@temporalio/common';
import { NativeConnection, type Worker } from '@temporalio/worker';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../api/app';
import { createPool, type Pool } from '../db/pool';
import { createNotifier } from '../notify/notifier';
import type { NotifySettings } from '../notify/config';
import { createMoatWorker } from '../workers/worker';
import { ensureBootstrapAdmin, prepareDatabase } from './bootstrap';
import { resolveFromRoot, type Config } from './config';
import { dropDatabase, ensureDatabase, startEmbeddedPostgres } from './postgres-server';
import { connectClient, ensureSearchAttributes } from './temporal';
import { startTemporalDevServer } from './temporal-server';

export type Log = (line: string) => void;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** True when every directory above `dir` lets other users through (the embedded cluster runs as `postgres`). */
function traversableByOthers(dir: string): boolean {
  for (let at = path.dirname(dir); ; at = path.dirname(at)) {
    try {
      if ((statSync(at).mode & 0o001) === 0) return false;
    } catch {
      // Not created yet: it will be created with the default, traversable mode.
    }
    if (at === path.dirname(at)) return true;
  }
}

/**
 * As root, embedded Postgres runs as the `postgres` user, which cannot reach a project checked out under a
 * private home (e.g. /root): the cluster then lives in /var/tmp, named after the project folder.
 */
function postgresDataDir(preferred: string, log: Log): string {
  if (process.getuid?.() !== 0 || traversableByOthers(preferred)) return preferred;
  const fallback = path.join('/var/tmp', `moat-${createHash('sha256').update(preferred).digest('hex').slice(0, 12)}`, 'postgres');
  log(`${path.dirname(preferred)} is private to root; the embedded Postgres keeps its data in ${fallback}`);
  return fallback;
}

export interface Infrastructure {
  /** URL of a Postgres server's maintenance database (create app databases on it with ensureDatabase). */
  postgresServerUrl: string;
  databaseUrl: string;
  temporalAddress: string;
  temporalUiUrl?: string;
  stop: () => Promise<void>;
}

export interface InfrastructureOptions {
  /** Keep data between runs in MOAT_DATA_DIR (npm start); tests use throwaway servers on free ports. */
  persistent: boolean;
  database: string;
}

/**
 * Postgres and Temporal: the configured ones when DATABASE_URL / TEMPORAL_ADDRESS are set, otherwise an
 * embedded Postgres and the Temporal CLI dev server started here.
 */
export async function startInfrastructure(config: Config, options: InfrastructureOptions, log: Log): Promise<Infrastructure> {
  const dataDir = resolveFromRoot(config.MOAT_DATA_DIR);
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch((error: Error) => log(`stopping: ${error.message}`));
  };
  try {
    const postgresPromise = (async () => {
      if (config.DATABASE_URL && options.persistent) {
        return { serverUrl: config.DATABASE_URL, databaseUrl: config.DATABASE_URL };
      }
      if (config.DATABASE_URL) {
        // Throwaway runs (tests, bench) get a database of their own on the configured server.
        const serverUrl = config.DATABASE_URL;
        stops.push(() => dropDatabase(serverUrl, options.database));
        return { serverUrl, databaseUrl: await ensureDatabase(serverUrl, options.database) };
      }
      const pg = await startEmbeddedPostgres({
        dataDir: options.persistent
          ? postgresDataDir(path.join(dataDir, 'postgres'), log)
          : path.join(os.tmpdir(), `moat-postgres-${process.pid.toString(36)}-${Date.now().toString(36)}`),
        port: options.persistent ? config.EMBEDDED_POSTGRES_PORT : await freePort(),
        persistent: options.persistent,
        log,
      });
      stops.push(pg.stop);
      return { serverUrl: pg.adminUrl, databaseUrl: await ensureDatabase(pg.adminUrl, options.database) };
    })();
    const temporalPromise = (async () => {
      if (config.TEMPORAL_ADDRESS) return { address: config.TEMPORAL_ADDRESS, uiUrl: undefined };
      const server = await startTemporalDevServer({
        toolsDir: resolveFromRoot(config.MOAT_TOOLS_DIR),
        dbFilename: options.persistent ? path.join(dataDir, 'temporal', 'temporal.db') : undefined,
        port: options.persistent ? config.TEMPORAL_DEV_PORT : undefined,
        uiPort: options.persistent ? config.TEMPORAL_UI_PORT : undefined,
        namespace: config.TEMPORAL_NAMESPACE,
        log,
      });
      stops.push(server.stop);
      return server;
    })();
    const [postgres, temporal] = await Promise.all([postgresPromise, temporalPromise]);
    return {
      postgresServerUrl: postgres.serverUrl,
      databaseUrl: postgres.databaseUrl,
      temporalAddress: temporal.address,
      temporalUiUrl: temporal.uiUrl,
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
  namespace: string;
  taskQueue: string;
  apiPort: number;
  apiHost: string;
  adminToken?: string;
  logLevel: string;
  workflowBundlePath?: string;
  workflowBundleCode?: string;
  continueAsNewAfterEvents?: number;
  notificationRetry?: RetryPolicy;
  /** Run a worker in this process (default); false for an API-only process. */
  worker?: boolean;
  /** E-mail and webhook delivery; without it only the in-app inbox is used. */
  notify?: NotifySettings;
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
  const temporal = await connectClient(options.temporalAddress, options.namespace);
  await ensureSearchAttributes(temporal, options.namespace);
  const workerConnection = options.worker === false ? undefined : await NativeConnection.connect({ address: options.temporalAddress });
  const worker = workerConnection
    ? await createMoatWorker({
        connection: workerConnection,
        namespace: options.namespace,
        taskQueue: options.taskQueue,
        pool,
        notifier,
        workflowBundlePath: options.workflowBundlePath,
        workflowBundleCode: options.workflowBundleCode,
      })
    : undefined;
  const workerRun = worker?.run();
  const app = await buildApp(
    { pool, temporal, taskQueue: options.taskQueue, continueAsNewAfterEvents: options.continueAsNewAfterEvents, notificationRetry: options.notificationRetry, notifier },
    { logLevel: options.logLevel },
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
      await pool.end();
    },
  };
}
