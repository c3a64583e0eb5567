import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startCluster } from '../deploy/cluster';
import { livePids, MoatChild, pauseProcess, TaskQueueWatch, type Log } from '../deploy/moat-process';
import { freePort } from '../runtime/processes';
import { buildWorkflowBundle } from '../workers/worker';
import { startFaultInfrastructure } from './moat-process';

/**
 * What a fault run hurts, in one of two shapes:
 * - `dev`: the embedded Postgres and the Temporal CLI dev server (in memory), one API and one worker as single
 *   `node --import tsx` processes — `npm run faults`;
 * - `cluster`: the production shape of deploy/cluster.ts — the real Temporal server on Postgres, several APIs and
 *   workers started with `npm run start:api` / `start:worker` — `npm run chaos`.
 */
export interface FaultShape {
  name: 'dev' | 'cluster';
  apis: MoatChild[];
  workers: MoatChild[];
  apiUrls: string[];
  /** Moat's database, where the checks read the record. */
  databaseUrl: string;
  temporalAddress: string;
  describe: () => string;
  postgresPid: () => number;
  restartPostgres: (downMs: number, mode: 'fast' | 'immediate') => Promise<{ stopMs: number; startMs: number }>;
  /** SIGSTOP the Temporal server for `pauseMs`, then SIGCONT. */
  pauseTemporal: (pauseMs: number) => Promise<void>;
  /** Stops the Temporal server (`kill`: SIGKILL, as a crash; `graceful`: SIGTERM), `downMs` away, starts it again. */
  restartTemporal?: (downMs: number, mode: 'kill' | 'graceful') => Promise<{ stopMs: number; startMs: number }>;
  temporalPid: () => number | undefined;
  stop: () => Promise<void>;
}

export interface ShapeOptions {
  tag: string;
  apis: number;
  workers: number;
  adminToken: string;
  toolsDir: string;
  logsDir: string;
  onUnexpectedExit: (child: MoatChild, how: string, tail: string) => void;
  log: Log;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Moat's settings for a run: quiet logs, and no outside deliveries (the network is loopback only). */
const RUN_ENV: NodeJS.ProcessEnv = { LOG_LEVEL: 'warn', MOAT_MIGRATE: 'true', SMTP_HOST: '', MOAT_WEBHOOK_SECRET: '', MOAT_PUBLIC_URL: '' };

export async function startDevShape(options: ShapeOptions): Promise<FaultShape> {
  const { log, tag } = options;
  const [infra, bundle] = await Promise.all([
    startFaultInfrastructure({ database: `moat_faults_${tag}`, toolsDir: options.toolsDir, log }),
    buildWorkflowBundle(),
  ]);
  const bundlePath = path.join(infra.tempDir, 'workflow-bundle.js');
  await writeFile(bundlePath, bundle);
  const apiPort = await freePort();
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: infra.databaseUrl,
    TEMPORAL_ADDRESS: infra.temporalAddress,
    TEMPORAL_NAMESPACE: 'default',
    MOAT_TASK_QUEUE: `moat-faults-${tag}`,
    PORT: String(apiPort),
    HOST: '127.0.0.1',
    MOAT_ADMIN_TOKEN: options.adminToken,
    MOAT_WORKFLOW_BUNDLE: bundlePath,
    ...RUN_ENV,
  };
  const api = new MoatChild({ role: 'api', env, logFile: path.join(options.logsDir, 'api.log'), log, apiUrl, onUnexpectedExit: options.onUnexpectedExit });
  const polling = new TaskQueueWatch(infra.temporalAddress, 'default', `moat-faults-${tag}`);
  const worker = new MoatChild({ role: 'worker', env, logFile: path.join(options.logsDir, 'worker.log'), log, polling, onUnexpectedExit: options.onUnexpectedExit });
  const apis = [api];
  const workers = [worker];
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await Promise.all([api.stop(), worker.stop()]);
    await polling.close();
    await infra.stop();
  };
  try {
    const [apiMs, workerMs] = await Promise.all([api.start(), worker.start()]);
    log(`API on ${apiUrl} (pid ${api.pid}, ready in ${apiMs} ms), worker (pid ${worker.pid}, ready in ${workerMs} ms)`);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    name: 'dev',
    apis,
    workers,
    apiUrls: [apiUrl],
    databaseUrl: infra.databaseUrl,
    temporalAddress: infra.temporalAddress,
    describe: () => `Postgres 127.0.0.1:${infra.postgresPort}, Temporal dev server ${infra.temporalAddress}, API ${apiUrl}`,
    postgresPid: infra.postgresPid,
    restartPostgres: infra.restartPostgres,
    pauseTemporal: infra.pauseTemporal,
    temporalPid: () => infra.temporalPid,
    stop,
  };
}

const CLUSTER_PREFIX = 'moat-chaos-';

export async function startClusterShape(options: ShapeOptions): Promise<FaultShape> {
  const { log } = options;
  const dir = path.join(os.tmpdir(), `${CLUSTER_PREFIX}${process.pid}-${options.tag}`);
  await mkdir(dir, { recursive: true, mode: 0o755 });
  const cluster = await startCluster({
    dir,
    ports: 'free',
    apis: options.apis,
    workers: options.workers,
    namespace: 'default',
    taskQueue: `moat-chaos-${options.tag}`,
    adminToken: options.adminToken,
    env: RUN_ENV,
    logsDir: options.logsDir,
    onUnexpectedExit: options.onUnexpectedExit,
    log,
  }).catch(async (error: unknown) => {
    await rm(dir, { recursive: true, force: true });
    throw error;
  });
  let stopped = false;
  return {
    name: 'cluster',
    apis: cluster.apis,
    workers: cluster.workers,
    apiUrls: cluster.apiUrls,
    databaseUrl: cluster.postgres.moatUrl,
    temporalAddress: cluster.temporal.address,
    describe: () =>
      `Postgres 127.0.0.1:${cluster.postgres.port}, Temporal server ${cluster.temporal.address}, APIs ${cluster.apiUrls.join(' ')}, ${cluster.workers.length} workers`,
    postgresPid: cluster.postgres.pid,
    restartPostgres: cluster.postgres.restart,
    pauseTemporal: async (pauseMs) => {
      if (!cluster.temporal.pid) throw new Error('no Temporal server pid to pause');
      await pauseProcess(cluster.temporal.pid, pauseMs);
    },
    restartTemporal: async (downMs, mode) => {
      const stopping = Date.now();
      const pid = cluster.temporal.pid;
      if (mode === 'kill') await cluster.temporal.kill();
      else await cluster.temporal.stop();
      if (pid) livePids.delete(pid);
      const stopMs = Date.now() - stopping;
      await sleep(downMs);
      const startMs = await cluster.temporal.start();
      if (cluster.temporal.pid) livePids.add(cluster.temporal.pid);
      return { stopMs, startMs };
    },
    temporalPid: () => cluster.temporal.pid,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await cluster.stop();
      // Keep the Temporal server's output beside Moat's before the throwaway folder goes.
      await copyFile(cluster.temporal.logFile, path.join(options.logsDir, 'temporal.log')).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
