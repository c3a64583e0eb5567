import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readdirSync, rmSync, type WriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../runtime/config';
import { ensureDatabase, startEmbeddedPostgres, type RunningPostgres } from '../runtime/postgres-server';
import { freePort, ServerRegistry } from '../runtime/processes';
import { startTemporalDevServer, type RunningDevServer } from '../runtime/temporal-server';

/**
 * The processes a fault run starts and hurts: its own embedded Postgres and Temporal CLI dev server (throwaway, on
 * free ports, started with the same bootstrap code as `npm start`) and Moat itself as child processes — the API
 * (`api/main.ts`) and the worker (`workers/main.ts`) — that can be SIGKILLed and started again.
 */

export type Log = (line: string) => void;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every pid this run must not leave behind (stopped or running), for a last-ditch cleanup on exit. */
const livePids = new Set<number>();
/** Paused pids: SIGCONT before anything else on exit, or a SIGSTOPped server would outlive us. */
const pausedPids = new Set<number>();

/** Synchronous last resort (process 'exit', a signal): resumes what we paused, kills what we started. */
export function killEverythingNow(): void {
  for (const pid of pausedPids) {
    try {
      process.kill(pid, 'SIGCONT');
    } catch {
      // gone
    }
  }
  for (const pid of livePids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Moat's own processes

export type MoatRole = 'api' | 'worker';

export interface MoatChildOptions {
  role: MoatRole;
  env: NodeJS.ProcessEnv;
  /** Where the child's stdout and stderr go (appended across restarts). */
  logFile: string;
  log: Log;
  /** The API's base URL, polled on /readyz until it answers 200 (role api). */
  apiUrl?: string;
  /** Called when the process exits without being killed by us (a crash), with what it last printed. */
  onUnexpectedExit: (role: MoatRole, how: string, tail: string) => void;
}

const ENTRY: Record<MoatRole, string> = {
  api: path.join(PROJECT_ROOT, 'api', 'main.ts'),
  worker: path.join(PROJECT_ROOT, 'workers', 'main.ts'),
};

/**
 * One Moat process (`node --import tsx api/main.ts` or `workers/main.ts`): a single OS process, so SIGKILL takes
 * all of it at once, as a crash or an OOM kill would (the `tsx` CLI would put a second process in between).
 */
export class MoatChild {
  private child?: ChildProcess;
  private tail = '';
  private killing = false;
  private readonly out: WriteStream;
  starts = 0;

  constructor(private readonly options: MoatChildOptions) {
    this.out = createWriteStream(options.logFile, { flags: 'a' });
  }

  get role(): MoatRole {
    return this.options.role;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  async start(): Promise<number> {
    const started = Date.now();
    this.starts++;
    this.tail = '';
    this.killing = false;
    this.out.write(`\n===== ${new Date().toISOString()} start #${this.starts} =====\n`);
    const child = spawn(process.execPath, ['--import', 'tsx', ENTRY[this.options.role]], {
      cwd: PROJECT_ROOT,
      env: this.options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    if (child.pid) livePids.add(child.pid);
    const keep = (chunk: Buffer) => {
      this.out.write(chunk);
      this.tail = (this.tail + chunk.toString('utf8')).slice(-8000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    let exited: string | undefined;
    child.once('exit', (code, signal) => {
      if (child.pid) livePids.delete(child.pid);
      exited = signal ?? `exit code ${code}`;
      this.out.write(`\n===== ${new Date().toISOString()} exited (${exited})${this.killing ? ' — killed by the fault run' : ''} =====\n`);
      if (!this.killing && this.child === child) this.options.onUnexpectedExit(this.options.role, exited, this.tail.slice(-2000));
    });
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (exited !== undefined) throw new Error(`the ${this.options.role} exited while starting (${exited}):\n${this.tail.slice(-3000)}`);
      if (Date.now() > deadline) throw new Error(`the ${this.options.role} did not get ready within 120 s:\n${this.tail.slice(-3000)}`);
      if (await this.ready()) break;
      await sleep(100);
    }
    return Date.now() - started;
  }

  private async ready(): Promise<boolean> {
    if (this.options.role === 'worker') return this.tail.includes("state: 'RUNNING'");
    try {
      const response = await fetch(`${this.options.apiUrl}/readyz`, { signal: AbortSignal.timeout(3_000) });
      await response.text();
      return response.status === 200;
    } catch {
      return false;
    }
  }

  /** SIGKILL: no graceful shutdown, no draining, nothing flushed. Resolves once the process is gone. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    this.killing = true;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await gone;
  }

  /** A graceful stop at the end of the run (SIGTERM, SIGKILL after 10 s). */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || !this.running) {
      this.out.end();
      return;
    }
    this.killing = true;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await gone;
    clearTimeout(timer);
    this.out.end();
  }
}

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
        const current = postgres!;
        const stopping = Date.now();
        livePids.delete(current.pid);
        // stop() sends SIGINT and waits for the exit; after SIGQUIT the server is already going down immediately.
        if (mode === 'immediate') process.kill(current.pid, 'SIGQUIT');
        await current.stop();
        const stopMs = Date.now() - stopping;
        await sleep(downMs);
        const starting = Date.now();
        postgres = await startEmbeddedPostgres(postgresOptions);
        livePids.add(postgres.pid);
        return { stopMs, startMs: Date.now() - starting };
      },
      pauseTemporal: async (pauseMs) => {
        pausedPids.add(temporalPid);
        process.kill(temporalPid, 'SIGSTOP');
        try {
          await sleep(pauseMs);
        } finally {
          // Already resumed (and stopped) when the run is being interrupted.
          if (pausedPids.delete(temporalPid)) process.kill(temporalPid, 'SIGCONT');
        }
      },
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
