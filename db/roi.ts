import type { RoiFigures, WorkedDays } from '../domain/roi';
import { IN_WINDOW } from './assess-reports';
import type { Pool } from './pool';
import { reportGroupIds, reportScope } from './reports';
import type { Viewer } from './visibility';

/** 投入产出: the projects closed in a window, grouped, with what presales spent on them and what they brought. */

export type RoiGroupBy = 'person' | 'office' | 'tier' | 'center';

/** The sales owner, the project's office, its tier, or the delivery center it was dispatched to. */
const KEYS: Record<RoiGroupBy, { key: string; name: string }> = {
  person: { key: 'p.sales_owner_id::text', name: '(select name from people where id = p.sales_owner_id)' },
  office: { key: 'p.office_id::text', name: '(select name from offices where id = p.office_id)' },
  tier: { key: 'p.tier', name: 'p.tier' },
  center: { key: 'p.delivery_center_id::text', name: '(select name from delivery_centers where id = p.delivery_center_id)' },
};

export interface RoiRow extends RoiFigures {
  groupId: string | null;
  groupName: string | null;
  currency: string;
}

/**
 * One row per group and currency of the projects closed (won or lost) in [from, to] that `viewer` may see: how
 * many closed and were won, the final value of those won (revenue entries, corrections included), the actual
 * presales cost on all of them (time entries), and the credit on them — per sales owner, that person's own credit;
 * otherwise that of everyone whose rows the viewer may see (双算: credit may pass the value). Per person only the sales owners whose rows the viewer
 * may see; per office or center only those they may see, as the other reports.
 */
export async function roiRows(pool: Pool, viewer: Viewer, filter: { from: string; to: string; groupBy: RoiGroupBy }): Promise<RoiRow[]> {
  const { key, name } = KEYS[filter.groupBy];
  const scope = reportScope(viewer, '$3');
  const kind = filter.groupBy === 'office' ? 'office' : filter.groupBy === 'center' ? 'center' : undefined;
  const groups = kind ? await reportGroupIds(pool, viewer, kind) : 'all';
  const ownCredit = filter.groupBy === 'person' ? 'and c.person_id = p.sales_owner_id' : '';
  const { rows } = await pool.query<RoiRow>(
    `with closed as (
       select p.*, ${key} as group_id, ${name} as group_name from projects p
       where p.status in ('won', 'lost') and ${IN_WINDOW('p.closed_at')} and ${scope.project('p.id')}
         ${filter.groupBy === 'person' ? `and ${scope.person('p.sales_owner_id')}` : ''}
         and ($4::boolean or ${key} = any($5::text[]) or ${key} is null)
     )
     select p.group_id as "groupId", p.group_name as "groupName", p.currency,
       count(*)::int as closed, count(*) filter (where p.status = 'won')::int as won,
       coalesce(sum(rv.amount) filter (where p.status = 'won'), 0)::float8 as "wonValue",
       coalesce(sum(ct.amount), 0)::float8 as "presalesCost",
       coalesce(sum(cr.amount), 0)::float8 as credit
     from closed p
       left join lateral (select sum(r.amount) as amount from revenue_entries r where r.project_id = p.id and r.currency = p.currency) rv on true
       left join lateral (select sum(t.amount) as amount from time_entries t where t.project_id = p.id and t.currency = p.currency) ct on true
       left join lateral (select sum(c.amount) as amount from credit_entries c where c.project_id = p.id and c.currency = p.currency ${ownCredit} and ${scope.person('c.person_id')}) cr on true
     group by 1, 2, 3
     order by 2 nulls last, 1 nulls last, 3`,
    [filter.from, filter.to, viewer.id, groups === 'all', groups === 'all' ? [] : groups],
  );
  return rows;
}

/**
 * Days worked on the same projects, per group (as `roiRows` groups them), booked role, the level the booking was priced
 * at (the person's level now for bookings from before it was kept) and tier.
 */
export async function roiWorkedDays(
  pool: Pool,
  viewer: Viewer,
  filter: { from: string; to: string; groupBy: RoiGroupBy },
): Promise<Array<WorkedDays & { groupId: string | null }>> {
  const { key } = KEYS[filter.groupBy];
  const scope = reportScope(viewer, '$3');
  const { rows } = await pool.query<WorkedDays & { groupId: string | null }>(
    `select ${key} as "groupId", b.role, coalesce(b.level, pe.rate_level) as level, p.tier, sum(t.days)::float8 as days
     from time_entries t join bookings b on b.id = t.booking_id join people pe on pe.id = t.person_id join projects p on p.id = t.project_id
     where p.status in ('won', 'lost') and ${IN_WINDOW('p.closed_at')} and ${scope.project('p.id')}
       ${filter.groupBy === 'person' ? `and ${scope.person('p.sales_owner_id')}` : ''}
     group by 1, 2, 3, 4 order by 1, 2, 3, 4`,
    [filter.from, filter.to, viewer.id],
  );
  return rows;
}
