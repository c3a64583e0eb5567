import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { CredentialCache } from '../api/credential-cache';
import { hearIdentityChanges, POOL_EVENT } from '../db/identity-changes';
import { migrate } from '../db/migrate';
import { createPool } from '../db/pool';
import { beforeAllWithMoat, uniqueSuffix, type TestMoat } from './support/moat';
import { signedIn } from './support/sign-in';

/*
 * Who a credential names is kept for a while (api/credential-cache.ts), and only while every change to people, tokens
 * and sessions is heard (db/identity-changes.ts, db/migrations/022): a change made through the API's own pool is heard
 * before its commit answers; one made anywhere else within moments; while nothing can be heard, nothing is kept.
 */

const person = (id: string) => ({ person: { id } });
const read = <V extends { person: { id: string } }>(value: V | undefined) => {
  let reads = 0;
  return { load: async () => (reads++, value), reads: () => reads };
};

describe('the cache', () => {
  it('keeps what it read while changes are heard, and reads again once that person changed', async () => {
    const cache = new CredentialCache<{ person: { id: string } }>();
    cache.hearing(true);
    const ann = read(person('ann'));
    const bob = read(person('bob'));
    await cache.find('token:a', ann.load);
    await cache.find('token:a', ann.load);
    await cache.find('token:b', bob.load);
    expect([ann.reads(), bob.reads()]).toEqual([1, 1]);
    cache.personChanged('ann');
    await cache.find('token:a', ann.load);
    await cache.find('token:b', bob.load);
    expect([ann.reads(), bob.reads()], 'only the changed person is read again').toEqual([2, 1]);
  });

  it('keeps nothing while changes cannot be heard, and forgets everything when hearing stops', async () => {
    const cache = new CredentialCache<{ person: { id: string } }>();
    const ann = read(person('ann'));
    await cache.find('token:a', ann.load);
    await cache.find('token:a', ann.load);
    expect(ann.reads()).toBe(2);
    cache.hearing(true);
    await cache.find('token:a', ann.load);
    cache.hearing(false);
    cache.hearing(true);
    await cache.find('token:a', ann.load);
    expect(ann.reads()).toBe(4);
  });

  it('does not keep what was read while a change was heard, nor a credential that names nobody', async () => {
    const cache = new CredentialCache<{ person: { id: string } }>();
    cache.hearing(true);
    let reads = 0;
    const racing = async () => {
      reads += 1;
      cache.personChanged('someone else'); // heard while the read was under way: it may be older than the change
      return person('ann');
    };
    await cache.find('token:a', racing);
    await cache.find('token:a', racing);
    expect(reads).toBe(2);
    const nobody = read(undefined);
    await cache.find('token:x', nobody.load);
    await cache.find('token:x', nobody.load);
    expect(nobody.reads()).toBe(2);
  });

  it('keeps for its time at most, and never past what the credential says it lives', async () => {
    let now = 1_000_000;
    const cache = new CredentialCache<{ person: { id: string }; until?: number }>({ keepMs: 30_000, now: () => now });
    cache.hearing(true);
    const long = read(person('ann'));
    const short = read({ ...person('bob'), until: now + 5_000 });
    const until = (value: { until?: number }) => value.until ?? Infinity;
    await cache.find('token:a', long.load, until);
    await cache.find('session:b', short.load, until);
    now += 4_999;
    await cache.find('token:a', long.load, until);
    await cache.find('session:b', short.load, until);
    expect([long.reads(), short.reads()]).toEqual([1, 1]);
    now += 1;
    await cache.find('session:b', short.load, until);
    expect(short.reads(), 'the session ended: read again').toBe(2);
    now += 25_000;
    await cache.find('token:a', long.load, until);
    expect(long.reads()).toBe(2);
  });

  it('keeps at most its number of credentials, dropping the oldest', async () => {
    const cache = new CredentialCache<{ person: { id: string } }>({ maxEntries: 2 });
    cache.hearing(true);
    const reads = [read(person('a')), read(person('b')), read(person('c'))];
    for (const [i, r] of reads.entries()) await cache.find(`token:${i}`, r.load);
    expect(cache.size).toBe(2);
    for (const [i, r] of reads.entries()) await cache.find(`token:${i}`, r.load);
    expect(reads.map((r) => r.reads())).toEqual([2, 2, 2]);
  });
});

