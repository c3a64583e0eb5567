import path from 'node:path';
import { z } from 'zod';
import { NotifyConfigSchema } from '../notify/config';
import { ConfigError } from './config-error';
import { TemporalConnectionEnvSchema } from './temporal-connection';

export { ConfigError };

export const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const port = z.coerce.number().int().min(1).max(65535);

/**
 * Which proxies in front of Moat to believe about the client (its address, for sign-in limits; https, for the
 * session cookie's Secure): `false` (default) none, `true` any, or a comma-separated list of the proxies'
 * addresses and CIDR ranges — as Fastify's `trustProxy` takes them.
 */
const trustProxy = z
  .string()
  .regex(/^(true|false|[0-9a-fA-F.:/]+(\s*,\s*[0-9a-fA-F.:/]+)*)$/, 'true, false, or addresses/CIDR ranges separated by commas')
  .transform((v): boolean | string[] => (v === 'true' ? true : v === 'false' ? false : v.split(',').map((a) => a.trim())));

/** Every setting, from environment variables, validated at start. See README "Configuration". */
export const ConfigSchema = z
  .object({
  PORT: port.default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'a postgres:// connection URL, e.g. postgres://user:pass@localhost:5432/moat')
    .optional(),
  TEMPORAL_ADDRESS: z
    .string()
    .regex(/^[^:\s]+:\d+$/, 'host:port of a Temporal frontend, e.g. localhost:7233')
    .optional(),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  MOAT_TASK_QUEUE: z.string().min(1).default('moat'),
  MOAT_ADMIN_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  MOAT_DATA_DIR: z.string().min(1).default('.data'),
  MOAT_TOOLS_DIR: z.string().min(1).default('.tools'),
  /** Project workflows a worker keeps in memory (workers/worker.ts WORKFLOW_CACHE_SIZE). */
  MOAT_WORKFLOW_CACHE_SIZE: z.coerce.number().int().min(2).max(100_000).optional(),
  /** Threads the worker runs workflow tasks on (workers/worker.ts WORKFLOW_THREADS). */
  MOAT_WORKFLOW_THREADS: z.coerce.number().int().min(1).max(16).optional(),
  /** Each workflow thread's heap in MB (workers/worker.ts WORKFLOW_HEAP_MB). */
  MOAT_WORKFLOW_HEAP_MB: z.coerce.number().int().min(128).max(65_536).optional(),
  /** Keep the SDK's promise stack traces in workflows (workers/workflow-runtime.ts reads it as the worker starts). */
  MOAT_WORKFLOW_STACK_TRACES: booleanFromEnv.default(false),
  MOAT_MIGRATE: booleanFromEnv.default(true),
  MOAT_WORKFLOW_BUNDLE: z.string().min(1).optional(),
  TEMPORAL_DEV_PORT: port.default(7233),
  TEMPORAL_UI_PORT: port.default(8233),
  EMBEDDED_POSTGRES_PORT: port.default(5433),
  MOAT_TRUST_PROXY: trustProxy.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .extend(NotifyConfigSchema.shape)
  .extend(TemporalConnectionEnvSchema.shape);
export type Config = z.infer<typeof ConfigSchema>;


export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export const PROJECT_ROOT = path.resolve(__dirname, '..');

export function resolveFromRoot(p: string): string {
  return path.isAbsolute(p) ? p : path.join(PROJECT_ROOT, p);
}
