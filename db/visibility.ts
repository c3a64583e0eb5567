import { holdsAny, HOTLINE_TIERS, OFFICE_DELIVERY_TIERS, SEES_ALL_PROJECTS, SEES_ALL_REPORT_ROWS } from '../domain/visibility';
import type { Role } from '../domain/people';
import { actingFor } from './delegations';
import { peopleAtOrBelow } from './people';
import type { Pool, PoolClient } from './pool';

/**
 * The visibility rules of domain/visibility.ts as SQL, for reads that must filter rows in the database (a list of
 * 10,000 projects is not filtered in JavaScript). Each fragment is a set of `with recursive` items over one
 * query parameter, the viewer's id; a query writes `with recursive ${visibleProjects('$1')} select …`.
 */

export interface Viewer {
  id: string;
  roles: readonly Role[];
}

/** `viewer_tree(id)`: the viewer and everyone below them in the manager tree. */
export const viewerTree = (viewer: string) => peopleAtOrBelow(viewer, 'viewer_tree');

/**
 * Whether the project row `p` is one `viewer` may see, as a condition on that row; the query's `with recursive` must
 * define `viewer_tree` (`viewerTree`). Every sub-select is uncorrelated, so Postgres runs each once per query and
 * tests each row against their results: a page of a long list walks the projects in the page's order and stops after
 * the page, instead of first collecting everything the viewer may see (all 10,000 projects for the manager of a large
 * office: bench/README.md "Growth"), and a single project is checked by its id. Directors and admins are not filtered:
 * callers skip it for them (`seesAllProjects`).
 */
export const visibleProject = (p: string, viewer: string) => `(
    ${p}.id in (select project_id from project_participants where person_id = ${viewer}::uuid or person_id in (${actingFor(viewer)}))
    or ${p}.sales_owner_id in (select id from viewer_tree)
    or ${p}.owner_id in (select id from viewer_tree)
    or ${p}.office_id in (select id from offices where manager_id = ${viewer}::uuid)
    or ${p}.delivery_center_id in (select id from delivery_centers where lead_id = ${viewer}::uuid)
    or ((${p}.channel or ${p}.tier in (${OFFICE_DELIVERY_TIERS.map((t) => `'${t}'`).join(', ')}))
      and ${p}.office_id in (select office_id from people where id = ${viewer}::uuid and 'delivery' = any(roles)))
    or ((${p}.channel or ${p}.tier in (${HOTLINE_TIERS.map((t) => `'${t}'`).join(', ')}))
      and ${p}.office_id in (select o.id from offices o join hotlines h on h.id = o.hotline_id where h.lead_id = ${viewer}::uuid))
  )`;

/**
 * `viewer_tree(id)`: the viewer and everyone below them; `visible_projects(id)`: the projects the viewer may see
 * (`visibleProject`; directors and admins are not filtered: callers skip the fragment for them, see `seesAllProjects`).
 */
export const visibleProjects = (viewer: string) => `
  ${viewerTree(viewer)},
  visible_projects(id) as (select vp.id from projects vp where ${visibleProject('vp', viewer)})`;

export function seesAllProjects(viewer: Viewer): boolean {
  return holdsAny(viewer, SEES_ALL_PROJECTS);
}

/** Whether `viewer` may see project `projectId`; false also when there is no such project. */
export async function canSeeProject(db: Pool | PoolClient, viewer: Viewer, projectId: string): Promise<boolean> {
  if (seesAllProjects(viewer)) {
    const { rowCount } = await db.query('select 1 from projects where id = $1', [projectId]);
    return (rowCount ?? 0) > 0;
  }
  const { rowCount } = await db.query({
    name: 'can-see-project',
    text: `with recursive ${visibleProjects('$1')} select 1 from visible_projects where id = $2`,
    values: [viewer.id, projectId],
  });
  return (rowCount ?? 0) > 0;
}

/**
 * `report_people(id)`: the people whose rows a report shows `viewer` — themselves, everyone below them, the people
 * of the offices they manage and of the delivery centers they lead. Directors and admins see every row: callers
 * skip the fragment for them (`seesAllReportRows`). It defines `viewer_tree` as `visibleProjects` does: a query
 * needing both puts each in a subquery of its own.
 */
export const reportPeople = (viewer: string) => `
  ${viewerTree(viewer)},
  report_people(id) as (
    select id from viewer_tree
    union select p.id from people p join offices o on o.id = p.office_id where o.manager_id = ${viewer}::uuid
    union select p.id from people p join delivery_centers c on c.id = p.delivery_center_id where c.lead_id = ${viewer}::uuid
  )`;

export function seesAllReportRows(viewer: Viewer): boolean {
  return holdsAny(viewer, SEES_ALL_REPORT_ROWS);
}

/** Report rows per office: the offices `viewer` manages, or every office for directors and admins. */
export async function reportOfficeIds(db: Pool | PoolClient, viewer: Viewer): Promise<string[] | 'all'> {
  if (seesAllReportRows(viewer)) return 'all';
  const { rows } = await db.query<{ id: string }>('select id from offices where manager_id = $1', [viewer.id]);
  return rows.map((r) => r.id);
}
