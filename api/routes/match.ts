import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { daysOnDateOfBooking, getResourceRequest, pendingDispatchApproval } from '../../db/match-queries';
import {
  approveUpdate,
  recordTimeUpdate,
  redispatchUpdate,
  nameTeamUpdate,
  requestResourceUpdate,
  setBudgetUpdate,
} from '../../workflows/project-messages';
import { z } from 'zod';
import { MAX_TEAM_MEMBERS } from '../../domain/project-team';
import { ReasonText } from '../../domain/text';
import { requireRole } from '../auth';
import type { AppDeps } from '../deps';
import { onlyFor } from '../route-roles';
import { httpError } from '../errors';
import { idFromIdempotencyKey, idempotent } from '../idempotency';
import {
  commandOpenProject,
  errorResponses as errors,
  requireOpenProject,
  requirePerson,
  sendCommand,
} from '../project-access';
import type { ProjectSummary } from '../../db/project-queries';
import {
  BudgetBody,
  DispatchBody,
  IdParams,
  ProjectDetailSchema,
  RedispatchBody,
  ResourceRequestBody,
  ResourceRequestSchema,
  TimeEntryBody,
} from '../schemas';
import { requireServingCenterMember } from '../team-lead';

/** 资源匹配: dispatch, resource requests, time entries and budgets (their approvals: approvals.ts). */
export function matchRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { pool } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

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
          const lead = await requirePerson(pool, request.body.teamLeadId, 'body.teamLeadId');
          await requireServingCenterMember(pool, project, lead, 'body.teamLeadId');
          const approvalId = await pendingDispatchApproval(pool, project.id);
          if (!approvalId) throw httpError.conflict(`the project has no pending dispatch (it is ${project.dispatch.status ?? 'not requested'})`);
          return { approvalId, personId: request.body.teamLeadId, comment: request.body.comment };
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
        summary: 'The owner (or the delivery team lead of an A/B project) asks for a presales resource; an approval goes along the tier chain',
        description:
          '统一指挥: a request the appointed delivery team lead raises naming a person is their approval too: the person is booked at once ' +
          '(priced now; the note is the reason when they are outside the center; over the budget it waits for a director). Their manager is told.',
        params: IdParams,
        body: ResourceRequestBody,
        response: { 201: ResourceRequestSchema, ...errors },
      },
    },
    async (request, reply) => {
      return idempotent(pool, request, reply, 201, async () => {
        const created = await sendCommand(deps, request, request.params.id, requestResourceUpdate, 'resource-request', async () => {
          const project = await requireOpenProject(pool, request.params.id, request);
          if (request.body.personId) await requirePerson(pool, request.body.personId, 'body.personId');
          return { project, args: request.body };
        });
        return getResourceRequest(pool, created.requestId);
      });
    },
  );

  r.put(
    '/api/projects/:id/team',
    {
      schema: {
        tags: ['match'],
        summary: '统一指挥: the delivery team lead of an A/B project names the project team (replacing the list before)',
        description: 'Named people see the project and are told; everyone booked is on the team anyway. An unchanged list changes nothing.',
        params: IdParams,
        body: z.object({ memberIds: z.array(z.uuid()).max(MAX_TEAM_MEMBERS), reason: ReasonText() }),
        response: { 200: ProjectDetailSchema, ...errors },
      },
    },
    async (request, reply) => {
      return idempotent(pool, request, reply, 200, () =>
        commandOpenProject(deps, request, request.params.id, nameTeamUpdate, 'team', async () => {
          for (const [i, personId] of request.body.memberIds.entries()) await requirePerson(pool, personId, `body.memberIds.${i}`);
          return request.body;
        }),
      );
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
