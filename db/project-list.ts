import type { Money } from '../domain/money';
import { type Tier } from '../domain/tier';
import type { Pool } from './pool';
import { PROJECT_COLUMNS } from './project-queries';
import type { ProjectSummary } from './read-models';
import { seesAllProjects, viewerTree, visibleProject, visibleProjectIds, visibleProjectIdsEachWay, type Viewer } from './visibility';

/** The project list and the pipeline board: what a viewer may see of all projects, filtered, paged or summed. */

/** What the project list and the pipeline board filter by; every filter is optional. */
export interface ProjectFilter {
  stage?: string;
  tier?: Tier;
  ownerId?: string;
  officeId?: string;
  industry?: string;
  status?: string;
}

/** The list's page: at most `limit` projects, newest first, after the keyset cursor `after`. */
export interface ProjectPage extends ProjectFilter {
  limit: number;
  after?: { createdAt: string; id: string };
  /** How many matching projects the walk looks at (`WALK`; tests make it small to reach the second step). */
  walk?: number;
  /** How the page is found (tests choose); unset, by how many projects the viewer sees. */
  read?: ReadWay;
}

/**
 * How a viewer's projects are found (tests choose; unset, by how many the viewer sees): by testing the projects in
 * order against the rule, or from the viewer's projects by key.
 */
export type ReadWay = 'walk' | 'byKey';

/**
 * How many projects matching the filter a page's walk looks at before collecting the viewer's projects instead: a
 * viewer who sees more than one in twenty of them fills a page of 50 inside the walk.
 */
const WALK = 1_000;

/**
 * A viewer whose ways of seeing projects yield at most this many ids (a project seen two ways counted twice) has a
 * page read from those projects by key: the ids and a lookup of each, where a walk of projects mostly other people's
 * would test up to `WALK` of them and then look theirs up anyway (the growth bench's sales person: 500 of 10,000 as
 * owner, as sales owner and as participant, none of them matching the filter). A viewer with more walks.
 */
const BY_KEY = 2_000;

/**
 * Per viewer, whether they see few projects (`BY_KEY`) and since when that is known. Counting costs as much as a
 * page read by key, so it is kept for a minute; a stale answer only picks the slower of two ways to the same page.
 */
const seesFew = new Map<string, { few: boolean; at: number }>();
const SEES_FEW_FOR_MS = 60_000;
const SEES_FEW_VIEWERS = 10_000;

/** `asked` if a test chose; otherwise by key when the viewer sees few projects (`BY_KEY`), else by walking. */
async function readWayFor(pool: Pool, viewerId: string, asked: ReadWay | undefined): Promise<ReadWay> {
  if (asked) return asked;
  const known = seesFew.get(viewerId);
  if (known && Date.now() - known.at < SEES_FEW_FOR_MS) return known.few ? 'byKey' : 'walk';
  const [row] = await query<{ ways: number }>(
    pool,
    `with recursive ${viewerTree('$1')}
     select count(*)::int as ways from (select 1 from (${visibleProjectIdsEachWay('$1')}) k limit $2::int + 1) k`,
    [viewerId, BY_KEY],
  );
  const few = row!.ways <= BY_KEY;
  seesFew.delete(viewerId);
  if (seesFew.size >= SEES_FEW_VIEWERS) seesFew.delete(seesFew.keys().next().value!);
  seesFew.set(viewerId, { few, at: Date.now() });
  return few ? 'byKey' : 'walk';
}

/** SQL over the query's parameters: each value is pushed once and named by its place. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown, type: string): string {
    this.values.push(value);
    return `$${this.values.length}::${type}`;
  }
}

/** `filter` as conditions on the projects row `p`, over `params` (the same parameters serve every alias). */
function filterOf(filter: ProjectFilter, params: Params): (p: string) => string {
  const conditions: Array<(p: string) => string> = [];
  const equal = (column: string, value: string | undefined, type = 'text') => {
    if (value === undefined) return;
    const param = params.add(value, type);
    conditions.push((p) => `${p}.${column} = ${param}`);
  };
  equal('stage', filter.stage);
  equal('tier', filter.tier);
  equal('owner_id', filter.ownerId, 'uuid');
  equal('office_id', filter.officeId, 'uuid');
  equal('industry', filter.industry);
  equal('status', filter.status);
  return (p) => conditions.map((condition) => condition(p)).join(' and ') || 'true';
}

/** `filter` and the page's cursor as conditions on `p`, and the page's order. */
function pageOf(page: ProjectPage, params: Params) {
  const filter = filterOf(page, params);
  const createdAt = params.add(page.after?.createdAt ?? null, 'timestamptz');
  const id = params.add(page.after?.id ?? null, 'uuid');
  return {
    where: (p: string) => `${filter(p)} and (${createdAt} is null or (${p}.created_at, ${p}.id) < (${createdAt}, ${id}))`,
    order: (p: string) => `${p}.created_at desc, ${p}.id desc`,
  };
}

/** A list statement: one text per set of filters, prepared once per connection under a name its text decides (db/pool.ts). */
async function query<R extends object>(pool: Pool, text: string, values: unknown[]): Promise<R[]> {
  return (await pool.query<R>(text, values)).rows;
}

/**
 * The projects `viewer` may see, as rows found by key from their ids (`visibleProjectIds`): `offset 0` keeps each a
 * lookup, where an estimate of thousands of ids leads Postgres to walk every project instead, testing each against the
 * set. The query's `with recursive` must define `viewer_tree`.
 */
