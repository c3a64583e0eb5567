import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { inTransaction, type Pool } from './pool';

const MIGRATIONS_DIR = path.join(__dirname, 'migrations');
// Any constant: serialises concurrent migrators (API replicas starting together).
const MIGRATION_LOCK = 4_242_001;

/** Applies the SQL files in db/migrations in name order, each once, each in its own transaction. */
export async function migrate(pool: Pool): Promise<string[]> {
  const files = (await readdir(MIGRATIONS_DIR)).filter((f) => f.endsWith('.sql')).sort();
  const applied: string[] = [];
  const lock = await pool.connect();
  try {
    await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await lock.query(
      'create table if not exists schema_migrations (name text primary key, applied_at timestamptz not null default now())',
    );
    const done = new Set((await lock.query<{ name: string }>('select name from schema_migrations')).rows.map((r) => r.name));
    for (const file of files) {
      if (done.has(file)) continue;
      const sql = await readFile(path.join(MIGRATIONS_DIR, file), 'utf8');
      await inTransaction(pool, async (client) => {
        await client.query(sql);
        await client.query('insert into schema_migrations (name) values ($1)', [file]);
      });
      applied.push(file);
    }
  } finally {
    await lock.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    lock.release();
  }
  return applied;
}
