import { randomUUID } from 'node:crypto';
import { SESSION_LIFETIME } from '../domain/sign-in';
import { PERSON_COLUMNS, type PersonRow } from './people';
import type { Pool, PoolClient } from './pool';

/** When a session ends: `expiresAt` at the latest, `idleExpiresAt` if no request comes before. */
export interface SessionTimes {
  id: string;
  expiresAt: string;
  idleExpiresAt: string;
}

export type SessionEndReason = 'signed_out' | 'replaced' | 'deactivated' | 'password_reset' | 'password_changed' | 'password_set';

/** Keeps the idle clock of a session in use without writing on every request. */
const TOUCH_AFTER_SECONDS = 60;

const iso = (column: string) => `to_json(${column}) #>> '{}'`;

export async function createSession(
  db: Pool | PoolClient,
  session: { personId: string; secretHash: string; address: string },
): Promise<SessionTimes> {
  const { rows } = await db.query<SessionTimes>(
    `insert into sessions (id, secret_hash, person_id, expires_at, address)
     values ($1, $2, $3, now() + make_interval(secs => $4), $5)
     returning id, ${iso('expires_at')} as "expiresAt", ${iso('least(expires_at, last_seen_at + make_interval(secs => $6))')} as "idleExpiresAt"`,
    [randomUUID(), session.secretHash, session.personId, SESSION_LIFETIME.absoluteSeconds, session.address, SESSION_LIFETIME.idleSeconds],
  );
  return rows[0]!;
}

/**
 * The live session with this secret and its person, or nothing: revoked, past either deadline, or its person
 * deactivated. Finding it counts as using it (the idle clock restarts, at most once a minute).
 */
export async function findLiveSession(db: Pool, secretHash: string): Promise<{ session: SessionTimes; person: PersonRow } | undefined> {
  const { rows } = await db.query<PersonRow & { sessionId: string; expiresAt: string; idleExpiresAt: string }>({
    name: 'find-live-session',
    text: `with live as (
       select s.id, s.expires_at, s.last_seen_at from sessions s join people p on p.id = s.person_id
       where s.secret_hash = $1 and s.revoked_at is null and s.expires_at > now()
         and s.last_seen_at > now() - make_interval(secs => $2) and p.deactivated_at is null
     ), touched as (
       update sessions set last_seen_at = now() where id = (select id from live)
         and last_seen_at < now() - make_interval(secs => $3)
       returning last_seen_at
     )
     select ${PERSON_COLUMNS}, live.id as "sessionId", ${iso('live.expires_at')} as "expiresAt",
       ${iso('least(live.expires_at, coalesce((select last_seen_at from touched), live.last_seen_at) + make_interval(secs => $2))')} as "idleExpiresAt"
     from live join sessions s on s.id = live.id join people p on p.id = s.person_id`,
    values: [secretHash, SESSION_LIFETIME.idleSeconds, TOUCH_AFTER_SECONDS],
  });
  const row = rows[0];
  if (!row) return undefined;
  const { sessionId, expiresAt, idleExpiresAt, ...person } = row;
  return { session: { id: sessionId, expiresAt, idleExpiresAt }, person };
}

/** Ends one session; false when it had already ended. */
export async function endSession(db: Pool | PoolClient, where: { id: string } | { secretHash: string }, reason: SessionEndReason): Promise<boolean> {
  const [column, value] = 'id' in where ? ['id', where.id] : ['secret_hash', where.secretHash];
  const { rowCount } = await db.query(
    `update sessions set revoked_at = now(), revoked_reason = $2 where ${column} = $1 and revoked_at is null`,
    [value, reason],
  );
  return (rowCount ?? 0) > 0;
}

/** Ends every open session of a person (but `exceptId`, the one asking); returns how many ended. */
export async function endSessionsOf(db: Pool | PoolClient, personId: string, reason: SessionEndReason, exceptId?: string): Promise<number> {
  const { rowCount } = await db.query(
    `update sessions set revoked_at = now(), revoked_reason = $2
     where person_id = $1 and revoked_at is null and expires_at > now() and ($3::uuid is null or id <> $3)`,
    [personId, reason, exceptId ?? null],
  );
  return rowCount ?? 0;
}

/** Sessions that could still be used (not revoked, not past their absolute end). */
export async function openSessionCount(db: Pool | PoolClient, personId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `select count(*)::int as n from sessions where person_id = $1 and revoked_at is null and expires_at > now()
       and last_seen_at > now() - make_interval(secs => $2)`,
    [personId, SESSION_LIFETIME.idleSeconds],
  );
  return rows[0]!.n;
}
