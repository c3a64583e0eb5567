/*
 * Long because (about 305 lines) it is one supervisor: starting a Moat process either way (npm's process group or one
 * node), waiting until it is ready (the API's /readyz, the worker's pollers on its task queue), killing and restarting
 * it, and the registry that finds processes a killed fault run left behind; split, each part would reach into the others.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync, type WriteStream } from 'node:fs';
import { Connection } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import path from 'node:path';
import { PROJECT_ROOT } from '../runtime/config';
import type { RunningPostgres } from '../runtime/postgres-server';

/**
 * Moat's own processes as a supervisor runs them: the API and the worker, each its own OS process, started again
 * after a crash, killed with SIGKILL by the fault runs. Two ways to start one: `npm run start:api` /
 * `start:worker`, as production does (npm, tsx and node in a process group of their own: a signal goes to the whole
 * group), or `node --import tsx <entry>`, one process with nothing in between (the fault run on the dev server).
 */

export type Log = (line: string) => void;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every pid this run must not leave behind (stopped or running), for a last-ditch cleanup on exit. */
export const livePids = new Set<number>();
/** Paused pids: SIGCONT before anything else on exit, or a SIGSTOPped server would outlive us. */
export const pausedPids = new Set<number>();
/** Process groups started with npm: the whole group goes. */
const liveGroups = new Set<number>();

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
  for (const group of liveGroups) {
    try {
      process.kill(-group, 'SIGKILL');
    } catch {
      // gone
    }
  }
}

/** SIGSTOP `pid` for `pauseMs`, then SIGCONT: a server that stops answering without closing anything. */
export async function pauseProcess(pid: number, pauseMs: number): Promise<void> {
  pausedPids.add(pid);
  process.kill(pid, 'SIGSTOP');
  try {
    await sleep(pauseMs);
  } finally {
    // Already resumed (and stopped) when the run is being interrupted.
    if (pausedPids.delete(pid)) process.kill(pid, 'SIGCONT');
  }
}

/**
 * Stops a Postgres the run started — `fast` shutdown (SIGINT: sessions are ended, a checkpoint is written) or
 * `immediate` (SIGQUIT: as a crash, recovery from the WAL at the next start) — leaves it down `downMs`, then starts the
 * same cluster on the same port again with `start`.
 */
export async function restartPostgres(
  current: RunningPostgres,
  start: () => Promise<RunningPostgres>,
  downMs: number,
  mode: 'fast' | 'immediate',
): Promise<{ postgres: RunningPostgres; stopMs: number; startMs: number }> {
  const stopping = Date.now();
  livePids.delete(current.pid);
  // stop() sends SIGINT and waits for the exit; after SIGQUIT the server is already going down immediately.
  if (mode === 'immediate') process.kill(current.pid, 'SIGQUIT');
  await current.stop();
  const stopMs = Date.now() - stopping;
  await sleep(downMs);
  const starting = Date.now();
  const postgres = await start();
  livePids.add(postgres.pid);
  return { postgres, stopMs, startMs: Date.now() - starting };
}

// ---------------------------------------------------------------------------------------------------------------
// Moat's own processes

export type MoatRole = 'api' | 'worker';

export interface MoatChildOptions {
  role: MoatRole;
  /** `npm`: `npm run start:<role>` in its own process group (production's way); `node` (default): one process. */
  launcher?: 'npm' | 'node';
  /** Names the process in messages (e.g. `worker 2`); the role by default. */
  name?: string;
  env: NodeJS.ProcessEnv;
  /** Where the child's stdout and stderr go (appended across restarts). */
  logFile: string;
  log: Log;
  /** The API's base URL, polled on /readyz until it answers 200 (role api). */
  apiUrl?: string;
  /** The worker's task queue, watched until one of this process's pollers shows up on it (role worker). */
  polling?: TaskQueueWatch;
  /** Called when the process exits without being killed by us (a crash), with what it last printed. */
  onUnexpectedExit: (child: MoatChild, how: string, tail: string) => void;
}

