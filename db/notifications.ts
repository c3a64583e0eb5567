import type { Approval } from '../domain/match-state';
import type { Pool, PoolClient, Transaction } from './pool';

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
  for (const personId of new Set(personIds)) {
    client.write(
      `insert into notifications (person_id, kind, project_id, title, data, idempotency_key, created_at)
       values ($1, $2, $3, $4, $5, $6, $7) on conflict (idempotency_key) do nothing`,
      [personId, kind, projectId, title, JSON.stringify(data), keyFor(personId), at],
    );
  }
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

/** The delegates acting for `personId` at `at` (an out-of-office delegation in force). */
export async function delegatesOf(client: PoolClient, personId: string, at: string): Promise<string[]> {
  const { rows } = await client.query<{ delegate_id: string }>(
    'select delegate_id from delegations where person_id = $1 and starts_at <= $2 and ends_at > $2',
    [personId, at],
  );
  return rows.map((r) => r.delegate_id);
}

export async function notifyApprover(
  client: Transaction,
  projectId: string,
  approval: Approval,
  kind: string,
  title: string,
  keyFor: (personId: string) => string,
): Promise<void> {
  const data = { approvalId: approval.id };
  if (!approval.approver.personId) {
    await notifyRole(client, approval.approver.role ?? 'director', { projectId, kind, title, data, at: approval.requestedAt, keyFor });
    return;
  }
  const delegates = await delegatesOf(client, approval.approver.personId, approval.requestedAt);
  notify(client, [approval.approver.personId, ...delegates], projectId, kind, title, data, approval.requestedAt, keyFor);
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
