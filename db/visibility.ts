import { holdsAny, HOTLINE_TIERS, OFFICE_DELIVERY_TIERS, SEES_ALL_PROJECTS, SEES_ALL_REPORT_ROWS } from '../domain/visibility';
import type { Role } from '../domain/people';
import { actingFor } from './delegations';
import { managerStep, peopleAtOrBelow } from './people';
import type { Pool, PoolClient } from './pool';

/**
 * The visibility rules of domain/visibility.ts as SQL, for reads that must filter rows in the database (a list of
 * 10,000 projects is not filtered in JavaScript). Each fragment is a set of `with recursive` items over the viewer's
 * id (and, for one project, its id); a query writes `with recursive ${visibleProjects('$1')} select …`.
 */

export interface Viewer {
  id: string;
  roles: readonly Role[];
}

/** `viewer_tree(id)`: the viewer and everyone below them in the manager tree. */
export const viewerTree = (viewer: string) => peopleAtOrBelow(viewer, 'viewer_tree');

const inList = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

/**
 * One way of seeing a project (domain/visibility.ts), written two ways that must agree: `row(p)`, whether the project
 * row `p` is seen this way; `ids`, the ids of every project seen this way, found through an index.
 */
interface SightLine {
  row: (p: string) => string;
  ids: string;
}

/** The projects whose `column` is among the values `of` selects (and, with `when`, whose row also meets it). */
function byColumn(column: 'sales_owner_id' | 'owner_id' | 'office_id' | 'delivery_center_id', of: string, when?: (p: string) => string): SightLine {
  const also = (p: string) => (when ? ` and ${when(p)}` : '');
  return {
    row: (p) => `(${p}.${column} in (${of})${also(p)})`,
    // From each value to its projects (`offset 0` keeps it a loop): a viewer with no such values reads no project at
    // all, where a scan testing every project against an empty set read all 10,000 (bench/README.md, sixth round).
    ids: `select x.id from (${of}) k(key) cross join lateral (select vp.id from projects vp where vp.${column} = k.key${also('vp')} offset 0) x`,
  };
}

/** The ways through the manager tree: the sales owner or the owner is the viewer or below them (`viewer_tree`). */
const treeLines = (): SightLine[] => [byColumn('sales_owner_id', 'select id from viewer_tree'), byColumn('owner_id', 'select id from viewer_tree')];

/** Every other way; `viewer_tree` is not needed for them. */
const otherLines = (viewer: string): SightLine[] => {
  // The viewer and whoever's delegation to them is in force, as an array: the participants' primary key (person_id,
  // project_id) finds their rows; an `or` of a sub-select would scan the table.
  const participants = `person_id = any(array(select ${viewer}::uuid union all ${actingFor(viewer)}))`;
  return [
    byColumn('office_id', `select id from offices where manager_id = ${viewer}::uuid`),
    byColumn('delivery_center_id', `select id from delivery_centers where lead_id = ${viewer}::uuid`),
    byColumn(
      'office_id',
      `select office_id from people where id = ${viewer}::uuid and 'delivery' = any(roles)`,
      (p) => `(${p}.channel or ${p}.tier in (${inList(OFFICE_DELIVERY_TIERS)}))`,
    ),
    byColumn(
      'office_id',
      `select o.id from offices o join hotlines h on h.id = o.hotline_id where h.lead_id = ${viewer}::uuid`,
      (p) => `(${p}.channel or ${p}.tier in (${inList(HOTLINE_TIERS)}))`,
    ),
    // Last as a condition: the others are a handful of ids each, this one every project the viewer took part in (an
    // office manager who approves every dispatch takes part in all of the office's). As `exists`, Postgres probes the
    // key for one project and hashes the viewer's projects for many.
    {
      row: (p) => `exists (select 1 from project_participants pp where pp.project_id = ${p}.id and pp.${participants})`,
      ids: `select project_id from project_participants where ${participants}`,
    },
  ];
};

/** `viewer_tree` must be defined by the query's `with recursive` (`viewerTree`). */
const sightLines = (viewer: string): SightLine[] => [...treeLines(), ...otherLines(viewer)];

/**
 * Whether the project row `p` is one `viewer` may see, as a condition on that row; the query's `with recursive` must
 * define `viewer_tree` (`viewerTree`). Every sub-select is uncorrelated, so Postgres runs each at most once per query
 * (only when a row gets that far) and tests each row against their results: a page of a long list walks the projects
 * in the page's order and stops after the page, instead of first collecting everything the viewer may see (all
 * 10,000 projects for the manager of a large office: bench/README.md "Growth"), and a single project is checked by
 * its id. Directors and admins are not filtered: callers skip it for them (`seesAllProjects`).
 */
export const visibleProject = (p: string, viewer: string) =>
  `(${sightLines(viewer)
    .map((line) => line.row(p))
    .join('\n    or ')})`;

/**
 * The ids of every project `viewer` may see, collected through each way of seeing one by its index: for a viewer who
 * sees few of many projects, far cheaper than testing every project (`visibleProject`); for one who sees most, far
 * dearer. The query's `with recursive` must define `viewer_tree`.
 */
export const visibleProjectIds = (viewer: string) => idsOfEachWay(viewer).join('\n    union ');

const idsOfEachWay = (viewer: string) => sightLines(viewer).map((line) => line.ids);

/**
 * As `visibleProjectIds`, but each way's ids as they come, duplicates kept (a project seen two ways comes twice): what
 * a capped count reads without collecting everything first (`limit` stops it).
 */
export const visibleProjectIdsEachWay = (viewer: string) => idsOfEachWay(viewer).join('\n    union all ');

/**
 * `viewer_tree(id)`: the viewer and everyone below them; `visible_projects(id)`: the projects the viewer may see
 * (`visibleProject`; directors and admins are not filtered: callers skip the fragment for them, see `seesAllProjects`).
 */
export const visibleProjects = (viewer: string) => `
  ${viewerTree(viewer)},
  visible_projects(id) as (select vp.id from projects vp where ${visibleProject('vp', viewer)})`;

/**
 * `project_above(id)`: project `project`'s owner and sales owner and everyone above them in the manager tree — read
 * upwards from two people, a lookup by key per step (`managerStep`), as many steps as the tree is deep. The viewer is
 * among them exactly when either is in `viewer_tree`, which reads downwards: for one project, the walk up costs the
 * same however large the organisation, where the tree below a manager grows with it (bench/README.md, eighth round).
 */
const projectAbove = (project: string) => `project_above(id) as (
    select unnest(array[owner_id, sales_owner_id]) from projects where id = ${project}::uuid
    union select up.id from project_above a ${managerStep('a')})`;

/**
 * `visible_project(id)`: project `project` if `viewer` may see it — `visibleProjects` for one project, its ways through
 * the manager tree read upwards from the project's two people (`projectAbove`). Directors and admins are not filtered:
 * callers skip it for them (`seesAllProjects`).
 */
export const visibleSingleProject = (viewer: string, project: string) => `
  ${projectAbove(project)},
  visible_project(id) as (
    select vp.id from projects vp where vp.id = ${project}::uuid and (
      ${viewer}::uuid in (select id from project_above)
      or ${otherLines(viewer)
        .map((line) => line.row('vp'))
        .join('\n      or ')}))`;

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
    text: `with recursive ${visibleSingleProject('$1', '$2')} select 1 from visible_project`,
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
