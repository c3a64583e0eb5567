import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createPool } from '../db/pool';
import { resolveFromRoot } from '../runtime/config';
import { printDemoTokens, seedDemoOrganisation } from '../runtime/demo-org';
import { describeError } from '../runtime/processes';
import { positiveInt, stopOnceOnSignals } from '../runtime/script-helpers';
import { startCluster, type Cluster } from './cluster';
import { killEverythingNow } from './moat-process';
import { DEPLOY_VERSIONS } from './versions';

/**
 * `npm run cluster`: the production shape on this machine (deploy/cluster.ts) — Postgres, the real Temporal server on
 * it, two Moat APIs and two workers as separate processes — with its data kept in `.data/cluster` between runs.
 * Prints where everything is; Ctrl-C stops it all.
 */

const log = (line: string) => console.log(`[cluster] ${line}`);

function usage(): string {
  return (
    'usage: npm run cluster -- [options]\n' +
    '  --apis N            Moat API processes (default 2), on ports --api-port, +1, …\n' +
    '  --workers N         Moat worker processes (default 2)\n' +
    '  --api-port P        the first API\'s port (default 3001)\n' +
    '  --temporal-port P   the Temporal frontend (default 7333)\n' +
    '  --postgres-port P   Postgres (default 5434)\n' +
    '  --host H            where the APIs listen (default 127.0.0.1; 0.0.0.0 for other machines)\n' +
    '  --dir D             data folder (default .data/cluster)\n' +
    '  --demo              load the demo organisation (people sign in with the demo password)'
  );
}

/** The bootstrap admin's token: MOAT_ADMIN_TOKEN, or one made at the first start and kept in the data folder. */
function adminToken(dir: string): { token: string; made: boolean } {
  if (process.env.MOAT_ADMIN_TOKEN) return { token: process.env.MOAT_ADMIN_TOKEN, made: false };
  const file = path.join(dir, 'admin-token');
  if (existsSync(file)) return { token: readFileSync(file, 'utf8').trim(), made: false };
  mkdirSync(dir, { recursive: true });
  const token = `moat-admin-${randomBytes(18).toString('base64url')}`;
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  return { token, made: true };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      apis: { type: 'string' },
      workers: { type: 'string' },
      'api-port': { type: 'string' },
      'temporal-port': { type: 'string' },
      'postgres-port': { type: 'string' },
      host: { type: 'string' },
      dir: { type: 'string' },
      demo: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(usage());
    return;
  }
  const apis = positiveInt('--apis', values.apis, 2);
  const workers = positiveInt('--workers', values.workers, 2);
  const apiPort = positiveInt('--api-port', values['api-port'], 3001);
  const dir = resolveFromRoot(values.dir ?? path.join('.data', 'cluster'));
  const { token, made } = adminToken(dir);
  let cluster: Cluster | undefined;
  const stop = stopOnceOnSignals(log, async () => {
    await cluster?.stop();
    log('stopped');
  });
  process.once('exit', () => killEverythingNow());
  log(
    `starting the production shape in ${path.relative(process.cwd(), dir) || dir}: Postgres ${DEPLOY_VERSIONS.POSTGRES_MAJOR}, ` +
      `Temporal server ${DEPLOY_VERSIONS.TEMPORAL_SERVER_VERSION}, ${apis} API(s), ${workers} worker(s)`,
  );
  try {
    cluster = await startCluster({
      dir,
      ports: {
        postgres: positiveInt('--postgres-port', values['postgres-port'], 5434),
        temporal: positiveInt('--temporal-port', values['temporal-port'], 7333),
        apis: Array.from({ length: apis }, (_, i) => apiPort + i),
      },
      apis,
      workers,
      namespace: process.env.TEMPORAL_NAMESPACE || 'default',
      taskQueue: process.env.MOAT_TASK_QUEUE || 'moat',
      adminToken: token,
      host: values.host,
      env: { LOG_LEVEL: process.env.LOG_LEVEL || 'info' },
      log,
    });
  } catch (error) {
    await stop();
    throw error;
  }
  if (values.demo) {
    const pool = createPool(cluster.postgres.moatUrl, 2);
    try {
      printDemoTokens(await seedDemoOrganisation(pool), log);
    } finally {
      await pool.end();
    }
  }
  const row = (what: string, where: string) => log(`${what.padEnd(22)} ${where}`);
  console.log('');
  cluster.apiUrls.forEach((url, i) => row(`API ${i + 1} (pid ${cluster!.apis[i]!.pid})`, `${url}/  console, ${url}/api, ${url}/docs, ${url}/metrics`));
  cluster.workers.forEach((worker, i) => row(`worker ${i + 1} (pid ${worker.pid})`, `task queue ${process.env.MOAT_TASK_QUEUE || 'moat'}; metrics ${cluster!.workerMetricsUrls[i]}`));
  row(`Temporal (pid ${cluster.temporal.pid})`, `${cluster.temporal.address}; metrics ${cluster.temporal.metricsUrl}`);
  row(`Postgres (pid ${cluster.postgres.pid()})`, `127.0.0.1:${cluster.postgres.port}; Moat's database ${cluster.postgres.moatUrl.replace(/:[^:@/]*@/, ':***@')}`);
  row('logs', path.join(dir, 'logs'));
  row('admin token', made ? `${token}  (made now, kept in ${path.join(dir, 'admin-token')})` : `from ${process.env.MOAT_ADMIN_TOKEN ? 'MOAT_ADMIN_TOKEN' : path.join(dir, 'admin-token')}`);
  log('every API serves the same record: put a load balancer in front, or use either; Ctrl-C stops everything');
}

main().catch((error: unknown) => {
  console.error(`[cluster] cannot start: ${describeError(error)}`);
  killEverythingNow();
  process.exit(1);
});
