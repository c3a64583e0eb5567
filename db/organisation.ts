import { randomUUID } from 'node:crypto';
import { audit } from './audit';
import { inTransaction, type Pool, type PoolClient } from './pool';
import type { Role } from '../domain/people';

/** Offices, delivery centers and hotlines: the organisation's records, each created with its audit entry. */

export type OrganisationRecord = 'person' | 'office' | 'delivery_center' | 'hotline';

/**
 * Inserts one record with `insert` and audits its creation (`<entity>_created`, the request as data) in one
 * transaction. Answers its id, or `taken` when a unique key (a name, an e-mail, an industry) is already used.
 */
export async function createAudited<T>(
  pool: Pool,
  created: { actorId: string; entity: OrganisationRecord; data: Record<string, unknown> },
  insert: (client: PoolClient, id: string) => Promise<T>,
): Promise<{ id: string; inserted: T } | 'taken'> {
  const id = randomUUID();
  try {
    return await inTransaction(pool, async (client) => {
      const inserted = await insert(client, id);
      await audit(client, {
        actorId: created.actorId,
        action: `${created.entity}_created`,
        entityType: created.entity,
        entityId: id,
        data: created.data,
        idempotencyKey: `${created.entity}:${id}:created`,
      });
      return { id, inserted };
    });
  } catch (error) {
    if ((error as { code?: string }).code === '23505') return 'taken';
    throw error;
  }
}

export async function recordExists(db: Pool, table: 'people' | 'offices' | 'delivery_centers', id: string): Promise<boolean> {
  const { rowCount } = await db.query(`select 1 from ${table} where id = $1`, [id]);
  return (rowCount ?? 0) > 0;
}

export async function insertOffice(client: PoolClient, id: string, office: { name: string; region: string; managerId: string }): Promise<void> {
  await client.query('insert into offices (id, name, region, manager_id) values ($1, $2, $3, $4)', [id, office.name, office.region, office.managerId]);
}

export async function listOffices(pool: Pool) {
  const { rows } = await pool.query<{ id: string; name: string; region: string; managerId: string }>(
    'select id, name, region, manager_id as "managerId" from offices order by name',
  );
  return rows;
}

export async function insertDeliveryCenter(
  client: PoolClient,
  id: string,
  center: { name: string; industry?: string; solution?: string; leadId: string },
): Promise<void> {
  await client.query('insert into delivery_centers (id, name, industry, solution, lead_id) values ($1, $2, $3, $4, $5)', [
    id, center.name, center.industry ?? null, center.solution ?? null, center.leadId,
  ]);
}

/** Every delivery center, with the roles of each of its members (for its readiness). */
export async function listDeliveryCenters(pool: Pool) {
  const { rows } = await pool.query<{ id: string; name: string; industry: string | null; solution: string | null; leadId: string; memberRoles: Role[][] }>(
    `select c.id, c.name, c.industry, c.solution, c.lead_id as "leadId",
       coalesce((select json_agg(p.roles) from people p where p.delivery_center_id = c.id and p.deactivated_at is null), '[]'::json) as "memberRoles"
     from delivery_centers c order by c.name`,
  );
  return rows;
}

/** A hotline and the offices it serves; answers how many of `officeIds` exist (and now point at it). */
export async function insertHotline(client: PoolClient, id: string, hotline: { name: string; leadId: string; officeIds: string[] }): Promise<number> {
  await client.query('insert into hotlines (id, name, lead_id) values ($1, $2, $3)', [id, hotline.name, hotline.leadId]);
  const attached = await client.query('update offices set hotline_id = $1 where id = any($2::uuid[])', [id, hotline.officeIds]);
  return attached.rowCount ?? 0;
}
