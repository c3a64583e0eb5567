import { sumMinorUnits } from '../domain/money';
import type { AllocationCohortRow } from '../domain/reports';
import type { Pool } from './pool';
import { reportGroupIds, reportScope } from './reports';
import type { Viewer } from './visibility';

/**
 * Read models for 人人考核: credit beside revenue, scores per person, and how presales days were spread against
 * opportunity — each read as the viewer may see it (db/reports.ts `reportScope`). Dates are business dates
 * YYYY-MM-DD; an instant counts on its UTC date, as in db/reports.ts.
 */

/** `column` falls on a UTC date from $1 to $2, both included. */
export const IN_WINDOW = (column: string) =>
  `${column} >= $1::date::timestamp at time zone 'UTC' and ${column} < ($2::date + 1)::timestamp at time zone 'UTC'`;

/** An amount that may be negative: a window can hold a correcting entry without the entry it corrects. */
export interface SignedMoney {
  amount: number;
  currency: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Credit (背数字, 双算) beside revenue.

export type CreditGroupBy = 'person' | 'office' | 'center';

/** The credited person, their office, or their delivery center (as on record now; null: none). */
export const CREDIT_GROUPS: Record<CreditGroupBy, { key: string; table: string }> = {
  person: { key: 'pe.id', table: 'people' },
  office: { key: 'pe.office_id', table: 'offices' },
  center: { key: 'pe.delivery_center_id', table: 'delivery_centers' },
};

export interface CreditRow {
  groupId: string | null;
  groupName: string | null;
  projectId: string;
  projectName: string;
  currency: string;
  /** The group's credit on the project in the window: its entries summed, corrections included. */
  credit: number;
  creditRoles: string[];
  /** The project's revenue entries in the window, in the same currency: the same figure in every group. */
  revenue: number;
}

/**
 * One row per group, project and currency with credit entries in [from, to] (credit_entries.at), with the
 * project's revenue entries of the same window beside it — over the credit `viewer` may see: of a person whose
 * report rows they may see, on a project they may see, in a group they may see (per office: the offices they
 * manage; per center: the centers they lead; the group of people without an office or center: those of its
 * people they may see). Directors and admins see all of it.
 */
export async function creditRows(
  pool: Pool,
  viewer: Viewer,
  filter: { from: string; to: string; groupBy: CreditGroupBy },
): Promise<CreditRow[]> {
  const group = CREDIT_GROUPS[filter.groupBy];
  const scope = reportScope(viewer, '$3');
  const groups = filter.groupBy === 'person' ? 'all' : await reportGroupIds(pool, viewer, filter.groupBy);
  const { rows } = await pool.query<CreditRow>(
    `with credit as (
       select ${group.key} as group_id, c.project_id, c.currency, sum(c.amount)::float8 as amount,
              array_agg(distinct c.credit_role order by c.credit_role) as roles
       from credit_entries c join people pe on pe.id = c.person_id
       where ${IN_WINDOW('c.at')} and ${scope.project('c.project_id')} and ${scope.person('pe.id')}
         and ($4::boolean or ${group.key} = any($5::uuid[]) or ${group.key} is null)
       group by 1, c.project_id, c.currency
     ), revenue as (
       select r.project_id, r.currency, sum(r.amount)::float8 as amount from revenue_entries r
       where ${IN_WINDOW('r.at')} and r.project_id in (select project_id from credit)
       group by r.project_id, r.currency
     )
     select c.group_id as "groupId", g.name as "groupName", c.project_id as "projectId", p.name as "projectName",
            c.currency, c.amount as credit, c.roles as "creditRoles", coalesce(rv.amount, 0)::float8 as revenue
     from credit c
       join projects p on p.id = c.project_id
       left join revenue rv on rv.project_id = c.project_id and rv.currency = c.currency
       left join ${group.table} g on g.id = c.group_id
     order by g.name nulls last, c.group_id nulls last, p.name, c.project_id, c.currency`,
    [filter.from, filter.to, viewer.id, groups === 'all', groups === 'all' ? [] : groups],
  );
  return rows;
}

export interface CreditProject {
  projectId: string;
  name: string;
  creditRoles: string[];
  credit: SignedMoney;
  revenue: SignedMoney;
}

export interface CreditGroup {
  id: string | null;
  name: string | null;
  credit: SignedMoney[];
  /** Revenue of the distinct projects behind the group's credit, each counted once. */
  revenue: SignedMoney[];
  projects: CreditProject[];
}

export interface CreditTotal {
  currency: string;
  credit: SignedMoney;
  /** Each project's revenue once, however many people or groups hold credit on it. */
  revenue: SignedMoney;
  /** credit / revenue in basis points, rounded down: past 10,000 when credit is double counted; null without revenue. */
  creditBasisPointsOfRevenue: number | null;
}

function add(into: Map<string, number>, currency: string, amount: number): void {
  into.set(currency, sumMinorUnits([into.get(currency) ?? 0, amount]));
}

function moneyList(totals: Map<string, number>): SignedMoney[] {
  return [...totals.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([currency, amount]) => ({ amount, currency }));
}

/**
 * Groups the rows (in their order) and totals them per currency. Revenue counts once per project: within a
 * group (a project appears once per group) and in the total (a project credited to three groups adds its
 * revenue once), while credit adds up across everyone credited — so credit may pass 100% of revenue.
 */
export function summariseCredits(rows: readonly CreditRow[]): { groups: CreditGroup[]; totals: CreditTotal[] } {
  const groups = new Map<string | null, CreditGroup & { creditSums: Map<string, number>; revenueSums: Map<string, number> }>();
  const totalCredit = new Map<string, number>();
  const totalRevenue = new Map<string, number>();
  const revenueCounted = new Set<string>();
  for (const row of rows) {
    let group = groups.get(row.groupId);
    if (!group) {
      group = { id: row.groupId, name: row.groupName, credit: [], revenue: [], projects: [], creditSums: new Map(), revenueSums: new Map() };
      groups.set(row.groupId, group);
    }
    group.projects.push({
      projectId: row.projectId,
      name: row.projectName,
      creditRoles: row.creditRoles,
      credit: { amount: row.credit, currency: row.currency },
      revenue: { amount: row.revenue, currency: row.currency },
    });
    add(group.creditSums, row.currency, row.credit);
    add(group.revenueSums, row.currency, row.revenue);
    add(totalCredit, row.currency, row.credit);
    const projectCurrency = `${row.projectId}:${row.currency}`;
    if (!revenueCounted.has(projectCurrency)) {
      revenueCounted.add(projectCurrency);
      add(totalRevenue, row.currency, row.revenue);
    }
  }
  return {
    groups: [...groups.values()].map(({ creditSums, revenueSums, ...group }) => ({
      ...group,
      credit: moneyList(creditSums),
      revenue: moneyList(revenueSums),
    })),
    totals: moneyList(totalCredit).map(({ currency, amount }) => {
      const revenue = totalRevenue.get(currency) ?? 0;
      return {
        currency,
        credit: { amount, currency },
        revenue: { amount: revenue, currency },
        creditBasisPointsOfRevenue: revenue > 0 ? Math.floor((amount * 10_000) / revenue) : null,
      };
    }),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Scores (主负责人打分) per scored person.

export interface ScoreComment {
  /** Null where the viewer may not see the project. */
  projectId: string | null;
  scorerId: string;
  score: number;
  comment: string;
  scoredAt: string;
}

export interface ScoreRow {
  personId: string;
  name: string;
  /** The scores the viewer may see. */
  count: number;
  /** Their mean, rounded half away from zero to 2 decimals; null when the viewer may see none of them. */
  mean: number | null;
  distribution: { '1': number; '2': number; '3': number; '4': number; '5': number };
  comments: ScoreComment[];
}

/**
 * Per scored person whose report rows `viewer` may see, the scores given in [from, to] (scored_at), figured over
 * the scores they may see — the rule of `projectScoring` (db/assess-record.ts): given by the viewer, given to them or
 * to anyone below them, all for directors and admins. A person scored only where the viewer may not look (someone
 * of an office they manage but outside their tree) is listed with count 0 and mean null: that a score exists is no
 * secret, its value is. A manager sees the scores of the people below them even on a project they may not see (a
 * presales of theirs lent to another office); the comment then names no project.
 */
export async function scoreRows(pool: Pool, viewer: Viewer, filter: { from: string; to: string }): Promise<ScoreRow[]> {
  const scope = reportScope(viewer, '$3');
  const { rows } = await pool.query<ScoreRow>(
    `with scored as (
       select s.person_id, s.scorer_id, s.score, s.comment, s.scored_at,
              case when ${scope.project('s.project_id')} then s.project_id end as project_id,
              ${scope.score('s.person_id', 's.scorer_id')} as visible
       from scores s
       where ${IN_WINDOW('s.scored_at')} and ${scope.person('s.person_id')}
     )
     select s.person_id as "personId", pe.name, (count(*) filter (where s.visible))::int as count,
            round(avg(s.score) filter (where s.visible), 2)::float8 as mean,
            json_build_object(
              '1', count(*) filter (where s.visible and s.score = 1), '2', count(*) filter (where s.visible and s.score = 2),
              '3', count(*) filter (where s.visible and s.score = 3), '4', count(*) filter (where s.visible and s.score = 4),
              '5', count(*) filter (where s.visible and s.score = 5)) as distribution,
            coalesce(json_agg(json_build_object('projectId', s.project_id, 'scorerId', s.scorer_id, 'score', s.score,
                       'comment', s.comment, 'scoredAt', to_json(s.scored_at) #>> '{}')
                     order by s.scored_at, s.project_id) filter (where s.visible), '[]'::json) as comments
     from scored s join people pe on pe.id = s.person_id
     group by s.person_id, pe.name
     order by pe.name, s.person_id`,
    [filter.from, filter.to, viewer.id],
  );
  return rows;
}

// ---------------------------------------------------------------------------------------------------------------
// Allocation (劣币驱逐良币): presales days against the pipeline that asked for them.

/**
 * The projects `viewer` may see created in [from, to] (optionally of one office), per sales owner, tier and
 * currency: how many, their expected value, and all the presales days booked and worked on them so far (the cohort
 * is fixed by creation date; its days keep counting until its projects close). A sales person's row sums the
 * projects of theirs the viewer may see, whoever the sales person is.
 */
export async function allocationRows(pool: Pool, viewer: Viewer, filter: { from: string; to: string; officeId?: string }): Promise<AllocationCohortRow[]> {
  const scope = reportScope(viewer, '$4');
  const { rows } = await pool.query<AllocationCohortRow>(
    `with cohort as (
       select p.id, p.tier, p.sales_owner_id, p.expected_amount, p.currency from projects p
       where ${IN_WINDOW('p.created_at')} and ($3::uuid is null or p.office_id = $3) and ${scope.project('p.id')}
     ), booked as (
       select b.project_id, sum(b.days) as days from bookings b where b.project_id in (select id from cohort) group by b.project_id
     ), worked as (
       select t.project_id, sum(t.days) as days from time_entries t where t.project_id in (select id from cohort) group by t.project_id
     )
     select c.sales_owner_id as "salesPersonId", pe.name, c.tier, c.currency, count(*)::int as projects,
            sum(c.expected_amount)::float8 as "pipelineValue",
            coalesce(sum(b.days), 0)::float8 as "bookedDays", coalesce(sum(w.days), 0)::float8 as "workedDays"
     from cohort c
       join people pe on pe.id = c.sales_owner_id
       left join booked b on b.project_id = c.id
       left join worked w on w.project_id = c.id
     group by c.sales_owner_id, pe.name, c.tier, c.currency
     order by c.currency, pe.name, c.sales_owner_id, c.tier`,
    [filter.from, filter.to, filter.officeId ?? null, viewer.id],
  );
  return rows;
}
