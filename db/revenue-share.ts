import { IN_WINDOW } from './assess-reports';
import type { Pool } from './pool';
import { reportScope } from './reports';
import type { Viewer } from './visibility';

export interface RevenueShareRow {
  /** The project industry or key solution (null: projects naming no solution). */
  key: string | null;
  currency: string;
  revenue: number;
  projects: number;
  /** The delivery centers dedicated to it (for an industry, its own, not the general one). */
  centers: Array<{ id: string; name: string }>;
}

/**
 * Revenue entries of [from, to] (corrections included) per project industry or key solution and currency, over the
 * projects `viewer` may see, with the centers dedicated to each: which industries and solutions carry the revenue,
 * and which of them have a center of their own.
 */
export async function revenueBy(
  pool: Pool,
  viewer: Viewer,
  window: { from: string; to: string },
  focus: 'industry' | 'solution',
): Promise<RevenueShareRow[]> {
  const scope = reportScope(viewer, '$3');
  const { rows } = await pool.query<RevenueShareRow>(
    `with revenue as (
       select p.${focus} as key, r.currency, sum(r.amount)::float8 as revenue, count(distinct p.id)::int as projects
       from revenue_entries r join projects p on p.id = r.project_id
       where ${IN_WINDOW('r.at')} and ${scope.project('p.id')}
       group by p.${focus}, r.currency
     )
     select v.key, v.currency, v.revenue, v.projects,
       coalesce((select json_agg(json_build_object('id', c.id, 'name', c.name) order by c.name) from delivery_centers c where c.${focus} = v.key), '[]'::json) as centers
     from revenue v order by v.currency, v.revenue desc, v.key nulls last`,
    [window.from, window.to, viewer.id],
  );
  return rows;
}
