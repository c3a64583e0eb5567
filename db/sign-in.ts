import { PASSWORD_TOKEN_LIFETIME_SECONDS, type PasswordTokenPurpose } from '../domain/sign-in';
import { audit } from './audit';
import { PERSON_COLUMNS, type PersonRow } from './people';
import { inTransaction, type Pool, type PoolClient } from './pool';
import { endSessionsOf } from './sessions';

/** A person as sign-in sees them: whether they may sign in at all, and their password hash if they have one. */
export interface Account {
  person: PersonRow;
  deactivatedAt: string | null;
  passwordHash: string | null;
}

async function accountWhere(db: Pool | PoolClient, condition: string, value: string): Promise<Account | undefined> {
  const { rows } = await db.query<PersonRow & { passwordHash: string | null }>(
    `select ${PERSON_COLUMNS}, pw.password_hash as "passwordHash"
     from people p left join person_passwords pw on pw.person_id = p.id where ${condition}`,
    [value],
  );
  const row = rows[0];
  if (!row) return undefined;
  const { passwordHash, ...person } = row;
  return { person, deactivatedAt: person.deactivatedAt, passwordHash };
}

/** E-mail addresses are stored lower-cased (insertPerson). */
export const accountByEmail = (db: Pool | PoolClient, email: string) => accountWhere(db, 'p.email = lower($1)', email);
export const accountById = (db: Pool | PoolClient, id: string) => accountWhere(db, 'p.id = $1', id);

export async function setPasswordHash(db: Pool | PoolClient, personId: string, passwordHash: string): Promise<void> {
  await db.query(
    `insert into person_passwords (person_id, password_hash) values ($1, $2)
     on conflict (person_id) do update set password_hash = excluded.password_hash, changed_at = now()`,
    [personId, passwordHash],
  );
}

export async function clearPassword(db: Pool | PoolClient, personId: string): Promise<void> {
  await db.query('delete from person_passwords where person_id = $1', [personId]);
}

/** Voids every set-password link of the person not yet used; returns how many. */
export async function revokePasswordTokens(db: Pool | PoolClient, personId: string): Promise<number> {
  const { rowCount } = await db.query(
    'update password_tokens set revoked_at = now() where person_id = $1 and used_at is null and revoked_at is null',
    [personId],
  );
  return rowCount ?? 0;
}

/** Stores a new link (its hash) after voiding the older ones: only the newest link a person was sent works. */
export async function insertPasswordToken(
  db: PoolClient,
  token: { tokenHash: string; personId: string; purpose: PasswordTokenPurpose; createdBy: string },
): Promise<{ expiresAt: string }> {
  await revokePasswordTokens(db, token.personId);
  const { rows } = await db.query<{ expiresAt: string }>(
    `insert into password_tokens (token_hash, person_id, purpose, created_by, expires_at)
     values ($1, $2, $3, $4, now() + make_interval(secs => $5)) returning to_json(expires_at) #>> '{}' as "expiresAt"`,
    [token.tokenHash, token.personId, token.purpose, token.createdBy, PASSWORD_TOKEN_LIFETIME_SECONDS[token.purpose]],
  );
  return rows[0]!;
}

export type PasswordTokenState = 'usable' | 'used' | 'revoked' | 'expired' | 'deactivated';

export interface PasswordTokenRow {
  personId: string;
  email: string;
  purpose: PasswordTokenPurpose;
  expiresAt: string;
  state: PasswordTokenState;
}

export async function findPasswordToken(db: Pool | PoolClient, tokenHash: string): Promise<PasswordTokenRow | undefined> {
  const { rows } = await db.query<PasswordTokenRow>(
    `select t.person_id as "personId", p.email, t.purpose, to_json(t.expires_at) #>> '{}' as "expiresAt",
       case when t.used_at is not null then 'used' when t.revoked_at is not null then 'revoked'
            when t.expires_at <= now() then 'expired' when p.deactivated_at is not null then 'deactivated'
            else 'usable' end as state
     from password_tokens t join people p on p.id = t.person_id where t.token_hash = $1`,
    [tokenHash],
  );
  return rows[0];
}

/** Uses the link up, if it still can be: the one statement that makes a link single-use under concurrency. */
export async function consumePasswordToken(db: PoolClient, tokenHash: string): Promise<boolean> {
  const { rowCount } = await db.query(
    `update password_tokens t set used_at = now() from people p
     where t.token_hash = $1 and p.id = t.person_id and t.used_at is null and t.revoked_at is null
       and t.expires_at > now() and p.deactivated_at is null`,
    [tokenHash],
  );
  return (rowCount ?? 0) > 0;
}

/** The newest link still usable, for the admin's view of a person's access. */
export async function pendingPasswordToken(
  db: Pool | PoolClient,
  personId: string,
): Promise<{ purpose: PasswordTokenPurpose; expiresAt: string } | null> {
  const { rows } = await db.query<{ purpose: PasswordTokenPurpose; expiresAt: string }>(
    `select purpose, to_json(expires_at) #>> '{}' as "expiresAt" from password_tokens
     where person_id = $1 and used_at is null and revoked_at is null and expires_at > now()
     order by created_at desc limit 1`,
    [personId],
  );
  return rows[0] ?? null;
}

/** Sets or clears `deactivated_at`, returning it and when the change happened; false when nothing changed. */
async function setDeactivated(db: PoolClient, personId: string, deactivated: boolean): Promise<{ deactivatedAt: string | null; at: string } | false> {
  const { rows } = await db.query<{ deactivatedAt: string | null; at: string }>(
    `update people set deactivated_at = case when $2 then now() end
     where id = $1 and (deactivated_at is null) = $2
     returning to_json(deactivated_at) #>> '{}' as "deactivatedAt", to_json(now()) #>> '{}' as at`,
    [personId, deactivated],
  );
  return rows[0] ?? false;
}

/**
 * Deactivates or reactivates a person, audited with the admin's reason. Deactivating ends their sessions and voids
 * their set-password links; their bearer tokens stop working while they are deactivated (findPersonByTokenHash) and
 * work again on reactivation. Returns the new `deactivatedAt`, or false when nothing changed.
 */
export async function changeActivation(
  pool: Pool,
  change: { adminId: string; personId: string; active: boolean; reason: string },
): Promise<{ deactivatedAt: string | null; sessionsEnded: number } | false> {
  return inTransaction(pool, async (client) => {
    const changed = await setDeactivated(client, change.personId, !change.active);
    if (!changed) return false;
    const sessionsEnded = change.active ? 0 : await endSessionsOf(client, change.personId, 'deactivated');
    const linksVoided = change.active ? 0 : await revokePasswordTokens(client, change.personId);
    const action = change.active ? 'person_reactivated' : 'person_deactivated';
    await audit(client, {
      actorId: change.adminId,
      action,
      entityType: 'person',
      entityId: change.personId,
      reason: change.reason,
      data: change.active ? {} : { sessionsEnded, linksVoided },
      idempotencyKey: `person:${change.personId}:${action}:${changed.at}`,
    });
    return { deactivatedAt: changed.deactivatedAt, sessionsEnded };
  });
}
