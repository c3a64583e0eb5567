import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { PROJECT_ROOT } from '../runtime/config';
import { uniqueSuffix } from './support/moat';

/**
 * `npm run migrate` as an operator runs it before starting the API replicas: against DATABASE_URL, refusing
 * clearly without one, and saying by its exit code whether the database is ready.
 */

const TSX = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
const MIGRATIONS = readdirSync(path.join(PROJECT_ROOT, 'db', 'migrations')).filter((f) => f.endsWith('.sql')).sort();

/** Runs the script as `npm run migrate` does, with only these Moat settings in its environment. */
function runMigrate(settings: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(DATABASE_URL|MOAT_|TEMPORAL_|PORT$)/.test(name)));
  const child = spawn(TSX, ['db/migrate-cli.ts'], { cwd: PROJECT_ROOT, env: { ...env, ...settings }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run migrate', () => {
  const database = `moat_migrate_${uniqueSuffix()}`;
  let admin: pg.Client;
  let databaseUrl: string;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: inject('databaseUrl') });
    await admin.connect();
    await admin.query(`create database ${database}`);
    const url = new URL(inject('databaseUrl'));
    url.pathname = `/${database}`;
    databaseUrl = url.toString();
  });

  afterAll(async () => {
    await admin?.query(`drop database if exists ${database} with (force)`);
    await admin?.end();
  });

  it('applies every migration to an empty database once, then finds it up to date', async () => {
    const first = await runMigrate({ DATABASE_URL: databaseUrl });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('applied to');
    expect(first.stdout).toContain(MIGRATIONS.join(', '));

    const migrated = new pg.Client({ connectionString: databaseUrl });
    await migrated.connect();
    try {
      const { rows } = await migrated.query<{ name: string }>('select name from schema_migrations order by name');
      expect(rows.map((r) => r.name)).toEqual(MIGRATIONS);
      expect((await migrated.query("select to_regclass('projects') as t")).rows[0].t).toBe('projects');
    } finally {
      await migrated.end();
    }

    const again = await runMigrate({ DATABASE_URL: databaseUrl });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('is up to date');
  });

  it('without DATABASE_URL, or with one that is not a postgres URL, says what to set and exits 2', async () => {
    const unset = await runMigrate({});
    expect(unset.code).toBe(2);
    expect(unset.stderr).toContain('DATABASE_URL is not set');
    expect(unset.stderr).toContain('DATABASE_URL=postgres://');

    const malformed = await runMigrate({ DATABASE_URL: 'mysql://localhost/moat' });
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain('DATABASE_URL: a postgres:// connection URL');
  });

  it('exits 1 when the database cannot be reached', async () => {
    // Port 1 on the loopback: nothing listens there, so the connection is refused at once.
    const unreachable = await runMigrate({ DATABASE_URL: 'postgres://moat:secret@127.0.0.1:1/moat' });
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toContain('failed');
    expect(unreachable.stderr).not.toContain('secret');
  });
});
