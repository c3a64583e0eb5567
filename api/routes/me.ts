import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { delegationOf, removeDelegation, setDelegation } from '../../db/delegations';
import { inboxOf } from '../../db/inbox';
import { markNotificationRead, notificationsOf } from '../../db/notifications';
import { caller } from '../auth';
import type { AppDeps } from '../deps';
import { httpError } from '../errors';
import { errorResponses as errors, requirePerson } from '../project-access';
import { InboxSchema } from '../schemas';

const DelegationBody = z
  .object({ delegateId: z.uuid(), from: z.iso.datetime({ offset: true }), until: z.iso.datetime({ offset: true }) })
  .refine((d) => Date.parse(d.until) > Date.parse(d.from), { path: ['until'], message: 'must be after from' });
const DelegationSchema = z.object({ delegateId: z.uuid(), from: z.string(), until: z.string() });

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
        summary: '待办: what waits for the caller, what they decided, what they raised',
        description:
          'waiting (the default): handoff offers, approvals (dispatch, resource, over-budget), feasibility sign-offs and scores the caller owes, ' +
          'oldest first; decided and raised: the newest 100 of each kind. Every item carries its project and `via`: the caller’s own, ' +
          'as a delegate (`onBehalfOf` the person out of office), escalated to them (`onBehalfOf` the approver), or as one of a pool.',
        querystring: z.object({ tab: InboxSchema.shape.tab.default('waiting') }),
        response: { 200: InboxSchema, ...errors },
      },
    },
    async (request) => {
      const person = caller(request);
      return inboxOf(pool, { id: person.id, roles: person.roles, officeId: person.officeId ?? null }, request.query.tab);
    },
  );

  r.get(
    '/api/me/notifications',
    {
      schema: {
        tags: ['people'],
        summary: "The caller's in-app notifications, newest first, read and unread (or only unread), with the unread count",
        querystring: z.object({
          unread: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
          limit: z.coerce.number().int().min(1).max(200).default(50),
          /** The `nextCursor` of the previous page. */
          cursor: z.string().regex(/^\d{1,18}$/, 'a cursor this API returned').optional(),
        }),
        response: {
          200: z.object({ items: z.array(NotificationSchema), unread: z.number().int(), nextCursor: z.string().nullable() }),
          ...errors,
        },
      },
    },
    async (request) => {
      const { unread, limit, cursor } = request.query;
      const page = await notificationsOf(pool, caller(request).id, { unreadOnly: unread, limit: limit + 1, before: cursor });
      const items = page.items.slice(0, limit);
      return { items, unread: page.unread, nextCursor: page.items.length > limit ? items[items.length - 1]!.id : null };
    },
  );

  r.post(
    '/api/me/notifications/:id/read',
    { schema: { tags: ['people'], params: z.object({ id: z.string().regex(/^\d+$/) }), response: { 200: z.object({ read: z.boolean() }), ...errors } } },
    async (request) => {
      if (!(await markNotificationRead(pool, request.params.id, caller(request).id))) throw httpError.notFound(`no notification ${request.params.id} of yours`);
      return { read: true };
    },
  );

  r.get(
    '/api/me/delegation',
    { schema: { tags: ['people'], response: { 200: z.object({ delegation: DelegationSchema.nullable() }), ...errors } } },
    async (request) => ({ delegation: await delegationOf(pool, caller(request).id) }),
  );

  r.put(
    '/api/me/delegation',
    {
      schema: {
        tags: ['people'],
        summary: 'Out of office: approvals, dispatch decisions and handoff offers go to the delegate meanwhile',
        body: DelegationBody,
        response: { 200: z.object({ delegation: DelegationSchema }), ...errors },
      },
    },
    async (request) => {
      const person = caller(request);
      const { delegateId, from, until } = request.body;
      if (delegateId === person.id) throw httpError.badRequest('delegate to someone else', [{ path: 'body.delegateId', message: 'is you' }]);
      await requirePerson(pool, delegateId, 'body.delegateId');
      await setDelegation(pool, person.id, request.body);
      return { delegation: { delegateId, from: new Date(from).toISOString(), until: new Date(until).toISOString() } };
    },
  );

  r.delete(
    '/api/me/delegation',
    { schema: { tags: ['people'], response: { 200: z.object({ removed: z.boolean() }), ...errors } } },
    async (request) => ({ removed: await removeDelegation(pool, caller(request).id) }),
  );
}
