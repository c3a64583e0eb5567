import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time';
import { outputTail, stopChild, type ServerRegistry } from '../runtime/processes';
import type { TemporalServerTools } from './temporal-binaries';

const execFileAsync = promisify(execFile);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The real Temporal server (all four services in one process) on Postgres, as docker-compose.yml runs it: schemas by
 * temporal-sql-tool, the server's own Postgres config (development-postgres12.yaml's shape) pointed at our Postgres,
 * the compose file's dynamic config, then the namespace. It can be stopped, killed and started again on the same
 * ports and data, which is what the chaos run does to it.
 */

export interface TemporalPostgres {
  host: string;
  port: number;
  user: string;
  password: string;
}

const DATABASES = [
  { name: 'temporal', schema: 'temporal' },
  { name: 'temporal_visibility', schema: 'visibility' },
] as const;

/**
 * Creates and migrates both Temporal databases. Safe to run at every start: create-database leaves an existing
 * database alone, setup-schema -v 0.0 is skipped once a version is recorded, update-schema applies only what is new.
 */
export async function setupTemporalSchemas(tools: TemporalServerTools, db: TemporalPostgres, log: (line: string) => void): Promise<void> {
  const base = ['--plugin', 'postgres12', '--ep', db.host, '-p', String(db.port), '-u', db.user, '--pw', db.password];
  for (const { name, schema } of DATABASES) {
    const dir = path.join(tools.moduleDir, 'schema', 'postgresql', 'v12', schema, 'versioned');
    const run = async (args: string[], tolerate?: RegExp) => {
      try {
        await execFileAsync(tools.sqlTool, [...base, '--db', name, ...args], { maxBuffer: 8 << 20 });
      } catch (error) {
        const output = `${(error as { stdout?: string }).stdout ?? ''}${(error as { stderr?: string }).stderr ?? ''}`;
        if (tolerate?.test(output)) return;
        throw new Error(`temporal-sql-tool ${args[0]} on ${name} failed:\n${output.slice(-3000)}`);
      }
    };
    await run(['create-database'], /already exists/i);
    await run(['setup-schema', '-v', '0.0']);
    await run(['update-schema', '-d', dir]);
    log(`Temporal schema ${name}: up to date (${path.relative(tools.moduleDir, dir)})`);
  }
}

export interface TemporalServerPorts {
  frontend: number;
  frontendHttp: number;
  frontendMembership: number;
  history: number;
  historyMembership: number;
  matching: number;
  matchingMembership: number;
  worker: number;
  workerMembership: number;
  /** The server's own Prometheus metrics. */
  metrics: number;
}

/** The server's config: development-postgres12.yaml's shape with our Postgres, ports and dynamic config. */
export function serverConfigYaml(db: TemporalPostgres, ports: TemporalServerPorts, dynamicConfigPath: string): string {
  const store = (database: string, conns: number) => `      sql:
        pluginName: "postgres12"
        databaseName: "${database}"
        connectAddr: "${db.host}:${db.port}"
        connectProtocol: "tcp"
        user: "${db.user}"
        password: "${db.password}"
        maxConns: ${conns}
        maxIdleConns: ${conns}
        maxConnLifetime: "1h"`;
  const service = (grpc: number, membership: number, http?: number) => `    rpc:
      grpcPort: ${grpc}
      membershipPort: ${membership}
      bindOnLocalHost: true${http ? `\n      httpPort: ${http}` : ''}`;
  return `# Written by deploy/temporal-on-postgres.ts at every start of the cluster.
log:
  stdout: true
  level: warn
persistence:
  defaultStore: postgres-default
  visibilityStore: postgres-visibility
  numHistoryShards: 4
  datastores:
    postgres-default:
${store('temporal', 20)}
    postgres-visibility:
${store('temporal_visibility', 4)}
global:
  membership:
    maxJoinDuration: 30s
    broadcastAddress: "127.0.0.1"
  metrics:
    prometheus:
      framework: "tally"
      timerType: "histogram"
      listenAddress: "127.0.0.1:${ports.metrics}"
services:
  frontend:
${service(ports.frontend, ports.frontendMembership, ports.frontendHttp)}
  matching:
${service(ports.matching, ports.matchingMembership)}
  history:
${service(ports.history, ports.historyMembership)}
  worker:
${service(ports.worker, ports.workerMembership)}
clusterMetadata:
  enableGlobalNamespace: false
  failoverVersionIncrement: 10
  masterClusterName: "active"
  currentClusterName: "active"
  clusterInformation:
    active:
      enabled: true
      initialFailoverVersion: 1
      rpcName: "frontend"
      rpcAddress: "127.0.0.1:${ports.frontend}"
dcRedirectionPolicy:
  policy: "noop"
dynamicConfigClient:
  filepath: "${dynamicConfigPath}"
  pollInterval: "10s"
`;
}

