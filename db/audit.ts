import type { Pool, PoolClient } from './pool';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  reason?: string | null;
  data?: Record<string, unknown>;
  /** Business-derived key: the same decision recorded twice stays one row. */
  idempotencyKey: string;
  at?: string;
}

export async function audit(db: Pool | PoolClient, entry: AuditEntry): Promise<void> {
  await db.query(
    `insert into audit_log (at, actor_id, action, entity_type, entity_id, reason, data, idempotency_key)
     values (coalesce($1::timestamptz, now()), $2, $3, $4, $5, $6, $7, $8) on conflict (idempotency_key) do nothing`,
    [
      entry.at ?? null,
      entry.actorId,
      entry.action,
      entry.entityType,
      entry.entityId,
      entry.reason ?? null,
      JSON.stringify(entry.data ?? {}),
      entry.idempotencyKey,
    ],
  );
}
