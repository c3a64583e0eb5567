import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { stalledProjects } from '../../db/reports';
import { extendDeadlineUpdate, reassignUpdate, signFeasibilityUpdate } from '../../workflows/project-messages';
import { caller } from '../auth';
import type { AppDeps } from '../deps';
import { idempotent } from '../idempotency';
import { commandOpenProject, errorResponses as errors, personRef, requirePerson } from '../project-access';
import { IdParams, ProjectDetailSchema } from '../schemas';
import { ReasonText } from '../../domain/text';
import { MAX_DEADLINE_DAYS_AHEAD } from '../../domain/collaborate';
import { CommitmentsSchema } from '../../domain/commitments';

const FeasibilityBody = z.object({
  approved: z.boolean(),
  note: ReasonText('say what was checked: the note', 4000),
  /** 不随意许诺: what the sign-off promises (scope items, integrations, the go-live date); absent: the list as it stands. */
  commitments: CommitmentsSchema.optional(),
});
const DeadlineBody = z.object({
  until: z.iso
    .datetime({ offset: true })
    .refine((until) => Date.parse(until) <= Date.now() + MAX_DEADLINE_DAYS_AHEAD * 86_400_000, `at most ${MAX_DEADLINE_DAYS_AHEAD} days ahead`),
  reason: ReasonText(),
});
const ReassignBody = z.object({ toPersonId: z.uuid(), reason: ReasonText() });

const StalledSchema = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      tier: z.string(),
      stage: z.string(),
      ownerId: z.uuid(),
      stageDeadline: z.string(),
      overdueHours: z.number(),
      escalationLevel: z.number().int(),
    }),
  ),
});

/** 过程协同: feasibility sign-offs, what escalation managers may do, out-of-office delegation, stalled projects. */
export function collaborateRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { pool } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/projects/:id/feasibility',
    {
      schema: {
        tags: ['collaborate'],
        summary: '交付可行性确认: delivery signs that what is promised can be delivered (needed before proposal)',
        params: IdParams,
        body: FeasibilityBody,
        response: { 201: ProjectDetailSchema, ...errors },
      },
    },
    async (request, reply) => {
      return idempotent(pool, request, reply, 201, () =>
        commandOpenProject(deps, request, request.params.id, signFeasibilityUpdate, 'feasibility', () => request.body),
      );
    },
  );

  r.post(
    '/api/projects/:id/deadline',
    {
      schema: {
        tags: ['collaborate'],
        summary: "Extend (snooze) the stage deadline: the owner's managers or a director, with a reason",
        params: IdParams,
        body: DeadlineBody,
        response: { 200: ProjectDetailSchema, ...errors },
      },
    },
    async (request, reply) => {
      return idempotent(pool, request, reply, 200, () =>
        commandOpenProject(deps, request, request.params.id, extendDeadlineUpdate, 'deadline', () => request.body),
      );
    },
  );

  r.post(
    '/api/projects/:id/reassign',
    {
      schema: {
        tags: ['collaborate'],
        summary: 'Forced reassignment: a director, or a manager the stage escalated to (audited, the new owner notified)',
        params: IdParams,
        body: ReassignBody,
        response: { 200: ProjectDetailSchema, ...errors },
      },
    },
    async (request, reply) => {
      return idempotent(pool, request, reply, 200, () =>
        commandOpenProject(deps, request, request.params.id, reassignUpdate, 'reassign', async () => ({
          to: personRef(await requirePerson(pool, request.body.toPersonId, 'body.toPersonId')),
          reason: request.body.reason,
        })),
      );
    },
  );

  r.get(
    '/api/reports/stalled',
    {
      schema: {
        tags: ['reports'],
        summary: 'Open projects past their stage SLA, worst first',
        description:
          'Any signed-in person: the open projects they may see (those they took part in, those whose sales owner or ' +
          'owner is in their tree, those of the offices they manage and of the delivery centers they lead); directors ' +
          'and admins every project.',
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
        response: { 200: StalledSchema, ...errors },
      },
    },
    async (request) => ({ items: await stalledProjects(pool, caller(request), request.query.limit) }),
  );
}
