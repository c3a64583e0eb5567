import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type RunningPostgres } from '../runtime/postgres-server';
import { freePort, ServerRegistry } from '../runtime/processes';
import { buildWorkflowBundle } from '../workers/worker';
import { livePids, MoatChild, restartPostgres, TaskQueueWatch, type Log } from './moat-process';
import { ensureTemporalServerTools } from './temporal-binaries';
import { setupTemporalSchemas, TemporalServer, type TemporalServerPorts } from './temporal-on-postgres';

/**
 * Moat's production shape on one machine, without containers — what docker-compose.yml describes: Postgres, the
 * real Temporal server on it (schemas by temporal-sql-tool, namespace and search attributes registered), and Moat
 * as separate processes started with `npm run start:api` / `npm run start:worker`: by default two APIs on their own
 * ports and two workers on one task queue, all stateless (the record is Postgres, the workflows are Temporal's).
 * `npm run cluster` runs it for people (deploy/cluster-cli.ts); `npm run chaos` runs it to hurt it.
 */

export interface ClusterOptions {
  /** Where Postgres's data, the Temporal server's config and output, the workflow bundle and Moat's logs live. */
  dir: string;
  /** Fixed ports for people (`npm run cluster`), or any free ones (chaos, tests). */
  ports: { postgres: number; temporal: number; apis: number[] } | 'free';
  apis: number;
  workers: number;
  namespace: string;
  taskQueue: string;
  adminToken: string;
  /** Where Moat's processes write their output (default `<dir>/logs`, emptied at start). */
  logsDir?: string;
  /** Addresses the APIs listen on: 127.0.0.1 (default) or 0.0.0.0. */
  host?: string;
  /** More environment for Moat's processes (LOG_LEVEL, notification settings…). */
  env?: NodeJS.ProcessEnv;
  /** Called when a Moat process exits on its own; the cluster starts it again a second later either way. */
  onUnexpectedExit?: (child: MoatChild, how: string, tail: string) => void;
  log: Log;
}

export interface ClusterPostgres {
  port: number;
  /** The superuser's URL (the `postgres` database). */
  adminUrl: string;
  /** Moat's database, as Moat's role sees it. */
  moatUrl: string;
  pid: () => number;
  /** Stops Postgres (`fast`: SIGINT; `immediate`: SIGQUIT, recovery from the WAL at start), `downMs` away, starts it. */
  restart: (downMs: number, mode: 'fast' | 'immediate') => Promise<{ stopMs: number; startMs: number }>;
}

export interface Cluster {
  postgres: ClusterPostgres;
  temporal: TemporalServer;
  apis: MoatChild[];
  workers: MoatChild[];
  apiUrls: string[];
  /** Each worker's Prometheus endpoint (the SDK runtime's metrics). */
  workerMetricsUrls: string[];
  bundlePath: string;
  stop: () => Promise<void>;
}

/** The roles and databases of deploy/postgres/01-create-moat-db.sql (what the compose file's Postgres runs once). */
const ROLES_SQL = path.join(__dirname, 'postgres', '01-create-moat-db.sql');
const TEMPORAL_ROLE = { user: 'temporal', password: 'temporal' };
const MOAT_ROLE = { user: 'moat', password: 'moat' };

async function ensureRolesAndDatabases(adminUrl: string, log: Log): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query(`select 1 from pg_roles where rolname = 'moat'`);
    if (rowCount) return;
    // One statement at a time: CREATE DATABASE cannot run in the implicit transaction of a multi-statement query.
    const sql = (await readFile(ROLES_SQL, 'utf8')).replace(/--.*$/gm, '');
    for (const statement of sql.split(';').map((s) => s.trim()).filter(Boolean)) await client.query(statement);
    log(`Postgres: roles temporal and moat, database moat (${path.relative(process.cwd(), ROLES_SQL)})`);
  } finally {
    await client.end();
  }
}

