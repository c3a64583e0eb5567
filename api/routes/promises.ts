/*
 * 不随意许诺, 一票到底 into delivery: changing what is promised (reopens the feasibility gate), the delivery handoff of a
 * won project (accept, decline), its go-live with each commitment kept or not, and the promises-kept report.
 */
import type { UpdateDefinition } from '@temporalio/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getProject } from '../../db/project-queries';
import { deliveryOpenOnRecord, goLiveOnRecord, promiseRows } from '../../db/promises';
import { todayUtc } from '../../db/reports';
import { CommitmentsSchema, MAX_COMMITMENTS } from '../../domain/commitments';
import { keptShareBasisPoints, type PromiseCounts } from '../../domain/promises';
import { CommentText, ReasonText } from '../../domain/text';
import {
  acceptDeliveryHandoffUpdate,
  changeCommitmentsUpdate,
  declineDeliveryHandoffUpdate,
  recordGoLiveUpdate,
  type DeliveryHandoffDecisionArgs,
} from '../../workflows/project-messages';
import { caller } from '../auth';
import type { AppDeps } from '../deps';
import { httpError } from '../errors';
import { idempotent } from '../idempotency';
import { commandOpenProject, errorResponses as errors, projectDetail, sendCommand } from '../project-access';
import { IdParams, ProjectDetailSchema } from '../schemas';
import { BACKWARDS, scopeOf, ScopeSchema, WINDOW, windowOrdered } from './assess-reports';

const CommitmentsBody = z.object({ commitments: CommitmentsSchema, reason: ReasonText('say why the commitments change: the reason') });
const DeclineBody = z.object({ reason: ReasonText() });
const GoLiveBody = z.object({
  liveOn: z.iso.date('a date, YYYY-MM-DD').refine((d) => d >= '2000-01-01' && d <= '2100-12-31', 'a date in 2000–2100'),
  commitments: z
    .array(
      z.object({
        /** The commitment's place in the list the win promised (`promises.promised[].index` of the project). */
        index: z.number().int().min(0).max(MAX_COMMITMENTS - 1),
        kept: z.boolean(),
        note: CommentText(2000).optional(),
      }),
    )
    .max(MAX_COMMITMENTS),
});
type GoLiveBody = z.infer<typeof GoLiveBody>;

const PromisesQuery = z.object({ ...WINDOW, groupBy: z.enum(['salesPerson', 'tier', 'center']).default('salesPerson') }).refine(windowOrdered, BACKWARDS);

const Counts = {
  projectsLive: z.number().int().describe('projects that went live in the window'),
  made: z.number().int().describe('commitments of those projects'),
  kept: z.number().int(),
  notKept: z.number().int(),
  keptBasisPoints: z.number().int().nullable().describe('kept of made, in basis points; null when none went live'),
  stillOpen: z.number().int().describe('commitments of won projects not yet live, due in the window and already past due'),
};
const PromisesResponse = z.object({
  window: z.object({ from: z.string(), to: z.string() }),
  groupBy: z.enum(['salesPerson', 'tier', 'center']),
  scope: ScopeSchema,
  groups: z.array(z.object({ id: z.string().nullable(), name: z.string().nullable(), ...Counts })),
  totals: z.object(Counts),
});

/** The same go-live as the one on record: a repeat answered as done once the project's workflow has ended. */
function sameGoLive(recorded: NonNullable<Awaited<ReturnType<typeof goLiveOnRecord>>>, body: GoLiveBody): boolean {
  const given = new Map(body.commitments.map((c) => [c.index, c]));
  return (
    recorded.liveOn === body.liveOn &&
    recorded.outcomes.length === body.commitments.length &&
    recorded.outcomes.every((o) => given.get(o.index)?.kept === o.kept && (given.get(o.index)?.note?.trim() || null) === o.note)
  );
}

