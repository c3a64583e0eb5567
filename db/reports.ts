import type { Role } from '../domain/people';
import type { Tier } from '../domain/tier';
import type { BudgetReportRow, UtilizationCenter, UtilizationPerson } from '../domain/reports';
import { holdsAny, SEES_ALL_RATES, SEES_ALL_SCORES } from '../domain/visibility';
import { REQUEST_COLUMNS } from './match-queries';
import { peopleAtOrBelow } from './people';
import type { Pool, PoolClient } from './pool';
import { reportOfficeIds, reportPeople, seesAllProjects, seesAllReportRows, visibleProjects, type Viewer } from './visibility';

/**
 * Read models for matching and the reports (budget burn, utilization, stalled projects). Dates are business dates
 * YYYY-MM-DD; an instant (a booking's booked_at) counts on its UTC date, the same date the activities price bookings
 * on. Every report reads only the rows its viewer may see (`reportScope`); the arithmetic is in domain/reports.ts.
 */

/** Moved to domain/reports.ts (pure); kept here for the routes that read them with the matching queries. */
export { basisPoints, capacityDaysIn } from '../domain/reports';

// ---------------------------------------------------------------------------------------------------------------
// Who sees which report rows (issue 9; domain/visibility.ts has the rules in words).

/**
 * The visibility rules as SQL conditions, for a query whose parameter `param` holds the viewer's id. Each
 * condition is a subquery over the fragments of db/visibility.ts (scoped to the subquery, so one query may use
 * several of them), or an always-true test for directors and admins.
 */
export interface ReportScope {
  /** `projectId` is a project the viewer may see. */
  project(projectId: string): string;
  /** `personId` is a person whose report rows the viewer may see: themselves, their tree, their offices, their centers. */
  person(personId: string): string;
  /** The viewer may see the rate and cost of `personId`'s work: their own, and everyone's below them. */
  rates(personId: string): string;
  /** The viewer may see a score `scorerId` gave `personId`: they gave it, or are that person or above them. */
  score(personId: string, scorerId: string): string;
}

export function reportScope(viewer: Viewer, param: string): ReportScope {
  // Names the parameter even where nothing is filtered: Postgres must learn its type from the query text.
  const everything = `(${param}::uuid is not null)`;
  const tree = `(with recursive ${peopleAtOrBelow(param)} select id from tree)`;
  return {
    project: (projectId) =>
      seesAllProjects(viewer) ? everything : `${projectId} in (with recursive ${visibleProjects(param)} select id from visible_projects)`,
    person: (personId) =>
      seesAllReportRows(viewer) ? everything : `${personId} in (with recursive ${reportPeople(param)} select id from report_people)`,
    rates: (personId) => (holdsAny(viewer, SEES_ALL_RATES) ? everything : `${personId} in ${tree}`),
    score: (personId, scorerId) =>
      holdsAny(viewer, SEES_ALL_SCORES) ? everything : `(${scorerId} = ${param}::uuid or ${personId} in ${tree})`,
  };
}

/**
 * The groups a report shows `viewer` per office (the offices they manage) or per delivery center (the centers
 * they lead); every group for directors and admins. A center is not shown to the managers above its lead: its
 * members need not be in their tree, and a center total must not be a total of the members one happens to see.
 */
export async function reportGroupIds(db: Pool | PoolClient, viewer: Viewer, kind: 'office' | 'center'): Promise<string[] | 'all'> {
  if (kind === 'office') return reportOfficeIds(db, viewer);
  if (seesAllReportRows(viewer)) return 'all';
  const { rows } = await db.query<{ id: string }>('select id from delivery_centers where lead_id = $1', [viewer.id]);
  return rows.map((r) => r.id);
}

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------------------------
// Matching: a resource request, its project, and everyone with their load in a window.

/** A booking's planned days are spread evenly over this many calendar days from its booking date (4 weeks). */
export const BOOKING_SPREAD_CALENDAR_DAYS = 28;

export interface CandidateProject {
  id: string;
  industry: string;
  officeId: string;
  tier: Tier;
  deliveryCenterId: string | null;
  policyVersion: number;
  /** A channel project follows the policy's channel path until a director overrides its tier. */
  onChannelPath: boolean;
}

export interface CandidatePerson {
  id: string;
  name: string;
  roles: Role[];
  skills: string[];
  industries: string[];
  rateLevel: string | null;
  officeId: string | null;
  deliveryCenterId: string | null;
  bookedDays: number;
}

