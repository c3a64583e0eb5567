import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createAudited, insertHotline } from '../../db/organisation';
import { requireRole } from '../auth';
import type { AppDeps } from '../deps';
import { httpError } from '../errors';
import { idempotent } from '../idempotency';
import { errorResponses as errors, requirePerson } from '../project-access';
import { onlyFor } from '../route-roles';
import { CreatedId, HotlineCreateBody } from '../schemas';

/** 服务热线: the hotline whose lead serves tier E and channel projects of the offices it is attached to. */
export function hotlineRoutes(app: FastifyInstance, { pool }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/hotlines',
    {
      config: onlyFor('admin'),
      schema: { tags: ['admin'], summary: 'Set up the hotline (服务热线) whose lead serves tier E and channel projects', body: HotlineCreateBody, response: { 201: CreatedId, ...errors } },
    },
    async (request, reply) => {
      return idempotent(pool, request, reply, 201, async () => {
        const admin = requireRole(request, 'admin');
        const body = request.body;
        await requirePerson(pool, body.leadId, 'body.leadId');
        const created = await createAudited(pool, { actorId: admin.id, entity: 'hotline', data: body }, async (client, id) => {
          const attached = await insertHotline(client, id, body);
          if (attached !== new Set(body.officeIds).size) {
            throw httpError.badRequest('body.officeIds names offices that do not exist', [{ path: 'body.officeIds', message: 'not found' }]);
          }
        });
        if (created === 'taken') throw httpError.conflict(`a hotline named ${body.name} exists`, [{ path: 'body.name', message: 'taken' }]);
        return { id: created.id };
      });
    },
  );
}