export function promiseRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { pool } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  /** A command on a won project's delivery: while the handoff waits for acceptance or for the go-live. */
  async function deliveryCommand<A extends DeliveryHandoffDecisionArgs>(
    request: FastifyRequest,
    projectId: string,
    update: UpdateDefinition<unknown, [A]>,
    action: string,
    args: Omit<A, 'actor'>,
  ) {
    await sendCommand(deps, request, projectId, update, action, async () => {
      const project = await getProject(pool, projectId);
      if (!project) throw httpError.notFound(`no project ${projectId}`);
      if (project.status !== 'won') throw httpError.conflict(`a delivery handoff follows a win; this project is ${project.status}`);
      if (!(await deliveryOpenOnRecord(pool, projectId))) {
        throw httpError.conflict('this project has no delivery handoff waiting: it was won before handoffs, or it went live already');
      }
      return { project, args };
    });
    return projectDetail(pool, projectId, caller(request));
  }

  r.put(
    '/api/projects/:id/commitments',
    {
      schema: {
        tags: ['collaborate'],
        summary: '不随意许诺: the owner, the sales owner or a manager above the owner changes what is promised (audited)',
        description:
          'After an approved feasibility sign-off the gate reopens: it no longer counts, and advancing into the stage that needs ' +
          'feasibility or beyond, or closing won, answers 409 until delivery signs again (the new list, unless they sign another). ' +
          'Who signs is notified. Before any sign-off the list waits for delivery to sign it. At most 50 commitments.',
        params: IdParams,
        body: CommitmentsBody,
        response: { 200: ProjectDetailSchema, ...errors },
      },
    },
    async (request, reply) =>
      idempotent(pool, request, reply, 200, () =>
        commandOpenProject(deps, request, request.params.id, changeCommitmentsUpdate, 'commitments', () => request.body),
      ),
  );

  r.post(
    '/api/projects/:id/delivery-handoff/accept',
    {
      schema: {
        tags: ['collaborate'],
        summary: '交付移交: who is offered a won project’s delivery (or their delegate, or a manager it escalated to) accepts it',
        params: IdParams,
        response: { 200: ProjectDetailSchema, ...errors },
      },
    },
    async (request, reply) => idempotent(pool, request, reply, 200, () => deliveryCommand(request, request.params.id, acceptDeliveryHandoffUpdate, 'delivery-accept', {})),
  );

  r.post(
    '/api/projects/:id/delivery-handoff/decline',
    {
      schema: {
        tags: ['collaborate'],
        summary: '交付移交: decline with a reason; the offer goes up to the offeree’s manager (at the top of the tree: 409, accept it)',
        params: IdParams,
        body: DeclineBody,
        response: { 200: ProjectDetailSchema, ...errors },
      },
    },
    async (request, reply) =>
      idempotent(pool, request, reply, 200, () => deliveryCommand(request, request.params.id, declineDeliveryHandoffUpdate, 'delivery-decline', { reason: request.body.reason })),
  );

  r.post(
    '/api/projects/:id/go-live',
    {
      schema: {
        tags: ['collaborate'],
        summary: 'The delivery owner records the go-live: every commitment the win promised, kept or not (a note for each not kept)',
        description:
          'Only the person who accepted the delivery handoff. `commitments[].index` names an entry of the project’s ' +
          '`promises.promised`; every one is accounted for. The same go-live again is answered as done; a different one is 409.',
        params: IdParams,
        body: GoLiveBody,
        response: { 201: ProjectDetailSchema, ...errors },
      },
    },
    async (request, reply) =>
      idempotent(pool, request, reply, 201, async () => {
        const recorded = await goLiveOnRecord(pool, request.params.id);
        if (recorded) {
          if (recorded.recordedById !== caller(request).id) throw httpError.forbidden('only the delivery owner who accepted the handoff records the go-live');
          if (!sameGoLive(recorded, request.body)) throw httpError.conflict(`the go-live was already recorded (live on ${recorded.liveOn}); it is not recorded twice`);
          return projectDetail(pool, request.params.id, caller(request));
        }
        return deliveryCommand(request, request.params.id, recordGoLiveUpdate, 'go-live', request.body);
      }),
  );

  r.get(
    '/api/reports/promises',
    {
      schema: {
        tags: ['reports'],
        summary: '不随意许诺: promises kept per sales person, tier or delivery center',
        description:
          'Of the won projects the caller may see: the commitments of those that went live in the window (made, kept, not kept, ' +
          'the kept share), and the commitments still open — of won projects not yet live, due in the window and already past due. ' +
          'Per sales person only the people whose report rows the caller may see; per center only the centers they lead ' +
          '(directors and admins: all).',
        querystring: PromisesQuery,
        response: { 200: PromisesResponse, ...errors },
      },
    },
    async (request) => {
      const viewer = caller(request);
      const { from, to, groupBy } = request.query;
      const rows = await promiseRows(pool, viewer, { from, to, groupBy, today: todayUtc() });
      const total: PromiseCounts & { projectsLive: number } = { projectsLive: 0, made: 0, kept: 0, notKept: 0, stillOpen: 0 };
      for (const row of rows) for (const k of Object.keys(total) as Array<keyof typeof total>) total[k] += row[k];
      return {
        window: { from, to },
        groupBy,
        scope: scopeOf(viewer),
        groups: rows.map(({ groupId, groupName, ...counts }) => ({ id: groupId, name: groupName, ...counts, keptBasisPoints: keptShareBasisPoints(counts) })),
        totals: { ...total, keptBasisPoints: keptShareBasisPoints(total) },
      };
    },
  );
}
