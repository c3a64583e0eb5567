/*
 * Child-process bookkeeping shared by the embedded servers: pid records in the data folder, checking that a
 * recorded pid is still ours, stopping leftovers, and port checks that name whoever holds a port. Long because
 * Linux (/proc) and other systems (ps) are both handled.
 */
import { execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

/**
 * The servers Moat starts (embedded Postgres, the Temporal CLI dev server) outlive a Moat process that is killed
 * hard (SIGKILL, OOM, a closed CI job). Each is recorded in `<MOAT_DATA_DIR>/run/` while it runs, so the next start
 * finds its own leftovers, checks they really are the processes it recorded, and stops them.
 */

/** A problem the person starting Moat can fix: its message says what to do, no stack trace needed. */
export class StartupError extends Error {}

export interface ProcessInfo {
  pid: number;
  ppid: number;
  /** Kernel start time (clock ticks since boot on Linux, `ps` lstart elsewhere): with the pid, a process's identity. */
  startTime?: string;
  /** argv joined by spaces. */
  command: string;
  /** CPU seconds it has used, user and system (Linux only: from /proc). */
  cpuSeconds?: number;
  /** CPU seconds its children used that exited and were reaped by it (Linux only: Postgres's closed backends). */
  reapedChildrenCpuSeconds?: number;
}

/** Linux's USER_HZ: /proc/<pid>/stat counts CPU time in these ticks. */
const TICKS_PER_SECOND = 100;

const hasProc = existsSync('/proc/self/stat');

/** What runs under `pid` now, or undefined when nothing (or only a zombie) does. */
export function processInfo(pid: number): ProcessInfo | undefined {
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  if (hasProc) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // pid (comm) state ppid … utime, stime are fields 14, 15 and starttime 22; comm may hold spaces and parentheses.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (fields[0] === 'Z' || fields[0] === 'X') return undefined;
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
      const cpuSeconds = (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
      const reapedChildrenCpuSeconds = (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND;
      return { pid, ppid: Number(fields[1]), startTime: fields[19], command, cpuSeconds, reapedChildrenCpuSeconds };
    } catch {
      return undefined;
    }
  }
  try {
    const out = execFileSync('ps', ['-o', 'stat=', '-o', 'ppid=', '-o', 'lstart=', '-o', 'command=', '-p', String(pid)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    const match = /^(\S+)\s+(\d+)\s+(\S+\s+\S+\s+\d+\s+[\d:]+\s+\d+)\s+(.*)$/.exec(out);
    if (!match || match[1]!.startsWith('Z')) return undefined;
    return { pid, ppid: Number(match[2]), startTime: match[3], command: match[4]! };
  } catch {
    return undefined;
  }
}

/** The processes whose parent is `ppid`. */
export function childProcesses(ppid: number): ProcessInfo[] {
  let pids: number[];
  if (hasProc) {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number);
  } else {
    try {
      pids = execFileSync('ps', ['-A', '-o', 'pid='], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
        .split('\n')
        .map((line) => Number(line.trim()))
        .filter((pid) => pid > 0);
    } catch {
      return [];
    }
  }
  return pids.map(processInfo).filter((info): info is ProcessInfo => info?.ppid === ppid);
}

/** True while `info`'s parent is a live Node process, i.e. a Moat (or test run) that still looks after it. */
export function hasLiveNodeParent(info: ProcessInfo): boolean {
  if (info.ppid <= 1) return false;
  const parent = processInfo(info.ppid);
  const argv0 = parent?.command.split(' ')[0] ?? '';
  return /^node/.test(path.basename(argv0));
}

function sameProcess(info: ProcessInfo | undefined, expected: { startTime?: string; command: string }): info is ProcessInfo {
  if (!info) return false;
  if (info.startTime !== undefined && expected.startTime !== undefined) return info.startTime === expected.startTime;
  return info.command === expected.command;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends `signal`, waits up to `graceMs` for the process to go, then SIGKILLs it. */
export async function stopProcess(pid: number, signal: NodeJS.Signals, graceMs = 15_000): Promise<void> {
  const identity = processInfo(pid);
  if (!identity) return;
  const gone = () => !sameProcess(processInfo(pid), identity);
  const send = (s: NodeJS.Signals) => {
    try {
      process.kill(pid, s);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
    }
  };
  send(signal);
  for (const deadline = Date.now() + graceMs; Date.now() < deadline; await sleep(100)) if (gone()) return;
  send('SIGKILL');
  for (const deadline = Date.now() + 5_000; Date.now() < deadline; await sleep(100)) if (gone()) return;
  throw new StartupError(`could not stop process ${pid} (${identity.command}); stop it by hand`);
}

export interface ServerRecord {
  kind: 'postgres' | 'temporal';
  pid: number;
  startTime?: string;
  command: string;
  /** The Moat process that started and looks after the server. */
  ownerPid: number;
  /** Every fixed port the server listens on, with the setting that chooses it. */
  ports: Array<{ port: number; setting?: string }>;
  /** Deleted once the server is gone when it was a throwaway one (test runs). */
  removeWhenStale?: string;
  /** Keeps data in the data folder (npm start), as opposed to a throwaway server of a test run. */
  persistent: boolean;
  /** How to stop it gracefully: SIGINT is Postgres's fast shutdown. */
  stopSignal: NodeJS.Signals;
  startedAt: string;
}

/** The pid files of the servers started from one data folder: `<MOAT_DATA_DIR>/run/<kind>-<pid>.json`. */
export class ServerRegistry {
  constructor(readonly dir: string) {}

  /** Records a server right after it was spawned; returns the function that forgets it once it has stopped. */
  record(entry: Omit<ServerRecord, 'ownerPid' | 'startedAt' | 'startTime' | 'command'> & { command: string }): () => void {
    const info = processInfo(entry.pid);
    const record: ServerRecord = {
      ...entry,
      command: info?.command ?? entry.command,
      startTime: info?.startTime,
      ownerPid: process.pid,
      startedAt: new Date().toISOString(),
    };
    mkdirSync(this.dir, { recursive: true });
    const file = path.join(this.dir, `${entry.kind}-${entry.pid}.json`);
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(record, null, 2)}\n`);
    renameSync(temporary, file);
    return () => rmSync(file, { force: true });
  }

  /** Every record, with whether its server still runs and whether a live Moat still looks after it. */
  list(): Array<{ file: string; record?: ServerRecord; running: boolean; owned: boolean }> {
    let names: string[];
    try {
      names = readdirSync(this.dir).filter((name) => name.endsWith('.json'));
    } catch {
      return [];
    }
    return names.map((name) => {
      const file = path.join(this.dir, name);
      let record: ServerRecord;
      try {
        record = JSON.parse(readFileSync(file, 'utf8')) as ServerRecord;
        if (!Number.isInteger(record.pid) || typeof record.command !== 'string' || !Array.isArray(record.ports)) {
          return { file, running: false, owned: false };
        }
      } catch {
        return { file, running: false, owned: false };
      }
      const info = processInfo(record.pid);
      const running = sameProcess(info, record);
      return { file, record, running, owned: running && info.ppid === record.ownerPid };
    });
  }

  /**
   * Stops the recorded servers whose Moat is gone (killed before it could stop them) and forgets the ones that no
   * longer run. Servers of a Moat that still runs (another `npm start`, a concurrent test run) are left alone.
   */
  async stopStale(log: (line: string) => void): Promise<void> {
    for (const { file, record, running, owned } of this.list()) {
      if (owned) continue;
      if (record && running) {
        const ports = record.ports.map((p) => p.port).join(', ');
        log(
          `stopping a leftover ${describeKind(record.kind)} (pid ${record.pid}${ports ? `, port ${ports}` : ''}) ` +
            `of a Moat that did not stop cleanly (pid ${record.ownerPid})`,
        );
        await stopProcess(record.pid, record.stopSignal ?? 'SIGTERM');
      }
      if (record?.removeWhenStale) rmSync(record.removeWhenStale, { recursive: true, force: true });
      try {
        unlinkSync(file);
      } catch {
        // Another Moat starting at the same time removed it first.
      }
    }
  }
}

export function describeKind(kind: ServerRecord['kind']): string {
  return kind === 'postgres' ? 'embedded Postgres' : 'Temporal dev server';
}

/** Ports this process handed out: never twice. */
const handedOut = new Set<number>();

/**
 * A port that is free now on the loopback, between 20000 and 32000: below the kernel's ephemeral range (from 32768 by
 * default), where every outgoing connection takes its local port. A port from that range — what `listen(0)` gives —
 * can be taken by, say, a pool connecting to Postgres before the server it was chosen for binds it, and stay taken (a
 * chaos run's worker found its metrics port so). Below 32768 also suits the Temporal server's membership ports (a
 * smallint column). Another process may still bind it first: a race tests accept.
 */
export async function freePort(): Promise<number> {
  for (let tries = 0; tries < 200; tries++) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    if (handedOut.has(port)) continue;
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.unref();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error('no free port between 20000 and 32000 on 127.0.0.1');
}

/** Stops a server this process spawned: `signal`, then SIGKILL after `graceMs`; resolves once it has exited. */
export async function stopChild(child: ChildProcess, signal: NodeJS.Signals, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  try {
    await exited;
  } finally {
    clearTimeout(timer);
  }
}

/** The last `max` characters a child wrote, for error messages. */
export function outputTail(child: ChildProcess, max = 4000): () => string {
  let tail = '';
  const keep = (chunk: Buffer) => (tail = (tail + chunk.toString('utf8')).slice(-max));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => tail.trim();
}

/** Whether `port` can be listened on at `host`: undefined when it can, else the listen error's code. */
export async function portProblem(port: number, host = '127.0.0.1'): Promise<string | undefined> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(undefined)));
  });
}

/** The process listening on a TCP `port`, where the system tells (Linux, with the rights to see it). */
export function portHolder(port: number): ProcessInfo | undefined {
  if (!hasProc) return undefined;
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let lines: string[];
    try {
      lines = readFileSync(table, 'utf8').split('\n').slice(1);
    } catch {
      continue;
    }
    for (const line of lines) {
      const cols = line.trim().split(/\s+/);
      const local = cols[1];
      if (!local || cols[3] !== '0A') continue; // 0A: LISTEN
      if (Number.parseInt(local.slice(local.lastIndexOf(':') + 1), 16) === port && cols[9]) inodes.add(cols[9]);
    }
  }
  if (inodes.size === 0) return undefined;
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${name}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      let target: string;
      try {
        target = readlinkSync(`/proc/${name}/fd/${fd}`);
      } catch {
        continue;
      }
      const match = /^socket:\[(\d+)\]$/.exec(target);
      if (match && inodes.has(match[1]!)) return processInfo(Number(name));
    }
  }
  return undefined;
}

export interface PortNeed {
  port: number;
  host?: string;
  /** What needs it, e.g. "the Temporal dev server". */
  what: string;
  /** The environment variable that chooses it, e.g. TEMPORAL_DEV_PORT. */
  setting: string;
  /** Recognises an orphaned server of ours from before pid files were kept (stopped instead of reported). */
  isOurLeftover?: (holder: ProcessInfo) => boolean;
}

function shorten(command: string): string {
  return command.length > 120 ? `${command.slice(0, 117)}…` : command;
}

/** The message for a port Moat needs and cannot have. */
export function portInUseMessage(
  need: Pick<PortNeed, 'port' | 'what' | 'setting'>,
  holder?: ProcessInfo,
  moatOwnerPid?: number,
  code = 'EADDRINUSE',
): string {
  const otherPort = need.port === 65535 ? need.port - 1 : need.port + 1;
  if (code === 'EACCES') {
    return `port ${need.port}, needed by ${need.what}, is not open to this user; choose a port above 1023 with ${need.setting}`;
  }
  if (code !== 'EADDRINUSE') return `port ${need.port} (${need.what}) cannot be used (${code}); choose another with ${need.setting}`;
  const by = moatOwnerPid
    ? `another Moat that is still running (pid ${moatOwnerPid}): stop it first (Ctrl-C in its terminal, or kill ${moatOwnerPid}), or`
    : holder
      ? `another program (pid ${holder.pid}: ${shorten(holder.command)}): stop it, or`
      : 'another program: stop it, or';
  return `port ${need.port}, needed by ${need.what}, is already in use by ${by} choose another port with ${need.setting}, e.g. ${need.setting}=${otherPort} npm start`;
}

/**
 * Makes sure every port in `needs` is free before anything starts: an orphaned server of ours found on one is
 * stopped; anything else stops Moat with a message naming the port and the variable that moves it.
 */
export async function claimPorts(needs: PortNeed[], registry: ServerRegistry, log: (line: string) => void): Promise<void> {
  const problems: string[] = [];
  for (const need of needs) {
    let code = await portProblem(need.port, need.host);
    if (code === undefined) continue;
    const holder = code === 'EADDRINUSE' ? portHolder(need.port) : undefined;
    if (holder && !hasLiveNodeParent(holder) && need.isOurLeftover?.(holder)) {
      log(`stopping ${need.what} left running on port ${need.port} (pid ${holder.pid}) by a Moat that did not stop cleanly`);
      await stopProcess(holder.pid, /(^|\/)postgres\b/.test(holder.command) ? 'SIGINT' : 'SIGTERM');
      code = await portProblem(need.port, need.host);
      if (code === undefined) continue;
    }
    const owner = registry.list().find((e) => e.owned && e.record?.ports.some((p) => p.port === need.port));
    const moatPid = owner?.record?.ownerPid ?? (holder && /runtime[\\/]start\.ts\b/.test(holder.command) ? holder.pid : undefined);
    problems.push(portInUseMessage(need, holder, moatPid, code));
  }
  if (problems.length === 1) throw new StartupError(problems[0]);
  if (problems.length > 1) throw new StartupError(`ports it needs are taken:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}

/** A readable description of anything thrown, for the last line of defence in `npm start`. */
export function describeError(error: unknown): string {
  if (error instanceof StartupError) return error.message;
  if (error instanceof Error) {
    const text = error.stack ?? `${error.name}: ${error.message}`;
    return error.message ? text : `${text}\n(${error.name} without a message)`;
  }
  if (error === undefined || error === null) return `an error without any description was thrown (${String(error)})`;
  try {
    return typeof error === 'string' ? error : JSON.stringify(error);
  } catch {
    return String(error);
  }
}
