import { audit } from './audit';
import { inTransaction, type Pool } from './pool';

/** 代理: out-of-office delegations — who acts for whom, and when. */

/** SQL: the people whose delegation to the person in `param` is in force now (for `… in (${actingFor('$1')})`). */
export const actingFor = (param: string) =>
  `select person_id from delegations where delegate_id = ${param}::uuid and starts_at <= now() and ends_at > now()`;

export interface Delegation {
  delegateId: string;
  from: string;
  until: string;
}

export async function delegationOf(pool: Pool, personId: string): Promise<Delegation | null> {
  const { rows } = await pool.query<Delegation>(
    `select delegate_id as "delegateId", to_json(starts_at) #>> '{}' as "from", to_json(ends_at) #>> '{}' as until
     from delegations where person_id = $1`,
    [personId],
  );
  return rows[0] ?? null;
}

/** Sets (or replaces) the person's one delegation, audited; a repeated identical request audits once. */
export async function setDelegation(pool: Pool, personId: string, delegation: Delegation): Promise<void> {
  const { delegateId, from, until } = delegation;
  await inTransaction(pool, async (client) => {
    await client.query(
      `insert into delegations (person_id, delegate_id, starts_at, ends_at) values ($1, $2, $3, $4)
       on conflict (person_id) do update set delegate_id = excluded.delegate_id, starts_at = excluded.starts_at,
         ends_at = excluded.ends_at, created_at = now()`,
      [personId, delegateId, from, until],
    );
    await audit(client, {
      actorId: personId,
      action: 'delegation_set',
      entityType: 'person',
      entityId: personId,
      data: { ...delegation },
      idempotencyKey: `delegation:${personId}:${delegateId}:${from}:${until}`,
    });
  });
}

export async function removeDelegation(pool: Pool, personId: string): Promise<boolean> {
  const { rowCount } = await pool.query('delete from delegations where person_id = $1', [personId]);
  return (rowCount ?? 0) > 0;
}
