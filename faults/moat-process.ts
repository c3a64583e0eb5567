import { readdirSync, rmSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ensureDatabase, startEmbeddedPostgres, type RunningPostgres } from '../runtime/postgres-server';
import { freePort, ServerRegistry } from '../runtime/processes';
import { startTemporalDevServer, type RunningDevServer } from '../runtime/temporal-server';
import { livePids, pausedPids, pauseProcess, restartPostgres, type Log } from '../deploy/moat-process';

export { killEverythingNow, MoatChild, type MoatRole, type Log } from '../deploy/moat-process';

/**
 * The dev-server shape a fault run starts and hurts: its own embedded Postgres and Temporal CLI dev server
 * (throwaway, on free ports, started with the same bootstrap code as `npm start`). Moat's processes are
 * deploy/moat-process.ts's; the production shape (`--shape cluster`) is deploy/cluster.ts's.
 */

// ---------------------------------------------------------------------------------------------------------------
// Postgres and Temporal

export interface FaultInfrastructure {
  databaseUrl: string;
  postgresPort: number;
  postgresPid: () => number;
  temporalAddress: string;
  temporalPid: number;
  /**
   * Stops Postgres — `fast` shutdown (SIGINT: sessions are ended, a checkpoint is written) or `immediate` (SIGQUIT:
   * as a crash, recovery from the WAL at the next start) — leaves it down `downMs`, then starts the same cluster on
   * the same port again.
   */
  restartPostgres: (downMs: number, mode: 'fast' | 'immediate') => Promise<{ stopMs: number; startMs: number }>;
  /** SIGSTOP the dev server, wait `pauseMs`, SIGCONT: a Temporal that stops answering without closing anything. */
  pauseTemporal: (pauseMs: number) => Promise<void>;
  stop: () => Promise<void>;
}

/** Where this run's throwaway files live; earlier runs' leftovers (their owner gone) are removed first. */
const TEMP_PREFIX = 'moat-faults-';

function ownerAlive(dir: string): boolean {
  const pid = Number(/^moat-faults-(\d+)-/.exec(path.basename(dir))?.[1]);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function startFaultInfrastructure(options: { database: string; toolsDir: string; log: Log }): Promise<FaultInfrastructure & { tempDir: string }> {
  const { log } = options;
  // A fault run killed before it stopped its servers left them running: the registry finds and stops them.
  const registry = new ServerRegistry(path.join(os.tmpdir(), 'moat-faults-run'));
  await registry.stopStale(log);
  for (const name of readdirSync(os.tmpdir())) {
    const dir = path.join(os.tmpdir(), name);
    if (name.startsWith(TEMP_PREFIX) && name !== 'moat-faults-run' && !ownerAlive(dir)) rmSync(dir, { recursive: true, force: true });
  }
  const tempDir = path.join(os.tmpdir(), `${TEMP_PREFIX}${process.pid}-${Date.now().toString(36)}`);
  await mkdir(tempDir, { recursive: true, mode: 0o755 });
  const postgresPort = await freePort();
  // persistent: true keeps the cluster when it is stopped, so a restart finds its data; the folder is ours to remove.
  const postgresOptions = { dataDir: path.join(tempDir, 'postgres'), port: postgresPort, persistent: true, log, registry };
  const stops: Array<() => Promise<void>> = [];
  const stopAll = async () => {
    for (const s of stops.reverse()) await s().catch((error: Error) => log(`stopping: ${error.message}`));
    stops.length = 0;
  };
  try {
    const [postgresResult, temporalResult] = await Promise.allSettled([
      startEmbeddedPostgres(postgresOptions),
      startTemporalDevServer({ toolsDir: options.toolsDir, namespace: 'default', log, registry }),
    ]);
    if (postgresResult.status === 'fulfilled') {
      livePids.add(postgresResult.value.pid);
    }
    if (temporalResult.status === 'fulfilled' && temporalResult.value.pid) livePids.add(temporalResult.value.pid);
    let postgres: RunningPostgres | undefined = postgresResult.status === 'fulfilled' ? postgresResult.value : undefined;
    const temporal: RunningDevServer | undefined = temporalResult.status === 'fulfilled' ? temporalResult.value : undefined;
    stops.push(async () => {
      const dataDir = postgres?.dataDir;
      if (postgres) {
        livePids.delete(postgres.pid);
        await postgres.stop();
      }
      postgres = undefined;
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
      // As root, a cluster the `postgres` user could not keep here lives under /var/lib/moat/<hash>/postgres.
      if (dataDir && !dataDir.startsWith(tempDir)) await rm(path.dirname(dataDir), { recursive: true, force: true }).catch(() => undefined);
      await rm(tempDir, { recursive: true, force: true });
    });
    if (temporal) {
      stops.push(async () => {
        if (temporal.pid) {
          // A paused server cannot stop: resume it first.
          if (pausedPids.delete(temporal.pid)) process.kill(temporal.pid, 'SIGCONT');
          livePids.delete(temporal.pid);
        }
        await temporal.stop();
      });
    }
    if (postgresResult.status === 'rejected') throw postgresResult.reason;
    if (temporalResult.status === 'rejected') throw temporalResult.reason;
    if (!temporal?.pid) throw new Error('the Temporal dev server was started without a pid to pause (no local temporal binary?)');
    const temporalPid = temporal.pid;
    const databaseUrl = await ensureDatabase(postgres!.adminUrl, options.database);
    return {
      tempDir,
      databaseUrl,
      postgresPort,
      postgresPid: () => postgres?.pid ?? 0,
      temporalAddress: temporal.address,
      temporalPid,
      restartPostgres: async (downMs, mode) => {
        const restarted = await restartPostgres(postgres!, () => startEmbeddedPostgres(postgresOptions), downMs, mode);
        postgres = restarted.postgres;
        return { stopMs: restarted.stopMs, startMs: restarted.startMs };
      },
      pauseTemporal: (pauseMs) => pauseProcess(temporalPid, pauseMs),
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
