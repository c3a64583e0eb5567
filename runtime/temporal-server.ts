import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { Connection } from '@temporalio/client';
import { TypedSearchAttributes } from '@temporalio/common';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DEPLOY_VERSIONS } from '../deploy/versions';
import { MOAT_SEARCH_ATTRIBUTES } from '../workflows/search-attributes';
import {
  childProcesses,
  freePort,
  outputTail,
  StartupError,
  stopChild,
  type ProcessInfo,
  type ServerRecord,
  type ServerRegistry,
} from './processes';

const execFileAsync = promisify(execFile);

/** The last Temporal CLI release that `go install` accepts (later ones carry a `replace` directive). */
export const TEMPORAL_CLI_MODULE = `github.com/temporalio/cli/cmd/temporal@v${DEPLOY_VERSIONS.TEMPORAL_CLI_VERSION}`;

async function goBinDir(): Promise<string | undefined> {
  try {
    const { stdout } = await execFileAsync('go', ['env', 'GOPATH']);
    const gopath = stdout.trim().split(path.delimiter)[0];
    return gopath ? path.join(gopath, 'bin') : undefined;
  } catch {
    return undefined;
  }
}

/** The Temporal CLI binary: on PATH, in `$(go env GOPATH)/bin`, or in the project's tools folder. */
export async function findTemporalCli(toolsDir: string): Promise<string | undefined> {
  const candidates = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean).map((dir) => path.join(dir, 'temporal'));
  const gobin = await goBinDir();
  if (gobin) candidates.push(path.join(gobin, 'temporal'));
  candidates.push(path.join(toolsDir, 'bin', 'temporal'));
  return candidates.find((candidate) => existsSync(candidate));
}

/** Builds the CLI with `go install` into the tools folder. Several minutes on a fresh machine. */
export async function buildTemporalCli(toolsDir: string, log: (line: string) => void): Promise<string | undefined> {
  try {
    await execFileAsync('go', ['version']);
  } catch {
    return undefined;
  }
  const bin = path.join(toolsDir, 'bin');
  await mkdir(bin, { recursive: true });
  log(`building the Temporal CLI (go install ${TEMPORAL_CLI_MODULE}) into ${bin}: this takes a few minutes once…`);
  const started = Date.now();
  const ticker = setInterval(() => log(`  …still building the Temporal CLI (${Math.round((Date.now() - started) / 1000)}s)`), 30_000);
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn('go', ['install', TEMPORAL_CLI_MODULE], {
        env: { ...process.env, GOBIN: bin },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`go install failed (${code}):\n${stderr}`))));
    });
  } finally {
    clearInterval(ticker);
  }
  log(`built the Temporal CLI in ${Math.round((Date.now() - started) / 1000)}s`);
  return path.join(bin, 'temporal');
}

export interface DevServerOptions {
  toolsDir: string;
  /** SQLite file so workflows survive a restart; in memory when absent. */
  dbFilename?: string;
  /** A free port is picked when absent. */
  port?: number;
  uiPort?: number;
  namespace: string;
  log: (line: string) => void;
  /** Records the running server so a later start can stop it when this process dies without stopping it. */
  registry?: ServerRegistry;
}

export interface RunningDevServer {
  address: string;
  uiUrl?: string;
  executable: string;
  pid?: number;
  stop: () => Promise<void>;
}

/** Whether `info` is a Temporal CLI dev server keeping its state in `dbFilename`. */
export function isDevServerOf(info: ProcessInfo, dbFilename: string): boolean {
  return / server start-dev /.test(info.command) && (info.command.includes(` --db-filename ${dbFilename} `) || info.command.endsWith(` --db-filename ${dbFilename}`));
}

