import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../deps';

const Check = z.object({ ok: z.boolean(), error: z.string().optional() });

async function check(probe: () => Promise<unknown>): Promise<z.infer<typeof Check>> {
  try {
    await probe();
    return { ok: true };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

export function healthRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/healthz', { schema: { tags: ['health'], response: { 200: z.object({ status: z.literal('ok') }) } } }, async () => ({
    status: 'ok' as const,
  }));
  r.get(
    '/readyz',
    {
      schema: {
        tags: ['health'],
        description: 'Ready when Postgres and Temporal both answer.',
        response: { 200: z.object({ postgres: Check, temporal: Check }), 503: z.object({ postgres: Check, temporal: Check }) },
      },
    },
    async (_request, reply) => {
      const [postgres, temporal] = await Promise.all([
        check(() => deps.pool.query('select 1')),
        check(() => deps.temporal.connection.workflowService.getSystemInfo({}, )),
      ]);
      reply.status(postgres.ok && temporal.ok ? 200 : 503);
      return { postgres, temporal };
    },
  );
}