/** The pids of process group `pgid`, from /proc. */
function processGroup(pgid: number): number[] {
  const pids: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // pid (comm) state ppid pgrp …: comm may hold spaces and parentheses, so read after the last ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid) pids.push(Number(name));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

/**
 * Whether a worker process polls its task queue: the SDK names each poller `<pid>@<host>`, so a poller whose pid is
 * the process's (or one of its group's) means that worker is up. One connection for every worker of a run.
 */
export class TaskQueueWatch {
  private connection?: Promise<Connection>;

  constructor(
    private readonly address: string,
    private readonly namespace: string,
    private readonly taskQueue: string,
  ) {}

  async hasPollerFrom(pids: number[]): Promise<boolean> {
    try {
      this.connection ??= Connection.connect({ address: this.address, connectTimeout: 2_000 });
      const connection = await this.connection;
      const { pollers } = await connection.withDeadline(Date.now() + 3_000, () =>
        connection.workflowService.describeTaskQueue({
          namespace: this.namespace,
          taskQueue: { name: this.taskQueue },
          taskQueueType: temporal.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
        }),
      );
      const polling = new Set((pollers ?? []).map((p) => Number(/^(\d+)@/.exec(p.identity ?? '')?.[1])));
      return pids.some((pid) => polling.has(pid));
    } catch {
      this.connection = undefined;
      return false;
    }
  }

  async close(): Promise<void> {
    const connection = await this.connection?.catch(() => undefined);
    this.connection = undefined;
    await connection?.close();
  }
}

const ENTRY: Record<MoatRole, string> = {
  api: path.join(PROJECT_ROOT, 'api', 'main.ts'),
  worker: path.join(PROJECT_ROOT, 'workers', 'main.ts'),
};

/**
 * One Moat process. SIGKILL takes all of it at once, as a crash or an OOM kill would: with `node` it is a single
 * process; with `npm` the signal goes to its whole process group (npm, tsx and node).
 */
/**
 * `MOAT_CPU_PROFILE_DIR` in a child's environment: the child (one node process) writes a V8 CPU profile of its main
 * thread there when it exits (Node's `--cpu-prof`; `npm run bench:growth -- --cpu-profile DIR`).
 */
function cpuProfileArgs(env: NodeJS.ProcessEnv): string[] {
  const dir = env.MOAT_CPU_PROFILE_DIR;
  return dir ? ['--cpu-prof', '--cpu-prof-dir', dir] : [];
}

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

  get name(): string {
    return this.options.name ?? this.options.role;
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
    const npm = this.options.launcher === 'npm';
    const child = npm
      ? spawn('npm', ['run', '--silent', `start:${this.options.role}`], { cwd: PROJECT_ROOT, env: this.options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
      : spawn(process.execPath, [...cpuProfileArgs(this.options.env), '--import', 'tsx', ENTRY[this.options.role]], {
          cwd: PROJECT_ROOT,
          env: this.options.env,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
    this.child = child;
    if (child.pid) (npm ? liveGroups : livePids).add(child.pid);
    const keep = (chunk: Buffer) => {
      this.out.write(chunk);
      this.tail = (this.tail + chunk.toString('utf8')).slice(-8000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    let exited: string | undefined;
    child.once('exit', (code, signal) => {
      if (child.pid) (npm ? liveGroups : livePids).delete(child.pid);
      exited = signal ?? `exit code ${code}`;
      this.out.write(`\n===== ${new Date().toISOString()} exited (${exited})${this.killing ? ' — killed by the fault run' : ''} =====\n`);
      if (!this.killing && this.child === child) this.options.onUnexpectedExit(this, exited, this.tail.slice(-2000));
    });
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (exited !== undefined) throw new Error(`the ${this.name} exited while starting (${exited}):\n${this.tail.slice(-3000)}`);
      if (Date.now() > deadline) throw new Error(`the ${this.name} did not get ready within 120 s:\n${this.tail.slice(-3000)}`);
      if (await this.ready()) break;
      await sleep(100);
    }
    return Date.now() - started;
  }

  private async ready(): Promise<boolean> {
    if (this.options.role === 'worker') {
      // Polling its task queue (whatever its log level lets it print); without a queue to watch, its log line.
      if (this.options.polling && this.child?.pid) return this.options.polling.hasPollerFrom(this.pids(this.child.pid));
      return /state["']?:\s*["']RUNNING["']/.test(this.tail);
    }
    try {
      const response = await fetch(`${this.options.apiUrl}/readyz`, { signal: AbortSignal.timeout(3_000) });
      await response.text();
      return response.status === 200;
    } catch {
      return false;
    }
  }

  /** The process, or every process of its group (npm, tsx and node) when npm started it. */
  private pids(pid: number): number[] {
    return this.options.launcher === 'npm' ? processGroup(pid) : [pid];
  }

  /** SIGKILL: no graceful shutdown, no draining, nothing flushed. Resolves once the process is gone. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    this.killing = true;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    this.signal(child, 'SIGKILL');
    await gone;
  }

  /** To the process, or to its whole group when npm started it (npm does not pass SIGKILL on). */
  private signal(child: ChildProcess, signal: NodeJS.Signals): void {
    try {
      if (this.options.launcher === 'npm' && child.pid) process.kill(-child.pid, signal);
      else child.kill(signal);
    } catch {
      // already gone
    }
  }

  /** A graceful stop (SIGTERM: the API finishes its requests, the worker drains; SIGKILL after 20 s). */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || !this.running) {
      this.out.end();
      return;
    }
    this.killing = true;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    this.signal(child, 'SIGTERM');
    const timer = setTimeout(() => this.signal(child, 'SIGKILL'), 20_000);
    await gone;
    clearTimeout(timer);
    this.out.end();
  }
}
