import { createServer, type Server, type Socket } from 'node:net';
import { Client, Connection } from '@temporalio/client';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../api/app';
import { CLAIM_LEASE_SECONDS } from '../api/deadlines';
import { createPool, type Pool } from '../db/pool';
import { projectBody, uniqueSuffix, withMoatAndOrg } from './support/moat';

/**
 * A client must never take Moat down, hang it or wedge a project: dates past any sense are refused at the edge,
 * a stalled dependency costs a clear 503 within the deadline, a crashed request's Idempotency-Key is free again
 * promptly, and a write the record refuses leaves the workflow exactly where Postgres is.
 */

const ctx = withMoatAndOrg();

async function open(): Promise<{ id: string; stageDeadline: string }> {
  const reply = await ctx.org.sales.api.post('/api/projects', projectBody(ctx.org, { expectedValue: { amount: 150_000_000, currency: 'CNY' } }));
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return reply.body;
}

/** A TCP server that accepts connections and never answers: a paused Temporal or Postgres, as a client sees it. */
async function blackHole(): Promise<{ address: string; port: number; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    address: `127.0.0.1:${port}`,
    port,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('dates a client sends are bounded', () => {
  it('a deadline years ahead is 400 at once; within two years it is taken', async () => {
    const { id } = await open();
    const far = await ctx.org.manager.api.post(`/api/projects/${id}/deadline`, { until: '9999-12-31T23:59:59Z', reason: 'x' });
    expect(far.status, JSON.stringify(far.body)).toBe(400);
    expect(far.body.error.details[0].path).toBe('body.until');
    const justPast = new Date(Date.now() + 731 * 86_400_000).toISOString();
    expect((await ctx.org.manager.api.post(`/api/projects/${id}/deadline`, { until: justPast, reason: 'x' })).status).toBe(400);
    const inAYear = new Date(Date.now() + 365 * 86_400_000).toISOString();
    const taken = await ctx.org.manager.api.post(`/api/projects/${id}/deadline`, { until: inAYear, reason: 'budget cycle' });
    expect(taken.status, JSON.stringify(taken.body)).toBe(200);
    expect(Date.parse(taken.body.stageDeadline)).toBe(Date.parse(inAYear));
    // The project still answers: the workflow computed its ladder over a year of calendar without trouble.
    expect((await ctx.org.director.api.get(`/api/projects/${id}/live`)).status).toBe(200);
  });
});

describe('a stalled or absent dependency answers 503 with Retry-After, never a hang', () => {
  let hole: Awaited<ReturnType<typeof blackHole>>;
  let stalled: FastifyInstance;
  let deadPostgres: Pool;
  let noDatabase: FastifyInstance;

  beforeAll(async () => {
    hole = await blackHole();
    // The API on the real database, but its Temporal never answers.
    const temporal = new Client({ connection: Connection.lazy({ address: hole.address }) });
    stalled = await buildApp({ pool: ctx.moat.pool, temporal, taskQueue: ctx.moat.taskQueue, temporalDeadlineMs: 1_000 }, { logLevel: 'silent' });
    // The API on the real Temporal, but its Postgres is gone (nothing listens on port 1).
    deadPostgres = createPool('postgres://moat:moat@127.0.0.1:1/moat');
    noDatabase = await buildApp({ pool: deadPostgres, temporal: ctx.moat.temporal, taskQueue: ctx.moat.taskQueue }, { logLevel: 'silent' });
  });

  afterAll(async () => {
    await stalled?.close();
    await noDatabase?.close();
    await deadPostgres?.end();
    await hole?.close();
  });

  it('a command while Temporal does not answer: 503 temporal_unavailable within the deadline, with Retry-After', async () => {
    const { id } = await open();
    const started = Date.now();
    const reply = await stalled.inject({
      method: 'POST',
      url: `/api/projects/${id}/advance`,
      headers: { authorization: `Bearer ${ctx.org.sales.token}`, 'content-type': 'application/json' },
      payload: { nomineeId: ctx.org.presales.id },
    });
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(reply.statusCode, reply.body).toBe(503);
    expect(reply.json().error.code).toBe('temporal_unavailable');
    expect(Number(reply.headers['retry-after'])).toBeGreaterThan(0);
    // Positive control: the same command through the healthy API goes through.
    expect((await ctx.org.sales.api.post(`/api/projects/${id}/advance`, { nomineeId: ctx.org.presales.id })).status).toBe(200);
  });

  it('any request while Postgres is unreachable: 503 database_unavailable, with Retry-After', async () => {
    const reply = await noDatabase.inject({ method: 'GET', url: '/api/projects', headers: { authorization: `Bearer ${ctx.org.sales.token}` } });
    expect(reply.statusCode, reply.body).toBe(503);
    expect(reply.json().error.code).toBe('database_unavailable');
    expect(reply.headers['retry-after']).toBeDefined();
  });

  it('/readyz answers within 2 s whatever its dependencies do, naming what is down', async () => {
    const blackHolePostgres = createPool(`postgres://moat:moat@127.0.0.1:${hole.port}/moat`);
    const neither = await buildApp(
      { pool: blackHolePostgres, temporal: new Client({ connection: Connection.lazy({ address: hole.address }) }), taskQueue: ctx.moat.taskQueue },
      { logLevel: 'silent' },
    );
    try {
      const started = Date.now();
      const reply = await neither.inject({ method: 'GET', url: '/readyz' });
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(reply.statusCode).toBe(503);
      expect(reply.json()).toMatchObject({ postgres: { ok: false }, temporal: { ok: false } });
      const healthy = await ctx.moat.api.get('/readyz');
      expect(healthy.body).toEqual({ postgres: { ok: true }, temporal: { ok: true } });
    } finally {
      await neither.close();
      await blackHolePostgres.end().catch(() => undefined);
    }
  });
});

describe('an Idempotency-Key whose first attempt died is free again promptly', () => {
  it('a live claim answers 409 in_progress with Retry-After; a claim past its lease is taken over and runs once', async () => {
    const { id } = await open();
    const key = `crashed-${uniqueSuffix()}`;
    const route = `POST /api/projects/${id}/handoffs`;
    const body = { toPersonId: ctx.org.sales2.id, reason: 'holiday' };
    const { createHash } = await import('node:crypto');
    const hash = createHash('sha256').update(JSON.stringify(body)).digest('hex');
    // What a process killed mid-request leaves behind: a claim with no answer.
    await ctx.moat.pool.query('insert into idempotency_keys (person_id, key, route, request_hash) values ($1, $2, $3, $4)', [ctx.org.sales.id, key, route, hash]);
    const busy = await ctx.org.sales.api.post(`/api/projects/${id}/handoffs`, body, { 'idempotency-key': key });
    expect(busy.status, JSON.stringify(busy.body)).toBe(409);
    expect(busy.body.error.code).toBe('in_progress');
    const wait = Number(busy.headers.get('retry-after'));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(CLAIM_LEASE_SECONDS);
    // Once the lease has run out (here: the claim is made older than it), the retry runs.
    await ctx.moat.pool.query(`update idempotency_keys set created_at = now() - make_interval(secs => $3) where person_id = $1 and key = $2`, [
      ctx.org.sales.id,
      key,
      CLAIM_LEASE_SECONDS + 1,
    ]);
    const retried = await ctx.org.sales.api.post(`/api/projects/${id}/handoffs`, body, { 'idempotency-key': key });
    expect(retried.status, JSON.stringify(retried.body)).toBe(201);
    const again = await ctx.org.sales.api.post(`/api/projects/${id}/handoffs`, body, { 'idempotency-key': key });
    expect(again.body).toEqual(retried.body);
    const handoffs = await ctx.moat.pool.query('select count(*)::int as n from handoffs where project_id = $1', [id]);
    expect(handoffs.rows[0].n).toBe(1);
  });
});

describe('a write the record refuses never leaves the workflow ahead of Postgres', () => {
  const MARK = 'refuse-this-write';

  beforeAll(async () => {
    // A deliberate refusal: the record rejects any event carrying the mark, as it would a value it cannot store.
    await ctx.moat.pool.query(`
      create or replace function test_refuse_marked_event() returns trigger language plpgsql as $$
      begin
        if new.payload::text like '%${MARK}%' then
          raise exception 'the test refuses this event' using errcode = 'check_violation';
        end if;
        return new;
      end $$`);
    await ctx.moat.pool.query(`create trigger test_refuse_marked_event before insert on project_events for each row execute function test_refuse_marked_event()`);
  });

  afterAll(async () => {
    await ctx.moat.pool.query('drop trigger if exists test_refuse_marked_event on project_events');
    await ctx.moat.pool.query('drop function if exists test_refuse_marked_event()');
  });

  it('the command is refused at once; the workflow rolls back to the record; the project carries on', async () => {
    const { id } = await open();
    const before = (await ctx.org.sales.api.get(`/api/projects/${id}`)).body;
    const started = Date.now();
    const refused = await ctx.org.sales.api.post(`/api/projects/${id}/handoffs`, { toPersonId: ctx.org.sales2.id, reason: `${MARK} please` });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(refused.status, JSON.stringify(refused.body)).toBe(409);
    expect(refused.body.error.message).toMatch(/record refused/);

    const live = (await ctx.org.director.api.get(`/api/projects/${id}/live`)).body;
    const recorded = (await ctx.org.sales.api.get(`/api/projects/${id}`)).body;
    expect(recorded.timeline).toEqual(before.timeline);
    expect(live).toMatchObject({ seq: before.timeline.length, pendingHandoff: null, ownerId: ctx.org.sales.id, status: 'open' });

    // The next command takes the next sequence number and is recorded as usual.
    const offered = await ctx.org.sales.api.post(`/api/projects/${id}/handoffs`, { toPersonId: ctx.org.sales2.id, reason: 'holiday' });
    expect(offered.status, JSON.stringify(offered.body)).toBe(201);
    const after = (await ctx.org.sales.api.get(`/api/projects/${id}`)).body;
    expect(after.timeline.map((e: { seq: number }) => e.seq)).toEqual([...before.timeline.map((e: { seq: number }) => e.seq), before.timeline.length + 1]);
    expect((await ctx.org.director.api.get(`/api/projects/${id}/live`)).body.seq).toBe(before.timeline.length + 1);
  });
});

describe('a delegate acts for the nominee only where they could have been nominated', () => {
  it('a manager-only deputy of a presales person cannot take a presales stage; the inbox says why; the nominee can', async () => {
    const from = new Date(Date.now() - 60_000).toISOString();
    const until = new Date(Date.now() + 3_600_000).toISOString();
    expect((await ctx.org.presales.api.put('/api/me/delegation', { delegateId: ctx.org.manager.id, from, until })).status).toBe(200);
    try {
      const { id } = await open();
      const advanced = await ctx.org.sales.api.post(`/api/projects/${id}/advance`, { nomineeId: ctx.org.presales.id });
      expect(advanced.status, JSON.stringify(advanced.body)).toBe(200);
      const handoffId = advanced.body.pendingHandoff.id as string;
      const inbox = (await ctx.org.manager.api.get('/api/me/inbox')).body.handoffs.find((h: { id: string }) => h.id === handoffId);
      expect(inbox.waitsForNominee).toMatch(/owned by a presales/);
      const byDeputy = await ctx.org.manager.api.post(`/api/handoffs/${handoffId}/accept`);
      expect(byDeputy.status, JSON.stringify(byDeputy.body)).toBe(403);
      expect((await ctx.org.manager.api.post(`/api/handoffs/${handoffId}/decline`, { reason: 'busy' })).status).toBe(403);
      expect((await ctx.org.presales.api.get('/api/me/inbox')).body.handoffs.find((h: { id: string }) => h.id === handoffId).waitsForNominee).toBeNull();
      const byNominee = await ctx.org.presales.api.post(`/api/handoffs/${handoffId}/accept`);
      expect(byNominee.status, JSON.stringify(byNominee.body)).toBe(200);
      expect(byNominee.body.ownerId).toBe(ctx.org.presales.id);
    } finally {
      await ctx.org.presales.api.request('DELETE', '/api/me/delegation');
    }
  });
});

describe('commands for a project whose workflow has ended', () => {
  it('scores for a closed project with nobody to score: 409, not a 500', async () => {
    const { id } = await open();
    const closed = await ctx.org.sales.api.post(`/api/projects/${id}/close`, { outcome: 'lost', reason: 'budget cut' });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    const scores = await ctx.org.sales.api.post(`/api/projects/${id}/scores`, { scores: [{ personId: ctx.org.presales.id, score: 3, comment: '' }] });
    expect(scores.status, JSON.stringify(scores.body)).toBe(409);
    expect((await ctx.org.sales.api.post(`/api/projects/${id}/advance`, {})).status).toBe(409);
  });
});
