import type { Money } from '../domain/money';
import { type Tier } from '../domain/tier';
import type { Pool } from './pool';
import { PROJECT_COLUMNS } from './project-queries';
import type { ProjectSummary } from './read-models';
import { seesAllProjects, viewerTree, visibleProject, visibleProjectIds, type Viewer } from './visibility';

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
}

/**
 * How many projects matching the filter a page's walk looks at before collecting the viewer's projects instead: a
 * viewer who sees one in twenty of them fills a page of 50 inside the walk.
 */
const WALK = 1_000;

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

/** Statement names by text: a list has one text per set of filters, each prepared once per connection under its name. */
const statementNames = new Map<string, string>();

async function query<R extends object>(pool: Pool, text: string, values: unknown[]): Promise<R[]> {
  let name = statementNames.get(text);
  if (!name) statementNames.set(text, (name = `project-list-${statementNames.size + 1}`));
  return (await pool.query<R>({ name, text, values })).rows;
}

/**
 * The page of projects `viewer` may see (db/visibility.ts), newest first, after the keyset cursor `after`. Directors
 * and admins read the projects in order. Anyone else's page is found in up to two steps, because which is cheap depends
 * on how many of the matching projects the viewer sees: first a walk of the first `WALK` matching projects in order,
 * each tested against the rule, which is all a manager seeing most of them needs; if that leaves the page short and
 * more projects match, the rest of the page from the viewer's own projects, collected through their indexes (a sales
 * person seeing a twentieth of them), after the last project the walk looked at.
 */
export async function listProjects(pool: Pool, viewer: Viewer, page: ProjectPage): Promise<ProjectSummary[]> {
  const params = new Params();
  const { where, order } = pageOf(page, params);
  if (seesAllProjects(viewer)) {
    const limit = params.add(page.limit, 'int');
    return query(pool, `select ${PROJECT_COLUMNS} from projects p where ${where('p')} order by ${order('p')} limit ${limit}`, params.values);
  }
  const viewerId = params.add(viewer.id, 'uuid');
  const walk = params.add(page.walk ?? WALK, 'int');
  // The last parameter, the most rows to answer: the walk's page, then what the walk left of it.
  const limit = `$${params.values.length + 1}::int`;
  const walked = await query<ProjectSummary>(
    pool,
    `with recursive ${viewerTree(viewerId)}
     select ${PROJECT_COLUMNS} from (select * from projects p where ${where('p')} order by ${order('p')} limit ${walk}) p
     where ${visibleProject('p', viewerId)} order by ${order('p')} limit ${limit}`,
    [...params.values, page.limit],
  );
  if (walked.length >= page.limit) return walked;
  // Each of the viewer's projects found by its key (`offset 0` keeps Postgres from turning this into a walk of every
  // project that tests each against the set: at 10,000 projects that took 23 ms instead of 2).
  const rest = await query<ProjectSummary>(
    pool,
    `with recursive ${viewerTree(viewerId)},
       visible(id) as (${visibleProjectIds(viewerId)}),
       last_walked as (select p.created_at, p.id from projects p where ${where('p')} order by ${order('p')} offset ${walk} - 1 limit 1)
     select ${PROJECT_COLUMNS} from (
       select v.* from visible cross join lateral (select * from projects v where v.id = visible.id offset 0) v
       where exists (select 1 from last_walked) and ${where('v')} and (v.created_at, v.id) < (select created_at, id from last_walked)
       order by ${order('v')} limit ${limit}) p
     order by ${order('p')}`,
    [...params.values, page.limit - walked.length],
  );
  return [...walked, ...rest];
}

/** One column of the pipeline board: its projects and their expected value per currency. */
export interface StageTotal {
  stage: string;
  count: number;
  /** `capped`: the sum passed the largest exact number and is shown as that. */
  expectedValue: Array<Money & { capped: boolean }>;
}

/** Per stage, how many of the projects `viewer` may see match `filter`, and their expected value per currency. */
export async function stageTotals(pool: Pool, viewer: Viewer, filter: ProjectFilter): Promise<StageTotal[]> {
  const params = new Params();
  const matches = filterOf(filter, params);
  const seesAll = seesAllProjects(viewer);
  const viewerId = seesAll ? '' : params.add(viewer.id, 'uuid');
  const rows = await query<{ stage: string; currency: string; count: number; amount: string }>(
    pool,
    `${seesAll ? '' : `with recursive ${viewerTree(viewerId)}`}
     select p.stage, p.currency, count(*)::int as count, sum(p.expected_amount)::text as amount
     from projects p where ${matches('p')}${seesAll ? '' : ` and ${visibleProject('p', viewerId)}`}
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