const projectsByKey = (viewer: string) =>
  `(select v.* from (${visibleProjectIds(viewer)}) visible(id) cross join lateral (select * from projects v where v.id = visible.id offset 0) v)`;

/** A row of the walk: a project, where the walk found it, and whether the viewer sees it. */
type WalkedRow = ProjectSummary & { walked: string; seen: boolean };

/**
 * The page of projects `viewer` may see (db/visibility.ts), newest first, after the keyset cursor `after`. Directors
 * and admins read the projects in order. For anyone else, which way is cheap depends on how many projects they see.
 * A viewer who sees few (`BY_KEY`) has the page read from their projects by key. Anyone else's starts with a walk of
 * the first `WALK` matching projects in order, each tested against the rule: all a manager seeing most of them needs.
 * The walk answers the project it stopped at too, seen or not; if the page is short and the walk stopped there rather
 * than at the last matching project, the rest of the page is read by key from the viewer's projects past that one.
 */
export async function listProjects(pool: Pool, viewer: Viewer, page: ProjectPage): Promise<ProjectSummary[]> {
  const params = new Params();
  const { where, order } = pageOf(page, params);
  if (seesAllProjects(viewer)) {
    const limit = params.add(page.limit, 'int');
    return query(pool, `select ${PROJECT_COLUMNS} from projects p where ${where('p')} order by ${order('p')} limit ${limit}`, params.values);
  }
  const viewerId = params.add(viewer.id, 'uuid');
  const byKey = (limit: number, before?: { createdAt: string; id: string }) =>
    query<ProjectSummary>(
      pool,
      `with recursive ${viewerTree(viewerId)}
       select ${PROJECT_COLUMNS} from (
         select v.* from ${projectsByKey(viewerId)} v
         where ${where('v')}${before ? ` and (v.created_at, v.id) < (${params.add(before.createdAt, 'timestamptz')}, ${params.add(before.id, 'uuid')})` : ''}
         order by ${order('v')} limit ${params.add(limit, 'int')}) p
       order by ${order('p')}`,
      params.values,
    );
  if ((await readWayFor(pool, viewer.id, page.read)) === 'byKey') return byKey(page.limit);
  const shared = params.values.length;
  const walk = page.walk ?? WALK;
  const walkParam = params.add(walk, 'int');
  const limitParam = params.add(page.limit + 1, 'int');
  const walkedRows = await query<WalkedRow>(
    pool,
    `with recursive ${viewerTree(viewerId)}
     select ${PROJECT_COLUMNS}, p.walked, case when p.walked = ${walkParam} then ${visibleProject('p', viewerId)} else true end as seen
     from (select p.*, row_number() over (order by ${order('p')}) as walked
           from (select * from projects p where ${where('p')} order by ${order('p')} limit ${walkParam}) p) p
     where p.walked = ${walkParam} or ${visibleProject('p', viewerId)}
     order by ${order('p')} limit ${limitParam}`,
    params.values,
  );
  const seen = walkedRows.filter((row) => row.seen).map(({ walked: _walked, seen: _seen, ...project }) => project);
  const stoppedAt = walkedRows.find((row) => Number(row.walked) === walk);
  if (seen.length >= page.limit || !stoppedAt) return seen.slice(0, page.limit);
  // The rest's own parameters replace the walk's.
  params.values.length = shared;
  return [...seen, ...(await byKey(page.limit - seen.length, stoppedAt))];
}

/** One column of the pipeline board: its projects and their expected value per currency. */
export interface StageTotal {
  stage: string;
  count: number;
  /** `capped`: the sum passed the largest exact number and is shown as that. */
  expectedValue: Array<Money & { capped: boolean }>;
}

/** Per stage, how many of the projects `viewer` may see match `filter`, and their expected value per currency. */
export async function stageTotals(pool: Pool, viewer: Viewer, filter: ProjectFilter, read?: ReadWay): Promise<StageTotal[]> {
  const params = new Params();
  const matches = filterOf(filter, params);
  // Directors and admins are not filtered; a viewer who sees few projects has them read by key, anyone else's tested.
  const viewerId = seesAllProjects(viewer) ? undefined : params.add(viewer.id, 'uuid');
  const way = viewerId && (await readWayFor(pool, viewer.id, read));
  const from = way === 'byKey' ? projectsByKey(viewerId!) : 'projects';
  const seen = way === 'walk' ? visibleProject('p', viewerId!) : 'true';
  const rows = await query<{ stage: string; currency: string; count: number; amount: string }>(
    pool,
    `${viewerId ? `with recursive ${viewerTree(viewerId)}` : ''}
     select p.stage, p.currency, count(*)::int as count, sum(p.expected_amount)::text as amount
     from ${from} p where ${matches('p')} and ${seen}
     group by p.stage, p.currency order by p.stage, p.currency`,
    params.values,
  );
  const byStage = new Map<string, StageTotal>();
  for (const row of rows) {
    const stage = byStage.get(row.stage) ?? { stage: row.stage, count: 0, expectedValue: [] };
    stage.count += row.count;
    const amount = Number(row.amount);
    stage.expectedValue.push({ amount: Math.min(amount, Number.MAX_SAFE_INTEGER), currency: row.currency, capped: amount > Number.MAX_SAFE_INTEGER });
    byStage.set(row.stage, stage);
  }
  return [...byStage.values()];
}
