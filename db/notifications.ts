import type { Approval } from '../domain/match-state';
import type { Pool, Transaction } from './pool';

/**
 * The in-app inbox. One row per (event, person): the key makes a re-delivered event notify once. People who
 * delegated their decisions to someone (out of office) have the delegate told as well.
 */
export function notify(
  client: Transaction,
  personIds: readonly string[],
  /** Null for a notice about no one project (a performance period's close). */
  projectId: string | null,
  kind: string,
  title: string,
  data: Record<string, unknown>,
  at: string,
  keyFor: (personId: string) => string,
): void {
  const ids = [...new Set(personIds)];
  if (ids.length === 0) return;
  // One statement for everyone told, each with their own key.
  client.write(
    `insert into notifications (person_id, kind, project_id, title, data, idempotency_key, created_at)
     select told.id, $1, $2, $3, $4, told.key, $5 from unnest($6::uuid[], $7::text[]) as told(id, key)
     on conflict (idempotency_key) do nothing`,
    [kind, projectId, title, JSON.stringify(data), at, ids, ids.map(keyFor)],
  );
}

/** A notification about a project whose people are found by the statement that writes it. */
export interface ToldNotice {
  projectId: string;
  kind: string;
  title: string;
  data: Record<string, unknown>;
  at: string;
  /** Each person's key is `${keyPrefix}:${their id}`. */
  keyPrefix: string;
}

/**
 * `notify` of the people `told` selects (SQL of one uuid column `id`: $2 is the project, $6 the notice's time, $7 on
 * its own `values`), in one write: nothing is read back first.
 */
function notifyTold(client: Transaction, told: string, values: unknown[], notice: ToldNotice): void {
  client.write(
    `insert into notifications (person_id, kind, project_id, title, data, idempotency_key, created_at)
     select told.id, $1, $2, $3, $4, $5 || ':' || told.id, $6 from (${told}) told where told.id is not null
     on conflict (idempotency_key) do nothing`,
    [notice.kind, notice.projectId, notice.title, JSON.stringify(notice.data), notice.keyPrefix, notice.at, ...values],
  );
}

/** `personId` and the delegates acting for them at the notice's time (an out-of-office delegation in force). */
export function notifyWithDelegates(client: Transaction, personId: string, notice: ToldNotice): void {
  notifyTold(client, `select $7::uuid as id union select delegate_id from delegations where person_id = $7 and starts_at <= $6 and ends_at > $6`, [personId], notice);
}

/** The project's sales owner and its current owners (before the close ends their ownership). */
export function notifyOwners(client: Transaction, notice: ToldNotice): void {
  notifyTold(client, `select sales_owner_id as id from projects where id = $2 union select person_id from project_ownerships where project_id = $2 and ended_at is null`, [], notice);
}

/** One notification about a project, before it is known who gets it. */
export interface ProjectNotice {
  projectId: string;
  kind: string;
  title: string;
  data: Record<string, unknown>;
  at: string;
  keyFor: (personId: string) => string;
}

/** Everyone holding `role` (the director pool). */
export async function notifyRole(client: Transaction, role: string, notice: ProjectNotice): Promise<void> {
  const { rows } = await client.query<{ id: string }>('select id from people where $1 = any(roles)', [role]);
  const { projectId, kind, title, data, at, keyFor } = notice;
  notify(client, rows.map((r) => r.id), projectId, kind, title, data, at, keyFor);
}

/** The approver of `approval` told of it (with their delegates), or everyone holding its role; keys `${keyPrefix}:${person}`. */
export async function notifyApprover(
  client: Transaction,
  projectId: string,
  approval: Approval,
  kind: string,
  title: string,
  keyPrefix: string,
): Promise<void> {
  const data = { approvalId: approval.id };
  if (!approval.approver.personId) {
    const keyFor = (personId: string) => `${keyPrefix}:${personId}`;
    await notifyRole(client, approval.approver.role ?? 'director', { projectId, kind, title, data, at: approval.requestedAt, keyFor });
    return;
  }
  notifyWithDelegates(client, approval.approver.personId, { projectId, kind, title, data, at: approval.requestedAt, keyPrefix });
}

export interface NotificationRow {
  id: string;
  kind: string;
  projectId: string | null;
  title: string;
  data: Record<string, unknown>;
  createdAt: string;
  readAt: string | null;
}

/**
 * A page of the person's in-app notifications, newest first: all of them or only the unread, before the id
 * `before` (ids grow with time), and how many are unread in all.
 */
export async function notificationsOf(
  pool: Pool,
  personId: string,
  page: { unreadOnly: boolean; limit: number; before?: string },
): Promise<{ items: NotificationRow[]; unread: number }> {
  const [items, unread] = await Promise.all([
    pool.query<NotificationRow>(
      `select n.id::text, n.kind, n.project_id as "projectId", n.title, n.data, to_json(n.created_at) #>> '{}' as "createdAt",
         to_json(n.read_at) #>> '{}' as "readAt"
       from notifications n
       where n.person_id = $1 and (not $2 or n.read_at is null) and ($3::bigint is null or n.id < $3::bigint)
       order by n.id desc limit $4`,
      [personId, page.unreadOnly, page.before ?? null, page.limit],
    ),
    pool.query<{ n: number }>('select count(*)::int as n from notifications where person_id = $1 and read_at is null', [personId]),
  ]);
  return { items: items.rows, unread: unread.rows[0]?.n ?? 0 };
}

/** Marks one of the person's notifications read (once: the first time stays); false when it is not theirs. */
export async function markNotificationRead(pool: Pool, id: string, personId: string): Promise<boolean> {
  const { rowCount } = await pool.query('update notifications set read_at = coalesce(read_at, now()) where id = $1 and person_id = $2', [id, personId]);
  return (rowCount ?? 0) > 0;
}
