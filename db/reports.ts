import type { Role } from '../domain/people';
import type { Tier } from '../domain/policy';
import { REQUEST_COLUMNS } from './match-queries';
import type { Pool } from './pool';

/**
 * Read models for matching and the reports (budget burn, utilization). Dates are business dates YYYY-MM-DD; an
 * instant (a booking's booked_at) counts on its UTC date, the same date the activities price bookings on.
 */

// ---------------------------------------------------------------------------------------------------------------
// Calendar: working days are Monday–Friday (no holiday calendar yet).

const DAY_MS = 86_400_000;

function epochDay(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

export function isoDate(epoch: number): string {
  return new Date(epoch * DAY_MS).toISOString().slice(0, 10);
}

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Monday–Friday dates from `from` to `to`, both included (0 when `to` is before `from`). */
export function workingDaysIn(from: string, to: string): number {
  const first = epochDay(from);
  const total = epochDay(to) - first + 1;
  if (total <= 0) return 0;
  const weeks = Math.floor(total / 7);
  let days = weeks * 5;
  // 1970-01-01 (epoch day 0) was a Thursday: weekday index 0 = Monday … 6 = Sunday.
  for (let e = first + weeks * 7; e <= first + total - 1; e++) {
    if ((e + 3) % 7 < 5) days++;
  }
  return days;
}

/**
 * Days one person can give presales work in the window: working days / 5 × the policy's days per week, rounded
 * down to a quarter day (work is planned in quarter days, and quarters keep every sum exact).
 */
export function capacityDaysIn(from: string, to: string, capacityDaysPerWeek: number): number {
  const exact = (workingDaysIn(from, to) * capacityDaysPerWeek) / 5;
  return Math.floor(exact * 4 + 1e-9) / 4;
}

/** `part / whole` in basis points, rounded down; null when the whole is zero (no percentage describes that). */
export function basisPoints(part: number, whole: number): number | null {
  // Days are numeric(8,2) in Postgres: hundredths are exact integers.
  const p = Math.round(part * 100);
  const w = Math.round(whole * 100);
  if (w <= 0) return null;
  return Math.floor((p * 10_000) / w);
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
 * Everyone, with the days their bookings take in the window [from, to]. Bookings carry no dates of their own
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

export interface BudgetReportRow {
  projectId: string;
  name: string;
  customerName: string;
  tier: Tier;
  status: 'open' | 'won' | 'lost';
  stage: string;
  officeId: string;
  ownerId: string;
  salesOwnerId: string;
  currency: string;
  budget: number;
  committed: number;
  actual: number;
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
 * Projects by budget burn, over-budget ones first, then by `sort` (burn: most used first; overBy: furthest
 * over first; remaining: least left first). Amounts are the project's projections of the cost ledger, the same
 * numbers `GET /api/projects/:id` shows. Amounts compare across currencies as plain numbers.
 */
export async function budgetReport(pool: Pool, filter: BudgetReportFilter): Promise<BudgetReportRow[]> {
  const { rows } = await pool.query<BudgetReportRow>(
    `select p.id as "projectId", p.name, p.customer_name as "customerName", p.tier, p.status, p.stage,
            p.office_id as "officeId", p.owner_id as "ownerId", p.sales_owner_id as "salesOwnerId", p.currency,
            p.budget_amount as budget, p.committed_amount as committed, p.actual_amount as actual
     from projects p
     where ($1::text is null or p.status = $1) and ($2::uuid is null or p.office_id = $2) and ($3::text is null or p.tier = $3)
     order by (${SPENT} > p.budget_amount) desc, ${ORDER[filter.sort]}, p.id
     limit $4`,
    [filter.status ?? null, filter.officeId ?? null, filter.tier ?? null, filter.limit],
  );
  return rows;
}

// ---------------------------------------------------------------------------------------------------------------
// Utilization per person and per delivery center.

export interface MoneyRow {
  amount: number;
  currency: string;
}

export interface UtilizationPersonRow {
  personId: string;
  name: string;
  officeId: string | null;
  deliveryCenterId: string | null;
  rateLevel: string | null;
  /** Planned days of the bookings made (booked_at) in the window. */
  bookedDays: number;
  /** Days of the time entries whose work date is in the window. */
  workedDays: number;
  /** Actual cost of those time entries, per currency. */
  actualCost: MoneyRow[];
}

/**
 * The people who can carry presales work (a rate level or a delivery center on record) and anyone booked or
 * working in the window, with their booked and worked days and actual cost in [from, to].
 */
export async function utilizationByPerson(pool: Pool, from: string, to: string): Promise<UtilizationPersonRow[]> {
  const { rows } = await pool.query<UtilizationPersonRow>(
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
     )
     select p.id as "personId", p.name, p.office_id as "officeId", p.delivery_center_id as "deliveryCenterId",
            p.rate_level as "rateLevel", coalesce(b.days, 0)::float8 as "bookedDays", coalesce(w.days, 0)::float8 as "workedDays",
            coalesce(c.amounts, '[]'::json) as "actualCost"
     from people p
       left join booked b on b.person_id = p.id
       left join worked w on w.person_id = p.id
       left join cost c on c.person_id = p.id
     where p.rate_level is not null or p.delivery_center_id is not null or b.person_id is not null or w.person_id is not null
     order by p.name, p.id`,
    [from, to],
  );
  return rows;
}

export interface DeliveryCenterRow {
  id: string;
  name: string;
  industry: string;
  leadId: string;
}

export async function deliveryCenters(pool: Pool): Promise<DeliveryCenterRow[]> {
  const { rows } = await pool.query<DeliveryCenterRow>(
    'select id, name, industry, lead_id as "leadId" from delivery_centers order by name, id',
  );
  return rows;
}
