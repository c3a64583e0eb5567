import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { MOAT_SEARCH_ATTRIBUTES } from '../workflows/search-attributes';

const execFileAsync = promisify(execFile);

/** The last Temporal CLI release that `go install` accepts (later ones carry a `replace` directive). */
export const TEMPORAL_CLI_MODULE = 'github.com/temporalio/cli/cmd/temporal@v1.5.1';

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
  port?: number;
  uiPort?: number;
  namespace: string;
  log: (line: string) => void;
}

export interface RunningDevServer {
  address: string;
  uiUrl?: string;
  executable: string;
  stop: () => Promise<void>;
}

/**
 * Starts the Temporal CLI dev server with Moat's search attributes registered. Uses a local binary when there
 * is one, builds it with Go when Go is present, and otherwise lets the SDK download it (needs the internet).
 */
export async function startTemporalDevServer(options: DevServerOptions): Promise<RunningDevServer> {
  const found = (await findTemporalCli(options.toolsDir)) ?? (await buildTemporalCli(options.toolsDir, options.log));
  if (options.dbFilename) await mkdir(path.dirname(options.dbFilename), { recursive: true });
  const env = await TestWorkflowEnvironment.createLocal({
    server: {
      executable: found ? { type: 'existing-path', path: found } : { type: 'cached-download' },
      namespace: options.namespace,
      ip: '127.0.0.1',
      port: options.port,
      ui: options.uiPort !== undefined,
      uiPort: options.uiPort,
      dbFilename: options.dbFilename,
      searchAttributes: MOAT_SEARCH_ATTRIBUTES,
      log: { format: 'pretty', level: 'error' },
    },
  });
  return {
    address: env.address,
    uiUrl: options.uiPort !== undefined ? `http://127.0.0.1:${options.uiPort}` : undefined,
    executable: found ?? 'SDK download',
    stop: () => env.teardown(),
  };
}
