import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { allocationRows, creditRows, scoreRows, summariseCredits } from '../../db/assess-reports';
import { seesAllReportRows, type Viewer } from '../../db/visibility';
import { PIPELINE_UNIT_MINOR } from '../../domain/allocation';
import { CurrencySchema, MinorUnitsTotalSchema, MoneyTotalSchema } from '../../domain/money';
import { TierSchema } from '../../domain/tier';
import { allocationByCurrency } from '../../domain/reports';
import { caller } from '../auth';
import type { AppDeps } from '../deps';
import { errorResponses as errors } from '../project-access';

/**
 * 人人考核 reports, each showing the caller the rows their place allows (issue 9; domain/visibility.ts has the rules);
 * anyone signed in may ask, and every total is over the rows shown.
 *
 * - Credit: a line (person × project) shows when the caller may see both the credited person's report rows (the
 *   caller, everyone below them, the people of the offices they manage, the members of the centers they lead) and
 *   the project. Per office only the offices the caller manages, per center only the centers they lead; the group
 *   without an office / center holds those of its people the caller may see. Directors and admins see everything.
 * - Scores: per scored person whose rows the caller may see, only the scores the caller may see (given by them,
 *   given to them or to anyone below them; directors and admins all) — the rule of `GET /api/projects/:id/scoring`.
 *   A person scored only where the caller may not look is listed with count 0 and mean null; a score on a project
 *   the caller may not see is counted (the scores rule allows it) but its comment names no project.
 * - Allocation: the projects the caller may see; a sales person's row sums those of their projects.
 * - An `officeId` narrows the rows the caller may see and never widens them: an office they may not see, like one
 *   that does not exist, answers 200 with only the rows they may see anyway (usually none), never 404 — the answer
 *   does not tell whether such an office exists. The same holds in api/routes/reports.ts.
 */

export const ScopeSchema = z
  .enum(['all', 'visible'])
  .describe('all: directors and admins, every row; visible: anyone else, the rows the caller may see (see the description)');

export const scopeOf = (viewer: Viewer) => (seesAllReportRows(viewer) ? ('all' as const) : ('visible' as const));

export const WINDOW = { from: z.iso.date().describe('first day, UTC'), to: z.iso.date().describe('last day, UTC (included)') };
export const windowOrdered = (q: { from: string; to: string }) => q.from <= q.to;
export const BACKWARDS = { message: 'the window ends before it starts', path: ['to'] };

const WindowSchema = z.object({ from: z.string(), to: z.string() });

/** Credit and revenue in a window may be negative: a correcting entry can fall in it without the entry it corrects. */
export const SignedMoneySchema = MoneyTotalSchema;

const CreditsQuery = z.object({ ...WINDOW, groupBy: z.enum(['person', 'office', 'center']).default('person') }).refine(windowOrdered, BACKWARDS);

const ScoresQuery = z.object(WINDOW).refine(windowOrdered, BACKWARDS);

const CreditsResponse = z.object({
  window: WindowSchema,
  groupBy: z.enum(['person', 'office', 'center']),
  scope: ScopeSchema,
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
  scope: ScopeSchema,
  people: z.array(
    z.object({
      personId: z.uuid(),
      name: z.string(),
      count: z.number().int().describe('the scores of this person in the window that the caller may see'),
      mean: z.number().nullable().describe('their mean, 2 decimals; null when the caller may see none of them'),
      distribution: z.object({ 1: z.number().int(), 2: z.number().int(), 3: z.number().int(), 4: z.number().int(), 5: z.number().int() }),
      comments: z.array(
        z.object({
          projectId: z.uuid().nullable().describe('null where the caller may not see the project'),
          scorerId: z.uuid(),
          score: z.number().int(),
          comment: z.string(),
          scoredAt: z.string(),
        }),
      ),
    }),
  ),
});

const AllocationQuery = z
  .object({ ...WINDOW, officeId: z.uuid().optional().describe('only the projects of this office that the caller may see') })
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
          'Any signed-in person: the credit of the people whose rows they may see (themselves, everyone below them, the ' +
          'people of the offices they manage, the members of the centers they lead) on the projects they may see; per ' +
          'office only the offices they manage, per center only the centers they lead, plus the group of those without ' +
          'one. Directors and admins see everything. Totals are over the groups shown.',
        querystring: CreditsQuery,
        response: { 200: CreditsResponse, ...errors },
      },
    },
    async (request) => {
      const viewer = caller(request);
      const { from, to, groupBy } = request.query;
      const rows = await creditRows(pool, viewer, { from, to, groupBy });
      return { window: { from, to }, groupBy, scope: scopeOf(viewer), ...summariseCredits(rows) };
    },
  );

  r.get(
    '/api/reports/scores',
    {
      schema: {
        tags: ['reports'],
        summary: 'Scores (主负责人打分) per scored person: count, mean, distribution and the comments',
        description:
          'Scores given in the window (scored_at, UTC dates, both included), per scored person. Any signed-in person: ' +
          'the people whose rows they may see (themselves, everyone below them, the people of the offices they manage, ' +
          'the members of the centers they lead), figured over the scores they may see — ' +
          'those they gave, were given, or were given to anyone below them in the manager tree, at any depth. Directors ' +
          'and admins see every score. A person scored only where the caller may not look has count 0 and mean null; a ' +
          'score on a project the caller may not see names no project (projectId null). ' +
          'The mean is rounded to 2 decimals.',
        querystring: ScoresQuery,
        response: { 200: ScoresResponse, ...errors },
      },
    },
    async (request) => {
      const viewer = caller(request);
      const { from, to } = request.query;
      const people = await scoreRows(pool, viewer, { from, to });
      return { window: { from, to }, scope: scopeOf(viewer), people };
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
          '(near 0) or goes to a few (towards 1). Any signed-in person, over the projects they may see (those they took ' +
          'part in, those whose sales owner or owner is in their tree, those of the offices they manage and of the ' +
          'centers they lead); directors and admins over every project.',
        querystring: AllocationQuery,
        response: { 200: AllocationResponse, ...errors },
      },
    },
    async (request) => {
      const { from, to, officeId } = request.query;
      const rows = await allocationRows(pool, caller(request), { from, to, officeId });
      return {
        window: { from, to },
        officeId: officeId ?? null,
        unit: `presales days per ${(PIPELINE_UNIT_MINOR / 100).toLocaleString('en-US')} major units of pipeline`,
        currencies: allocationByCurrency(rows),
      };
    },
  );
}
