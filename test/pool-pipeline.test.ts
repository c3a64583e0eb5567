import net from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPool, inTransaction, type Pool } from '../db/pool';

/*
 * A transaction's statements pipelined (db/pool.ts `Transaction`): what it does not wait for travels with what it
 * waits for next, in one round trip. The pool talks to Postgres through a loopback proxy that can hold Postgres's
 * answers back until the client has sent a given text: a client that waited for an answer before sending that text
 * would never send it, and the proxy gives up (`released` says which happened). And the failures: a statement that
 * fails aborts the transaction, and what is awaited next answers its own error, never "the transaction is aborted".
 */

/** Forwards one connection to Postgres; while `holdUntil` is set, Postgres's answers wait until the client sent it. */
class HoldingProxy {
  private readonly server = net.createServer((client) => this.forward(client));
  private holdUntil: string | undefined;
  private held: Buffer[] = [];
  private toClient: net.Socket | undefined;
  private releaseTimer: NodeJS.Timeout | undefined;
  released: 'by-text' | 'gave-up' | undefined;

  constructor(private readonly target: { host: string; port: number }) {}

  async listen(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return (this.server.address() as net.AddressInfo).port;
  }

  /** Holds every answer from now until the client has sent `text`, or for at most two seconds. */
  hold(text: string): void {
    this.holdUntil = text;
    this.released = undefined;
    this.releaseTimer = setTimeout(() => this.release('gave-up'), 2_000);
  }

  private release(how: 'by-text' | 'gave-up'): void {
    clearTimeout(this.releaseTimer);
    this.holdUntil = undefined;
    this.released ??= how;
    for (const chunk of this.held.splice(0)) this.toClient?.write(chunk);
  }

  private forward(client: net.Socket): void {
    const postgres = net.connect(this.target.port, this.target.host);
    this.toClient = client;
    let sent = '';
    client.on('data', (chunk) => {
      postgres.write(chunk);
      if (this.holdUntil === undefined) return;
      sent += chunk.toString('latin1');
      if (sent.includes(this.holdUntil)) this.release('by-text');
    });
    postgres.on('data', (chunk) => (this.holdUntil === undefined ? client.write(chunk) : this.held.push(chunk)));
    client.on('close', () => postgres.destroy());
    postgres.on('close', () => client.destroy());
    client.on('error', () => postgres.destroy());
    postgres.on('error', () => client.destroy());
  }

  async close(): Promise<void> {
    clearTimeout(this.releaseTimer);
    await new Promise((resolve) => this.server.close(resolve));
  }
}

let proxy: HoldingProxy;
let pool: Pool;

beforeAll(async () => {
  const url = new URL(inject('databaseUrl'));
  proxy = new HoldingProxy({ host: url.hostname, port: Number(url.port) });
  url.port = String(await proxy.listen());
  // One connection, made before anything is held: the proxy holds only the statements' answers.
  pool = createPool(url.toString(), 1);
  await pool.query(`create temporary table pipelined (id int primary key, note text not null check (note <> ''))`);
});

afterEach(async () => {
  await pool.query('truncate pipelined');
});

afterAll(async () => {
  await pool?.end();
  await proxy?.close();
});

const kept = async () => (await pool.query<{ id: number }>('select id from pipelined order by id')).rows.map((r) => r.id);

