import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentPolicy } from '../../db/policies';
import {
  basisPoints,
  budgetReport,
  capacityDaysIn,
  deliveryCenters,
  utilizationByPerson,
  workingDaysIn,
  type MoneyRow,
} from '../../db/reports';
import { budgetStatus } from '../../domain/budget';
import { CurrencySchema, MinorUnitsTotalSchema, MoneySchema } from '../../domain/money';
import { TierSchema } from '../../domain/policy';
import { requireRole } from '../auth';
import type { AppDeps } from '../deps';
import { errorResponses as errors } from '../project-access';
import { ProjectStatusSchema } from '../schemas';
import { candidateRoutes } from './candidates';

const BudgetReportQuery = z.object({
  status: ProjectStatusSchema.optional(),
  sort: z.enum(['burn', 'overBy', 'remaining']).default('burn'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  officeId: z.uuid().optional(),
  tier: TierSchema.optional(),
});

const BudgetReportItem = z.object({
  projectId: z.uuid(),
  name: z.string(),
  customerName: z.string(),
  tier: TierSchema,
  status: ProjectStatusSchema,
  stage: z.string(),
  officeId: z.uuid(),
  ownerId: z.uuid(),
  salesOwnerId: z.uuid(),
  overBudget: z.boolean(),
  budget: MoneySchema,
  committed: MoneySchema,
  actual: MoneySchema,
  /** committed + actual: what counts against the budget (量入为出). */
  spent: MoneySchema,
  remaining: MoneySchema,
  overBy: MoneySchema,
  /** spent / budget in basis points, rounded down; null for a zero budget with spending. */
  usedBasisPoints: z.number().int().nullable(),
});

const UtilizationQuery = z
  .object({ from: z.iso.date(), to: z.iso.date() })
  .refine((q) => q.from <= q.to, { message: 'the window ends before it starts', path: ['to'] });

const UtilizationFigures = {
  capacityDays: z.number(),
  bookedDays: z.number(),
  workedDays: z.number(),
  /** booked / capacity and worked / capacity in basis points, rounded down; null when capacity is zero. */
  bookedBasisPoints: z.number().int().nullable(),
  workedBasisPoints: z.number().int().nullable(),
  /** Actual cost of the time worked in the window, one amount per currency. */
  actualCost: z.array(z.object({ amount: MinorUnitsTotalSchema.nonnegative(), currency: CurrencySchema })),
};

const UtilizationResponse = z.object({
  window: z.object({ from: z.string(), to: z.string(), workingDays: z.number().int(), capacityDaysPerWeek: z.number(), capacityDaysPerPerson: z.number() }),
  people: z.array(
    z.object({
      personId: z.uuid(),
      name: z.string(),
      officeId: z.uuid().nullable(),
      deliveryCenterId: z.uuid().nullable(),
      rateLevel: z.string().nullable(),
      ...UtilizationFigures,
    }),
  ),
  deliveryCenters: z.array(
    z.object({ deliveryCenterId: z.uuid(), name: z.string(), industry: z.string(), leadId: z.uuid(), members: z.number().int(), ...UtilizationFigures }),
  ),
});

function addMoney(into: Map<string, number>, amounts: readonly MoneyRow[]): void {
  for (const { amount, currency } of amounts) into.set(currency, (into.get(currency) ?? 0) + amount);
}

function moneyList(totals: Map<string, number>): MoneyRow[] {
  return [...totals.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([currency, amount]) => ({ amount, currency }));
}

/** Reports for managers, directors and admins (SPEC §5). Also registers the candidates ranking. */
export function reportRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { pool } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  candidateRoutes(app, deps);

  r.get(
    '/api/reports/budget',
    {
      schema: {
        tags: ['reports'],
        summary: 'Presales budget burn per project: over-budget first, then by burn, overBy or remaining',
        querystring: BudgetReportQuery,
        response: { 200: z.object({ items: z.array(BudgetReportItem) }), ...errors },
      },
    },
    async (request) => {
      requireRole(request, 'manager', 'director', 'admin');
      const rows = await budgetReport(pool, request.query);
      return {
        items: rows.map((row) => {
          const money = (amount: number) => ({ amount, currency: row.currency });
          const position = { budget: money(row.budget), committed: money(row.committed), actual: money(row.actual) };
          const status = budgetStatus(position);
          return {
            projectId: row.projectId,
            name: row.name,
            customerName: row.customerName,
            tier: row.tier,
            status: row.status,
            stage: row.stage,
            officeId: row.officeId,
            ownerId: row.ownerId,
            salesOwnerId: row.salesOwnerId,
            overBudget: status.overBy.amount > 0,
            ...position,
            ...status,
          };
        }),
      };
    },
  );

  r.get(
    '/api/reports/utilization',
    {
      schema: {
        tags: ['reports'],
        summary: 'Utilization per person and per delivery center in a date range',
        description:
          'Capacity: working days (Mon–Fri) / 5 × the policy\'s capacityDaysPerWeek, rounded down to a quarter day. ' +
          'Booked: planned days of bookings made (booked_at, UTC date) in the window. Worked: days of time entries ' +
          'whose work date is in the window, with their actual cost. A delivery center sums its members.',
        querystring: UtilizationQuery,
        response: { 200: UtilizationResponse, ...errors },
      },
    },
    async (request) => {
      requireRole(request, 'manager', 'director', 'admin');
      const { from, to } = request.query;
      const [policy, people, centers] = await Promise.all([currentPolicy(pool), utilizationByPerson(pool, from, to), deliveryCenters(pool)]);
      const capacityDaysPerWeek = policy.document.capacityDaysPerWeek;
      const capacity = capacityDaysIn(from, to, capacityDaysPerWeek);
      const figures = (capacityDays: number, bookedDays: number, workedDays: number, actualCost: MoneyRow[]) => ({
        capacityDays,
        bookedDays,
        workedDays,
        bookedBasisPoints: basisPoints(bookedDays, capacityDays),
        workedBasisPoints: basisPoints(workedDays, capacityDays),
        actualCost,
      });
      return {
        window: { from, to, workingDays: workingDaysIn(from, to), capacityDaysPerWeek, capacityDaysPerPerson: capacity },
        people: people.map((p) => ({
          personId: p.personId,
          name: p.name,
          officeId: p.officeId,
          deliveryCenterId: p.deliveryCenterId,
          rateLevel: p.rateLevel,
          ...figures(capacity, p.bookedDays, p.workedDays, p.actualCost),
        })),
        deliveryCenters: centers.map((center) => {
          const members = people.filter((p) => p.deliveryCenterId === center.id);
          // Days are quarter (at worst hundredth) multiples: sum in hundredths so the totals stay exact.
          const sum = (pick: (p: (typeof members)[number]) => number) => members.reduce((total, p) => total + Math.round(pick(p) * 100), 0) / 100;
          const cost = new Map<string, number>();
          for (const member of members) addMoney(cost, member.actualCost);
          return {
            deliveryCenterId: center.id,
            name: center.name,
            industry: center.industry,
            leadId: center.leadId,
            members: members.length,
            ...figures(Math.round(capacity * 100 * members.length) / 100, sum((p) => p.bookedDays), sum((p) => p.workedDays), moneyList(cost)),
          };
        }),
      };
    },
  );
}
