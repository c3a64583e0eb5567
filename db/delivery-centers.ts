import type { Role } from '../domain/people';
import type { Tier } from '../domain/tier';
import { audit } from './audit';
import { holdsAny, SEES_ALL_RATES } from '../domain/visibility';
import { inTransaction, type Pool, type PoolClient } from './pool';
import { seesAllProjects, viewerTree, visibleProjects, type Viewer } from './visibility';

/** 多位一体: a delivery center, its members of every function, the projects it serves and how they ended. */

export interface CenterRow {
  id: string;
  name: string;
  /** The key industry it serves, or (null) a key solution. */
  industry: string | null;
  solution: string | null;
  leadId: string;
}

export async function getCenter(db: Pool | PoolClient, id: string): Promise<CenterRow | undefined> {
  const { rows } = await db.query<CenterRow>('select id, name, industry, solution, lead_id as "leadId" from delivery_centers where id = $1', [id]);
  return rows[0];
}

export interface CenterMemberRow {
  id: string;
  name: string;
  roles: Role[];
  rateLevel: string | null;
  /** Planned days of the bookings made (booked_at, UTC date) in the window, on any project. */
  bookedDays: number;
  /** Days of the time entries whose work date is in the window, on any project. */
  workedDays: number;
}

/** The active members and their load; a rate level only where `viewer` may see it (domain/visibility.ts). */
export async function centerMembers(pool: Pool, centerId: string, from: string, to: string, viewer: Viewer): Promise<CenterMemberRow[]> {
  const { rows } = await pool.query<CenterMemberRow>(
    `with recursive ${viewerTree('$4')}, members as (select id from people where delivery_center_id = $3
     ), booked as (
       select person_id, sum(days) as days from bookings
       where person_id in (select id from members)
         and booked_at >= $1::date::timestamp at time zone 'UTC' and booked_at < ($2::date + 1)::timestamp at time zone 'UTC'
       group by person_id
     ), worked as (
       select person_id, sum(days) as days from time_entries
       where person_id in (select id from members) and work_date between $1::date and $2::date
       group by person_id
     )
     select p.id, p.name, p.roles, case when $5::boolean or p.id in (select id from viewer_tree) then p.rate_level end as "rateLevel",
            coalesce(b.days, 0)::float8 as "bookedDays", coalesce(w.days, 0)::float8 as "workedDays"
     from people p left join booked b on b.person_id = p.id left join worked w on w.person_id = p.id
     where p.delivery_center_id = $3 and p.deactivated_at is null
     order by p.name, p.id`,
    [from, to, centerId, viewer.id, holdsAny(viewer, SEES_ALL_RATES)],
  );
  return rows;
}

export interface ServedProjectRow {
  id: string;
  name: string;
  tier: Tier;
  status: 'open' | 'won' | 'lost';
  currency: string;
  /** Actual cost straight from the cost ledger. */
  actual: number;
}

/**
 * The projects the center serves (dispatched to it: projects.delivery_center_id), oldest first, each with whether
 * `viewer` may see it: the center's figures count them all, its list names only the visible ones.
 */
export async function servedProjects(pool: Pool, centerId: string, viewer: Viewer): Promise<Array<ServedProjectRow & { visible: boolean }>> {
  const { rows } = await pool.query<ServedProjectRow & { visible: boolean }>(
    `with recursive ${visibleProjects('$2')}
     select p.id, p.name, p.tier, p.status, p.currency, coalesce(t.actual, 0)::bigint as actual,
            ($3::boolean or p.id in (select id from visible_projects)) as visible
     from projects p left join project_ledger_totals t on t.project_id = p.id
     where p.delivery_center_id = $1
     order by p.created_at, p.id`,
    [centerId, viewer.id, seesAllProjects(viewer)],
  );
  return rows;
}

export type MembershipChange =
  | { outcome: 'no_center' }
  | { outcome: 'no_person' }
  | { outcome: 'other_center'; deliveryCenterId: string }
  | { outcome: 'not_member' }
  | { outcome: 'unchanged'; deliveryCenterId: string | null }
  | { outcome: 'changed'; deliveryCenterId: string | null };

/**
 * Sets (join) or clears (leave) people.delivery_center_id, audited. The person's row is locked for the change,
 * so two racing requests cannot both move them; the audit key counts the pair's earlier changes, so a person who
 * leaves and rejoins is audited every time while a retried change writes nothing twice.
 */
export async function changeMembership(
  pool: Pool,
  change: { centerId: string; personId: string; join: boolean; actorId: string },
): Promise<MembershipChange> {
  return inTransaction(pool, async (client) => {
    if (!(await getCenter(client, change.centerId))) return { outcome: 'no_center' };
    const { rows } = await client.query<{ centerId: string | null }>(
      'select delivery_center_id as "centerId" from people where id = $1 for update',
      [change.personId],
    );
    const person = rows[0];
    if (!person) return { outcome: 'no_person' };
    if (person.centerId !== null && person.centerId !== change.centerId) return { outcome: 'other_center', deliveryCenterId: person.centerId };
    if (change.join && person.centerId === change.centerId) return { outcome: 'unchanged', deliveryCenterId: change.centerId };
    if (!change.join && person.centerId === null) return { outcome: 'not_member' };

    const centerId = change.join ? change.centerId : null;
    await client.query('update people set delivery_center_id = $2 where id = $1', [change.personId, centerId]);
    const action = change.join ? 'delivery_center_member_added' : 'delivery_center_member_removed';
    const earlier = await client.query<{ n: number }>(
      `select count(*)::int as n from audit_log
       where entity_type = 'delivery_center' and entity_id = $1 and action in ('delivery_center_member_added', 'delivery_center_member_removed')
         and data->>'personId' = $2`,
      [change.centerId, change.personId],
    );
    await audit(client, {
      actorId: change.actorId,
      action,
      entityType: 'delivery_center',
      entityId: change.centerId,
      data: { personId: change.personId },
      idempotencyKey: `delivery_center:${change.centerId}:member:${change.personId}:${earlier.rows[0]!.n + 1}`,
    });
    return { outcome: 'changed', deliveryCenterId: centerId };
  });
}
