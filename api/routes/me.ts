import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pendingApprovalsFor, unreadNotifications } from '../../db/match-queries';
import { pendingHandoffsFor, whyDelegateWaitsOn } from '../../db/project-queries';
import { caller } from '../auth';
import type { AppDeps } from '../deps';
import { httpError } from '../errors';
import { errorResponses as errors } from '../project-access';
import { ApprovalSchema, HandoffSchema } from '../schemas';

const NotificationSchema = z.object({
  id: z.string(),
  kind: z.string(),
  projectId: z.uuid().nullable(),
  title: z.string(),
  data: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

/** What waits for the caller (handoff offers, approvals) and their in-app notifications. */
export function meRoutes(app: FastifyInstance, { pool }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/me/inbox',
    {
      schema: {
        tags: ['people'],
        summary: 'What waits for the caller: handoff offers and approvals (dispatch, resource, over-budget)',
        response: {
          200: z.object({
            handoffs: z.array(
              HandoffSchema.extend({
                /** Set on an offer to someone the caller stands in for but may not decide: why it waits for the nominee. */
                waitsForNominee: z.string().nullable(),
              }),
            ),
            approvals: z.array(ApprovalSchema),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const person = caller(request);
      const [handoffs, approvals] = await Promise.all([pendingHandoffsFor(pool, person.id), pendingApprovalsFor(pool, person.id, person.roles)]);
      const explained = await Promise.all(
        handoffs.map(async (handoff) => ({
          ...handoff,
          waitsForNominee: handoff.toPersonId === person.id ? null : await whyDelegateWaitsOn(pool, handoff.projectId, person),
        })),
      );
      return { handoffs: explained, approvals };
    },
  );

  r.get(
    '/api/me/notifications',
    { schema: { tags: ['people'], response: { 200: z.object({ items: z.array(NotificationSchema) }), ...errors } } },
    async (request) => ({ items: await unreadNotifications(pool, caller(request).id) }),
  );

  r.post(
    '/api/me/notifications/:id/read',
    { schema: { tags: ['people'], params: z.object({ id: z.string().regex(/^\d+$/) }), response: { 200: z.object({ read: z.boolean() }), ...errors } } },
    async (request) => {
      const { rowCount } = await pool.query('update notifications set read_at = coalesce(read_at, now()) where id = $1 and person_id = $2', [
        request.params.id,
        caller(request).id,
      ]);
      if (!rowCount) throw httpError.notFound(`no notification ${request.params.id} of yours`);
      return { read: true };
    },
  );
}
