import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { allocationRows, creditRows, scoreRows, summariseCredits, type AllocationSqlRow } from '../../db/assess-reports';
import { allocationBySales, PIPELINE_UNIT_MINOR, type AllocationFigures } from '../../domain/allocation';
import { CurrencySchema, MinorUnitsTotalSchema } from '../../domain/money';
import { SEES_ALL_SCORES } from '../../domain/scoring';
import type { Role } from '../../domain/people';
import { TIERS, TierSchema } from '../../domain/policy';
import { caller, requireRole } from '../auth';
import type { AppDeps } from '../deps';
import { httpError } from '../errors';
import { errorResponses as errors } from '../project-access';

const WINDOW = { from: z.iso.date().describe('first day, UTC'), to: z.iso.date().describe('last day, UTC (included)') };
const windowOrdered = (q: { from: string; to: string }) => q.from <= q.to;
const BACKWARDS = { message: 'the window ends before it starts', path: ['to'] };

const WindowSchema = z.object({ from: z.string(), to: z.string() });

/** Credit and revenue in a window may be negative: a correcting entry can fall in it without the entry it corrects. */
const SignedMoneySchema = z.object({ amount: MinorUnitsTotalSchema, currency: CurrencySchema });

const CreditsQuery = z.object({ ...WINDOW, groupBy: z.enum(['person', 'office', 'center']).default('person') }).refine(windowOrdered, BACKWARDS);

const ScoresQuery = z.object(WINDOW).refine(windowOrdered, BACKWARDS);

const CreditsResponse = z.object({
  window: WindowSchema,
  groupBy: z.enum(['person', 'office', 'center']),
  /** `all` for managers, directors and admins; `own` for anyone else, who sees their own credit only. */
  scope: z.enum(['all', 'own']),
  groups: z.array(
    z.object({
      /** The person, office or delivery center; null collects the credited people without an office / center. */
      id: z.uuid().nullable(),
      name: z.string().nullable(),
      credit: z.array(SignedMoneySchema),
      revenue: z.array(SignedMoneySchema),
      projects: z.array(
        z.object({
          projectId: z.uuid(),
          name: z.string(),
          creditRoles: z.array(z.string()),
          credit: SignedMoneySchema,
          revenue: SignedMoneySchema,
        }),
      ),
    }),
  ),
  totals: z.array(
    z.object({
      currency: CurrencySchema,
      credit: SignedMoneySchema,
      revenue: SignedMoneySchema,
      creditBasisPointsOfRevenue: z.number().int().nullable(),
    }),
  ),
});

const ScoresResponse = z.object({
  window: WindowSchema,
  /** `all` for directors and admins; `tree` for anyone else: themselves and everyone below them. */
  scope: z.enum(['all', 'tree']),
  people: z.array(
    z.object({
      personId: z.uuid(),
      name: z.string(),
      count: z.number().int(),
      mean: z.number(),
      distribution: z.object({ 1: z.number().int(), 2: z.number().int(), 3: z.number().int(), 4: z.number().int(), 5: z.number().int() }),
      comments: z.array(z.object({ projectId: z.uuid(), scorerId: z.uuid(), score: z.number().int(), comment: z.string(), scoredAt: z.string() })),
    }),
  ),
});

const AllocationQuery = z
  .object({ ...WINDOW, officeId: z.uuid().optional().describe('only the projects of this office') })
  .refine(windowOrdered, BACKWARDS);

const AllocationFiguresSchema = {
  projects: z.number().int(),
  pipeline: z.object({ amount: MinorUnitsTotalSchema.nonnegative(), currency: CurrencySchema }),
  bookedDays: z.number(),
  workedDays: z.number(),
  /** Days per 1,000,000 major units of pipeline (1,000,000 CNY), 4 decimals; null without pipeline. */
  bookedDaysPerMillion: z.number().nullable(),
  workedDaysPerMillion: z.number().nullable(),
};

const AllocationResponse = z.object({
  window: WindowSchema,
  officeId: z.uuid().nullable(),
  unit: z.string(),
  currencies: z.array(
    z.object({
      currency: CurrencySchema,
      total: z.object(AllocationFiguresSchema),
      tiers: z.array(z.object({ tier: TierSchema, ...AllocationFiguresSchema })),
      salesPeople: z.array(z.object({ salesPersonId: z.uuid(), name: z.string(), ...AllocationFiguresSchema })),
      /** Gini of days per unit of pipeline over the sales people with pipeline: 0 even, towards 1 concentrated. */
      gini: z.object({ bookedDays: z.number(), workedDays: z.number(), salesPeople: z.number().int() }),
    }),
  ),
});

const SEES_ALL_CREDIT: readonly Role[] = ['manager', 'director', 'admin'];

const round = (value: number, decimals: number) => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};
const roundOrNull = (value: number | null, decimals: number) => (value === null ? null : round(value, decimals));

