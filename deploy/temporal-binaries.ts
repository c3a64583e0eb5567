import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { DEPLOY_VERSIONS, TEMPORAL_SERVER_MODULE, temporalServerPackages } from './versions';

const execFileAsync = promisify(execFile);

/**
 * The real Temporal server and its schema tool, the versions docker-compose.yml runs, built from the Go module
 * proxy (`go install`, no `replace` directives in these modules): about 6 minutes on a fresh machine, seconds once
 * Go's build cache has them. They are kept in `$(go env GOPATH)/bin` under versioned names, beside the Temporal CLI
 * `npm start` uses, so every clone on the machine shares them.
 */
export interface TemporalServerTools {
  version: string;
  server: string;
  sqlTool: string;
  /** The module's source: its `schema/postgresql/v12/…` folders are what temporal-sql-tool applies. */
  moduleDir: string;
}

async function goEnv(name: string): Promise<string> {
  const { stdout } = await execFileAsync('go', ['env', name]);
  const value = stdout.trim().split(path.delimiter)[0];
  if (!value) throw new Error(`go env ${name} is empty`);
  return value;
}

export function toolNames(version = DEPLOY_VERSIONS.TEMPORAL_SERVER_VERSION): { server: string; sqlTool: string } {
  return { server: `temporal-server-${version}`, sqlTool: `temporal-sql-tool-${version}` };
}

function goInstall(pkg: string, gobin: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('go', ['install', pkg], { env: { ...process.env, GOBIN: gobin }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`go install ${pkg} failed (${code}):\n${stderr}`))));
  });
}

/** Where the module's source is (downloaded by the build; fetched again if the module cache was cleaned). */
async function moduleDir(version: string): Promise<string> {
  const cached = path.join(await goEnv('GOMODCACHE'), `${TEMPORAL_SERVER_MODULE}@v${version}`);
  if (existsSync(path.join(cached, 'schema'))) return cached;
  const { stdout } = await execFileAsync('go', ['mod', 'download', '-json', `${TEMPORAL_SERVER_MODULE}@v${version}`], { maxBuffer: 1 << 20 });
  const dir = (JSON.parse(stdout) as { Dir?: string }).Dir;
  if (!dir) throw new Error(`go mod download ${TEMPORAL_SERVER_MODULE}@v${version} did not say where the module is`);
  return dir;
}

/** Finds the two binaries, building the missing ones; `log` hears about a build (minutes, once per machine). */
export async function ensureTemporalServerTools(log: (line: string) => void, version = DEPLOY_VERSIONS.TEMPORAL_SERVER_VERSION): Promise<TemporalServerTools> {
  try {
    await execFileAsync('go', ['version']);
  } catch {
    throw new Error('Go is needed to build the Temporal server (go install from the Go module proxy); install Go 1.23 or later');
  }
  const bin = path.join(await goEnv('GOPATH'), 'bin');
  const names = toolNames(version);
  const server = path.join(bin, names.server);
  const sqlTool = path.join(bin, names.sqlTool);
  const packages = temporalServerPackages(version);
  const missing = [
    { target: server, pkg: packages.server, built: 'server' },
    { target: sqlTool, pkg: packages.sqlTool, built: 'sql' },
  ].filter((tool) => !existsSync(tool.target));
  if (missing.length > 0) {
    await mkdir(bin, { recursive: true });
    const scratch = await mkdtemp(path.join(os.tmpdir(), 'moat-temporal-build-'));
    const started = Date.now();
    const ticker = setInterval(() => log(`  …still building (${Math.round((Date.now() - started) / 1000)} s)`), 30_000);
    try {
      for (const tool of missing) {
        log(`building ${tool.pkg} into ${tool.target} (minutes on a fresh machine, once)`);
        await goInstall(tool.pkg, scratch);
        await rename(path.join(scratch, tool.built), tool.target);
      }
    } finally {
      clearInterval(ticker);
      await rm(scratch, { recursive: true, force: true });
    }
    log(`built in ${Math.round((Date.now() - started) / 1000)} s`);
  }
  return { version, server, sqlTool, moduleDir: await moduleDir(version) };
}