/** The compose file's dynamic config, used as it is. */
export const DYNAMIC_CONFIG = path.join(__dirname, 'temporal', 'dynamicconfig.yaml');

export interface TemporalServerOptions {
  tools: TemporalServerTools;
  db: TemporalPostgres;
  ports: TemporalServerPorts;
  /** The server's root: config/moat.yaml is written here, its output goes to temporal.log. */
  dir: string;
  namespace: string;
  log: (line: string) => void;
  /** Records the running server, so the next start stops it when whoever started it died without stopping it. */
  registry?: ServerRegistry;
}

const GRPC_ALREADY_EXISTS = 6;

/** One Temporal server process that can be stopped, killed and started again on the same ports and databases. */
export class TemporalServer {
  private child?: ChildProcess;
  private out?: WriteStream;
  private tail: () => string = () => '';
  starts = 0;

  constructor(private readonly options: TemporalServerOptions) {}

  get address(): string {
    return `127.0.0.1:${this.options.ports.frontend}`;
  }

  get metricsUrl(): string {
    return `http://127.0.0.1:${this.options.ports.metrics}/metrics`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get logFile(): string {
    return path.join(this.options.dir, 'temporal.log');
  }

  /** Starts the server and waits until the frontend answers (and the namespace, once it exists). */
  async start(): Promise<number> {
    const started = Date.now();
    const { dir, tools, db, ports } = this.options;
    const configDir = path.join(dir, 'config');
    await mkdir(configDir, { recursive: true });
    const dynamicConfig = path.join(configDir, 'dynamicconfig.yaml');
    await copyFile(DYNAMIC_CONFIG, dynamicConfig);
    await writeFile(path.join(configDir, 'moat.yaml'), serverConfigYaml(db, ports, dynamicConfig));
    this.out ??= createWriteStream(this.logFile, { flags: 'a' });
    this.starts++;
    this.out.write(`\n===== ${new Date().toISOString()} start #${this.starts} =====\n`);
    const child = spawn(tools.server, ['--root', dir, '--config', 'config', '--env', 'moat', '--allow-no-auth', 'start'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    this.tail = outputTail(child, 6000);
    child.stdout?.pipe(this.out, { end: false });
    child.stderr?.pipe(this.out, { end: false });
    const forget = child.pid
      ? this.options.registry?.record({ kind: 'temporal', pid: child.pid, command: child.spawnargs.join(' '), ports: [{ port: ports.frontend }], persistent: true, stopSignal: 'SIGTERM' })
      : undefined;
    let exited: string | undefined;
    child.once('exit', (code, signal) => {
      exited = signal ?? `exit code ${code}`;
      forget?.();
    });
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (exited !== undefined) throw new Error(`the Temporal server exited while starting (${exited}):\n${this.tail().slice(-3000)}`);
      if (Date.now() > deadline) throw new Error(`the Temporal server did not answer on ${this.address} within 120 s:\n${this.tail().slice(-3000)}`);
      if (await this.answers()) break;
      await sleep(250);
    }
    return Date.now() - started;
  }

  private async answers(): Promise<boolean> {
    try {
      const connection = await Connection.connect({ address: this.address, connectTimeout: 1_000 });
      try {
        await connection.withDeadline(Date.now() + 2_000, () => connection.workflowService.getSystemInfo({}));
        return true;
      } finally {
        await connection.close();
      }
    } catch {
      return false;
    }
  }

  /** Registers the namespace (once) and waits until it answers: the namespace registry refreshes on its own time. */
  async ensureNamespace(retentionDays = 7): Promise<void> {
    const { namespace } = this.options;
    const connection = await Connection.connect({ address: this.address });
    try {
      try {
        await connection.workflowService.registerNamespace({
          namespace,
          workflowExecutionRetentionPeriod: msToTs(`${retentionDays} days`),
        });
        this.options.log(`Temporal namespace ${namespace}: registered (retention ${retentionDays} days)`);
      } catch (error) {
        if ((error as { code?: number }).code !== GRPC_ALREADY_EXISTS) throw error;
      }
      const deadline = Date.now() + 60_000;
      for (;;) {
        try {
          await connection.operatorService.listSearchAttributes({ namespace });
          return;
        } catch (error) {
          if (Date.now() > deadline) throw new Error(`namespace ${namespace} never became usable: ${(error as Error).message}`);
          await sleep(500);
        }
      }
    } finally {
      await connection.close();
    }
  }

  /** A graceful stop (SIGTERM; SIGKILL after 20 s). */
  async stop(): Promise<void> {
    if (this.child && this.child.exitCode === null && this.child.signalCode === null) await stopChild(this.child, 'SIGTERM', 20_000);
  }

  /** As a crash: SIGKILL, nothing flushed. */
  async kill(): Promise<void> {
    if (this.child && this.child.exitCode === null && this.child.signalCode === null) await stopChild(this.child, 'SIGKILL', 1_000);
  }

  close(): void {
    this.out?.end();
  }
}
