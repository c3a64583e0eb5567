import type { UpdateDefinition } from '@temporalio/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { getHandoff } from '../../db/project-queries';
import type { Actor } from '../../domain/people';
import { acceptHandoffUpdate, declineHandoffUpdate, proposeHandoffUpdate } from '../../workflows/project-messages';
import { caller } from '../auth';
import type { AppDeps } from '../deps';
import { httpError } from '../errors';
import { idempotent } from '../idempotency';
import { errorResponses as errors, personRef, projectDetail, requireOpenProject, requirePerson, sendCommand } from '../project-access';
import { HandoffDeclineBody, HandoffProposeBody, HandoffSchema, IdParams, ProjectDetailSchema } from '../schemas';

/** 交接: a handoff of ownership — proposed on a project, read, accepted or declined by the nominee. */
export function handoffRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { pool } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/projects/:id/handoffs',
    {
      schema: { tags: ['handoffs'], params: IdParams, body: HandoffProposeBody, response: { 201: HandoffSchema, ...errors } },
    },
    async (request, reply) => {
      return idempotent(pool, request, reply, 201, async () => {
        const view = await sendCommand(deps, request, request.params.id, proposeHandoffUpdate, 'handoff', async () => ({
          project: await requireOpenProject(pool, request.params.id, request),
          args: { to: personRef(await requirePerson(pool, request.body.toPersonId, 'body.toPersonId')), reason: request.body.reason },
        }));
        const handoff = view.pendingHandoff && (await getHandoff(pool, view.pendingHandoff.id));
        if (!handoff) throw new Error(`a handoff on ${request.params.id} was proposed but is not recorded`);
        return handoff;
      });
    },
  );

  r.get(
    '/api/handoffs/:id',
    { schema: { tags: ['handoffs'], params: IdParams, response: { 200: HandoffSchema, ...errors } } },
    async (request) => {
      const handoff = await getHandoff(pool, request.params.id);
      if (!handoff) throw httpError.notFound(`no handoff ${request.params.id}`);
      return handoff;
    },
  );

  /** Accepting or declining a handoff: a command on its project while the handoff is pending. */
  async function decideHandoff<A extends { actor: Actor; handoffId: string }>(
    request: FastifyRequest,
    id: string,
    update: UpdateDefinition<unknown, [A]>,
    action: string,
    rest: Omit<A, 'actor' | 'handoffId'>,
  ) {
    const handoff = await getHandoff(pool, id);
    if (!handoff) throw httpError.notFound(`no handoff ${id}`);
    await sendCommand(deps, request, handoff.projectId, update, action, async () => {
      if (handoff.status !== 'pending') throw httpError.conflict(`the handoff is already ${handoff.status}`);
      return { project: { id: handoff.projectId, ownerId: handoff.fromPersonId }, args: { ...rest, handoffId: handoff.id } as Omit<A, 'actor'> };
    });
    return projectDetail(pool, handoff.projectId, caller(request));
  }

  r.post(
    '/api/handoffs/:id/accept',
    { schema: { tags: ['handoffs'], params: IdParams, response: { 200: ProjectDetailSchema, ...errors } } },
    async (request, reply) => idempotent(pool, request, reply, 200, () => decideHandoff(request, request.params.id, acceptHandoffUpdate, 'accept', {})),
  );

  r.post(
    '/api/handoffs/:id/decline',
    {
      schema: { tags: ['handoffs'], params: IdParams, body: HandoffDeclineBody, response: { 200: ProjectDetailSchema, ...errors } },
    },
    async (request, reply) =>
      idempotent(pool, request, reply, 200, () => decideHandoff(request, request.params.id, declineHandoffUpdate, 'decline', { reason: request.body.reason })),
  );

}