describe('a transaction sends what it does not wait for with what it waits for next', () => {
  it('writes and the commit reach Postgres before any answer is read back', async () => {
    proxy.hold('commit');
    await inTransaction(pool, async (tx) => {
      tx.write('insert into pipelined values ($1, $2)', [1, 'one']);
      tx.write('insert into pipelined values ($1, $2)', [2, 'two']);
    });
    expect(proxy.released, 'the commit was sent without waiting for the begin or the writes').toBe('by-text');
    expect(await kept()).toEqual([1, 2]);
  });

  it('a query goes with the writes before it and sees them', async () => {
    proxy.hold('count(*)');
    const counted = await inTransaction(pool, async (tx) => {
      tx.write('insert into pipelined values ($1, $2)', [1, 'one']);
      tx.write('insert into pipelined values ($1, $2)', [2, 'two']);
      return (await tx.query<{ n: number }>('select count(*)::int as n from pipelined')).rows[0]!.n;
    });
    expect(proxy.released, 'the query was sent without waiting for the writes').toBe('by-text');
    expect(counted).toBe(2);
  });

  it('statements sent in one turn leave in one write to the socket', async () => {
    let writes = 0;
    let restore = () => undefined as void;
    await inTransaction(pool, async (tx) => {
      // The socket's own writes (`_write`, `_writev`): each is a system call.
      const socket = (tx as unknown as { connection: { stream: net.Socket & Record<'_write' | '_writev', (...args: unknown[]) => void> } }).connection.stream;
      const { _write, _writev } = socket;
      socket._write = (...args) => (writes++, _write.apply(socket, args));
      socket._writev = (...args) => (writes++, _writev.apply(socket, args));
      restore = () => Object.assign(socket, { _write, _writev });
      tx.write('insert into pipelined values ($1, $2)', [1, 'one']);
      tx.write('insert into pipelined values ($1, $2)', [2, 'two']);
      tx.write('insert into pipelined values ($1, $2)', [3, 'three']);
      expect((await tx.query<{ n: number }>('select count(*)::int as n from pipelined')).rows[0]!.n).toBe(3);
      expect(writes, 'three writes and a query (and the begin before them) in one').toBe(1);
      tx.write('insert into pipelined values ($1, $2)', [4, 'four']);
    });
    restore();
    expect(writes, 'then a write and the commit in one more').toBe(2);
    expect(await kept()).toEqual([1, 2, 3, 4]);
  });

  it('a query whose answer is awaited after the commit is sent with it', async () => {
    proxy.hold('commit');
    const { later } = await inTransaction(pool, async (tx) => {
      tx.write('insert into pipelined values ($1, $2)', [1, 'one']);
      return { later: tx.query<{ n: number }>('select count(*)::int as n from pipelined') };
    });
    expect(proxy.released).toBe('by-text');
    expect((await later).rows[0]!.n).toBe(1);
  });
});

describe('a failed statement is what the transaction answers', () => {
  it('the commit throws the failed write (not a rollback answered as success) and nothing is kept', async () => {
    await pool.query(`insert into pipelined values (1, 'there before')`);
    const failed = inTransaction(pool, async (tx) => {
      tx.write('insert into pipelined values ($1, $2)', [2, 'two']);
      tx.write('insert into pipelined values ($1, $2)', [1, 'taken']);
      tx.write('insert into pipelined values ($1, $2)', [3, 'three']);
    });
    await expect(failed).rejects.toMatchObject({ code: '23505' });
    expect(await kept()).toEqual([1]);
  });

  it('a query after a failed write throws the write’s failure, not "the transaction is aborted"', async () => {
    const failed = inTransaction(pool, async (tx) => {
      tx.write('insert into pipelined values ($1, $2)', [1, '']);
      await tx.query('select count(*) from pipelined');
    });
    await expect(failed).rejects.toMatchObject({ code: '23514' });
    expect(await kept()).toEqual([]);
  });

  it('a failed query nobody awaited fails the commit (and is no unhandled rejection)', async () => {
    const failed = inTransaction(pool, async (tx) => {
      tx.write('insert into pipelined values ($1, $2)', [1, 'one']);
      void tx.query('select 1 / $1::int', [0]);
    });
    await expect(failed).rejects.toMatchObject({ code: '22012' });
    expect(await kept()).toEqual([]);
  });

  it('a failure at the commit itself (a deferred check) is thrown', async () => {
    await pool.query(`create temporary table if not exists deferred_check (id int primary key, parent int references deferred_check (id) deferrable initially deferred)`);
    const failed = inTransaction(pool, async (tx) => {
      tx.write('insert into deferred_check values ($1, $2)', [1, 99]);
    });
    await expect(failed).rejects.toMatchObject({ code: '23503' });
  });

  it('the connection is whole afterwards: the next transaction commits', async () => {
    await inTransaction(pool, async (tx) => tx.write('insert into pipelined values ($1, $2)', [7, 'seven']));
    expect(await kept()).toEqual([7]);
  });
});
