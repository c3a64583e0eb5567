/*
 * Long because (about 310 lines) the record's three ways of writing (a re-sent batch, the local record in one round
 * trip, the whole state of the oldest histories) share the row's upsert, the events' statement and the projections'
 * dispatch; each event family's projections live in their own db/*-record.ts.
 */
import type { RecordedEvent } from '../domain/project';
import type { ProjectRow } from '../domain/project-row';
import { isAssessEvent } from '../domain/assess';
import { isCollaborationEvent } from '../domain/collaborate';
import { isMatchEvent } from '../domain/match-state';
import { isPromiseEvent } from '../domain/promises';
import { applyPromiseProjection } from './promises-record';
import { isQualityEvent } from '../domain/opportunity-quality';
import { projectWorkflowId } from '../workflows/project-messages';
import { applyAssessProjection } from './assess-record';
import { applyCollaborationProjection } from './collaboration-record';
import { applyMatchProjection } from './match-record';
import type { OutsideChannel } from '../notify/channels';
import { planAndCountPending } from './notification-delivery';
import { notify, notifyOwners, notifyWithDelegates } from './notifications';
import { inTransaction, type Pool, type PoolClient, type Transaction } from './pool';

/**
 * Writes a batch of a project's events and its projections in one transaction. (project_id, seq) is the
 * idempotency key: an event already recorded is skipped with all its effects, so a retried or re-run activity
 * changes nothing.
 */
export async function recordProjectEvents(pool: Pool, project: ProjectRow, events: RecordedEvent[]): Promise<number> {
  return inTransaction(pool, (client) => writeEvents(client, project, events));
}

/** What the record held past the workflow's last acknowledged event when a command's events came to be written. */
export interface RecordAhead {
  /** The recorded events past it, in sequence order, as the workflow evolves them. */
  events: RecordedEvent[];
  /** Each one's command (null for events recorded before commands were), in the same order. */
  commandIds: (string | null)[];
}

/** An event's sequence number is already taken: Postgres refused its insert, and the whole write is rolled back. */
const sequenceTaken = (error: unknown) =>
  (error as { code?: string; constraint?: string }).code === '23505' && (error as { constraint?: string }).constraint === 'project_events_pkey';

/**
 * A command's events written from inside the workflow task that accepts the command (a local activity: see
 * workflows/project-recorder.ts), and the outside deliveries of the notifications waiting on the project planned in
 * the same transaction (sent with its commit), with how many wait (`toDeliver`). If the record already holds an event
 * at any of their sequence numbers (the unique key (project_id, seq) finds it, or waits for a concurrent writer of it
 * to commit), nothing is written and the events past `events[0].seq − 1` are answered instead: the same command's,
 * written by an earlier run of a workflow task that was then lost, or another's that the workflow never learnt of.
 * Either way the workflow adopts them; Postgres stays the truth.
 */
export async function recordCommandEvents(
  pool: Pool,
  project: ProjectRow,
  events: RecordedEvent[],
  commandIds: string[],
  channels: OutsideChannel[],
): Promise<{ recorded: number; toDeliver: number; ahead?: RecordAhead }> {
  const scope = { projectId: project.projectId };
  try {
    const written = await inTransaction(pool, async (client) => {
      const recorded = await writeCommandEvents(client, project, events, commandIds);
      const toDeliver = planAndCountPending(client, scope, channels);
      // Its failure is the transaction's, which the commit throws: read only after a commit that succeeded.
      toDeliver.catch(() => undefined);
      return { recorded, toDeliver };
    });
    return { recorded: written.recorded, toDeliver: await written.toDeliver };
  } catch (error) {
    if (!sequenceTaken(error)) throw error;
    return { recorded: 0, ahead: await eventsAfter(pool, project.projectId, events[0]!.seq - 1), toDeliver: await planAndCountPending(pool, scope, channels) };
  }
}

