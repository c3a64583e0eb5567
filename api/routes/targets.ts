/* 背销售数字: targets (PUT/GET /api/targets) and attainment against the credit ledger (GET /api/reports/attainment). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentPolicy } from '../../db/policies';
import { attainment, setTargets, targetHistory, targetsFor, unknownTargetPeople } from '../../db/targets';
import { supportsCurrency } from '../../domain/tier-classification';
import { MoneySchema } from '../../domain/money';
import { ReasonText } from '../../domain/text';
import { CreditRoleSchema, duplicateTargets, MAX_TARGETS_PER_CHANGE, PeriodSchema, TargetSchema } from '../../domain/targets';
import { caller, requireRole } from '../auth';
import type { AppDeps } from '../deps';
import { httpError } from '../errors';
import { errorResponses as errors } from '../project-access';
import { onlyFor } from '../route-roles';
import { scopeOf, ScopeSchema, SignedMoneySchema } from './assess-reports';

const TargetsBody = z.object({
  targets: z.array(TargetSchema).min(1).max(MAX_TARGETS_PER_CHANGE),
  reason: ReasonText(),
});

const TargetRowSchema = z.object({
  personId: z.uuid(),
  name: z.string(),
  officeId: z.uuid().nullable(),
  deliveryCenterId: z.uuid().nullable(),
  role: CreditRoleSchema,
  period: z.string(),
  amount: MoneySchema,
  version: z.number().int(),
});

const AttainmentLineSchema = z.object({
  role: CreditRoleSchema,
  currency: z.string(),
  target: z.number().nullable(),
  credit: z.number(),
  /** credit / target in basis points, rounded down; null without a target. */
  attainmentBasisPoints: z.number().int().nullable(),
});

export function targetRoutes(app: FastifyInstance, { pool }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.put(
    '/api/targets',
    {
      config: onlyFor('director'),
      schema: {
        tags: ['reports'],
        summary: '背销售数字: set targets per person, credit role and period (a quarter 2026Q4 or a year 2026), as one audited version',
        description:
          'Directors. Each target replaces the one in force for its person, role and period; an unchanged value is not a change. ' +
          'Every value set is kept with the one it replaced. Roles are the credit ledger’s: sales_owner, presales_lead, delivery_manager.',
        body: TargetsBody,
        response: { 200: z.object({ version: z.number().int(), changed: z.number().int() }), ...errors },
      },
    },
    async (request) => {
      const director = requireRole(request, 'director');
      const { targets, reason } = request.body;
      const twice = duplicateTargets(targets);
      if (twice.length > 0) {
        throw httpError.badRequest('a person, role and period appears twice', twice.map((d) => ({ path: `body.targets.${d.index}`, message: `repeats ${d.key}` })));
      }
      // Credit is counted in the currencies projects are priced in: a target in another could never be attained.
      const { document } = await currentPolicy(pool);
      const foreign = targets.flatMap((t, index) => (supportsCurrency(document, t.amount.currency) ? [] : [index]));
      if (foreign.length > 0) {
        const known = Object.keys(document.tiers.thresholds).join(', ');
        throw httpError.badRequest(
          `a target in a currency the policy does not price projects in (${known})`,
          foreign.map((index) => ({ path: `body.targets.${index}.amount.currency`, message: `one of ${known}` })),
        );
      }
      const unknown = await unknownTargetPeople(pool, targets);
      if (unknown.length > 0) {
        throw httpError.badRequest('no such person', unknown.map((index) => ({ path: `body.targets.${index}.personId`, message: 'not found' })));
      }
      return setTargets(pool, { directorId: director.id, reason, targets });
    },
  );

  r.get(
    '/api/targets',
    {
      schema: {
        tags: ['reports'],
        summary: 'The targets in force for a period, of the people whose report rows the caller may see',
        querystring: z.object({ period: PeriodSchema }),
        response: { 200: z.object({ period: z.string(), scope: ScopeSchema, items: z.array(TargetRowSchema) }), ...errors },
      },
    },
    async (request) => {
      const viewer = caller(request);
      return { period: request.query.period, scope: scopeOf(viewer), items: await targetsFor(pool, viewer, request.query.period) };
    },
  );

  r.get(
    '/api/targets/history',
    {
      schema: {
        tags: ['reports'],
        summary: 'Every value set for a period’s targets, newest version first, with who set it, why, and the value it replaced',
        description: 'Of the people whose report rows the caller may see, as GET /api/targets.',
        querystring: z.object({ period: PeriodSchema }),
        response: {
          200: z.object({
            period: z.string(),
            scope: ScopeSchema,
            items: z.array(
              TargetRowSchema.omit({ officeId: true, deliveryCenterId: true }).extend({
                setAt: z.string(),
                setById: z.uuid(),
                setByName: z.string(),
                reason: z.string(),
                previousAmount: z.number().nullable(),
              }),
            ),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const viewer = caller(request);
      return { period: request.query.period, scope: scopeOf(viewer), items: await targetHistory(pool, viewer, request.query.period) };
    },
  );

  r.get(
    '/api/reports/attainment',
    {
      schema: {
        tags: ['reports'],
        summary: 'Attainment (背销售数字): per person, office or delivery center and credit role, credit of the period against target, revenue beside it',
        description:
          'Credit entries whose time falls in the period (UTC dates), corrections included, against the targets of the group’s people for ' +
          'the same role; revenue of the projects behind the group’s credit, each counted once. Who sees what: as GET /api/reports/credits.',
        querystring: z.object({ period: PeriodSchema, groupBy: z.enum(['person', 'office', 'center']).default('person') }),
        response: {
          200: z.object({
            period: z.string(),
            window: z.object({ from: z.string(), to: z.string() }),
            groupBy: z.enum(['person', 'office', 'center']),
            scope: ScopeSchema,
            groups: z.array(
              z.object({ id: z.uuid().nullable(), name: z.string().nullable(), lines: z.array(AttainmentLineSchema), revenue: z.array(SignedMoneySchema) }),
            ),
            totals: z.array(AttainmentLineSchema),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const viewer = caller(request);
      const { period, groupBy } = request.query;
      return { period, groupBy, scope: scopeOf(viewer), ...(await attainment(pool, viewer, { period, groupBy })) };
    },
  );
}
