/* The pipeline as a board (per stage: how many projects, what they are worth) and a new project's opening, previewed. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { resolveApprover } from '../../db/approvers';
import { currentPolicy } from '../../db/policies';
import { stageTotals } from '../../db/project-list';
import { MoneySchema, type Money } from '../../domain/money';
import { planOpening } from '../../domain/opening-plan';
import type { PinnedPolicy } from '../../domain/policy';
import { TierSchema } from '../../domain/tier';
import { supportsCurrency } from '../../domain/tier-classification';
import { caller, requireRole } from '../auth';
import type { AppDeps } from '../deps';
import { httpError } from '../errors';
import { errorResponses as errors } from '../project-access';
import { onlyFor } from '../route-roles';
import { ProjectBoardQuery, ProjectCreateBody } from '../schemas';
import { requireExisting } from './organisation';

/** Refuses a currency the policy has no tier thresholds for (400, naming the ones it has). */
export function requireSupportedCurrency(policy: PinnedPolicy, money: Money): void {
  if (supportsCurrency(policy.document, money.currency)) return;
  throw httpError.badRequest(`policy v${policy.version} has no tier thresholds for ${money.currency}`, [
    { path: 'body.expectedValue.currency', message: `supported: ${Object.keys(policy.document.tiers.thresholds).join(', ')}` },
  ]);
}

const StageColumnSchema = z.object({
  stage: z.string(),
  /** The stage's label in the current policy (the key itself for a stage the policy no longer has). */
  label: z.string(),
  count: z.number().int(),
  expectedValue: z.array(MoneySchema.extend({ capped: z.boolean() })),
});

const OpeningPreviewSchema = z.object({
  policyVersion: z.number().int(),
  tier: TierSchema,
  tierReason: z.string(),
  budget: MoneySchema,
  dispatch: z.object({ kind: z.string(), personId: z.uuid().nullable(), role: z.string().nullable(), label: z.string() }),
});

export function pipelineRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { pool } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/pipeline',
    {
      schema: {
        tags: ['projects'],
        summary: 'The pipeline board: per stage of the current policy, the visible projects matching the filters and their expected value',
        description: 'Stages in pipeline order; a stage no current project is in has count 0. Open projects unless `status` says otherwise.',
        querystring: ProjectBoardQuery,
        response: { 200: z.object({ policyVersion: z.number().int(), stages: z.array(StageColumnSchema) }), ...errors },
      },
    },
    async (request) => {
      const [policy, totals] = await Promise.all([currentPolicy(pool), stageTotals(pool, caller(request), request.query)]);
      const found = new Map(totals.map((t) => [t.stage, t]));
      const columns = policy.document.pipeline.stages.map((stage) => ({
        stage: stage.key,
        label: stage.label,
        count: found.get(stage.key)?.count ?? 0,
        expectedValue: found.get(stage.key)?.expectedValue ?? [],
      }));
      const known = new Set(columns.map((c) => c.stage));
      // Projects pinned to an older policy may sit in a stage the current one dropped: they are shown, not lost.
      const older = totals.filter((t) => !known.has(t.stage)).map((t) => ({ ...t, label: t.stage }));
      return { policyVersion: policy.version, stages: [...columns, ...older] };
    },
  );

  r.post(
    '/api/projects/preview',
    {
      config: onlyFor('sales', 'manager', 'director', 'admin'),
      schema: {
        tags: ['projects'],
        summary: 'What a project with these facts would get if opened now: tier and why, presales budget, who dispatches it',
        description: 'Nothing is created or recorded. The same checks as opening the project apply to the body.',
        body: ProjectCreateBody,
        response: { 200: OpeningPreviewSchema, ...errors },
      },
    },
    async (request) => {
      requireRole(request, 'sales', 'manager', 'director', 'admin');
      const facts = request.body;
      await requireExisting(pool, 'offices', facts.officeId, 'body.officeId');
      const policy = await currentPolicy(pool);
      requireSupportedCurrency(policy, facts.expectedValue);
      const plan = planOpening(policy.document, facts, new Date().toISOString().slice(0, 10));
      const dispatcher = await resolveApprover(pool, plan.dispatchKind, facts);
      return {
        policyVersion: policy.version,
        tier: plan.tier.tier,
        tierReason: plan.tier.reason,
        budget: plan.budget,
        dispatch: { kind: dispatcher.kind, personId: dispatcher.personId, role: dispatcher.role, label: dispatcher.label },
      };
    },
  );
}
