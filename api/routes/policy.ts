import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getPolicyVersion, listPolicyVersions, publishPolicy } from '../../db/policies';
import { PolicyDocumentSchema } from '../../domain/policy';
import { requireRole } from '../auth';
import type { AppDeps } from '../deps';
import { httpError } from '../errors';
import { errorResponses } from '../project-access';
import { idempotent } from '../idempotency';

const errors = errorResponses;

const PolicyVersionSchema = z.object({
  version: z.number().int(),
  document: PolicyDocumentSchema,
  createdBy: z.uuid().nullable(),
  reason: z.string().nullable(),
  createdAt: z.string(),
});

/** Policy as versioned data (SPEC rule 8): read by anyone signed in, published by an admin or a director. */
export function policyRoutes(app: FastifyInstance, { pool }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/policy',
    { schema: { tags: ['policy'], summary: 'The current policy version', response: { 200: PolicyVersionSchema, ...errors } } },
    async () => {
      const current = await getPolicyVersion(pool);
      if (!current) throw httpError.notFound('no policy stored');
      return current;
    },
  );

  r.get(
    '/api/policy/versions',
    {
      schema: {
        tags: ['policy'],
        response: { 200: z.object({ items: z.array(PolicyVersionSchema.omit({ document: true })) }), ...errors },
      },
    },
    async () => ({ items: await listPolicyVersions(pool) }),
  );

  r.get(
    '/api/policy/versions/:version',
    {
      schema: {
        tags: ['policy'],
        params: z.object({ version: z.coerce.number().int().positive() }),
        response: { 200: PolicyVersionSchema, ...errors },
      },
    },
    async (request) => {
      const found = await getPolicyVersion(pool, request.params.version);
      if (!found) throw httpError.notFound(`no policy version ${request.params.version}`);
      return found;
    },
  );

  r.put(
    '/api/policy',
    {
      schema: {
        tags: ['policy'],
        summary: 'Publish a new policy version; new projects pin it, running projects keep theirs',
        body: z.object({ document: PolicyDocumentSchema, reason: z.string().trim().min(1, 'a reason is required').max(2000) }),
        response: { 201: z.object({ version: z.number().int() }), ...errors },
      },
    },
    async (request, reply) => {
      return idempotent(pool, request, reply, 201, async () => {
        const person = requireRole(request, 'admin', 'director');
        return { version: await publishPolicy(pool, request.body.document, person.id, request.body.reason) };
      });
    },
  );
}