/** A project's recorded events past `after`, in sequence order, each with its command, as the workflow evolves them. */
export async function eventsAfter(client: Pool | PoolClient, projectId: string, after: number): Promise<RecordAhead> {
  const { rows } = await client.query<{ seq: number; type: string; actor_id: string; at: Date; payload: Record<string, unknown>; command_id: string | null }>(
    'select seq, type, actor_id, at, payload, command_id from project_events where project_id = $1 and seq > $2 order by seq',
    [projectId, after],
  );
  return {
    events: rows.map((r) => ({ ...r.payload, type: r.type, seq: r.seq, at: r.at.toISOString(), actorId: r.actor_id }) as RecordedEvent),
    commandIds: rows.map((r) => r.command_id),
  };
}

/** Whether `commandId` recorded anything on the project (a command whose workflow task was lost after its write). */
export async function commandRecorded(pool: Pool, projectId: string, commandId: string): Promise<boolean> {
  const { rows } = await pool.query('select 1 from project_events where project_id = $1 and command_id = $2 limit 1', [projectId, commandId]);
  return rows.length > 0;
}

/** Writes the events and their projections; an event already recorded is skipped with all its effects (a re-sent batch). */
async function writeEvents(client: Transaction, project: ProjectRow, events: RecordedEvent[]): Promise<number> {
  upsertProjectRow(client, project, events);
  // Every event is sent before any answer is awaited: they travel with the row's upsert, in one round trip.
  const inserted = await Promise.all(events.map((event) => client.query<{ inserted: number }>(...statementArgs(eventStatement(project.projectId, event, null, 'skip')))));
  let recorded = 0;
  for (const [index, event] of events.entries()) {
    if (!inserted[index]!.rows[0]!.inserted) continue;
    await applyProjection(client, project.projectId, event);
    recorded += 1;
  }
  return recorded;
}

/**
 * The local record's write: every statement — the row, the events, their projections, then (the caller's) delivery
 * plan and commit — sent without waiting for any answer, so the transaction is one round trip. A sequence number already
 * taken makes its event's insert fail, which fails the commit and rolls everything back (`sequenceTaken`).
 */
async function writeCommandEvents(client: Transaction, project: ProjectRow, events: RecordedEvent[], commandIds: string[]): Promise<number> {
  upsertProjectRow(client, project, events);
  for (const [index, event] of events.entries()) {
    client.write(...statementArgs(eventStatement(project.projectId, event, commandIds[index] ?? null, 'fail')));
    await applyProjection(client, project.projectId, event);
  }
  return events.length;
}

const statementArgs = (statement: { text: string; values: unknown[] }) => [statement.text, statement.values] as const;

/**
 * The event and its audit line in one statement (the audit line only with a newly recorded event), answering whether
 * the event was new. An event whose sequence number is taken is skipped (`skip`) or fails the statement (`fail`).
 */
function eventStatement(projectId: string, event: RecordedEvent, commandId: string | null, taken: 'skip' | 'fail') {
  const { type, seq, at, actorId, ...payload } = event;
  const data = JSON.stringify(payload);
  return {
    text: `with event as (
       insert into project_events (project_id, seq, type, actor_id, at, payload, command_id) values ($1, $2, $3, $4, $5, $6, $7)
       ${taken === 'skip' ? 'on conflict (project_id, seq) do nothing ' : ''}returning 1
     ), audited as (
       insert into audit_log (at, actor_id, action, entity_type, entity_id, reason, data, idempotency_key)
       select $5, $4, $3, 'project', $1, $8, $6, $9 where exists (select 1 from event)
       on conflict (idempotency_key) do nothing
     ) select count(*)::int as inserted from event`,
    values: [projectId, seq, type, actorId, at, data, commandId, reasonOf(event), `project:${projectId}:${seq}`],
  };
}

