import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../deps';

const Check = z.object({ ok: z.boolean(), error: z.string().optional() });
const Readiness = z.object({
  postgres: Check,
  temporal: Check,
  shuttingDown: z
    .literal(true)
    .optional()
    .describe('present once the process has begun a graceful shutdown: it finishes the requests it has and takes no new ones'),
});

/** Each dependency gets this long to answer, so /readyz itself answers within 2 s whatever their state. */
const PROBE_TIMEOUT_MS = 1_500;

async function check(probe: () => Promise<unknown>): Promise<z.infer<typeof Check>> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS);
  });
  try {
    await Promise.race([probe(), timeout]);
    return { ok: true };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}

export function healthRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/healthz', { schema: { tags: ['health'], security: [], response: { 200: z.object({ status: z.literal('ok') }) } } }, async () => ({
    status: 'ok' as const,
  }));
  r.get(
    '/readyz',
    {
      schema: {
        tags: ['health'],
        security: [],
        description: 'Ready when Postgres and Temporal both answer and the process is not shutting down; answers within 2 s either way.',
        response: { 200: Readiness, 503: Readiness },
      },
    },
    async (_request, reply) => {
      const [postgres, temporal] = await Promise.all([
        check(() => deps.pool.query('select 1')),
        check(() => deps.temporal.connection.withDeadline(Date.now() + PROBE_TIMEOUT_MS, () => deps.temporal.connection.workflowService.getSystemInfo({}))),
      ]);
      reply.status(postgres.ok && temporal.ok && !app.draining ? 200 : 503);
      return app.draining ? { postgres, temporal, shuttingDown: true as const } : { postgres, temporal };
    },
  );
}
