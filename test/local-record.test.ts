import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { PoolClient } from '../db/pool';
import { recordCommandEvents } from '../db/project-record';
import { scoringParticipants } from '../db/assess-record';
import { scoringRequestEvents } from '../domain/assess';
import { decideClose, decideProposeHandoff, evolve } from '../domain/lifecycle';
import { SYSTEM_ACTOR_ID, type Actor } from '../domain/people';
import type { ProjectEvent, ProjectState, RecordedEvent } from '../domain/project';
import { projectRowOf } from '../domain/project-row';
import { closeUpdate, projectDecisionStateQuery, projectStateQuery, projectWorkflowId, proposeHandoffUpdate } from '../workflows/project-messages';
import { compareHistory, historyCounts } from '../faults/history-check';
import { projectBody, withMoatAndOrg } from './support/moat';

/**
 * The record is written from the workflow task that accepts a command (a local activity, workflows/project-recorder.ts).
 * Such a task can be lost after Postgres committed; these tests put a command's events in the record as that lost task
 * would have left them (the workflow never learnt of them) and check the workflow adopts them.
 */
describe('a command recorded by a workflow task that was then lost', () => {
  const ctx = withMoatAndOrg();

  const handleOf = (id: string) => ctx.moat.temporal.workflow.getHandle(projectWorkflowId(id));

  /** Writes `decide`'s events as command `commandId` straight into the record, past `from` (what the workflow knows). */
  async function writtenByLostTask(from: ProjectState, commandId: string, actorId: string, decide: (s: ProjectState) => ProjectEvent[]) {
    let state = from;
    const at = new Date().toISOString();
    const events = decide(state).map((event, i): RecordedEvent => ({ ...event, seq: state.seq + 1 + i, at, actorId }));
    for (const event of events) state = evolve(state, event);
    const written = await recordCommandEvents(ctx.moat.pool, projectRowOf(state), events, events.map(() => commandId), []);
    expect(written.ahead).toBeUndefined();
    return { events, state };
  }

  /** The same, past the workflow's state now. */
  async function leftByLostTask(id: string, commandId: string, actorId: string, decide: (s: ProjectState) => ProjectEvent[]): Promise<RecordedEvent[]> {
    return (await writtenByLostTask(await handleOf(id).query(projectDecisionStateQuery), commandId, actorId, decide)).events;
  }

  /** The sales person as the workflow sees them when they command their own project. */
  const salesActor = (): Actor => ({ id: ctx.org.sales.id, roles: ['sales'], manages: [], actingFor: [], officeId: ctx.org.officeId });

  const proposeToSales2 = (s: ProjectState) =>
    decideProposeHandoff(
      s,
      { actor: salesActor(), to: { id: ctx.org.sales2.id, roles: ['sales'] }, reason: 'the demo' },
      { now: new Date().toISOString(), newId: randomUUID },
    );

  it('is one round trip: the row, the events, their projections, the delivery plan and the commit leave in one write', async () => {
    const created = await ctx.org.sales.api.post('/api/projects', projectBody(ctx.org));
    expect(created.status).toBe(201);
    const pool = ctx.moat.pool;
    const connect = pool.connect.bind(pool) as () => Promise<PoolClient>;
    let writes = 0;
    // The socket writes of the connection the record takes (a system call each), counted while it holds it.
    pool.connect = (async () => {
      const client = await connect();
      const socket = (client as unknown as { connection: { stream: Record<'_write' | '_writev', (...args: unknown[]) => void> } }).connection.stream;
      const { _write, _writev } = socket;
      socket._write = (...args) => (writes++, _write.apply(socket, args));
      socket._writev = (...args) => (writes++, _writev.apply(socket, args));
      const release = client.release.bind(client);
      client.release = (error?: Error | boolean) => (Object.assign(socket, { _write, _writev }), release(error));
      return client;
    }) as typeof pool.connect;
    try {
      const { events } = await writtenByLostTask(await handleOf(created.body.id).query(projectDecisionStateQuery), 'one-flight', ctx.org.sales.id, proposeToSales2);
      expect(events.map((e) => e.type)).toEqual(['handoff_proposed']);
    } finally {
      pool.connect = connect as typeof pool.connect;
    }
    expect(writes).toBe(1);
  });

  it("another command's events: the next command adopts them and is refused (409); retried, it applies on top", async () => {
    const created = await ctx.org.sales.api.post('/api/projects', projectBody(ctx.org));
    expect(created.status).toBe(201);
    const id = created.body.id;
    const [proposed] = await leftByLostTask(id, 'lost-command', ctx.org.sales.id, proposeToSales2);
    expect((await handleOf(id).query(projectStateQuery)).pendingHandoff).toBeNull();

    // The workflow still believes nothing is pending; the record says a handoff is. The next write finds the record ahead.
    const extend = await ctx.org.manager.api.post(`/api/projects/${id}/deadline`, { until: new Date(Date.now() + 30 * 86_400_000).toISOString(), reason: 'customer away' });
    expect(extend.status, JSON.stringify(extend.body)).toBe(409);
    expect(extend.body.error.message).toMatch(/changed in the record/);
    const live = await handleOf(id).query(projectStateQuery);
    expect(live.seq).toBe(proposed!.seq);
    expect(live.pendingHandoff?.id).toBe(proposed!.type === 'handoff_proposed' ? proposed!.handoff.id : undefined);

    // The project carries on from the record: the adopted handoff is accepted, and the extension applies when retried.
    const accepted = await ctx.org.sales2.api.post(`/api/handoffs/${live.pendingHandoff!.id}/accept`, {});
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body.ownerId).toBe(ctx.org.sales2.id);
    const retried = await ctx.org.manager.api.post(`/api/projects/${id}/deadline`, { until: new Date(Date.now() + 30 * 86_400_000).toISOString(), reason: 'customer away' });
    expect(retried.status, JSON.stringify(retried.body)).toBe(200);
    const seqs = await ctx.moat.pool.query<{ seq: number; command_id: string | null }>('select seq, command_id from project_events where project_id = $1 order by seq', [id]);
    expect(seqs.rows.map((r) => r.seq)).toEqual(seqs.rows.map((_, i) => i + 1));
    expect(seqs.rows.find((r) => r.seq === proposed!.seq)?.command_id).toBe('lost-command');
    expect((await handleOf(id).query(projectStateQuery)).seq).toBe(seqs.rows.length);
  });

  it('the same command retried with its Idempotency-Key after its task was lost: the workflow catches up and the command counts as done', async () => {
    const created = await ctx.org.sales.api.post('/api/projects', projectBody(ctx.org));
    const id = created.body.id;
    const key = `lost-${randomUUID()}`;
    // What the route would have sent: the update id the API derives from the key (api/project-access.ts updateIdFor).
    const [proposed] = await leftByLostTask(id, `handoff:${ctx.org.sales.id}:${key}`, ctx.org.sales.id, proposeToSales2);

    const retried = await ctx.org.sales.api.post(`/api/projects/${id}/handoffs`, { toPersonId: ctx.org.sales2.id, reason: 'the demo' }, { 'idempotency-key': key });
    expect(retried.status, JSON.stringify(retried.body)).toBe(201);
    expect(retried.body.id).toBe(proposed!.type === 'handoff_proposed' ? proposed!.handoff.id : undefined);
    const live = await handleOf(id).query(projectStateQuery);
    expect(live.seq).toBe(proposed!.seq);
    expect(live.pendingHandoff?.id).toBe(retried.body.id);

    // Another key for the same proposal is refused as it always was: there is one pending already.
    const again = await ctx.org.sales.api.post(`/api/projects/${id}/handoffs`, { toPersonId: ctx.org.sales2.id, reason: 'the demo' }, { 'idempotency-key': `other-${key}` });
    expect(again.status).toBe(409);
    // Without a record of it, a 409 with a key stays a 409 (the command was never applied).
    const events = await ctx.moat.pool.query('select count(*)::int as n from project_events where project_id = $1', [id]);
    expect(events.rows[0].n).toBe(proposed!.seq);
  });

  it('the same command re-run by the workflow (its events already recorded under its id) answers with them and writes nothing', async () => {
    const created = await ctx.org.sales.api.post('/api/projects', projectBody(ctx.org));
    const id = created.body.id;
    const key = `rerun-${randomUUID()}`;
    const updateId = `handoff:${ctx.org.sales.id}:${key}`;
    const [proposed] = await leftByLostTask(id, updateId, ctx.org.sales.id, proposeToSales2);
    // As Temporal re-delivers an update whose task was lost: the same id straight to the workflow, whose handler decides
    // again (a new handoff id, a new time) and finds its own events in the record.
    const view = await handleOf(id).executeUpdate(proposeHandoffUpdate, {
      args: [{ actor: salesActor(), to: { id: ctx.org.sales2.id, roles: ['sales'] }, reason: 'the demo' }],
      updateId,
    });
    expect(view.seq).toBe(proposed!.seq);
    expect(view.pendingHandoff?.id).toBe(proposed!.type === 'handoff_proposed' ? proposed!.handoff.id : undefined);
    expect(view.pendingHandoff?.proposedAt).toBe(proposed!.type === 'handoff_proposed' ? proposed!.handoff.proposedAt : undefined);
    const events = await ctx.moat.pool.query('select count(*)::int as n from project_events where project_id = $1', [id]);
    expect(events.rows[0].n).toBe(proposed!.seq);
  });

  it('a command that writes twice (a close, then its scoring request) re-run after its task was lost: it finds and adopts each write', async () => {
    const created = await ctx.org.sales.api.post('/api/projects', projectBody(ctx.org));
    const id = created.body.id;
    const updateId = `close:${ctx.org.sales.id}:lost-${randomUUID()}`;
    const close = { actor: salesActor(), outcome: 'lost' as const, reason: 'competitor won' };
    const now = () => new Date().toISOString();
    const closed = await writtenByLostTask(await handleOf(id).query(projectDecisionStateQuery), updateId, ctx.org.sales.id, (s) =>
      decideClose(s, close, { now: now() }, { deliveryHandoff: true }),
    );
    const participants = await scoringParticipants(ctx.moat.pool, id, ctx.org.sales.id);
    const asked = await writtenByLostTask(closed.state, updateId, SYSTEM_ACTOR_ID, (s) => scoringRequestEvents(s, participants, { now: now(), newId: randomUUID }));

    // Temporal re-delivers the close: its first write finds the close, its second the scoring request, both its own.
    const view = await handleOf(id).executeUpdate(closeUpdate, { args: [close], updateId });
    expect(view).toMatchObject({ status: 'lost', seq: asked.state.seq });
    const events = await ctx.moat.pool.query<{ n: number }>('select count(*)::int as n from project_events where project_id = $1', [id]);
    expect(events.rows[0]!.n).toBe(asked.state.seq);
    expect((await handleOf(id).query(projectDecisionStateQuery)).assess).toEqual(asked.state.assess);
  });

  it('a close retried with its key after both its writes were recorded: caught up, its history counts as a close', async () => {
    // The chaos run's history check (faults/history-check.ts) holds each project's history against a reference: a close
    // found by the catch-up stands for both its writes and the read of whom to ask between them.
    const closeBody = { outcome: 'lost', reason: 'competitor won' };
    const reference = (await ctx.org.sales.api.post('/api/projects', projectBody(ctx.org))).body.id;
    expect((await ctx.org.sales.api.post(`/api/projects/${reference}/close`, closeBody)).status).toBe(200);

    const id = (await ctx.org.sales.api.post('/api/projects', projectBody(ctx.org))).body.id;
    const key = `lost-${randomUUID()}`;
    const updateId = `close:${ctx.org.sales.id}:${key}`;
    const close = { actor: salesActor(), outcome: 'lost' as const, reason: 'competitor won' };
    const now = () => new Date().toISOString();
    const closed = await writtenByLostTask(await handleOf(id).query(projectDecisionStateQuery), updateId, ctx.org.sales.id, (s) =>
      decideClose(s, close, { now: now() }, { deliveryHandoff: true }),
    );
    const participants = await scoringParticipants(ctx.moat.pool, id, ctx.org.sales.id);
    await writtenByLostTask(closed.state, updateId, SYSTEM_ACTOR_ID, (s) => scoringRequestEvents(s, participants, { now: now(), newId: randomUUID }));

    const retried = await ctx.org.sales.api.post(`/api/projects/${id}/close`, closeBody, { 'idempotency-key': key });
    expect(retried.status, JSON.stringify(retried.body)).toBe(200);
    expect(retried.body.status).toBe('lost');
    const { events } = await handleOf(id).fetchHistory();
    const accepted = events!.map((e) => e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.name).filter(Boolean);
    expect(accepted.at(-1), 'the close was caught up, not run again').toBe('catchUp');
    const counts = await Promise.all([reference, id].map((project) => historyCounts(ctx.moat.temporal, project)));
    expect(compareHistory(counts[0]!, counts[1]!)).toEqual({ lost: [], duplicated: [] });
  });
});