function devServerArgs(options: DevServerOptions, port: number): string[] {
  return [
    'server',
    'start-dev',
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--namespace',
    options.namespace,
    '--log-format',
    'pretty',
    '--log-level',
    'error',
    // What the SDK's dev server passes, so workflow updates work as in the tests.
    '--dynamic-config-value',
    'frontend.enableServerVersionCheck=false',
    '--dynamic-config-value',
    'frontend.enableUpdateWorkflowExecution=true',
    '--dynamic-config-value',
    'frontend.enableUpdateWorkflowExecutionAsyncAccepted=true',
    // Eager activities (issue 14): an activity the workflow task schedules on the worker's own queue (the record) comes
    // back with that task's answer instead of a trip through matching — about half a command's wait on this server.
    '--dynamic-config-value',
    'system.enableActivityEagerExecution=true',
    ...(options.dbFilename ? ['--db-filename', options.dbFilename] : []),
    ...(options.uiPort !== undefined ? ['--ui-port', String(options.uiPort)] : ['--headless']),
    ...MOAT_SEARCH_ATTRIBUTES.flatMap((key) => ['--search-attribute', `${key.name}=${TypedSearchAttributes.toMetadataType(key.type)}`]),
  ];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the server answers for `namespace`, or fails with what it printed when it exits first. */
async function waitUntilServing(child: ChildProcess, address: string, namespace: string, tail: () => string, hint: string): Promise<void> {
  let exit: string | undefined;
  child.once('exit', (code, signal) => (exit = signal ?? `exit code ${code}`));
  child.once('error', (error) => (exit = error.message));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exit !== undefined) {
      const output = tail();
      throw new StartupError(
        `the Temporal dev server exited before it was ready (${exit}):\n${output}${/address already in use/i.test(output) ? `\n${hint}` : ''}`,
      );
    }
    if (Date.now() > deadline) throw new StartupError(`the Temporal dev server did not answer on ${address} within 120 s:\n${tail()}`);
    try {
      const connection = await Connection.connect({ address, connectTimeout: 1_000 });
      try {
        await connection.withDeadline(Date.now() + 2_000, () => connection.workflowService.describeNamespace({ namespace }));
      } finally {
        await connection.close();
      }
      if (exit === undefined) return;
    } catch {
      await sleep(200);
    }
  }
}

/**
 * Starts the Temporal CLI dev server with Moat's search attributes registered. Uses a local binary when there
 * is one, builds it with Go when Go is present, and otherwise lets the SDK download it (needs the internet).
 */
export async function startTemporalDevServer(options: DevServerOptions): Promise<RunningDevServer> {
  const found = (await findTemporalCli(options.toolsDir)) ?? (await buildTemporalCli(options.toolsDir, options.log));
  if (options.dbFilename) await mkdir(path.dirname(options.dbFilename), { recursive: true });
  const port = options.port ?? (await freePort());
  const address = `127.0.0.1:${port}`;
  const uiUrl = options.uiPort !== undefined ? `http://127.0.0.1:${options.uiPort}` : undefined;
  const ports = [{ port, setting: 'TEMPORAL_DEV_PORT' }, ...(options.uiPort !== undefined ? [{ port: options.uiPort, setting: 'TEMPORAL_UI_PORT' }] : [])];
  // In memory there is nothing to flush: SIGKILL, as the SDK does; with a database file, a graceful SIGTERM.
  const stopSignal: NodeJS.Signals = options.dbFilename ? 'SIGTERM' : 'SIGKILL';
  if (!found) return startDownloadedDevServer(options, port, address, uiUrl, ports, stopSignal);
  const child = spawn(found, devServerArgs(options, port), { stdio: ['ignore', 'pipe', 'pipe'] });
  const forget = child.pid
    ? options.registry?.record({ kind: 'temporal', pid: child.pid, command: child.spawnargs.join(' '), ports, stopSignal, persistent: Boolean(options.dbFilename) })
    : undefined;
  const tail = outputTail(child);
  let serving = false;
  child.stderr.on('data', (chunk: Buffer) => {
    if (!serving) return;
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) options.log(`temporal: ${line.trim()}`);
  });
  try {
    await waitUntilServing(child, address, options.namespace, tail, `ports ${ports.map((p) => `${p.port} (${p.setting})`).join(', ')}: one is taken`);
    serving = true;
  } catch (error) {
    await stopChild(child, 'SIGKILL', 5_000);
    forget?.();
    throw error;
  }
  return {
    address,
    uiUrl,
    executable: found,
    pid: child.pid,
    stop: async () => {
      serving = false;
      await stopChild(child, stopSignal, 15_000);
      forget?.();
    },
  };
}

/** Without a local binary the SDK downloads the CLI and runs it; the child is found among ours to record it. */
async function startDownloadedDevServer(
  options: DevServerOptions,
  port: number,
  address: string,
  uiUrl: string | undefined,
  ports: ServerRecord['ports'],
  stopSignal: NodeJS.Signals,
): Promise<RunningDevServer> {
  const env = await TestWorkflowEnvironment.createLocal({
    server: {
      executable: { type: 'cached-download' },
      namespace: options.namespace,
      ip: '127.0.0.1',
      port,
      ui: options.uiPort !== undefined,
      uiPort: options.uiPort,
      dbFilename: options.dbFilename,
      searchAttributes: MOAT_SEARCH_ATTRIBUTES,
      log: { format: 'pretty', level: 'error' },
    },
  });
  const child = childProcesses(process.pid).find((c) => / server start-dev /.test(c.command) && c.command.includes(`--port ${port} `));
  const forget = child ? options.registry?.record({ kind: 'temporal', pid: child.pid, command: child.command, ports, stopSignal, persistent: Boolean(options.dbFilename) }) : undefined;
  return {
    address: env.address || address,
    uiUrl,
    executable: 'SDK download',
    pid: child?.pid,
    stop: async () => {
      await env.teardown();
      forget?.();
    },
  };
}
