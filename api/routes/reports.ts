import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentPolicy } from '../../db/policies';
import { budgetReport, reportDeliveryCenters, utilizationByPerson } from '../../db/reports';
import { CurrencySchema, MinorUnitsTotalSchema, MoneySchema } from '../../domain/money';
import { TierSchema } from '../../domain/tier';
import { budgetReportItem, utilizationReport } from '../../domain/reports';
import { caller } from '../auth';
import type { AppDeps } from '../deps';
import { errorResponses as errors } from '../project-access';
import { ProjectStatusSchema } from '../schemas';

/**
 * Reports show each person the rows their place allows (issue 9; domain/visibility.ts has the rules): anyone signed
 * in may ask, and every figure — a total, a center's sum — is over the rows shown.
 *
 * - Rows about projects (budget burn): the projects the viewer may see; directors and admins all.
 * - Rows about people (utilization per person): the viewer, everyone below them, the people of the offices they
 *   manage and the members of the centers they lead; directors and admins all. A rate level and a cost are shown
 *   only to the person, the managers above them, directors and admins; null for anyone else.
 * - Per delivery center: the centers the viewer leads (not those of leads below them: a center's members need not
 *   be in the viewer's tree); directors and admins all.
 * - An `officeId` narrows the rows the viewer may see and never widens them: an office they may not see, like one
 *   that does not exist, answers 200 with only the rows they may see anyway (usually none) — never 404, so the
 *   answer does not tell whether such an office exists. The same holds in api/routes/assess-reports.ts.
 */

const BudgetReportQuery = z.object({
  status: ProjectStatusSchema.optional(),
  sort: z.enum(['burn', 'overBy', 'remaining']).default('burn'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  officeId: z.uuid().optional().describe('only the projects of this office that the caller may see'),
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
  actualCost: z
    .array(z.object({ amount: MinorUnitsTotalSchema.nonnegative(), currency: CurrencySchema }))
    .nullable()
    .describe(
      'Actual cost of the time worked in the window, one amount per currency. Null where the caller may not see the ' +
        "cost (only the person, the managers above them, directors and admins may); a center's is null unless the " +
        'caller may see every member counted.',
    ),
};

const UtilizationResponse = z.object({
  window: z.object({ from: z.string(), to: z.string(), workingDays: z.number().int(), capacityDaysPerWeek: z.number(), capacityDaysPerPerson: z.number() }),
  people: z.array(
    z.object({
      personId: z.uuid(),
      name: z.string(),
      officeId: z.uuid().nullable(),
      deliveryCenterId: z.uuid().nullable(),
      rateLevel: z
        .string()
        .nullable()
        .describe('null without a rate level on record, or where the caller may not see it (the person, the managers above them, directors and admins may)'),
      ...UtilizationFigures,
    }),
  ),
  deliveryCenters: z.array(
    z.object({
      deliveryCenterId: z.uuid(),
      name: z.string(),
      industry: z.string().nullable().describe('null for a center of a key solution'),
      solution: z.string().nullable(),
      leadId: z.uuid(),
      members: z.number().int(),
      ...UtilizationFigures,
    }),
  ),
});

/** Budget burn and utilization, each as the caller may see it.  */
export function reportRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { pool } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/reports/budget',
    {
      schema: {
        tags: ['reports'],
        summary: 'Presales budget burn per project: over-budget first, then by burn, overBy or remaining',
        description:
          'Any signed-in person: the projects they may see — those they took part in (or act for someone who did), ' +
          'those whose sales owner or owner is in their tree, those of the offices they manage, of the delivery centers ' +
          'they lead and of the hotline they lead (tier E and channel deals); directors and admins every project. The ' +
          'amounts are the ones the project itself shows.',
        querystring: BudgetReportQuery,
        response: { 200: z.object({ items: z.array(BudgetReportItem) }), ...errors },
      },
    },
    async (request) => {
      const rows = await budgetReport(pool, caller(request), request.query);
      return { items: rows.map(budgetReportItem) };
    },
  );

  r.get(
    '/api/reports/utilization',
    {
      schema: {
        tags: ['reports'],
        summary: 'Utilization per person and per delivery center in a date range',
        description:
          'Capacity: working days on the policy\'s business calendar (its weekend, holidays and make-up working days, as ' +
          'for the SLAs) / the working days of a week × the policy\'s capacityDaysPerWeek, rounded down to a quarter day. ' +
          'Booked: planned days of bookings made (booked_at, UTC date) in the window. Worked: days of time entries ' +
          'whose work date is in the window, with their actual cost. A delivery center sums its members. Any signed-in ' +
          'person: the people whose rows they may see (themselves, everyone below them, the people of the offices they ' +
          'manage, the members of the centers they lead) and the centers they lead; directors and admins everyone. Rate ' +
          'levels and costs only where the caller may see them (their own, those below them; directors and admins all), ' +
          'else null.',
        querystring: UtilizationQuery,
        response: { 200: UtilizationResponse, ...errors },
      },
    },
    async (request) => {
      const viewer = caller(request);
      const { from, to } = request.query;
      const [policy, people, centers] = await Promise.all([
        currentPolicy(pool),
        utilizationByPerson(pool, viewer, from, to),
        reportDeliveryCenters(pool, viewer),
      ]);
      return utilizationReport({ from, to }, policy.document, people, centers);
    },
  );
}
