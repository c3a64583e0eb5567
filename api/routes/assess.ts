import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MoneyTotalSchema } from '../../domain/money';
import { projectCredit, projectScoring } from '../../db/assess-record';
import { getProject } from '../../db/project-queries';
import type { PersonRow } from '../../db/people';
import { creditCorrectionWorkflow, creditCorrectionWorkflowId } from '../../workflows/credit-correction-workflow';
import { submitScoresUpdate } from '../../workflows/project-messages';
import { caller, requireRole } from '../auth';
import type { AppDeps } from '../deps';
import { onlyFor } from '../route-roles';
import { httpError } from '../errors';
import { idFromIdempotencyKey, idempotent } from '../idempotency';
import { errorResponses as errors, sendCommand } from '../project-access';
import { FinalValueBody, IdParams, ScoresBody, ScoringSchema } from '../schemas';

const CreditLineSchema = z.object({ personId: z.uuid(), creditRole: z.string(), amount: MoneyTotalSchema });
const ProjectCreditSchema = z.object({
  finalValue: MoneyTotalSchema.nullable(),
  holders: z.array(CreditLineSchema),
  entries: z.array(CreditLineSchema.extend({ basisPoints: z.number().int(), reason: z.string(), at: z.string() })),
});


/** 人人考核: the owner's scores after close, and corrections of a won deal's final value (credit follows). */
export function assessRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { pool, temporal, taskQueue } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  const scoring = (projectId: string, viewer: PersonRow) => projectScoring(pool, projectId, viewer);

  r.get(
    '/api/projects/:id/credit',
    {
      schema: {
        tags: ['assess'],
        summary: '背数字, 双算: the final value of a won deal and everyone’s credit on it now, corrections included',
        description: 'Empty before a win. Anyone who may see the project may read it, as its timeline shows the credit granted.',
        params: IdParams,
        response: { 200: ProjectCreditSchema, ...errors },
      },
    },
    async (request) => {
      if (!(await getProject(pool, request.params.id))) throw httpError.notFound(`no project ${request.params.id}`);
      return projectCredit(pool, request.params.id);
    },
  );

  r.get(
    '/api/projects/:id/scoring',
    { schema: { tags: ['assess'], summary: 'Who is to be scored, who is scored, who is missing', params: IdParams, response: { 200: ScoringSchema, ...errors } } },
    async (request) => {
      if (!(await getProject(pool, request.params.id))) throw httpError.notFound(`no project ${request.params.id}`);
      return scoring(request.params.id, caller(request));
    },
  );

  r.post(
    '/api/projects/:id/scores',
    {
      schema: {
        tags: ['assess'],
        summary: '主负责人打分: the primary owner scores participants 1–5 with a comment; partial submissions allowed',
        params: IdParams,
        body: ScoresBody,
        response: { 200: ScoringSchema, ...errors },
      },
    },
    async (request, reply) => {
      return idempotent(pool, request, reply, 200, async () => {
        const person = caller(request);
        await sendCommand(deps, request, request.params.id, submitScoresUpdate, 'scores', async () => {
          const project = await getProject(pool, request.params.id);
          if (!project) throw httpError.notFound(`no project ${request.params.id}`);
          // Once scoring is complete (or there was nobody to score) the project's workflow has ended.
          if (project.status !== 'open') {
            const current = await scoring(project.id, person);
            if (current.status !== 'open') throw httpError.conflict(current.status === 'complete' ? 'every participant is already scored' : 'this project has nobody to score');
          }
          return { project, args: { scores: request.body.scores } };
        });
        return scoring(request.params.id, person);
      });
    },
  );

  r.post(
    '/api/projects/:id/final-value',
    { config: onlyFor('director'),
      schema: {
        tags: ['assess'],
        summary: "A director corrects a won deal's final value: correcting credit and revenue entries, never edits",
        params: IdParams,
        body: FinalValueBody,
        response: { 200: z.object({ projectId: z.uuid(), finalValue: z.object({ amount: z.number().int(), currency: z.string() }), entries: z.number().int() }), ...errors },
      },
    },
    async (request, reply) => {
      return idempotent(pool, request, reply, 200, async () => {
        const director = requireRole(request, 'director');
        const project = await getProject(pool, request.params.id);
        if (!project) throw httpError.notFound(`no project ${request.params.id}`);
        if (project.status !== 'won') throw httpError.conflict(`only a won deal has a final value; this one is ${project.status}`);
        // A UUID derived from the caller and their key: client text never reaches a key that others are matched against.
        const correctionId = idFromIdempotencyKey(request, 'final-value');
        return temporal.workflow.execute(creditCorrectionWorkflow, {
          workflowId: creditCorrectionWorkflowId(project.id, correctionId),
          taskQueue,
          args: [{ projectId: project.id, correctionId, amount: request.body.amount, reason: request.body.reason, actorId: director.id }],
          workflowIdConflictPolicy: 'USE_EXISTING',
        });
      });
    },
  );
}
