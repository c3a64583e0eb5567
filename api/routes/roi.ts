/*
 * 投入产出: GET /api/reports/roi — presales spend against what it won, and where the senior people went; GET
 * /api/reports/revenue-share — which industries carry the revenue, and which have a delivery center of their own.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentPolicy } from '../../db/policies';
import { revenueBy } from '../../db/revenue-share';
import { roiRows, roiWorkedDays } from '../../db/roi';
import { revenueShares } from '../../domain/center-functions';
import { levelMix, roiOf, seniorLevels } from '../../domain/roi';
import { caller } from '../auth';
import type { AppDeps } from '../deps';
import { errorResponses as errors } from '../project-access';
import { BACKWARDS, scopeOf, ScopeSchema, WINDOW, windowOrdered } from './assess-reports';

const RoiQuery = z.object({ ...WINDOW, groupBy: z.enum(['person', 'office', 'tier', 'center']).default('person') }).refine(windowOrdered, BACKWARDS);

const DaysSchema = z.object({ topTiers: z.number(), otherTiers: z.number() });

/** Days by senior and other levels on A/B and C–E projects, and the shares that test 最优秀的资源流向最优质的项目. */
const LevelMixSchema = z.object({
  seniorDays: DaysSchema,
  otherDays: DaysSchema,
  seniorShareOnTopTiersBasisPoints: z.number().int().nullable(),
  allShareOnTopTiersBasisPoints: z.number().int().nullable(),
});

const RoiResponse = z.object({
  window: z.object({ from: z.string(), to: z.string() }),
  groupBy: z.enum(['person', 'office', 'tier', 'center']),
  scope: ScopeSchema,
  groups: z.array(
    z.object({
      id: z.string().nullable(),
      name: z.string().nullable(),
      currency: z.string(),
      closed: z.number().int(),
      won: z.number().int(),
      winRateBasisPoints: z.number().int().nullable(),
      wonValue: z.number(),
      presalesCost: z.number(),
      costPerWonDeal: z.number().nullable(),
      costBasisPointsOfWonValue: z.number().int().nullable(),
      credit: z.number(),
      creditNetOfCost: z.number(),
      /** The group's own level mix (the same on each currency's row of a group). */
      levelMix: LevelMixSchema,
    }),
  ),
  /** Over every project of the report. */
  levelMix: LevelMixSchema.extend({ seniorLevels: z.record(z.string(), z.array(z.string())) }),
});

const WindowQuery = z.object(WINDOW).refine(windowOrdered, BACKWARDS);

const RevenueShareResponse = z.object({
  window: z.object({ from: z.string(), to: z.string() }),
  scope: ScopeSchema,
  industries: z.array(
    z.object({
      industry: z.string(),
      currency: z.string(),
      revenue: z.number(),
      projects: z.number().int(),
      /** Of the revenue in this currency, in basis points; null when the total is not positive. */
      shareBasisPoints: z.number().int().nullable(),
      centers: z.array(z.object({ id: z.uuid(), name: z.string() })),
    }),
  ),
  /** The same per key solution the projects named (null: none named), with the solution centers. */
  solutions: z.array(
    z.object({
      solution: z.string().nullable(),
      currency: z.string(),
      revenue: z.number(),
      projects: z.number().int(),
      shareBasisPoints: z.number().int().nullable(),
      centers: z.array(z.object({ id: z.uuid(), name: z.string() })),
    }),
  ),
});

export function roiRoutes(app: FastifyInstance, { pool }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/reports/revenue-share',
    {
      schema: {
        tags: ['reports'],
        summary: '多位一体: revenue per industry and per key solution and its share, with the delivery centers dedicated to each — which centers deserve to exist',
        description:
          'Revenue entries whose time falls in the window (corrections included) of the projects the caller may see, per project ' +
          'industry and currency, largest first.',
        querystring: WindowQuery,
        response: { 200: RevenueShareResponse, ...errors },
      },
    },
    async (request) => {
      const viewer = caller(request);
      const { from, to } = request.query;
      const [industries, solutions] = await Promise.all([revenueBy(pool, viewer, { from, to }, 'industry'), revenueBy(pool, viewer, { from, to }, 'solution')]);
      return {
        window: { from, to },
        scope: scopeOf(viewer),
        industries: revenueShares(industries).map(({ key, ...row }) => ({ industry: key ?? '', ...row })),
        solutions: revenueShares(solutions).map(({ key, ...row }) => ({ solution: key, ...row })),
      };
    },
  );
  r.get(
    '/api/reports/roi',
    {
      schema: {
        tags: ['reports'],
        summary: '投入产出: per sales owner, office, tier or delivery center, presales cost against won value; where senior people worked',
        description:
          'The projects closed (won or lost) in the window that the caller may see. Won value: revenue entries of the won ones ' +
          '(corrections included). Presales cost: their time entries at the booked rates. Credit: per person the sales owner’s own, ' +
          'otherwise that of everyone on the projects whose rows the caller may see (双算, so it may pass the value); credit net of ' +
          'cost subtracts the presales cost. ' +
          'Level mix: the days worked on those projects by senior people (levels in the upper half of their role’s rates on the ' +
          'current card; each day at the level its booking was priced at) and by others, on A/B against C–E projects, per group and over all.',
        querystring: RoiQuery,
        response: { 200: RoiResponse, ...errors },
      },
    },
    async (request) => {
      const viewer = caller(request);
      const { from, to, groupBy } = request.query;
      const [policy, rows, days] = await Promise.all([currentPolicy(pool), roiRows(pool, viewer, { from, to, groupBy }), roiWorkedDays(pool, viewer, { from, to, groupBy })]);
      const senior = seniorLevels(policy.document.rateCard, new Date().toISOString().slice(0, 10));
      return {
        window: { from, to },
        groupBy,
        scope: scopeOf(viewer),
        groups: rows.map((row) => ({
          id: row.groupId,
          name: row.groupName,
          currency: row.currency,
          closed: row.closed,
          won: row.won,
          wonValue: row.wonValue,
          presalesCost: row.presalesCost,
          credit: row.credit,
          ...roiOf(row),
          levelMix: levelMix(days.filter((d) => d.groupId === row.groupId), senior),
        })),
        levelMix: { seniorLevels: Object.fromEntries([...senior].map(([role, levels]) => [role, [...levels].sort()])), ...levelMix(days, senior) },
      };
    },
  );
}