export async function requestForMatching(pool: Pool, requestId: string) {
  const { rows } = await pool.query(`select ${REQUEST_COLUMNS} from resource_requests r where r.id = $1`, [requestId]);
  const request = rows[0] as { projectId: string; role: Role; skills: string[]; days: number } | undefined;
  if (!request) return undefined;
  const project = await pool.query<CandidateProject>(
    `select p.id, p.industry, p.office_id as "officeId", p.tier, p.delivery_center_id as "deliveryCenterId",
       p.policy_version as "policyVersion",
       (p.channel and not exists (select 1 from project_events e where e.project_id = p.id and e.type = 'tier_overridden')) as "onChannelPath"
     from projects p where p.id = $1`,
    [request.projectId],
  );
  return { request, project: project.rows[0]! };
}

/**
 * Everyone who may be given work (not deactivated), with the days their bookings take in the window [from, to]. Bookings carry no dates of their own
 * yet, so a booking's planned days are taken to be spread evenly over the 20 working days of the four weeks
 * from its booking date (any 28 consecutive days hold exactly 20 weekdays): the days it takes in the window are
 * its days × the working days the window shares with that span / 20, summed per person and rounded up to a
 * quarter day. Bookings on projects closed before the window starts no longer occupy anyone (the unworked
 * commitment was released at close).
 */
export async function peopleWithLoad(pool: Pool, from: string, to: string): Promise<CandidatePerson[]> {
  const { rows } = await pool.query<CandidatePerson>(
    `with live_bookings as (
       select b.person_id, b.days, (b.booked_at at time zone 'UTC')::date as d0
       from bookings b join projects p on p.id = b.project_id
       where (p.closed_at is null or (p.closed_at at time zone 'UTC')::date >= $1::date)
     ), spans as (
       select s.person_id, s.days,
              (select count(*) from generate_series(greatest(s.d0, $1::date)::timestamp, least(s.d0 + ${BOOKING_SPREAD_CALENDAR_DAYS - 1}, $2::date)::timestamp, interval '1 day') g(day)
               where extract(isodow from g.day) < 6) as shared_working_days
       from live_bookings s
       where s.d0 <= $2::date and s.d0 + ${BOOKING_SPREAD_CALENDAR_DAYS - 1} >= $1::date
     ), load as (
       select person_id, ceil(sum(days * shared_working_days / 20.0) * 4) / 4 as days from spans group by person_id
     )
     select p.id, p.name, p.roles, p.skills, p.industries, p.rate_level as "rateLevel", p.office_id as "officeId",
            p.delivery_center_id as "deliveryCenterId", coalesce(l.days, 0)::float8 as "bookedDays"
     from people p left join load l on l.person_id = p.id
     where p.deactivated_at is null
     order by p.id`,
    [from, to],
  );
  return rows;
}

// ---------------------------------------------------------------------------------------------------------------
// Budget burn per project.

export type BudgetSort = 'burn' | 'overBy' | 'remaining';

export interface BudgetReportFilter {
  status?: 'open' | 'won' | 'lost';
  officeId?: string;
  tier?: Tier;
  sort: BudgetSort;
  limit: number;
}

/** Spent = committed + actual; the ratio is exact in numeric; a zero budget with spending burns "infinitely". */
const SPENT = '(p.committed_amount + p.actual_amount)';
const BURN = `(${SPENT} > 0 and p.budget_amount = 0) desc, ${SPENT}::numeric / nullif(p.budget_amount, 0) desc nulls last`;
const ORDER: Record<BudgetSort, string> = {
  burn: `${BURN}, ${SPENT} desc`,
  overBy: `greatest(0, ${SPENT} - p.budget_amount) desc, ${BURN}`,
  remaining: `greatest(0, p.budget_amount - ${SPENT}) asc, ${BURN}`,
};

/**
 * The projects `viewer` may see, by budget burn, over-budget ones first, then by `sort` (burn: most used first;
 * overBy: furthest over first; remaining: least left first). Amounts are the project's projections of the cost
 * ledger, the same numbers `GET /api/projects/:id` shows. Amounts compare across currencies as plain numbers.
 */
