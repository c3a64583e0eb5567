import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPool, inTransaction, PREPARED_TEXTS, type Pool } from '../db/pool';

/*
 * Statements prepared by text (db/pool.ts `preparedByText`): a parameterized statement is prepared on its connection
 * under a name its text decides, once per connection, on the pool and in a transaction alike; a statement without
 * parameters is not; past PREPARED_TEXTS texts a process prepares no more. One connection, so what it prepared is
 * what `pg_prepared_statements` shows.
 */

let pool: Pool;

beforeAll(() => {
  pool = createPool(inject('databaseUrl'), 1);
});

afterAll(async () => {
  await pool?.end();
});

const prepared = async () =>
  (await pool.query<{ name: string; statement: string; calls: string }>('select name, statement, generic_plans + custom_plans as calls from pg_prepared_statements')).rows;

describe('statements prepared by text', () => {
  it('a parameterized statement once per connection, under one name, on the pool and in a transaction', async () => {
    const text = 'select $1::int + 1 as n /* prepared-by-text */';
    for (let i = 0; i < 3; i++) expect((await pool.query<{ n: number }>(text, [i])).rows[0]!.n).toBe(i + 1);
    await inTransaction(pool, async (client) => expect((await client.query<{ n: number }>(text, [41])).rows[0]!.n).toBe(42));
    const mine = (await prepared()).filter((p) => p.statement === text);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.name).toMatch(/^moat_\d+$/);
    expect(Number(mine[0]!.calls), 'every run on the one statement').toBe(4);
  });

  it('not a statement without parameters, nor one given as a config of its own', async () => {
    await pool.query('select 1 as n /* no parameters */');
    await pool.query({ text: 'select $1::int as n /* a config */', values: [1] });
    const texts = (await prepared()).map((p) => p.statement);
    expect(texts).not.toContain('select 1 as n /* no parameters */');
    expect(texts).not.toContain('select $1::int as n /* a config */');
  });

  it(`at most ${PREPARED_TEXTS} texts per process: a text past them runs, unprepared`, async () => {
    for (let i = 0; i < PREPARED_TEXTS; i++) await pool.query(`select $1::int as n /* text ${i} */`, [i]);
    const past = 'select $1::int * 2 as n /* past the bound */';
    expect((await pool.query<{ n: number }>(past, [21])).rows[0]!.n).toBe(42);
    const texts = (await prepared()).map((p) => p.statement);
    expect(texts).not.toContain(past);
    expect(texts.length).toBeLessThanOrEqual(PREPARED_TEXTS);
  });
});
