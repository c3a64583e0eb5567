import type { AttemptLimit } from '../domain/sign-in';
import type { Pool, PoolClient } from './pool';

export type AttemptKind = 'sign_in' | 'password_token';
export type AttemptOutcome = 'failed' | 'succeeded' | 'limited';

/** A failure counted against a limit: its row id (to name a lock-out once) and its age in seconds. */
export interface CountedFailure {
  id: string;
  ageSeconds: number;
}

/**
 * Records an attempt before its credential is checked. Until `settleAttempt` it counts as a failure, so parallel
 * guesses see each other. Prunes a few day-old rows on the way: the audit log is the lasting record.
 */
export async function recordAttempt(db: Pool, attempt: { kind: AttemptKind; email: string | null; address: string }): Promise<string> {
  await db.query(`delete from auth_attempts where id in (select id from auth_attempts where at < now() - interval '1 day' limit 100)`);
  const { rows } = await db.query<{ id: string }>(
    'insert into auth_attempts (kind, email, address) values ($1, $2, $3) returning id::text',
    [attempt.kind, attempt.email, attempt.address],
  );
  return rows[0]!.id;
}

export async function settleAttempt(db: Pool | PoolClient, id: string, outcome: AttemptOutcome): Promise<void> {
  await db.query('update auth_attempts set outcome = $2 where id = $1', [id, outcome]);
}

const COUNTED = `outcome in ('pending', 'failed') and at > now() - make_interval(secs => $4) and id <> $3::bigint`;

/**
 * The newest failures (at most `limit.failures`) of this kind from `address` within the window, other than the
 * attempt `ownId` itself. Successes do not reset this count: one good sign-in must not buy more guesses at others.
 */
export async function failuresFromAddress(db: Pool, kind: AttemptKind, address: string, ownId: string, limit: AttemptLimit): Promise<CountedFailure[]> {
  const { rows } = await db.query<CountedFailure>(
    `select id::text, extract(epoch from now() - at)::float8 as "ageSeconds" from auth_attempts
     where kind = $1 and address = $2 and ${COUNTED} order by at desc limit $5`,
    [kind, address, ownId, limit.windowSeconds, limit.failures],
  );
  return rows;
}

/** The same for one account (e-mail address), counting only failures since its last successful sign-in. */
export async function failuresForAccount(db: Pool, email: string, ownId: string, limit: AttemptLimit): Promise<CountedFailure[]> {
  const { rows } = await db.query<CountedFailure>(
    `select id::text, extract(epoch from now() - at)::float8 as "ageSeconds" from auth_attempts
     where kind = $1 and email = $2 and ${COUNTED}
       and at > coalesce((select max(at) from auth_attempts where kind = $1 and email = $2 and outcome = 'succeeded'), '-infinity')
     order by at desc limit $5`,
    ['sign_in', email, ownId, limit.windowSeconds, limit.failures],
  );
  return rows;
}
