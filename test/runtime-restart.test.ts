import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, PROJECT_ROOT, type Config } from '../runtime/config';
import { postgresDataDirCandidates } from '../runtime/postgres-server';
import { describeError, freePort, portHolder, portInUseMessage, portProblem, processInfo, StartupError, type ServerRecord } from '../runtime/processes';
import { startInfrastructure, type Infrastructure } from '../runtime/system';

/**
 * `npm start` after a Moat that was killed hard (SIGKILL): its Temporal dev server and Postgres outlive it, and the
 * next start must stop them and come up; a port taken by anything else is reported with the setting that moves it.
 */

const isRoot = process.getuid?.() === 0;
const cleanups: Array<() => void> = [];
afterAll(() => {
  for (const cleanup of cleanups.reverse()) {
    try {
      cleanup();
    } catch {
      // best effort
    }
  }
});

/** A data folder of its own; as root a private (0700) one, like a clone under /root, which `postgres` cannot reach. */
function dataFolder(): string {
  const base = mkdtempSync(path.join(os.tmpdir(), 'moat-restart-'));
  if (isRoot) chmodSync(base, 0o700);
  const dataDir = path.join(base, 'data');
  cleanups.push(() => rmSync(base, { recursive: true, force: true }));
  // As root the cluster of a private folder lives elsewhere (see postgres-server.ts).
  cleanups.push(() => {
    for (const dir of postgresDataDirCandidates(path.join(dataDir, 'postgres')).slice(1)) rmSync(path.dirname(dir), { recursive: true, force: true });
  });
  return dataDir;
}

async function settings(dataDir: string): Promise<Record<string, string>> {
  return {
    MOAT_DATA_DIR: dataDir,
    EMBEDDED_POSTGRES_PORT: String(await freePort()),
    TEMPORAL_DEV_PORT: String(await freePort()),
    TEMPORAL_UI_PORT: String(await freePort()),
    LOG_LEVEL: 'warn',
  };
}

function configFor(env: Record<string, string>): Config {
  const { DATABASE_URL: _db, TEMPORAL_ADDRESS: _temporal, ...rest } = process.env;
  return loadConfig({ ...rest, ...env });
}

function records(dataDir: string): ServerRecord[] {
  const dir = path.join(dataDir, 'run');
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as ServerRecord);
  } catch {
    return [];
  }
}

/** Runs `npm start`'s infrastructure bootstrap in a child Node process, resolved once it is up. */
async function startInChild(env: Record<string, string>): Promise<{ child: ChildProcess; output: () => string }> {
  const script = path.join(path.dirname(env.MOAT_DATA_DIR!), 'start-infrastructure.ts');
  writeFileSync(
    script,
    `import { loadConfig } from ${JSON.stringify(path.join(PROJECT_ROOT, 'runtime', 'config'))};
import { startInfrastructure } from ${JSON.stringify(path.join(PROJECT_ROOT, 'runtime', 'system'))};
startInfrastructure(loadConfig(), { persistent: true, database: 'moat' }, (line) => console.log(line)).then(
  () => { console.log('READY'); setInterval(() => undefined, 60_000); },
  (error) => { console.error('FAILED', error); process.exit(1); },
);
`,
  );
  const { DATABASE_URL: _db, TEMPORAL_ADDRESS: _temporal, ...rest } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: PROJECT_ROOT,
    env: { ...rest, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  cleanups.push(() => child.kill('SIGKILL'));
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const check = () => {
      if (output.includes('READY')) resolve();
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => reject(new Error(`the first start exited (${code}):\n${output}`)));
  });
  return { child, output: () => output };
}

async function canQuery(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ one: number }>('select 1 as one');
    return rows[0]!.one;
  } finally {
    await client.end();
  }
}