export async function budgetReport(pool: Pool, viewer: Viewer, filter: BudgetReportFilter): Promise<BudgetReportRow[]> {
  const scope = reportScope(viewer, '$5');
  const { rows } = await pool.query<BudgetReportRow>(
    `select p.id as "projectId", p.name, p.customer_name as "customerName", p.tier, p.status, p.stage,
            p.office_id as "officeId", p.owner_id as "ownerId", p.sales_owner_id as "salesOwnerId", p.currency,
            p.budget_amount as budget, p.committed_amount as committed, p.actual_amount as actual
     from projects p
     where ($1::text is null or p.status = $1) and ($2::uuid is null or p.office_id = $2) and ($3::text is null or p.tier = $3)
       and ${scope.project('p.id')}
     order by (${SPENT} > p.budget_amount) desc, ${ORDER[filter.sort]}, p.id
     limit $4`,
    [filter.status ?? null, filter.officeId ?? null, filter.tier ?? null, filter.limit, viewer.id],
  );
  return rows;
}

// ---------------------------------------------------------------------------------------------------------------
// Utilization per person and per delivery center.

/**
 * The people whose report rows `viewer` may see and who can carry presales work (a rate level or a delivery center
 * on record) or were booked or working in the window, with their booked and worked days and actual cost in
 * [from, to]. Rate level and cost are null where the viewer may not see them.
 */
export async function utilizationByPerson(pool: Pool, viewer: Viewer, from: string, to: string): Promise<UtilizationPerson[]> {
  const scope = reportScope(viewer, '$3');
  const { rows } = await pool.query<UtilizationPerson>(
    `with booked as (
       select person_id, sum(days) as days from bookings
       where booked_at >= $1::date::timestamp at time zone 'UTC' and booked_at < ($2::date + 1)::timestamp at time zone 'UTC'
       group by person_id
     ), worked as (
       select person_id, sum(days) as days from time_entries where work_date between $1::date and $2::date group by person_id
     ), cost as (
       select person_id, json_agg(json_build_object('amount', amount, 'currency', currency) order by currency) as amounts
       from (select person_id, currency, sum(amount)::float8 as amount from time_entries
             where work_date between $1::date and $2::date group by person_id, currency) c
       group by person_id
     ), shown as (
       select p.*, ${scope.rates('p.id')} as sees_cost from people p where ${scope.person('p.id')}
     )
     select p.id as "personId", p.name, p.office_id as "officeId", p.delivery_center_id as "deliveryCenterId",
            case when p.sees_cost then p.rate_level end as "rateLevel",
            coalesce(b.days, 0)::float8 as "bookedDays", coalesce(w.days, 0)::float8 as "workedDays",
            case when p.sees_cost then coalesce(c.amounts, '[]'::json) end as "actualCost"
     from shown p
       left join booked b on b.person_id = p.id
       left join worked w on w.person_id = p.id
       left join cost c on c.person_id = p.id
     where p.rate_level is not null or p.delivery_center_id is not null or b.person_id is not null or w.person_id is not null
     order by p.name, p.id`,
    [from, to, viewer.id],
  );
  return rows;
}

/** The delivery centers whose totals `viewer` may see (`reportGroupIds`). */
export async function reportDeliveryCenters(pool: Pool, viewer: Viewer): Promise<UtilizationCenter[]> {
  const ids = await reportGroupIds(pool, viewer, 'center');
  const { rows } = await pool.query<UtilizationCenter>(
    `select id, name, industry, solution, lead_id as "leadId" from delivery_centers
     where $1::boolean or id = any($2::uuid[]) order by name, id`,
    [ids === 'all', ids === 'all' ? [] : ids],
  );
  return rows;
}

// ---------------------------------------------------------------------------------------------------------------
// Stalled projects (过程协同).

export interface StalledProjectRow {
  id: string;
  name: string;
  tier: Tier;
  stage: string;
  ownerId: string;
  stageDeadline: string;
  overdueHours: number;
  escalationLevel: number;
}

/** The open projects `viewer` may see whose stage deadline has passed, longest overdue first. */
export async function stalledProjects(pool: Pool, viewer: Viewer, limit: number): Promise<StalledProjectRow[]> {
  const scope = reportScope(viewer, '$2');
  const { rows } = await pool.query<StalledProjectRow>(
    `select p.id, p.name, p.tier, p.stage, p.owner_id as "ownerId", to_json(p.stage_deadline) #>> '{}' as "stageDeadline",
       round((extract(epoch from now() - p.stage_deadline) / 3600)::numeric, 2)::float8 as "overdueHours",
       p.escalation_level as "escalationLevel"
     from projects p
     where p.status = 'open' and p.stage_deadline < now() and ${scope.project('p.id')}
     order by p.stage_deadline asc, p.id limit $1`,
    [limit, viewer.id],
  );
  return rows;
}
