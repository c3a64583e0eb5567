import { allocationBySales, type AllocationFigures } from './allocation';
import { budgetStatus, type BudgetStatus } from './budget';
import { workingDaysIn } from './business-calendar';
import { sumMinorUnits, type Money } from './money';
import type { PolicyDocument } from './policy';
import { TIERS, type Tier } from './tier';

/**
 * The arithmetic of the reports (budget burn, utilization, allocation), pure: db/reports.ts and db/assess-reports.ts
 * read the rows a viewer may see, these functions turn them into the figures the API answers with. Every total here
 * is over the rows it is given — a report never adds up rows its viewer may not see.
 */

// ---------------------------------------------------------------------------------------------------------------
// Capacity: counted on the policy's business calendar, the one the SLAs count on. Dates are business dates YYYY-MM-DD.

/** What a window's capacity depends on: the policy's days per week and its calendar. */
export type CapacityPolicy = Pick<PolicyDocument, 'capacityDaysPerWeek' | 'calendar'>;

/**
 * Days one person can give presales work in the window: its working days on the policy's calendar / the working
 * days of a week without holidays × the policy's days per week, rounded down to a quarter day (work is planned in
 * quarter days, and quarters keep every sum exact).
 */
export function capacityDaysIn(from: string, to: string, policy: CapacityPolicy): number {
  const workingDaysPerWeek = 7 - policy.calendar.weekend.length;
  const exact = (workingDaysIn(policy.calendar, from, to) * policy.capacityDaysPerWeek) / workingDaysPerWeek;
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

function byCurrency(totals: Map<string, number>): Money[] {
  return [...totals.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([currency, amount]) => ({ amount, currency }));
}

// ---------------------------------------------------------------------------------------------------------------
// Budget burn per project.

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

export type BudgetReportItem = Omit<BudgetReportRow, 'currency' | 'budget' | 'committed' | 'actual'> &
  BudgetStatus & { overBudget: boolean; budget: Money; committed: Money; actual: Money };

export function budgetReportItem({ currency, budget, committed, actual, ...project }: BudgetReportRow): BudgetReportItem {
  const position = { budget: { amount: budget, currency }, committed: { amount: committed, currency }, actual: { amount: actual, currency } };
  const status = budgetStatus(position);
  return { ...project, overBudget: status.overBy.amount > 0, ...position, ...status };
}

// ---------------------------------------------------------------------------------------------------------------
// Utilization per person and per delivery center.

export interface UtilizationPerson {
  personId: string;
  name: string;
  officeId: string | null;
  deliveryCenterId: string | null;
  /** Null where the viewer may not see this person's rate (domain/visibility.ts: rates and cost). */
  rateLevel: string | null;
  /** Planned days of the bookings made (booked_at) in the window. */
  bookedDays: number;
  /** Days of the time entries whose work date is in the window. */
  workedDays: number;
  /** Actual cost of those time entries, per currency; null where the viewer may not see this person's cost. */
  actualCost: Money[] | null;
}

export interface UtilizationCenter {
  id: string;
  name: string;
  /** The key industry it serves, or (null) a key solution. */
  industry: string | null;
  solution: string | null;
  leadId: string;
}

export interface UtilizationFigures {
  capacityDays: number;
  bookedDays: number;
  workedDays: number;
  bookedBasisPoints: number | null;
  workedBasisPoints: number | null;
  actualCost: Money[] | null;
}

function utilizationFigures(capacityDays: number, bookedDays: number, workedDays: number, actualCost: Money[] | null): UtilizationFigures {
  return {
    capacityDays,
    bookedDays,
    workedDays,
    bookedBasisPoints: basisPoints(bookedDays, capacityDays),
    workedBasisPoints: basisPoints(workedDays, capacityDays),
    actualCost,
  };
}

/** Days are quarter (at worst hundredth) multiples: summed in hundredths so the totals stay exact. */
function sumDays(days: readonly number[]): number {
  return days.reduce((total, d) => total + Math.round(d * 100), 0) / 100;
}

/**
 * Each person's figures against the capacity of one person in the window, and each delivery center's as the sum of
 * its members among `people`. A center's cost is null unless the cost of every member counted is visible: a total
 * of the costs one may see would pass for the center's cost.
 */
export function utilizationReport(
  window: { from: string; to: string },
  policy: CapacityPolicy,
  people: readonly UtilizationPerson[],
  centers: readonly UtilizationCenter[],
) {
  const { from, to } = window;
  const capacity = capacityDaysIn(from, to, policy);
  return {
    window: {
      from,
      to,
      workingDays: workingDaysIn(policy.calendar, from, to),
      capacityDaysPerWeek: policy.capacityDaysPerWeek,
      capacityDaysPerPerson: capacity,
    },
    people: people.map(({ bookedDays, workedDays, actualCost, ...person }) => ({
      ...person,
      ...utilizationFigures(capacity, bookedDays, workedDays, actualCost),
    })),
    deliveryCenters: centers.map((center) => {
      const members = people.filter((p) => p.deliveryCenterId === center.id);
      let cost: Money[] | null = null;
      if (members.every((m) => m.actualCost !== null)) {
        const sums = new Map<string, number>();
        for (const { amount, currency } of members.flatMap((m) => m.actualCost!)) sums.set(currency, sumMinorUnits([sums.get(currency) ?? 0, amount]));
        cost = byCurrency(sums);
      }
      return {
        deliveryCenterId: center.id,
        name: center.name,
        industry: center.industry,
        solution: center.solution,
        leadId: center.leadId,
        members: members.length,
        ...utilizationFigures(
          Math.round(capacity * 100 * members.length) / 100,
          sumDays(members.map((m) => m.bookedDays)),
          sumDays(members.map((m) => m.workedDays)),
          cost,
        ),
      };
    }),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Allocation (劣币驱逐良币): presales days against pipeline, per currency.

export interface AllocationCohortRow {
  salesPersonId: string;
  name: string;
  tier: Tier;
  currency: string;
  projects: number;
  /** Sum of the projects' expected values, minor units. */
  pipelineValue: number;
  /** Planned days of every booking on those projects. */
  bookedDays: number;
  /** Days of every time entry on those projects. */
  workedDays: number;
}

const round = (value: number, decimals: number) => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};
const roundOrNull = (value: number | null, decimals: number) => (value === null ? null : round(value, decimals));

/** One currency's cohort: domain/allocation.ts sums and normalises booked and worked days alike. */
function allocationFor(currency: string, rows: readonly AllocationCohortRow[]) {
  const byBooked = allocationBySales(rows.map((r) => ({ salesPersonId: r.salesPersonId, tier: r.tier, pipelineValue: r.pipelineValue, presalesDays: r.bookedDays })));
  const byWorked = allocationBySales(rows.map((r) => ({ salesPersonId: r.salesPersonId, tier: r.tier, pipelineValue: r.pipelineValue, presalesDays: r.workedDays })));
  const count = (pick: (r: AllocationCohortRow) => boolean) => rows.filter(pick).reduce((n, r) => n + r.projects, 0);
  const figures = (projects: number, booked: AllocationFigures, worked: AllocationFigures) => ({
    projects,
    pipeline: { amount: booked.pipelineValue, currency },
    bookedDays: round(booked.presalesDays, 2),
    workedDays: round(worked.presalesDays, 2),
    bookedDaysPerMillion: roundOrNull(booked.daysPerMillion, 4),
    workedDaysPerMillion: roundOrNull(worked.daysPerMillion, 4),
  });
  const salesPeople = byBooked.salesPeople.map((booked, i) => ({
    salesPersonId: booked.salesPersonId,
    name: rows.find((r) => r.salesPersonId === booked.salesPersonId)!.name,
    ...figures(count((r) => r.salesPersonId === booked.salesPersonId), booked, byWorked.salesPeople[i]!),
  }));
  // Most days per unit of pipeline first: who gets served beyond their opportunity is what a director looks for.
  salesPeople.sort(
    (a, b) =>
      (b.bookedDaysPerMillion ?? -1) - (a.bookedDaysPerMillion ?? -1) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.salesPersonId < b.salesPersonId ? -1 : 1),
  );
  return {
    currency,
    total: figures(count(() => true), byBooked.total, byWorked.total),
    tiers: TIERS.map((tier) => ({ tier, ...figures(count((r) => r.tier === tier), byBooked.daysByTier[tier], byWorked.daysByTier[tier]) })),
    salesPeople,
    gini: { bookedDays: round(byBooked.gini, 4), workedDays: round(byWorked.gini, 4), salesPeople: byBooked.giniPopulation },
  };
}

/** The cohort per currency (no conversion), currencies in code order. */
export function allocationByCurrency(rows: readonly AllocationCohortRow[]) {
  const currencies = [...new Set(rows.map((row) => row.currency))].sort();
  return currencies.map((currency) => allocationFor(currency, rows.filter((row) => row.currency === currency)));
}
