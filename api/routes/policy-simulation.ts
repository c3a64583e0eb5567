import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createSimulation,
  failSimulation,
  getSimulation,
  listSimulations,
  runSimulation,
  type SimulationRow,
} from '../../db/policy-simulation';
import { APPROVER_KINDS } from '../../domain/approval-chain';
import { CREDIT_ROLES } from '../../domain/credit';
import { PolicyDocumentSchema } from '../../domain/policy';
import { checkPolicyDocument } from '../../domain/policy-checks';
import { TIERS } from '../../domain/tier';
import { policySimulationWorkflow, policySimulationWorkflowId } from '../../workflows/policy-simulation-workflow';
import { requireRole } from '../auth';
import type { AppDeps } from '../deps';
import { httpError } from '../errors';
import { errorResponses } from '../project-access';
import { onlyFor } from '../route-roles';
import { IdParams } from '../schemas';
import { BACKWARDS, WINDOW, windowOrdered } from './assess-reports';

const errors = errorResponses;

/** Who may run a what-if: those who may publish a policy (api/routes/policy.ts). */
const SIMULATION_RUNNERS = ['admin', 'director'] as const;

/** A window this many projects or fewer is answered at once; a larger one runs as a workflow. */
export const INLINE_SIMULATION_LIMIT = 500;
/** The longest window a simulation takes: three years. */
const MAX_WINDOW_DAYS = 3 * 366;