/** One currency's cohort: domain/allocation.ts sums and normalises booked and worked days alike. */
function allocationFor(currency: string, rows: readonly AllocationSqlRow[]) {
  const byBooked = allocationBySales(rows.map((r) => ({ salesPersonId: r.salesPersonId, tier: r.tier, pipelineValue: r.pipelineValue, presalesDays: r.bookedDays })));
  const byWorked = allocationBySales(rows.map((r) => ({ salesPersonId: r.salesPersonId, tier: r.tier, pipelineValue: r.pipelineValue, presalesDays: r.workedDays })));
  const count = (pick: (r: AllocationSqlRow) => boolean) => rows.filter(pick).reduce((n, r) => n + r.projects, 0);
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

/** 人人考核 reports: credit beside revenue, scores, and whether presales days follow opportunity (劣币驱逐良币). */
export function assessReportRoutes(app: FastifyInstance, { pool }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/reports/credits',
    {
      schema: {
        tags: ['reports'],
        summary: 'Credit (背数字, 双算) per person, office or delivery center, with the projects behind it and revenue beside it',
        description:
          'Credit entries whose time falls in the window (UTC dates, both included), corrections included, grouped by ' +
          'the credited person, or by their office or delivery center as on record now. Revenue is the revenue entries ' +
          'of the same window of the projects behind the credit, each project counted once per group and once in the ' +
          'totals: credit may add up past 100% of revenue (creditBasisPointsOfRevenue > 10000). Amounts per currency. ' +
          'Managers, directors and admins see everyone; anyone else sees their own credit (groupBy=person only).',
        querystring: CreditsQuery,
        response: { 200: CreditsResponse, ...errors },
      },
    },
    async (request) => {
      const viewer = caller(request);
      const { from, to, groupBy } = request.query;
      const seesAll = SEES_ALL_CREDIT.some((role) => viewer.roles.includes(role));
      if (!seesAll && groupBy !== 'person') {
        throw httpError.forbidden(`grouping by ${groupBy} requires one of the roles: ${SEES_ALL_CREDIT.join(', ')}; use groupBy=person to see your own credit`);
      }
      const rows = await creditRows(pool, { from, to, groupBy, personId: seesAll ? undefined : viewer.id });
      return { window: { from, to }, groupBy, scope: seesAll ? ('all' as const) : ('own' as const), ...summariseCredits(rows) };
    },
  );

  r.get(
    '/api/reports/scores',
    {
      schema: {
        tags: ['reports'],
        summary: 'Scores (主负责人打分) per scored person: count, mean, distribution and the comments',
        description:
          'Scores given in the window (scored_at, UTC dates, both included). Directors and admins see everyone; anyone ' +
          'else sees themselves and the people below them in the manager tree, at any depth. The mean is rounded to 2 decimals.',
        querystring: ScoresQuery,
        response: { 200: ScoresResponse, ...errors },
      },
    },
    async (request) => {
      const viewer = caller(request);
      const { from, to } = request.query;
      const all = SEES_ALL_SCORES.some((role) => viewer.roles.includes(role));
      const people = await scoreRows(pool, { from, to, viewerId: viewer.id, all });
      return { window: { from, to }, scope: all ? ('all' as const) : ('tree' as const), people };
    },
  );

  r.get(
    '/api/reports/allocation',
    {
      schema: {
        tags: ['reports'],
        summary: 'Presales days against pipeline per tier and per sales person, and their Gini coefficient (劣币驱逐良币)',
        description:
          'The cohort is the projects created in the window (UTC dates, both included), optionally of one office. For ' +
          'each: its expected value (pipeline), the planned days of all its bookings (booked) and the days of all its ' +
          'time entries (worked), so far. Per currency (no conversion), per tier and per sales owner, days are ' +
          'normalised per 1,000,000 major units of pipeline (1,000,000 CNY = 100,000,000 fen); the Gini coefficient of ' +
          'those normalised days across the sales people with pipeline says whether presales follows opportunity ' +
          '(near 0) or goes to a few (towards 1). Managers, directors and admins.',
        querystring: AllocationQuery,
        response: { 200: AllocationResponse, ...errors },
      },
    },
    async (request) => {
      requireRole(request, 'manager', 'director', 'admin');
      const { from, to, officeId } = request.query;
      const rows = await allocationRows(pool, { from, to, officeId });
      const currencies = [...new Set(rows.map((row) => row.currency))].sort();
      return {
        window: { from, to },
        officeId: officeId ?? null,
        unit: `presales days per ${(PIPELINE_UNIT_MINOR / 100).toLocaleString('en-US')} major units of pipeline`,
        currencies: currencies.map((currency) => allocationFor(currency, rows.filter((row) => row.currency === currency))),
      };
    },
  );
}
