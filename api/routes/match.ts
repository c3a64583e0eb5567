import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { audit } from '../../db/audit';
import { daysOnDateOfBooking, getApproval, getResourceRequest } from '../../db/match-queries';
import { inTransaction } from '../../db/pool';
import {
  approveUpdate,
  recordTimeUpdate,
  redispatchUpdate,
  rejectUpdate,
  requestResourceUpdate,
  setBudgetUpdate,
} from '../../workflows/project-messages';
import { caller, requireRole } from '../auth';
import type { AppDeps } from '../deps';
import { onlyFor } from '../route-roles';
import { httpError } from '../errors';
import { idFromIdempotencyKey, idempotent } from '../idempotency';
import {
  actorFor,
  commandOpenProject,
  errorResponses as errors,
  projectDetail,
  projectHandle,
  requireOpenProject,
  requirePerson,
  unlessAlreadyApplied,
  updateIdFor,
} from '../project-access';
import type { ProjectSummary } from '../../db/project-queries';
import {
  ApprovalSchema,
  ApproveBody,
  BudgetBody,
  CreatedId,
  DispatchBody,
  HotlineCreateBody,
  IdParams,
  ProjectDetailSchema,
  RedispatchBody,
  RejectBody,
  ResourceRequestBody,
  ResourceRequestSchema,
  TimeEntryBody,
} from '../schemas';