async function temporalPorts(frontend: number): Promise<TemporalServerPorts> {
  return {
    frontend,
    frontendHttp: await freePort(),
    frontendMembership: await freePort(),
    history: await freePort(),
    historyMembership: await freePort(),
    matching: await freePort(),
    matchingMembership: await freePort(),
    worker: await freePort(),
    workerMembership: await freePort(),
    metrics: await freePort(),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const { log } = options;
  const registry = new ServerRegistry(path.join(options.dir, 'run'));
  await registry.stopStale(log);
  const fixed = options.ports === 'free' ? undefined : options.ports;
  const postgresPort = fixed?.postgres ?? (await freePort());
  const stops: Array<() => Promise<void>> = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch((error: Error) => log(`stopping: ${error.message}`));
    stops.length = 0;
  };
  try {
    log('Postgres, the Temporal server binaries and the workflow bundle…');
    const postgresOptions = { dataDir: path.join(options.dir, 'postgres'), port: postgresPort, persistent: true, log, registry, portSetting: '--postgres-port' };
    const [postgresStarted, tools, bundle] = await Promise.all([
      startEmbeddedPostgres(postgresOptions),
      ensureTemporalServerTools(log),
      buildWorkflowBundle(),
    ]);
    let postgres: RunningPostgres = postgresStarted;
    livePids.add(postgres.pid);
    stops.push(async () => {
      livePids.delete(postgres.pid);
      await postgres.stop();
    });
    const bundlePath = path.join(options.dir, 'workflow-bundle.js');
    await writeFile(bundlePath, bundle);
    await ensureRolesAndDatabases(postgres.adminUrl, log);
    const db = { host: '127.0.0.1', port: postgresPort, ...TEMPORAL_ROLE };
    await setupTemporalSchemas(tools, db, log);

    const temporal = new TemporalServer({
      tools,
      db,
      ports: await temporalPorts(fixed?.temporal ?? (await freePort())),
      dir: path.join(options.dir, 'temporal'),
      namespace: options.namespace,
      log,
      registry,
    });
    stops.push(async () => {
      await temporal.stop();
      temporal.close();
    });
    const temporalMs = await temporal.start();
    if (temporal.pid) livePids.add(temporal.pid);
    await temporal.ensureNamespace();
    log(`Temporal server ${tools.version} on ${temporal.address} (pid ${temporal.pid}, ready in ${temporalMs} ms; its metrics on ${temporal.metricsUrl})`);

    const moatUrl = `postgres://${MOAT_ROLE.user}:${MOAT_ROLE.password}@127.0.0.1:${postgresPort}/moat`;
    const apiPorts = fixed?.apis ?? (await Promise.all(Array.from({ length: options.apis }, () => freePort())));
    const host = options.host ?? '127.0.0.1';
    const shownHost = host === '0.0.0.0' ? '127.0.0.1' : host;
    const baseEnv: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: moatUrl,
      TEMPORAL_ADDRESS: temporal.address,
      TEMPORAL_NAMESPACE: options.namespace,
      MOAT_TASK_QUEUE: options.taskQueue,
      MOAT_ADMIN_TOKEN: options.adminToken,
      MOAT_WORKFLOW_BUNDLE: bundlePath,
      HOST: host,
      ...options.env,
    };
    const logsDir = options.logsDir ?? path.join(options.dir, 'logs');
    if (!options.logsDir) await rm(logsDir, { recursive: true, force: true });
    await mkdir(logsDir, { recursive: true });
    let stopping = false;
    const children: MoatChild[] = [];
    const onUnexpectedExit = (child: MoatChild, how: string, tail: string) => {
      options.onUnexpectedExit?.(child, how, tail);
      log(`!! ${child.name} exited on its own (${how}); starting it again`);
      if (stopping) return;
      void sleep(1_000)
        .then(() => (stopping || child.running ? undefined : child.start()))
        .catch((error: Error) => log(`!! restarting ${child.name} failed: ${error.message}`));
    };
    const apiUrls = apiPorts.slice(0, options.apis).map((port) => `http://${shownHost}:${port}`);
    const apis = apiUrls.map((apiUrl, i) => {
      const name = `api ${i + 1}`;
      return new MoatChild({
        role: 'api',
        name,
        launcher: 'npm',
        env: { ...baseEnv, PORT: String(apiPorts[i]) },
        logFile: path.join(logsDir, `api-${i + 1}.log`),
        log,
        apiUrl,
        onUnexpectedExit,
      });
    });
    const polling = new TaskQueueWatch(temporal.address, options.namespace, options.taskQueue);
    stops.push(() => polling.close());
    const workerMetricsPorts = await Promise.all(Array.from({ length: options.workers }, () => freePort()));
    const workers = workerMetricsPorts.map(
      (metricsPort, i) =>
        new MoatChild({
          role: 'worker',
          name: `worker ${i + 1}`,
          launcher: 'npm',
          env: { ...baseEnv, MOAT_WORKER_METRICS_ADDRESS: `127.0.0.1:${metricsPort}` },
          logFile: path.join(logsDir, `worker-${i + 1}.log`),
          log,
          polling,
          onUnexpectedExit,
        }),
    );
    children.push(...apis, ...workers);
    stops.push(async () => {
      stopping = true;
      await Promise.all(children.map((child) => child.stop()));
    });
    // The first API migrates the database alone; then the rest start together.
    const [first, ...others] = apis;
    if (first) {
      const ms = await first.start();
      log(`${first.name} on ${apiUrls[0]} (pid ${first.pid}) ready in ${ms} ms (migrations applied)`);
    }
    await Promise.all(
      [...others, ...workers].map(async (child) => {
        const ms = await child.start();
        log(`${child.name} (pid ${child.pid}) ready in ${ms} ms`);
      }),
    );

    return {
      postgres: {
        port: postgresPort,
        adminUrl: postgres.adminUrl,
        moatUrl,
        pid: () => postgres.pid,
        restart: async (downMs, mode) => {
          const restarted = await restartPostgres(postgres, () => startEmbeddedPostgres(postgresOptions), downMs, mode);
          postgres = restarted.postgres;
          return { stopMs: restarted.stopMs, startMs: restarted.startMs };
        },
      },
      temporal,
      apis,
      workers,
      apiUrls,
      workerMetricsUrls: workerMetricsPorts.map((port) => `http://127.0.0.1:${port}/metrics`),
      bundlePath,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
