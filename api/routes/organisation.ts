import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { audit } from '../../db/audit';
import { directory, directoryEntry } from '../../db/directory';
import { insertPerson, issueToken } from '../../db/people';
import { inTransaction } from '../../db/pool';
import { RoleSchema } from '../../domain/people';
import { caller, requireRole } from '../auth';
import type { AppDeps } from '../deps';
import { onlyFor } from '../route-roles';
import { httpError } from '../errors';
import { errorResponses } from '../project-access';
import { idempotent } from '../idempotency';
import {
  CreatedId,
  DeliveryCenterCreateBody,
  IdParams,
  OfficeCreateBody,
  PersonCreateBody,
  PersonSchema,
} from '../schemas';

const errors = errorResponses;

async function requireExisting(
  pool: AppDeps['pool'],
  table: 'people' | 'offices' | 'delivery_centers',
  id: string | undefined,
  path: string,
): Promise<void> {
  if (!id) return;
  const { rowCount } = await pool.query(`select 1 from ${table} where id = $1`, [id]);
  if (!rowCount) throw httpError.badRequest(`${path} names no existing record`, [{ path, message: 'not found' }]);
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === '23505';
}

/** People, offices and delivery centers: the organisation Moat dispatches over. Writes are admin-only. */
export function organisationRoutes(app: FastifyInstance, { pool }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/people',
    { config: onlyFor('admin'),
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
        try {
          return await inTransaction(pool, async (client) => {
            const id = await insertPerson(client, body);
            const token = await issueToken(client, id, 'created by admin');
            await audit(client, {
              actorId: admin.id,
              action: 'person_created',
              entityType: 'person',
              entityId: id,
              data: { ...body },
              idempotencyKey: `person:${id}:created`,
            });
            return { id, token };
          });
        } catch (error) {
          if (isUniqueViolation(error)) {
            throw httpError.conflict(`a person with e-mail ${body.email} exists`, [{ path: 'body.email', message: 'taken' }]);
          }
          throw error;
        }
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
        const id = randomUUID();
        try {
          await inTransaction(pool, async (client) => {
            await client.query('insert into offices (id, name, region, manager_id) values ($1, $2, $3, $4)', [
              id,
              body.name,
              body.region,
              body.managerId,
            ]);
            await audit(client, {
              actorId: admin.id,
              action: 'office_created',
              entityType: 'office',
              entityId: id,
              data: body,
              idempotencyKey: `office:${id}:created`,
            });
          });
        } catch (error) {
          if (isUniqueViolation(error)) {
            throw httpError.conflict(`an office named ${body.name} exists`, [{ path: 'body.name', message: 'taken' }]);
          }
          throw error;
        }
        return { id };
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
    async () => {
      const { rows } = await pool.query('select id, name, region, manager_id as "managerId" from offices order by name');
      return { items: rows };
    },
  );

  r.post(
    '/api/delivery-centers',
    { config: onlyFor('admin'), schema: { tags: ['admin'], body: DeliveryCenterCreateBody, response: { 201: CreatedId, ...errors } } },
    async (request, reply) => {
      return idempotent(pool, request, reply, 201, async () => {
        const admin = requireRole(request, 'admin');
        const body = request.body;
        await requireExisting(pool, 'people', body.leadId, 'body.leadId');
        const id = randomUUID();
        try {
          await inTransaction(pool, async (client) => {
            await client.query('insert into delivery_centers (id, name, industry, lead_id) values ($1, $2, $3, $4)', [
              id,
              body.name,
              body.industry,
              body.leadId,
            ]);
            await audit(client, {
              actorId: admin.id,
              action: 'delivery_center_created',
              entityType: 'delivery_center',
              entityId: id,
              data: body,
              idempotencyKey: `delivery_center:${id}:created`,
            });
          });
        } catch (error) {
          if (isUniqueViolation(error)) {
            throw httpError.conflict('a delivery center with that name or industry exists', [
              { path: 'body.industry', message: 'one center per industry' },
            ]);
          }
          throw error;
        }
        return { id };
      });
    },
  );

  r.get(
    '/api/delivery-centers',
    {
      schema: {
        tags: ['organisation'],
        response: {
          200: z.object({
            items: z.array(z.object({ id: z.uuid(), name: z.string(), industry: z.string(), leadId: z.uuid() })),
          }),
          ...errors,
        },
      },
    },
    async () => {
      const { rows } = await pool.query('select id, name, industry, lead_id as "leadId" from delivery_centers order by name');
      return { items: rows };
    },
  );
}