/** 资源匹配: dispatch, resource requests and their approvals, time entries, budgets, and what waits for whom. */
export function matchRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { pool, temporal } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const handleOf = (projectId: string) => projectHandle(temporal, projectId);

  r.post(
    '/api/hotlines',
    { config: onlyFor('admin'), schema: { tags: ['admin'], summary: 'Set up the hotline (服务热线) whose lead serves tier E and channel projects', body: HotlineCreateBody, response: { 201: CreatedId, ...errors } } },
    async (request, reply) => {
      return idempotent(pool, request, reply, 201, async () => {
        const admin = requireRole(request, 'admin');
        await requirePerson(pool, request.body.leadId, 'body.leadId');
        const id = randomUUID();
        await inTransaction(pool, async (client) => {
          await client.query('insert into hotlines (id, name, lead_id) values ($1, $2, $3)', [id, request.body.name, request.body.leadId]);
          const attached = await client.query('update offices set hotline_id = $1 where id = any($2::uuid[])', [id, request.body.officeIds]);
          if (attached.rowCount !== new Set(request.body.officeIds).size) {
            throw httpError.badRequest('body.officeIds names offices that do not exist', [{ path: 'body.officeIds', message: 'not found' }]);
          }
          await audit(client, { actorId: admin.id, action: 'hotline_created', entityType: 'hotline', entityId: id, data: request.body, idempotencyKey: `hotline:${id}:created` });
        });
        return { id };
      });
    },
  );

  r.post(
    '/api/projects/:id/dispatch',
    {
      schema: {
        tags: ['match'],
        summary: 'The dispatcher appoints the lead who commands presales on the project (一票到底)',
        params: IdParams,
        body: DispatchBody,
        response: { 200: ProjectDetailSchema, ...errors },
      },
    },
    async (request, reply) => {
      return idempotent(pool, request, reply, 200, () =>
        commandOpenProject(deps, request, request.params.id, approveUpdate, 'dispatch', async (project: ProjectSummary) => {
          await requirePerson(pool, request.body.teamLeadId, 'body.teamLeadId');
          const { rows } = await pool.query<{ id: string }>(
            `select id from approvals where project_id = $1 and kind = 'dispatch' and status = 'pending'`,
            [project.id],
          );
          if (!rows[0]) throw httpError.conflict(`the project has no pending dispatch (it is ${project.dispatch.status ?? 'not requested'})`);
          return { approvalId: rows[0].id, personId: request.body.teamLeadId, comment: request.body.comment };
        }),
      );
    },
  );

  r.post(
    '/api/projects/:id/dispatch/request',
    {
      schema: {
        tags: ['match'],
        summary: 'After a rejected dispatch, the owner asks again, saying what changed',
        params: IdParams,
        body: RedispatchBody,
        response: { 200: ProjectDetailSchema, ...errors },
      },
    },
    async (request, reply) => {
      return idempotent(pool, request, reply, 200, () =>
        commandOpenProject(deps, request, request.params.id, redispatchUpdate, 'redispatch', () => ({ note: request.body.note })),
      );
    },
  );

  r.post(
    '/api/projects/:id/resource-requests',
    {
      schema: {
        tags: ['match'],
        summary: 'The owner asks for a presales resource; an approval goes along the tier chain',
        params: IdParams,
        body: ResourceRequestBody,
        response: { 201: ResourceRequestSchema, ...errors },
      },
    },
    async (request, reply) => {
      return idempotent(pool, request, reply, 201, async () => {
        const person = caller(request);
        const project = await requireOpenProject(pool, request.params.id);
        if (request.body.personId) await requirePerson(pool, request.body.personId, 'body.personId');
        const created = await handleOf(project.id).executeUpdate(requestResourceUpdate, {
          args: [{ actor: await actorFor(pool, person, project.ownerId), ...request.body }],
          updateId: updateIdFor(request, 'resource-request'),
        });
        return getResourceRequest(pool, created.requestId);
      });
    },
  );

  r.get(
    '/api/resource-requests/:id',
    { schema: { tags: ['match'], params: IdParams, response: { 200: ResourceRequestSchema, ...errors } } },
    async (request) => {
      const found = await getResourceRequest(pool, request.params.id);
      if (!found) throw httpError.notFound(`no resource request ${request.params.id}`);
      return found;
    },
  );

  /** The pending approval on its open project, or `applied` when this request's own earlier attempt decided it. */
  async function openApproval(request: FastifyRequest, id: string, action: string) {
    const approval = await getApproval(pool, id);
    if (!approval) throw httpError.notFound(`no approval ${id}`);
    const open = await unlessAlreadyApplied(temporal, request, approval.projectId, action, async () => {
      if (approval.status !== 'pending') throw httpError.conflict(`the approval is already ${approval.status}`);
      return requireOpenProject(pool, approval.projectId);
    });
    return { approval, project: open.applied ? undefined : open.checked };
  }

  r.get(
    '/api/approvals/:id',
    {
      schema: {
        tags: ['match'],
        params: IdParams,
        response: { 200: ApprovalSchema.extend({ links: z.object({ project: z.string(), candidates: z.string().nullable() }) }), ...errors },
      },
    },
    async (request) => {
      const approval = await getApproval(pool, request.params.id);
      if (!approval) throw httpError.notFound(`no approval ${request.params.id}`);
      // The approver weighs the request against the ranked candidates (matching, not relationships).
      const candidates = approval.kind === 'resource' && approval.requestId ? `/api/resource-requests/${approval.requestId}/candidates` : null;
      return { ...approval, links: { project: `/api/projects/${approval.projectId}`, candidates } };
    },
  );

  r.post(
    '/api/approvals/:id/approve',
    {
      schema: {
        tags: ['match'],
        summary: 'Approve: only the designated approver; may choose or change the person to book',
        params: IdParams,
        body: ApproveBody,
        response: { 200: ProjectDetailSchema, ...errors },
      },
    },
    async (request, reply) => {
      return idempotent(pool, request, reply, 200, async () => {
        const person = caller(request);
        const { approval, project } = await openApproval(request, request.params.id, 'approve');
        if (project) {
          if (request.body.personId) await requirePerson(pool, request.body.personId, 'body.personId');
          await handleOf(project.id).executeUpdate(approveUpdate, {
            args: [{ actor: await actorFor(pool, person, project.ownerId), approvalId: approval.id, ...request.body }],
            updateId: updateIdFor(request, 'approve'),
          });
        }
        return projectDetail(pool, approval.projectId, caller(request));
      });
    },
  );

  r.post(
    '/api/approvals/:id/reject',
    { schema: { tags: ['match'], params: IdParams, body: RejectBody, response: { 200: ProjectDetailSchema, ...errors } } },
    async (request, reply) => {
      return idempotent(pool, request, reply, 200, async () => {
        const person = caller(request);
        const { approval, project } = await openApproval(request, request.params.id, 'reject');
        if (project) {
          await handleOf(project.id).executeUpdate(rejectUpdate, {
            args: [{ actor: await actorFor(pool, person, project.ownerId), approvalId: approval.id, reason: request.body.reason }],
            updateId: updateIdFor(request, 'reject'),
          });
        }
        return projectDetail(pool, approval.projectId, caller(request));
      });
    },
  );

  r.post(
    '/api/projects/:id/time-entries',
    {
      schema: {
        tags: ['match'],
        summary: 'Actual days on a booking (the booked person or the owner): accrues actual cost',
        params: IdParams,
        body: TimeEntryBody,
        response: { 201: ProjectDetailSchema, ...errors },
      },
    },
    async (request, reply) => {
      return idempotent(pool, request, reply, 201, () =>
        commandOpenProject(deps, request, request.params.id, recordTimeUpdate, 'time', async () => ({
          timeEntryId: idFromIdempotencyKey(request, 'time'),
          ...request.body,
          daysOnDate: await daysOnDateOfBooking(pool, request.body.bookingId, request.body.date),
        })),
      );
    },
  );

  r.post(
    '/api/projects/:id/budget',
    { config: onlyFor('director'), schema: { tags: ['match'], summary: 'A director edits the presales budget, with a reason', params: IdParams, body: BudgetBody, response: { 200: ProjectDetailSchema, ...errors } } },
    async (request, reply) => {
      return idempotent(pool, request, reply, 200, () =>
        commandOpenProject(deps, request, request.params.id, setBudgetUpdate, 'budget', () => request.body, requireRole(request, 'director')),
      );
    },
  );
}
