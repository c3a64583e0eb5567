import type { DeliveryStatus, NotificationChannel, NotificationMessage, OutsideChannel, WebhookFormat } from '../notify/channels';
import type { DeliveryTarget } from '../notify/notifier';
import { inTransaction, type Pool, type PoolClient } from './pool';

/** Which notifications a delivery run covers: the given ones, every one of a project, or both. */
export interface DeliveryScope {
  notificationIds?: number[];
  projectId?: string;
}

const inScope = `(n.id = any($1::bigint[]) or n.project_id = $2::uuid)`;
const scopeParams = (scope: DeliveryScope) => [scope.notificationIds ?? [], scope.projectId ?? null];

/**
 * Plans the outside deliveries of the scope's notifications not planned yet: one row per channel the person has
 * on (and this deployment offers), addressed to their e-mail or webhook URL as they stand now. One statement:
 * a concurrent planner of the same notification waits on its row lock, then finds it planned and adds nothing.
 */
export async function planDeliveries(pool: Pool, scope: DeliveryScope, channels: OutsideChannel[]): Promise<number> {
  const { rows } = await pool.query<{ planned: number }>(`${PLAN_DELIVERIES} select count(*)::int as planned from inserted`, [
    ...scopeParams(scope),
    channels,
  ]);
  return rows[0]?.planned ?? 0;
}

// The scope's unplanned notifications found through two indexes — the given ids by key, the project's through the
// index of unplanned ones — then each by key. `${inScope}` read every entry of that index (planned ones stay in it
// until vacuumed: a cost growing with all projects' notifications, bench/README.md, eighth round), and so would any
// plan scanning it for the rows to update: the test of "not planned yet" on them is written so that no plan can use
// the index for it (`is null` would let it).
const PLAN_DELIVERIES = `with planned as (
    update notifications n set deliveries_planned_at = now()
    where n.id = any(array(
      select id from notifications where id = any($1::bigint[])
      union all select id from notifications where project_id = $2::uuid and deliveries_planned_at is null))
      and coalesce(n.deliveries_planned_at, '-infinity') = '-infinity'
    returning n.id, n.person_id
  ), inserted as (
    insert into notification_deliveries (notification_id, channel, target, format)
    select planned.id, ch.channel,
           case ch.channel when 'email' then p.email else p.webhook_url end,
           case ch.channel when 'webhook' then p.webhook_format end
    from planned
    join people p on p.id = planned.person_id
    cross join lateral unnest(p.notification_channels) as ch(channel)
    where ch.channel = any($3::text[]) and (ch.channel <> 'webhook' or p.webhook_url is not null)
    on conflict (notification_id, channel) do nothing
    returning 1
  )`;

/**
 * `planDeliveries`, then how many of the scope's deliveries are pending, in one statement: those planned before it
 * (the statement's snapshot does not see its own inserts) and those it planned.
 */
export async function planAndCountPending(db: Pool | PoolClient, scope: DeliveryScope, channels: OutsideChannel[]): Promise<number> {
  const { rows } = await db.query<{ n: number }>(PLAN_AND_COUNT_PENDING_SQL, [...scopeParams(scope), channels]);
  return rows[0]?.n ?? 0;
}

/** `planAndCountPending`'s statement: $1 the notification ids, $2 the project, $3 the channels this deployment offers. */
export const PLAN_AND_COUNT_PENDING_SQL = `${PLAN_DELIVERIES}
  select (select count(*)::int from inserted)
       + (select count(*)::int from notification_deliveries d join notifications n on n.id = d.notification_id
          where d.status = 'pending' and ${inScope}) as n`;

export interface PendingDelivery extends DeliveryTarget {
  notificationId: number;
  attempts: number;
  message: NotificationMessage;
}

/** A pending delivery as read: the message's fields flat beside the delivery's own. */
interface PendingRow extends Omit<NotificationMessage, 'id'> {
  notificationId: string | number;
  channel: OutsideChannel;
  target: string;
  format: WebhookFormat | null;
  attempts: number;
}

export async function pendingDeliveries(pool: Pool, scope: DeliveryScope): Promise<PendingDelivery[]> {
  const { rows } = await pool.query<PendingRow>(
    `select d.notification_id as "notificationId", d.channel, d.target, d.format, d.attempts,
            n.kind, n.title, n.project_id as "projectId", n.person_id as "personId", p.name as "personName", n.data,
            to_json(n.created_at) #>> '{}' as "createdAt"
     from notification_deliveries d
     join notifications n on n.id = d.notification_id
     join people p on p.id = n.person_id
     where d.status = 'pending' and ${inScope}
     order by d.notification_id, d.channel`,
    scopeParams(scope),
  );
  return rows.map((r) => {
    const id = Number(r.notificationId);
    return {
      notificationId: id,
      channel: r.channel,
      target: r.target,
      format: r.format,
      attempts: r.attempts,
      message: {
        id,
        kind: r.kind,
        title: r.title,
        projectId: r.projectId,
        personId: r.personId,
        personName: r.personName,
        data: r.data,
        createdAt: r.createdAt,
      },
    };
  });
}