function upsertProjectRow(client: Transaction, p: ProjectRow, events: RecordedEvent[]): void {
  const opened = events.find((e) => e.type === 'project_opened');
  const closedAt = p.status === 'open' ? null : (events.find((e) => e.type === 'project_closed')?.at ?? null);
  const f = p.facts;
  client.write(
    `insert into projects (id, workflow_id, name, customer_name, industry, office_id, expected_amount, currency, channel,
       strategic, sales_owner_id, policy_version, tier, stage, stage_entered_at, stage_deadline, owner_id, status,
       close_reason, last_seq, created_by, created_at, updated_at, closed_at, budget_amount, committed_amount,
       actual_amount, dispatch_status, dispatch_lead_id, delivery_center_id, feasibility_status, solution, quality)
     values ($1, $24, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20,
       $21, $22, $23, $25, $26, $27, $28, $29, $30, $31, $32, $33)
     on conflict (id) do update set tier = excluded.tier, stage = excluded.stage,
       stage_entered_at = excluded.stage_entered_at, stage_deadline = excluded.stage_deadline,
       owner_id = excluded.owner_id, status = excluded.status, close_reason = excluded.close_reason,
       last_seq = excluded.last_seq, updated_at = excluded.updated_at,
       closed_at = coalesce(projects.closed_at, excluded.closed_at), budget_amount = excluded.budget_amount,
       committed_amount = excluded.committed_amount, actual_amount = excluded.actual_amount,
       dispatch_status = excluded.dispatch_status, dispatch_lead_id = excluded.dispatch_lead_id,
       delivery_center_id = excluded.delivery_center_id, feasibility_status = excluded.feasibility_status,
       quality = coalesce(excluded.quality, projects.quality)
     where projects.last_seq < excluded.last_seq`,
    [
      p.projectId, f.name, f.customerName, f.industry, f.officeId, f.expectedValue.amount, f.expectedValue.currency,
      f.channel, f.strategic, f.salesOwnerId, p.policyVersion, p.tier, p.stage, p.stageEnteredAt, p.stageDeadline,
      p.ownerId, p.status, p.closeReason, p.seq, opened?.actorId ?? f.salesOwnerId, opened?.at ?? p.stageEnteredAt,
      events[events.length - 1]?.at ?? p.stageEnteredAt, closedAt, projectWorkflowId(p.projectId),
      p.budget.amount, p.committedAmount, p.actualAmount, p.dispatch?.status ?? null,
      p.dispatch?.leadId ?? null, p.dispatch?.deliveryCenterId ?? null, p.feasibility, f.solution ?? null,
      p.quality ? JSON.stringify(p.quality) : null,
    ],
  );
}

