import pg from 'pg';

// int8 (bigint) holds money in minor units: a stored amount is at most MAX_MONEY_MINOR_UNITS, so exact as a number;
// a sum past 2^53 (reports over very many projects) becomes the nearest number rather than an error.
pg.types.setTypeParser(20, (text) => Number(text));

export type Pool = pg.Pool;
export type PoolClient = pg.PoolClient;

export function createPool(databaseUrl: string, max = 10): pg.Pool {
  // Bounded waits: a Postgres that stops answering (paused, partitioned) fails a request in seconds, as a clear
  // 503 at the API and a retried activity in the worker, instead of holding it forever.
  const pool = new pg.Pool({ connectionString: databaseUrl, max, connectionTimeoutMillis: 5_000, query_timeout: 15_000 });
  // An idle client that errors (e.g. the server restarts) must not crash the process.
  pool.on('error', () => undefined);
  return pool;
}

/** Runs `work` in a transaction, rolling back on any error. */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