export interface DeliveryKey {
  notificationId: number;
  channel: OutsideChannel;
}

/** What one attempt came to: sent, or the error and whether it was the last try. */
export type AttemptOutcome = { sent: true } | { sent: false; error: string; final: boolean };

/**
 * Holds the delivery's row lock while `attempt` runs and records its outcome in the same transaction. A second
 * run reaching the same delivery waits for the lock, then finds it settled (or pending after a failed try, and
 * tries once more): two runs never send one delivery at once. Undefined when it is no longer pending.
 */
export async function attemptDelivery(
  pool: Pool,
  key: DeliveryKey,
  attempt: () => Promise<AttemptOutcome>,
): Promise<AttemptOutcome | undefined> {
  return inTransaction(pool, async (client) => {
    const { rowCount } = await client.query(
      `select 1 from notification_deliveries where notification_id = $1 and channel = $2 and status = 'pending'
       for update`,
      [key.notificationId, key.channel],
    );
    if (!rowCount) return undefined;
    const outcome = await attempt();
    await client.query(
      `update notification_deliveries set
         attempts = attempts + 1,
         last_attempt_at = now(),
         status = case when $3 then 'sent' when $5 then 'failed' else 'pending' end,
         sent_at = case when $3 then now() end,
         last_error = coalesce($4, last_error)
       where notification_id = $1 and channel = $2`,
      [key.notificationId, key.channel, outcome.sent, outcome.sent ? null : outcome.error, !outcome.sent && outcome.final],
    );
    return outcome;
  });
}

export async function deliveryStatuses(pool: Pool, keys: DeliveryKey[]): Promise<DeliveryStatus[]> {
  if (keys.length === 0) return [];
  const { rows } = await pool.query<{ status: DeliveryStatus }>(
    `select d.status from notification_deliveries d
     join unnest($1::bigint[], $2::text[]) as k(notification_id, channel) using (notification_id, channel)`,
    [keys.map((k) => k.notificationId), keys.map((k) => k.channel)],
  );
  return rows.map((r) => r.status);
}

export interface DeliveryRecord {
  channel: OutsideChannel;
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  lastAttemptAt: string | null;
  sentAt: string | null;
  createdAt: string;
}

/** The delivery records of one of `personId`'s notifications; undefined when it is not theirs (or not there). */
export async function deliveriesOfNotification(pool: Pool, notificationId: number, personId: string): Promise<DeliveryRecord[] | undefined> {
  const owner = await pool.query('select 1 from notifications where id = $1 and person_id = $2', [notificationId, personId]);
  if (!owner.rowCount) return undefined;
  const { rows } = await pool.query<DeliveryRecord>(
    `select channel, status, attempts, last_error as "lastError",
            to_json(last_attempt_at) #>> '{}' as "lastAttemptAt", to_json(sent_at) #>> '{}' as "sentAt",
            to_json(created_at) #>> '{}' as "createdAt"
     from notification_deliveries where notification_id = $1 order by channel`,
    [notificationId],
  );
  return rows;
}

export interface NotificationPreferences {
  channels: NotificationChannel[];
  webhookUrl: string | null;
  webhookFormat: WebhookFormat;
}

export async function getNotificationPreferences(db: Pool | PoolClient, personId: string): Promise<NotificationPreferences | undefined> {
  const { rows } = await db.query<NotificationPreferences>(
    `select notification_channels as channels, webhook_url as "webhookUrl", webhook_format as "webhookFormat"
     from people where id = $1`,
    [personId],
  );
  return rows[0];
}

/** Replaces the person's preferences; the in-app inbox stays on whatever is asked. Applies to later events. */
export async function setNotificationPreferences(client: PoolClient, personId: string, prefs: NotificationPreferences): Promise<void> {
  const channels = (['inapp', 'email', 'webhook'] as const).filter((c) => c === 'inapp' || prefs.channels.includes(c));
  await client.query('update people set notification_channels = $2, webhook_url = $3, webhook_format = $4 where id = $1', [
    personId,
    channels,
    prefs.webhookUrl,
    prefs.webhookFormat,
  ]);
}
