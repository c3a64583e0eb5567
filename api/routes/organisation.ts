import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { directory, directoryEntry } from '../../db/directory';
import { createAudited, insertOffice, listOffices, recordExists } from '../../db/organisation';
import { insertPerson, issueToken } from '../../db/people';
import { RoleSchema } from '../../domain/people';
import { caller, requireRole } from '../auth';
import type { AppDeps } from '../deps';
import { httpError } from '../errors';
import { idempotent } from '../idempotency';
import { errorResponses as errors } from '../project-access';
import { onlyFor } from '../route-roles';
import { CreatedId, IdParams, OfficeCreateBody, PersonCreateBody, PersonSchema } from '../schemas';

/** A body field naming another record must name one that exists: 400 naming the field otherwise. */
export async function requireExisting(
  pool: AppDeps['pool'],
  table: 'people' | 'offices' | 'delivery_centers',
  id: string | undefined,
  path: string,
): Promise<void> {
  if (id && !(await recordExists(pool, table, id))) {
    throw httpError.badRequest(`${path} names no existing record`, [{ path, message: 'not found' }]);
  }
}

/** People and offices: who Moat dispatches over (the directory to everyone, writes for admins). */
export function organisationRoutes(app: FastifyInstance, { pool }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/people',
    {
      config: onlyFor('admin'),
      schema: {
        tags: ['admin'],
        summary: 'Create a person and issue their API token (shown once)',
        body: PersonCreateBody,
        response: { 201: z.object({ id: z.uuid(), token: z.string() }), ...errors },
      },
    },
    async (request, reply) => {
      return idempotent(pool, request, reply, 201, async () => {
        const admin = requireRole(request, 'admin');
        const body = request.body;
        await requireExisting(pool, 'people', body.managerId, 'body.managerId');
        await requireExisting(pool, 'offices', body.officeId, 'body.officeId');
        await requireExisting(pool, 'delivery_centers', body.deliveryCenterId, 'body.deliveryCenterId');
        const created = await createAudited(pool, { actorId: admin.id, entity: 'person', data: { ...body } }, async (client, id) => {
          await insertPerson(client, { ...body, id });
          return issueToken(client, id, 'created by admin');
        });
        if (created === 'taken') throw httpError.conflict(`a person with e-mail ${body.email} exists`, [{ path: 'body.email', message: 'taken' }]);
        return { id: created.id, token: created.inserted };
      });
    },
  );

  r.get(
    '/api/people',
    {
      schema: {
        tags: ['people'],
        querystring: z.object({ role: RoleSchema.optional(), officeId: z.uuid().optional() }),
        response: { 200: z.object({ items: z.array(PersonSchema) }), ...errors },
      },
    },
    async (request) => ({ items: await directory(pool, caller(request), request.query) }),
  );

  r.get(
    '/api/people/:id',
    { schema: { tags: ['people'], params: IdParams, response: { 200: PersonSchema, ...errors } } },
    async (request) => {
      const person = await directoryEntry(pool, caller(request), request.params.id);
      if (!person) throw httpError.notFound(`no person ${request.params.id}`);
      return person;
    },
  );

  r.get('/api/me', { schema: { tags: ['people'], response: { 200: PersonSchema, ...errors } } }, async (request) =>
    caller(request),
  );

  r.post(
    '/api/offices',
    { config: onlyFor('admin'), schema: { tags: ['admin'], body: OfficeCreateBody, response: { 201: CreatedId, ...errors } } },
    async (request, reply) => {
      return idempotent(pool, request, reply, 201, async () => {
        const admin = requireRole(request, 'admin');
        const body = request.body;
        await requireExisting(pool, 'people', body.managerId, 'body.managerId');
        const created = await createAudited(pool, { actorId: admin.id, entity: 'office', data: body }, (client, id) => insertOffice(client, id, body));
        if (created === 'taken') throw httpError.conflict(`an office named ${body.name} exists`, [{ path: 'body.name', message: 'taken' }]);
        return { id: created.id };
      });
    },
  );

  r.get(
    '/api/offices',
    {
      schema: {
        tags: ['organisation'],
        response: {
          200: z.object({
            items: z.array(z.object({ id: z.uuid(), name: z.string(), region: z.string(), managerId: z.uuid() })),
          }),
          ...errors,
        },
      },
    },
    async () => ({ items: await listOffices(pool) }),
  );
}
