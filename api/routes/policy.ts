import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getPolicyVersion, listPolicyVersions, publishPolicy } from '../../db/policies';
import { getSimulation } from '../../db/policy-simulation';
import { PolicyDocumentSchema, type PolicyDocument } from '../../domain/policy';
import { checkPolicyDocument, type PolicyProblem } from '../../domain/policy-checks';
import { ReasonText } from '../../domain/text';
import { requireRole } from '../auth';
import type { AppDeps } from '../deps';
import { onlyFor } from '../route-roles';
import { httpError } from '../errors';
import { errorResponses } from '../project-access';
import { idempotent } from '../idempotency';

const errors = errorResponses;

/** Who may publish, and so also who may ask whether a document would be published. */
const POLICY_AUTHORS = ['admin', 'director'] as const;

const ProblemSchema = z.object({
  path: z.string().describe('where in the request body, e.g. "document.tiers.thresholds.CNY.B"'),
  message: z.string(),
});

/** Checks run when a document is published: shape, unknown keys and meaning (`checkPolicyDocument`). */
function problemsOf(document: unknown): PolicyProblem[] {
  return checkPolicyDocument(document, { today: new Date().toISOString().slice(0, 10) }).problems;
}

const under = (prefix: string, problems: PolicyProblem[]) =>
  problems.map((p) => ({ path: p.path ? `${prefix}.${p.path}` : prefix, message: p.message }));

const PolicyVersionSchema = z.object({
  version: z.number().int(),
  document: PolicyDocumentSchema,
  createdBy: z.uuid().nullable(),
  reason: z.string().nullable(),
  createdAt: z.string(),
});

/** Keys in order, so that two parses of the same document compare equal whatever order their keys came in. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}

/** What the published version's reason says of the what-if it was tried in: only a finished one of this very document. */
async function simulationLink(pool: AppDeps['pool'], simulationId: string, document: PolicyDocument): Promise<string> {
  const simulation = await getSimulation(pool, simulationId);
  const field = [{ path: 'body.simulationId', message: 'a finished what-if of this document' }];
  if (!simulation) throw httpError.badRequest(`no what-if simulation ${simulationId}`, field);
  if (simulation.status !== 'done' || !simulation.report) throw httpError.conflict(`the what-if simulation is ${simulation.status}, not done`);
  if (JSON.stringify(canonical(simulation.candidate)) !== JSON.stringify(canonical(document))) {
    throw httpError.badRequest('the what-if simulation tried another document than this one', field);
  }
  const { report } = simulation;
  return `[what-if ${simulation.id}: ${simulation.from}…${simulation.to}, ${report.projects} projects, ${report.changed.length} would change]`;
}

/** Policy as versioned data (domain/policy.ts): read by anyone signed in, published by an admin or a director. */
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
        params: z.object({ version: z.coerce.number().int().positive().max(2_147_483_647) }),
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
        description:
          'Besides its shape the document must make sense (see POST /api/policy/validate): a 400 names every problem ' +
          'by its path, e.g. `body.document.tiers.thresholds.CNY.B`. Admins and directors.',
        body: z.object({
          document: PolicyDocumentSchema,
          reason: ReasonText(),
          simulationId: z.uuid().optional().describe('a finished what-if of this very document (POST /api/policy/simulate): linked in the reason'),
        }),
        response: { 201: z.object({ version: z.number().int() }), ...errors },
      },
      config: onlyFor(...POLICY_AUTHORS),
      // Before the body schema (which drops unknown keys and fills in defaults), after the role check: every
      // problem of the document as sent.
      preValidation: async (request) => {
        const body = request.body as { document?: unknown } | undefined;
        const problems = under('body.document', problemsOf(body?.document));
        if (problems.length > 0) {
          const paths = problems.slice(0, 5).map((p) => p.path).join(', ');
          const more = problems.length > 5 ? ` and ${problems.length - 5} more` : '';
          throw httpError.badRequest(`the policy cannot be published: check ${paths}${more}`, problems);
        }
      },
    },
    async (request, reply) => {
      return idempotent(pool, request, reply, 201, async () => {
        const person = requireRole(request, ...POLICY_AUTHORS);
        const { document, simulationId } = request.body;
        const reason = simulationId ? `${request.body.reason} ${await simulationLink(pool, simulationId, document)}` : request.body.reason;
        return { version: await publishPolicy(pool, document, person.id, reason) };
      });
    },
  );

  r.post(
    '/api/policy/validate',
    {
      schema: {
        tags: ['policy'],
        summary: 'Whether PUT /api/policy would publish a document, and every problem with it; publishes nothing',
        description:
          'The same checks as publishing: the document\'s shape, unknown keys, and its meaning (every tier reachable, ' +
          'every project budgetable and winnable, every number within bounds). Paths are inside the request body. ' +
          'Admins and directors, like publishing.',
        body: z.object({
          document: z.record(z.string(), z.unknown()).describe('a policy document, as PUT /api/policy takes it'),
        }),
        response: { 200: z.object({ valid: z.boolean(), problems: z.array(ProblemSchema) }), ...errors },
      },
      config: onlyFor(...POLICY_AUTHORS),
    },
    async (request) => {
      const problems = under('document', problemsOf(request.body.document));
      return { valid: problems.length === 0, problems };
    },
  );
}
