import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
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
  // Nor one that is checked out (a transaction between two statements, a migration's lock) when the server ends its
  // connection: the pool listens only to idle clients, and an 'error' nobody listens to kills the process (the chaos
  // run's Postgres restart took a worker down this way). The statement under way still fails, and the client is
  // discarded when released after an error.
  pool.on('connect', (client) => client.on('error', () => undefined));
  pool.query = withQuerySpan(pool.query.bind(pool)) as typeof pool.query;
  return pool;
}

/** Runs `work` in a transaction, rolling back on any error. */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  const traced = tracedClient(client);
  // A connection whose rollback failed is in an unknown state (often gone): destroyed, not pooled again.
  let broken: Error | undefined;
  try {
    await traced.query('begin');
    const result = await work(traced);
    await traced.query('commit');
    return result;
  } catch (error) {
    await traced.query('rollback').catch((rollbackError: Error) => (broken = rollbackError));
    throw error;
  } finally {
    client.release(broken);
  }
}

/** Statements in span attributes are cut here: enough to recognise one, not a copy of a bulk insert. */
export const STATEMENT_ATTRIBUTE_LIMIT = 1_000;

/** A query's span name (`pg.query SELECT`) and its statement as a span attribute. */
export function describeStatement(text: string): { spanName: string; operation: string; statement: string } {
  const withoutComments = text.replace(/^(\s+|--[^\n]*\n?|\/\*[\s\S]*?\*\/)*/, '');
  const operation = /^[A-Za-z]+/.exec(withoutComments)?.[0]?.toUpperCase() ?? 'QUERY';
  const statement = text.length > STATEMENT_ATTRIBUTE_LIMIT ? `${text.slice(0, STATEMENT_ATTRIBUTE_LIMIT)}…` : text;
  return { spanName: `pg.query ${operation}`, operation, statement };
}

// The global tracer provider is looked up at each span, so a process that registers none pays for a no-op.
const tracer = trace.getTracer('moat-db');

type Query = (...args: unknown[]) => unknown;

/** How many statement texts each process prepares by name (`preparedByText`); texts past them run unnamed. */
export const PREPARED_TEXTS = 300;
const preparedNames = new Map<string, string>();

/**
 * `query(text, values)` as a statement prepared on each connection under a name its text decides: Postgres parses it
 * once per connection and, after five runs, keeps a generic plan if it costs no more than planning each run
 * (bench/README.md, eighth round: planning was a third of Postgres's time per command). Only texts with parameters,
 * the fixed statements of the code; at most PREPARED_TEXTS of them, so a text built from data cannot grow every
 * connection's statements without bound. Anything else is passed on as it is.
 */
function preparedByText(args: unknown[]): unknown[] {
  const [text, values, ...rest] = args;
  if (typeof text !== 'string' || !Array.isArray(values) || values.length === 0) return args;
  let name = preparedNames.get(text);
  if (name === undefined) {
    if (preparedNames.size >= PREPARED_TEXTS) return args;
    name = `moat_${preparedNames.size}`;
    preparedNames.set(text, name);
  }
  return [{ name, text, values }, ...rest];
}

/**
 * `query` with a client span around each promise-style call, a child of whatever span is active (a request, an
 * activity). Callback-style calls and submittables (cursors) are passed on as they are: Moat makes none.
 */
function withQuerySpan(query: Query): Query {
  return (...args: unknown[]) => {
    const first = args[0] as string | { text?: unknown; submit?: unknown } | undefined;
    const text = typeof first === 'string' ? first : typeof first?.text === 'string' ? first.text : undefined;
    const passedOn = text === undefined || (typeof first === 'object' && typeof first.submit === 'function') || typeof args.at(-1) === 'function';
    if (passedOn) return query(...args);
    args = preparedByText(args);
    const { spanName, operation, statement } = describeStatement(text);
    const span = tracer.startSpan(spanName, { kind: SpanKind.CLIENT });
    if (span.isRecording()) span.setAttributes({ 'db.system': 'postgresql', 'db.operation': operation, 'db.statement': statement });
    return (query(...args) as Promise<unknown>).then(
      (result) => {
        span.end();
        return result;
      },
      (error: unknown) => {
        span.recordException(error as Error);
        span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
        span.end();
        throw error;
      },
    );
  };
}

/**
 * The checked-out client with its queries traced, for the transaction only: the pooled client itself is left as
 * it is, since the pool's own `query` (already traced) runs on it too.
 */
function tracedClient(client: pg.PoolClient): pg.PoolClient {
  const query = withQuerySpan(client.query.bind(client));
  return new Proxy(client, { get: (target, key) => (key === 'query' ? query : Reflect.get(target, key, target)) });
}