async function applyProjection(client: Transaction, projectId: string, event: RecordedEvent): Promise<void> {
  const { seq, at } = event;
  const keyPrefix = `project:${projectId}:${seq}`;
  const keyFor = (personId: string) => `${keyPrefix}:${personId}`;
  if (isMatchEvent(event)) return applyMatchProjection(client, projectId, event);
  if (isCollaborationEvent(event)) return applyCollaborationProjection(client, projectId, event);
  if (isAssessEvent(event)) return applyAssessProjection(client, projectId, event);
  if (isPromiseEvent(event)) return applyPromiseProjection(client, projectId, event);
  if (isQualityEvent(event)) {
    client.write(
      `insert into quality_rescores (project_id, seq, stage, factors, score, tier_from, tier_to, reason, actor_id, at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) on conflict do nothing`,
      [projectId, seq, event.stage, JSON.stringify(event.factors), event.score, event.from, event.to, event.reason, event.actorId, at],
    );
    return;
  }
  switch (event.type) {
    case 'project_opened':
      client.write('insert into stage_history (project_id, seq, stage, entered_at, deadline) values ($1, $2, $3, $4, $5)', [
        projectId,
        seq,
        event.stage,
        at,
        event.stageDeadline,
      ]);
      startOwnership(client, projectId, seq, event.ownerId, 'opened', at);
      return;
    case 'stage_advanced':
      endCurrentStage(client, projectId, at);
      client.write('insert into stage_history (project_id, seq, stage, entered_at, deadline) values ($1, $2, $3, $4, $5)', [
        projectId,
        seq,
        event.to,
        at,
        event.stageDeadline,
      ]);
      return;
    case 'handoff_proposed': {
      const h = event.handoff;
      client.write(
        `insert into handoffs (id, project_id, kind, from_person_id, to_person_id, proposed_by_id, reason, status, proposed_at)
         values ($1, $2, $3, $4, $5, $6, $7, 'pending', $8)`,
        [h.id, projectId, h.kind, h.fromPersonId, h.toPersonId, h.proposedById, h.reason, h.proposedAt],
      );
      notifyWithDelegates(client, h.toPersonId, { projectId, kind: 'handoff_offered', title: 'You are offered ownership of a project', data: { handoffId: h.id, reason: h.reason }, at, keyPrefix });
      return;
    }
    case 'handoff_accepted':
      if (event.stageDeadline) client.write('update stage_history set deadline = $2 where project_id = $1 and left_at is null', [projectId, event.stageDeadline]);
      decideHandoff(client, event.handoffId, 'accepted', event.actorId, at, null, event.onBehalfOf ?? null);
      endCurrentOwnership(client, projectId, at);
      startOwnership(client, projectId, seq, event.toPersonId, 'handoff', at);
      notify(client, [event.fromPersonId], projectId, 'handoff_accepted', 'Your handoff was accepted', { handoffId: event.handoffId }, at, keyFor);
      return;
    case 'handoff_declined': {
      decideHandoff(client, event.handoffId, 'declined', event.actorId, at, event.reason, event.onBehalfOf ?? null);
      const { rows } = await client.query<{ proposed_by_id: string; from_person_id: string }>(
        'select proposed_by_id, from_person_id from handoffs where id = $1',
        [event.handoffId],
      );
      const h = rows[0];
      if (h) notify(client, [h.proposed_by_id, h.from_person_id], projectId, 'handoff_declined', 'Your handoff was declined', { handoffId: event.handoffId, reason: event.reason }, at, keyFor);
      return;
    }
    case 'handoff_cancelled':
      decideHandoff(client, event.handoffId, 'cancelled', event.actorId, at, event.reason, null);
      return;
    case 'project_closed':
      endCurrentStage(client, projectId, at);
      notifyOwners(client, { projectId, kind: 'project_closed', title: `The project was closed ${event.outcome}`, data: { outcome: event.outcome, reason: event.reason }, at, keyPrefix });
      endCurrentOwnership(client, projectId, at);
      return;
    case 'tier_overridden':
      // The projects row carries the tier; the event and its audit row carry who, why and from what.
      return;
  }
}

function reasonOf(event: RecordedEvent): string | null {
  switch (event.type) {
    case 'project_opened':
      return event.tierReason;
    case 'handoff_proposed':
      return event.handoff.reason;
    case 'handoff_declined':
    case 'handoff_cancelled':
    case 'project_closed':
    case 'tier_overridden':
    case 'budget_set':
    case 'approval_cancelled':
      return event.reason;
    case 'approval_decided':
      return event.comment;
    case 'feasibility_signed':
      return event.note;
    case 'commitments_changed':
    case 'delivery_handoff_declined':
      return event.reason;
    case 'deadline_extended':
    case 'ownership_reassigned':
    case 'escalated':
      return event.reason;
    default:
      return null;
  }
}

function endCurrentStage(client: Transaction, projectId: string, at: string): void {
  client.write('update stage_history set left_at = $2 where project_id = $1 and left_at is null', [projectId, at]);
}

function startOwnership(
  client: Transaction,
  projectId: string,
  seq: number,
  personId: string,
  via: 'opened' | 'handoff',
  at: string,
): void {
  client.write(
    'insert into project_ownerships (project_id, seq, person_id, via, started_at) values ($1, $2, $3, $4, $5)',
    [projectId, seq, personId, via, at],
  );
}

function endCurrentOwnership(client: Transaction, projectId: string, at: string): void {
  client.write('update project_ownerships set ended_at = $2 where project_id = $1 and ended_at is null', [projectId, at]);
}

function decideHandoff(
  client: Transaction,
  handoffId: string,
  status: 'accepted' | 'declined' | 'cancelled',
  decidedById: string,
  at: string,
  reason: string | null,
  onBehalfOf: string | null,
): void {
  client.write(
    `update handoffs set status = $2, decided_at = $3, decided_by_id = $4, decision_reason = $5, decided_on_behalf_of = $6
     where id = $1 and status = 'pending'`,
    [handoffId, status, at, decidedById, reason, onBehalfOf],
  );
}
