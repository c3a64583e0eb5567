import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import pg from 'pg';
import { listenOnConnect } from './identity-changes';

// int8 (bigint) holds money in minor units: a stored amount is at most MAX_MONEY_MINOR_UNITS, so exact as a number;
// a sum past 2^53 (reports over very many projects) becomes the nearest number rather than an error.
pg.types.setTypeParser(20, (text) => Number(text));

export type Pool = pg.Pool;
export type PoolClient = pg.PoolClient;

export function createPool(databaseUrl: string, max = 10): pg.Pool {
  // Bounded waits: a Postgres that stops answering (paused, partitioned) fails a request in seconds, as a clear
  // 503 at the API and a retried activity in the worker, instead of holding it forever.
  // `pipeline`: a statement is sent at once, not after the one before has answered (pg's pipeline mode). A connection
  // used one statement at a time works as before; a transaction sends what it does not wait for together (`Transaction`).
  const config: pg.PoolConfig & { pipeline: boolean } = {
    connectionString: databaseUrl,
    max,
    connectionTimeoutMillis: 5_000,
    query_timeout: 15_000,
    pipeline: true,
  };
  const pool = new pg.Pool(config);
  // An idle client that errors (e.g. the server restarts) must not crash the process.
  pool.on('error', () => undefined);
  // Nor one that is checked out (a transaction between two statements, a migration's lock) when the server ends its
  // connection: the pool listens only to idle clients, and an 'error' nobody listens to kills the process (the chaos
  // run's Postgres restart took a worker down this way). The statement under way still fails, and the client is
  // discarded when released after an error.
  pool.on('connect', (client) => {
    client.on('error', () => undefined);
    // Changes to people, tokens and sessions are heard on every connection (the API's credential cache).
    listenOnConnect(pool, client);
  });
  pool.query = withQuerySpan(pool.query.bind(pool)) as typeof pool.query;
  return pool;
}

/**
 * A transaction's connection. Its statements are pipelined: each is sent at once, in order, without waiting for the
 * answers before it, so the statements a transaction does not wait for travel with the next one it waits for, in one
 * round trip (on this machine a round trip to Postgres costs ≈ 0.5 ms unloaded: bench/README.md, ninth round).
 * `query` answers its own statement; `write` sends one whose answer nobody reads. A statement that fails aborts the
 * transaction and every statement after it: whatever is awaited next (a `query`, the commit) throws that first
 * failure, not the "transaction is aborted" of a later statement.
 */
export interface Transaction extends pg.PoolClient {
  write(text: string, values?: unknown[]): void;
}

/** Runs `work` in a transaction, rolling back on any error. */
export async function inTransaction<T>(pool: pg.Pool, work: (client: Transaction) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  const traced = tracedClient(client);
  const transaction = pipelined(traced);
  // A connection whose rollback failed is in an unknown state (often gone): destroyed, not pooled again.
  let broken: Error | undefined;
  try {
    transaction.client.write('begin');
    const result = await work(transaction.client);
    await transaction.commit();
    return result;
  } catch (error) {
    await traced.query('rollback').catch((rollbackError: Error) => (broken = rollbackError));
    throw error;
  } finally {
    client.release(broken);
  }
}

/** `client` with its statements tracked in the order they were sent, and a commit that answers the first failure. */
function pipelined(client: pg.PoolClient): { client: Transaction; commit: () => Promise<void> } {
  const sent: Promise<unknown>[] = [];
  const batch = writeBatcher(client);
  const send = (args: unknown[]): Promise<unknown> => {
    batch();
    const answer = (client.query as unknown as Query)(...args) as Promise<unknown>;
    // Answered through `firstFailure` (and to whoever awaits it): never an unhandled rejection.
    answer.catch(() => undefined);
    sent.push(answer);
    return answer;
  };
  /** The first of the statements sent up to `end` that failed; each has been answered once the one at `end` has. */
  const firstFailure = async (end: number): Promise<{ error: unknown } | undefined> => {
    for (const answer of sent.slice(0, end)) {
      try {
        await answer;
      } catch (error) {
        return { error };
      }
    }
    return undefined;
  };
  const query = (...args: unknown[]) => {
    const answer = send(args);
    const end = sent.length;
    const result = answer.catch(async (error: unknown) => {
      throw (await firstFailure(end))?.error ?? error;
    });
    // Its failure is the transaction's, answered at the commit too: one left unawaited is not an unhandled rejection.
    result.catch(() => undefined);
    return result;
  };
  const write = (text: string, values?: unknown[]) => void send(values === undefined ? [text] : [text, values]);
  const transaction = new Proxy(client, {
    get: (target, key) => (key === 'query' ? query : key === 'write' ? write : Reflect.get(target, key, target)),
  }) as Transaction;
  return {
    client: transaction,
    // A commit after a failed statement answers ROLLBACK, not an error: the failure is what counts.
    commit: async () => {
      void send(['commit']);
      const failure = await firstFailure(sent.length);
      if (failure) throw failure.error;
    },
  };
}

/**
 * Statements sent in one turn of the event loop leave in one write to the socket: pg writes each statement as it is
 * sent (a system call each, ≈ 0.1 ms of CPU on this machine's VM: bench/README.md, tenth round), so the connection's stream is
 * corked at the first statement of a turn and uncorked at the end of it. Nothing waits for the uncork: a statement
 * awaited in the same turn is on the wire before any answer can come.
 */
function writeBatcher(client: pg.PoolClient): () => void {
  const stream = (client as unknown as { connection?: { stream?: { cork?: () => void; uncork?: () => void } } }).connection?.stream;
  if (typeof stream?.cork !== 'function' || typeof stream.uncork !== 'function') return () => undefined;
  let corked = false;
  return () => {
    if (corked) return;
    corked = true;
    stream.cork!();
    process.nextTick(() => {
      corked = false;
      stream.uncork!();
    });
  };
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