const MoneyList = z.array(z.object({ amount: z.number().int(), currency: z.string() }));
const TierOrNull = z.enum(TIERS).nullable();
const PostOrNull = z.enum(APPROVER_KINDS).nullable();
const Headline = z.object({
  tier: TierOrNull,
  budget: z.number().int().nullable().describe('minor units of `currency`'),
  currency: z.string(),
  dispatchTo: PostOrNull,
  dispatcherId: z.uuid().nullable(),
  overBudgetExceptions: z.number().int(),
});
const Fairness = z.object({
  currency: z.string(),
  daysPerMillion: z.number().nullable().describe('presales days per 1,000,000 major units of pipeline'),
  gini: z.number(),
  giniPopulation: z.number().int(),
});
const Outcome = z.object({
  tiers: z.object(Object.fromEntries(TIERS.map((t) => [t, z.object({ projects: z.number().int(), pipeline: MoneyList })])) as Record<
    (typeof TIERS)[number],
    z.ZodObject<{ projects: z.ZodNumber; pipeline: typeof MoneyList }>
  >),
  unclassified: z.number().int(),
  budget: MoneyList,
  approvalsByPost: z.partialRecord(z.enum(APPROVER_KINDS), z.number().int()),
  approvalsByPerson: z.array(z.object({ personId: z.uuid().nullable(), approvals: z.number().int() })),
  overBudgetExceptions: z.number().int(),
  escalationsByLevel: z.array(z.number().int()).describe('index 0: reminders, 1: at the deadline, then one level up per step'),
  credit: z.object(Object.fromEntries(CREDIT_ROLES.map((r) => [r, MoneyList])) as Record<(typeof CREDIT_ROLES)[number], typeof MoneyList>),
  fairness: z.array(Fairness).describe("the window's presales days re-allocated in proportion to this policy's budgets"),
});
const Report = z.object({
  projects: z.number().int(),
  current: Outcome,
  candidate: Outcome,
  changed: z.array(z.object({ projectId: z.uuid(), name: z.string(), current: Headline, candidate: Headline })),
  recordedFairness: z.array(Fairness),
});
const SimulationSummary = z.object({
  id: z.uuid(),
  requestedBy: z.uuid(),
  from: z.string(),
  to: z.string(),
  officeIds: z.array(z.uuid()).nullable(),
  currentVersion: z.number().int(),
  status: z.enum(['running', 'done', 'failed']),
  total: z.number().int(),
  done: z.number().int(),
  percent: z.number().int().describe('projects simulated of the window, 0–100'),
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
const Simulation = SimulationSummary.extend({ candidate: PolicyDocumentSchema, report: Report.nullable() });

/** 100 only once done; projects opened in the window while it runs are simulated too, so done may pass the total counted at the start. */
function percentDone(row: Pick<SimulationRow, 'status' | 'done' | 'total'>): number {
  if (row.status === 'done') return 100;
  if (row.total === 0) return 0;
  return Math.min(99, Math.floor((row.done * 100) / row.total));
}

function summaryOf(row: Omit<SimulationRow, 'candidate' | 'report'>) {
  return {
    id: row.id,
    requestedBy: row.requestedBy,
    from: row.from,
    to: row.to,
    officeIds: row.officeIds,
    currentVersion: row.currentVersion,
    status: row.status,
    total: row.total,
    done: row.done,
    percent: percentDone(row),
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

const viewOf = (row: SimulationRow) => ({ ...summaryOf(row), candidate: row.candidate, report: row.report });

const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/**
 * What-if (issue 15): a candidate policy re-run on the projects opened in a window, beside the current policy, before
 * it is published. Read as the reports are (the requester's visibility); it writes only the simulation's own record.
 */
export function policySimulationRoutes(app: FastifyInstance, { pool, temporal, taskQueue }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/policy/simulate',
    {
      schema: {
        tags: ['policy'],
        summary: 'What-if: re-run a candidate policy on the projects opened in a window, beside the current policy',
        description:
          `Directors and admins. Tiers, budgets, dispatch and approval posts, over-budget exceptions, escalations on the business ` +
          `calendar and credit, per policy, and every project whose tier, budget or dispatch path would change. A window of at most ` +
          `${INLINE_SIMULATION_LIMIT} projects is answered at once (201, with the report); a larger one runs in the background ` +
          `(202): follow GET /api/policy/simulations/:id. The document is checked as publishing checks it.`,
        body: z
          .object({
            document: z.record(z.string(), z.unknown()).describe('the candidate policy document, as PUT /api/policy takes it'),
            ...WINDOW,
            officeIds: z.array(z.uuid()).min(1).max(200).optional().describe('only projects of these offices'),
            background: z.boolean().default(false).describe('run in the background (202) even when the window is small'),
          })
          .refine(windowOrdered, BACKWARDS)
          .refine((b) => days(b.from, b.to) <= MAX_WINDOW_DAYS, { message: 'a window of at most three years', path: ['to'] }),
        response: { 201: Simulation, 202: Simulation, ...errors },
      },
      config: onlyFor(...SIMULATION_RUNNERS),
    },
    async (request, reply) => {
      const person = requireRole(request, ...SIMULATION_RUNNERS);
      const checked = checkPolicyDocument(request.body.document, { today: new Date().toISOString().slice(0, 10) });
      if (checked.problems.length > 0) {
        const problems = checked.problems.map((p) => ({ path: p.path ? `body.document.${p.path}` : 'body.document', message: p.message }));
        throw httpError.badRequest(`the candidate policy has problems: check ${problems.slice(0, 5).map((p) => p.path).join(', ')}`, problems);
      }
      const candidate = PolicyDocumentSchema.parse(request.body.document);
      const { from, to, officeIds } = request.body;
      const simulation = await createSimulation(pool, {
        viewer: person,
        request: { from, to, officeIds: officeIds ?? null },
        candidate,
        at: new Date().toISOString(),
      });
      if (!request.body.background && simulation.total <= INLINE_SIMULATION_LIMIT) {
        try {
          await runSimulation(pool, simulation.id, new Date().toISOString());
        } catch (error) {
          await failSimulation(pool, { simulationId: simulation.id, error: (error as Error).message, at: new Date().toISOString() });
          throw error;
        }
        reply.code(201);
      } else {
        await temporal.workflow.start(policySimulationWorkflow, {
          workflowId: policySimulationWorkflowId(simulation.id),
          taskQueue,
          args: [{ simulationId: simulation.id }],
        });
        reply.code(202);
      }
      reply.header('location', `/api/policy/simulations/${simulation.id}`);
      return viewOf((await getSimulation(pool, simulation.id))!);
    },
  );

  r.get(
    '/api/policy/simulations',
    {
      schema: {
        tags: ['policy'],
        summary: 'What-if simulations, newest first (without their reports)',
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) }),
        response: { 200: z.object({ items: z.array(SimulationSummary) }), ...errors },
      },
      config: onlyFor(...SIMULATION_RUNNERS),
    },
    async (request) => ({ items: (await listSimulations(pool, request.query.limit)).map(summaryOf) }),
  );

  r.get(
    '/api/policy/simulations/:id',
    {
      schema: {
        tags: ['policy'],
        summary: 'A what-if simulation: its progress (percent done) and, once done, its report',
        params: IdParams,
        response: { 200: Simulation, ...errors },
      },
      config: onlyFor(...SIMULATION_RUNNERS),
    },
    async (request) => {
      const found = await getSimulation(pool, request.params.id);
      if (!found) throw httpError.notFound(`no simulation ${request.params.id}`);
      return viewOf(found);
    },
  );
}
