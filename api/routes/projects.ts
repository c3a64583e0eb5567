/* The project resource's routes: open, list, read, the live view, advance, close, tier (handoffs: handoffs.ts). */
import { WithStartWorkflowOperation } from '@temporalio/client';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { creditEligible, scoringOpenOnRecord } from '../../db/assess-record';
import { deliveryOpenOnRecord } from '../../db/promises';
import { availableActions, AvailableActionSchema, closedProjectActions } from '../../domain/available-actions';
import { managerChain } from '../../db/people';
import { checkProjectOpening } from '../../domain/lifecycle';
import { currentPolicy } from '../../db/policies';
import { listProjects } from '../../db/project-list';
import { getProject, type ProjectSummary } from '../../db/project-queries';
import { SEES_ALL_RATES } from '../../domain/visibility';
import { checkedByRead } from '../visibility';
import { QualityFactorsSchema } from '../../domain/opportunity-quality';
import { ReasonText } from '../../domain/text';
import {
  advanceUpdate,
  closeUpdate,
  overrideTierUpdate,
  rescoreQualityUpdate,
  projectOpenedUpdate,
  projectDecisionStateQuery,
  projectStateQuery,
  projectWorkflowId,
  type ProjectWorkflowInput,
} from '../../workflows/project-messages';
import { projectWorkflow } from '../../workflows/project-workflow';
import { caller, requireRole } from '../auth';
import type { AppDeps } from '../deps';
import { onlyFor } from '../route-roles';
import { requireExisting } from './organisation';
import { requireSupportedCurrency } from './pipeline';
import { httpError } from '../errors';
import {
  actorFor,
  commandOpenProject,
  errorResponses as errors,
  personRef,
  projectHandle,
  projectDetail,
  requirePerson,
  updateIdFor,
} from '../project-access';
import { idFromIdempotencyKey, idempotent } from '../idempotency';
import {
  AdvanceBody,
  CloseBody,
  IdParams,
  ProjectCreateBody,
  ProjectDetailSchema,
  ProjectListQuery,
  ProjectSummarySchema,
  TierOverrideBody,
} from '../schemas';


function encodeCursor(project: ProjectSummary): string {
  return Buffer.from(JSON.stringify([project.createdAt, project.id])).toString('base64url');
}

function decodeCursor(cursor: string): { createdAt: string; id: string } {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    if (typeof createdAt !== 'string' || !z.uuid().safeParse(id).success || Number.isNaN(Date.parse(createdAt))) {
      throw new Error('bad cursor');
    }
    return { createdAt, id };
  } catch {
    throw httpError.badRequest('cursor is not one this API returned', [{ path: 'querystring.cursor', message: 'invalid' }]);
  }
}