describe('npm start after a Moat that was killed hard', () => {
  it('stops the Temporal dev server and Postgres the killed Moat left running, and starts', { timeout: 240_000 }, async () => {
    const dataDir = dataFolder();
    const env = await settings(dataDir);
    const ports = [Number(env.EMBEDDED_POSTGRES_PORT), Number(env.TEMPORAL_DEV_PORT), Number(env.TEMPORAL_UI_PORT)];

    const { child } = await startInChild(env);
    const leftovers = ports.map((port) => portHolder(port)?.pid);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));

    // The servers outlive the killed Moat and keep its ports.
    for (const port of ports) expect(await portProblem(port)).toBe('EADDRINUSE');
    for (const pid of leftovers.filter((pid): pid is number => pid !== undefined)) expect(processInfo(pid)).toBeDefined();

    const lines: string[] = [];
    let infrastructure: Infrastructure | undefined;
    try {
      infrastructure = await startInfrastructure(configFor(env), { persistent: true, database: 'moat' }, (line) => lines.push(line));
      expect(await canQuery(infrastructure.databaseUrl)).toBe(1);
      expect(lines.join('\n')).toMatch(/stopping a leftover embedded Postgres/);
      expect(lines.join('\n')).toMatch(/stopping a leftover Temporal dev server/);
      for (const pid of leftovers.filter((pid): pid is number => pid !== undefined)) expect(processInfo(pid)).toBeUndefined();
      expect(records(dataDir).map((r) => r.kind).sort()).toEqual(['postgres', 'temporal']);
      if (isRoot) expect(infrastructure.postgresDataDir).not.toContain(dataDir); // out of the private folder
    } finally {
      await infrastructure?.stop();
    }
    expect(records(dataDir)).toEqual([]);

    // A Postgres killed along with it leaves postmaster.pid; when its pid is reused by another process Postgres
    // would refuse to start ("lock file already exists") without Moat clearing it.
    const sleeper = spawn('sleep', ['120'], { stdio: 'ignore' });
    cleanups.push(() => sleeper.kill('SIGKILL'));
    writeFileSync(path.join(infrastructure!.postgresDataDir!, 'postmaster.pid'), `${sleeper.pid}\n${infrastructure!.postgresDataDir}\n`);
    let again: Infrastructure | undefined;
    try {
      again = await startInfrastructure(configFor(env), { persistent: true, database: 'moat' }, () => undefined);
      expect(await canQuery(again.databaseUrl)).toBe(1);
    } finally {
      await again?.stop();
      sleeper.kill('SIGKILL');
    }
  });
});

describe('a port that something else holds', () => {
  let blocker: Server | undefined;
  afterAll(() => blocker?.close());

  it('stops the start before anything runs, naming the port and the setting that moves it', { timeout: 60_000 }, async () => {
    const dataDir = dataFolder();
    const env = await settings(dataDir);
    blocker = createServer();
    await new Promise<void>((resolve) => blocker!.listen(Number(env.TEMPORAL_DEV_PORT), '127.0.0.1', resolve));

    const error = await startInfrastructure(configFor(env), { persistent: true, database: 'moat' }, () => undefined).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StartupError);
    const message = (error as Error).message;
    expect(message).toContain(`port ${env.TEMPORAL_DEV_PORT}`);
    expect(message).toContain('TEMPORAL_DEV_PORT');
    expect(message).toContain(`pid ${process.pid}`);
    // Nothing was started: no Postgres on its port, nothing recorded.
    expect(await portProblem(Number(env.EMBEDDED_POSTGRES_PORT))).toBeUndefined();
    expect(records(dataDir)).toEqual([]);
  });

  it('words the message for every port setting and never prints a bare "undefined"', () => {
    expect(portInUseMessage({ port: 3000, what: 'the Moat API', setting: 'PORT' })).toBe(
      'port 3000, needed by the Moat API, is already in use by another program: stop it, or choose another port with PORT, e.g. PORT=3001 npm start',
    );
    expect(portInUseMessage({ port: 5433, what: 'the embedded Postgres', setting: 'EMBEDDED_POSTGRES_PORT' }, undefined, 42)).toContain(
      'another Moat that is still running (pid 42)',
    );
    expect(describeError(undefined)).not.toBe('undefined');
    expect(describeError(undefined)).toMatch(/without any description/);
    expect(describeError(new StartupError('port 7233 …'))).toBe('port 7233 …');
  });
});
