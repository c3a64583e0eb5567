import type { UpdateDefinition } from '@temporalio/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getApproval } from '../../db/match-queries';
import type { ApprovalRow, ProjectSummary } from '../../db/read-models';
import type { Actor } from '../../domain/people';
import { approveUpdate, rejectUpdate } from '../../workflows/project-messages';
import { caller } from '../auth';
import type { AppDeps } from '../deps';
import { httpError } from '../errors';
import { idempotent } from '../idempotency';
import { errorResponses as errors, projectDetail, requireOpenProject, requirePerson, sendCommand } from '../project-access';
import { ApprovalSchema, ApproveBody, IdParams, ProjectDetailSchema, RejectBody } from '../schemas';
import { requireServingCenterMember } from '../team-lead';

/** 审批: an approval (dispatch, resource, over-budget) — read with its links, approved or rejected by its approver. */
export function approvalRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { pool } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  /** Approving or rejecting: a command on the approval's project while both are open. */
  async function decideApproval<A extends { actor: Actor; approvalId: string }>(
    request: FastifyRequest,
    id: string,
    update: UpdateDefinition<unknown, [A]>,
    action: string,
    rest: (approval: ApprovalRow, project: ProjectSummary) => Promise<Omit<A, 'actor' | 'approvalId'>>,
  ) {
    const approval = await getApproval(pool, id);
    if (!approval) throw httpError.notFound(`no approval ${id}`);
    await sendCommand(deps, request, approval.projectId, update, action, async () => {
      if (approval.status !== 'pending') throw httpError.conflict(`the approval is already ${approval.status}`);
      const project = await requireOpenProject(pool, approval.projectId, request);
      return { project, args: { ...(await rest(approval, project)), approvalId: approval.id } as Omit<A, 'actor'> };
    });
    return projectDetail(pool, approval.projectId, caller(request));
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
      return idempotent(pool, request, reply, 200, () =>
        decideApproval(request, request.params.id, approveUpdate, 'approve', async (approval, project) => {
          if (request.body.personId) {
            const person = await requirePerson(pool, request.body.personId, 'body.personId');
            if (approval.kind === 'dispatch') await requireServingCenterMember(pool, project, person, 'body.personId');
          }
          return request.body;
        }),
      );
    },
  );

  r.post(
    '/api/approvals/:id/reject',
    { schema: { tags: ['match'], params: IdParams, body: RejectBody, response: { 200: ProjectDetailSchema, ...errors } } },
    async (request, reply) => {
      return idempotent(pool, request, reply, 200, () =>
        decideApproval(request, request.params.id, rejectUpdate, 'reject', async () => ({ reason: request.body.reason })),
      );
    },
  );

}