export function projectRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { pool, temporal, taskQueue } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const handleOf = (projectId: string) => projectHandle(temporal, projectId);

  r.post(
    '/api/projects',
    { config: onlyFor('sales', 'manager', 'director', 'admin'),
      schema: {
        tags: ['projects'],
        summary: 'Open a sales project: classifies its tier and starts its workflow',
        description: 'Money is an integer of minor units: 12,000,000 CNY is {"amount": 1200000000, "currency": "CNY"}.',
        body: ProjectCreateBody,
        response: { 201: ProjectSummarySchema, ...errors },
      },
    },
    async (request, reply) => {
      return idempotent(pool, request, reply, 201, async () => {
        const person = requireRole(request, 'sales', 'manager', 'director', 'admin');
        const body = request.body;
        const salesOwner = await requirePerson(pool, body.salesOwnerId, 'body.salesOwnerId');
        await requireExisting(pool, 'offices', body.officeId, 'body.officeId');
        checkProjectOpening({
          creator: personRef(person),
          creatorManagesSalesOwner: person.id !== salesOwner.id && (await managerChain(pool, salesOwner.id)).includes(person.id),
          salesOwner,
          officeId: body.officeId,
        });
        requireSupportedCurrency(await currentPolicy(pool), body.expectedValue);
        const projectId = idFromIdempotencyKey(request, 'project');
        const input: ProjectWorkflowInput = {
          projectId,
          facts: { ...body },
          createdById: person.id,
          continueAsNewAfterEvents: deps.continueAsNewAfterEvents,
          notificationRetry: deps.notificationRetry,
        };
        // The update's id comes from the key too: a create retried after its first attempt died (the API killed
        // mid-request) finds the first opening's outcome instead of running the opening again.
        await temporal.workflow.executeUpdateWithStart(projectOpenedUpdate, {
          updateId: updateIdFor(request, 'open'),
          startWorkflowOperation: new WithStartWorkflowOperation(projectWorkflow, {
            workflowId: projectWorkflowId(projectId),
            taskQueue,
            args: [input],
            workflowIdConflictPolicy: 'USE_EXISTING',
          }),
        });
        const project = await getProject(pool, projectId);
        if (!project) throw new Error(`project ${projectId} opened but not recorded`);
        return project;
      });
    },
  );

  r.get(
    '/api/projects',
    {
      schema: {
        tags: ['projects'],
        querystring: ProjectListQuery,
        response: { 200: z.object({ items: z.array(ProjectSummarySchema), nextCursor: z.string().nullable() }), ...errors },
      },
    },
    async (request) => {
      const { cursor, limit, ...filter } = request.query;
      const items = await listProjects(pool, caller(request), { ...filter, limit: limit + 1, after: cursor ? decodeCursor(cursor) : undefined });
      const page = items.slice(0, limit);
      return { items: page, nextCursor: items.length > limit ? encodeCursor(page[page.length - 1]!) : null };
    },
  );

  r.get(
    '/api/projects/:id',
    { config: checkedByRead, schema: { tags: ['projects'], params: IdParams, response: { 200: ProjectDetailSchema, ...errors } } },
    async (request) => projectDetail(pool, request.params.id, caller(request), false),
  );

  r.get(
    '/api/projects/:id/actions',
    {
      schema: {
        tags: ['projects'],
        summary: 'What the caller may do on the project now (the console shows these actions and only these)',
        description:
          'Worked out from the running workflow’s state by the same rules as the commands: a listed action may still be refused for ' +
          'what its form holds (an empty reason, too many days), never for who asks or when.',
        params: IdParams,
        response: { 200: z.object({ actions: z.array(AvailableActionSchema) }), ...errors },
      },
    },
    async (request) => {
      const person = caller(request);
      const project = await getProject(pool, request.params.id);
      if (!project) throw httpError.notFound(`no project ${request.params.id}`);
      // A project's workflow runs while it is open and, after close, while scores are owed or the delivery handoff
      // is not yet live; then the record answers.
      const running =
        project.status === 'open' || (await scoringOpenOnRecord(pool, project.id)) || (await deliveryOpenOnRecord(pool, project.id));
      if (!running) return { actions: closedProjectActions(project.status, person) };
      const [state, actor] = await Promise.all([
        handleOf(project.id).query(projectDecisionStateQuery),
        actorFor(pool, person, project.ownerId),
      ]);
      return { actions: availableActions(state, actor) };
    },
  );

  r.get(
    '/api/projects/:id/live',
    { config: onlyFor(...SEES_ALL_RATES),
      schema: {
        tags: ['projects'],
        summary: "The running workflow's own view of the project (a Temporal query)",
        description: 'For directors and admins: the live state holds every rate, cost and score unredacted.',
        params: IdParams,
        response: { 200: z.record(z.string(), z.unknown()), ...errors },
      },
    },
    async (request) => {
      requireRole(request, ...SEES_ALL_RATES);
      const project = await getProject(pool, request.params.id);
      if (!project) throw httpError.notFound(`no project ${request.params.id}`);
      return { ...(await handleOf(project.id).query(projectStateQuery)) };
    },
  );

  r.post(
    '/api/projects/:id/advance',
    { schema: { tags: ['projects'], params: IdParams, body: AdvanceBody, response: { 200: ProjectDetailSchema, ...errors } } },
    async (request, reply) => {
      return idempotent(pool, request, reply, 200, () =>
        commandOpenProject(deps, request, request.params.id, advanceUpdate, 'advance', async () => {
          const nominee = request.body.nomineeId ? await requirePerson(pool, request.body.nomineeId, 'body.nomineeId') : undefined;
          return { nominee: nominee && personRef(nominee), fromStage: request.body.fromStage };
        }),
      );
    },
  );

  r.post(
    '/api/projects/:id/close',
    { schema: { tags: ['projects'], params: IdParams, body: CloseBody, response: { 200: ProjectDetailSchema, ...errors } } },
    async (request, reply) => {
      return idempotent(pool, request, reply, 200, () =>
        commandOpenProject(deps, request, request.params.id, closeUpdate, 'close', async () => {
          if (request.body.presalesLeadId) await requirePerson(pool, request.body.presalesLeadId, 'body.presalesLeadId');
          if (request.body.deliveryManagerId) await requirePerson(pool, request.body.deliveryManagerId, 'body.deliveryManagerId');
          return { ...request.body, creditEligible: await creditEligible(pool, request.params.id) };
        }),
      );
    },
  );

  r.post(
    '/api/projects/:id/tier',
    { config: onlyFor('director'),
      schema: {
        tags: ['projects'],
        summary: 'A director overrides the tier, with a reason (audited)',
        params: IdParams,
        body: TierOverrideBody,
        response: { 200: ProjectDetailSchema, ...errors },
      },
    },
    async (request, reply) => {
      return idempotent(pool, request, reply, 200, () =>
        commandOpenProject(deps, request, request.params.id, overrideTierUpdate, 'tier', () => request.body, requireRole(request, 'director')),
      );
    },
  );

  r.post(
    '/api/projects/:id/quality',
    {
      schema: {
        tags: ['projects'],
        summary: '商机质量: the owner (or a director) re-scores the opportunity at the current stage gate, once per stage',
        description:
          'Factors 1–5: winProbability, strategicValue, competitivePosition, customerImportance, weighted by the pinned policy (tiers.quality). ' +
          'A score that moves the tier one step re-routes dispatch and budget as a director’s override does; after a director’s override ' +
          'the re-score is recorded and the tier stands.',
        params: IdParams,
        body: z.object({ factors: QualityFactorsSchema, reason: ReasonText() }),
        response: { 200: ProjectDetailSchema, ...errors },
      },
    },
    async (request, reply) => {
      return idempotent(pool, request, reply, 200, () => commandOpenProject(deps, request, request.params.id, rescoreQualityUpdate, 'quality', () => request.body));
    },
  );

}