describe('hearing the changes from Postgres', () => {
  it('a pooled connection hears its own change before the statement that made it answers', async () => {
    const pool = createPool(inject('databaseUrl'), 2);
    await migrate(pool);
    const heard: string[] = [];
    pool.on(POOL_EVENT as 'connect', ((id: string) => heard.push(id)) as never);
    try {
      const { rows } = await pool.query<{ id: string }>(`insert into people (id, name, email, roles) values (gen_random_uuid(), 'Own', $1, '{sales}') returning id`, [
        `own.${uniqueSuffix()}@example.cn`,
      ]);
      expect(heard, 'a new person replaces nothing kept: not announced').toEqual([]);
      await pool.query(`update people set name = 'Own, renamed' where id = $1`, [rows[0]!.id]);
      expect(heard).toEqual([rows[0]!.id]);
    } finally {
      await pool.end();
    }
  });

  it('hears a change from any connection, and after its connection is cut it says so, reconnects and hears again', async () => {
    const pool = createPool(inject('databaseUrl'), 2);
    await migrate(pool);
    const applicationName = `identity changes ${uniqueSuffix()}`;
    const heard: string[] = [];
    const states: boolean[] = [];
    const changes = hearIdentityChanges(pool, { changed: (id) => heard.push(id), hearing: (on) => states.push(on) }, { applicationName });
    const other = new pg.Client({ connectionString: inject('databaseUrl') });
    await other.connect();
    try {
      await expect.poll(() => states, { timeout: 5_000 }).toEqual([true]);
      const id = (
        await other.query<{ id: string }>(`insert into people (id, name, email, roles) values (gen_random_uuid(), 'Heard', $1, '{sales}') returning id`, [
          `heard.${uniqueSuffix()}@example.cn`,
        ])
      ).rows[0]!.id;
      await other.query(`update people set name = name where id = $1`, [id]);
      await expect.poll(() => heard, { timeout: 5_000 }).toContain(id);
      await other.query(`select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1`, [applicationName]);
      await expect.poll(() => states, { timeout: 5_000 }).toEqual([true, false, true]);
      heard.length = 0;
      await other.query(`update people set name = name where id = $1`, [id]);
      await expect.poll(() => heard, { timeout: 5_000 }).toContain(id);
    } finally {
      await other.end();
      await changes.stop();
      await pool.end();
    }
  });
});

describe('the API keeps who a credential names', () => {
  let moat: TestMoat;
  let statements: string[];
  beforeAllWithMoat(
    async () => undefined,
    (started) => {
      moat = started;
      statements = [];
      // Which authentication statements the API's pool runs (both are prepared under a name of their own).
      const query = started.pool.query.bind(started.pool) as (...args: unknown[]) => unknown;
      started.pool.query = ((...args: unknown[]) => {
        const name = (args[0] as { name?: string } | undefined)?.name;
        if (name === 'person-by-token' || name === 'find-live-session') statements.push(name);
        return query(...args);
      }) as typeof started.pool.query;
    },
  );
  const other = new pg.Client({ connectionString: inject('databaseUrl') });
  afterAll(() => other.end());

  async function newPerson() {
    const created = await moat.admin.post('/api/people', { name: `Cached ${uniqueSuffix()}`, email: `cached.${uniqueSuffix()}@example.cn`, roles: ['sales'] });
    expect(created.status).toBe(201);
    return { id: created.body.id as string, token: created.body.token as string, api: moat.api.as(created.body.token) };
  }
  const reads = (name: string) => statements.filter((s) => s === name).length;
  /** Until the API's own listening connection is up, nothing is kept: wait for a token read once to stay kept. */
  async function kept(api: { get: (path: string) => Promise<{ status: number }> }) {
    await expect
      .poll(async () => {
        const before = reads('person-by-token');
        await api.get('/api/me');
        return reads('person-by-token') - before;
      }, { timeout: 5_000 })
      .toBe(0);
  }

  it('reads a token once, and at once again after a change made through its own pool', async () => {
    const someone = await newPerson();
    await kept(someone.api);
    const before = reads('person-by-token');
    for (let i = 0; i < 3; i++) expect((await someone.api.get('/api/me')).status).toBe(200);
    expect(reads('person-by-token') - before, 'kept').toBe(0);
    await moat.pool.query(`update people set roles = '{presales}' where id = $1`, [someone.id]);
    expect((await someone.api.get('/api/me')).body.roles, 'the change was heard before it answered').toEqual(['presales']);
    await moat.pool.query(`update api_tokens set revoked_at = now() where person_id = $1`, [someone.id]);
    expect((await someone.api.get('/api/me')).status).toBe(401);
  });

  it('hears a change made by another process within moments: a token revoked there stops working here', async () => {
    const someone = await newPerson();
    await kept(someone.api);
    await other.connect().catch(() => undefined);
    await other.query(`update people set name = 'Renamed elsewhere' where id = $1`, [someone.id]);
    await expect.poll(async () => (await someone.api.get('/api/me')).body.name, { timeout: 2_000, interval: 20 }).toBe('Renamed elsewhere');
    await other.query(`update api_tokens set revoked_at = now() where person_id = $1`, [someone.id]);
    await expect.poll(async () => (await someone.api.get('/api/me')).status, { timeout: 2_000, interval: 20 }).toBe(401);
  });

  it('reads a session once while it is kept; signing out ends it at once', async () => {
    const someone = await newPerson();
    const session = await signedIn(moat, someone);
    await session.get('/api/me');
    const before = reads('find-live-session');
    for (let i = 0; i < 3; i++) expect((await session.get('/api/me')).status).toBe(200);
    expect(reads('find-live-session') - before, 'kept').toBe(0);
    expect((await session.delete('/api/session')).status).toBeLessThan(300);
    expect((await session.get('/api/me')).status).toBe(401);
  });
});
