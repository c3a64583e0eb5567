import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { centerMembers, changeMembership, getCenter, servedProjects, type MembershipChange } from '../../db/delivery-centers';
import { createAudited, insertDeliveryCenter, listDeliveryCenters } from '../../db/organisation';
import { currentPolicy } from '../../db/policies';
import { basisPoints, capacityDaysIn, todayUtc } from '../../db/reports';
import { addCalendarDays, workingDaysIn } from '../../domain/business-calendar';
import { centerOutcomes } from '../../domain/delivery-center';
import { MoneySchema } from '../../domain/money';
import { CENTER_FUNCTIONS, CenterFunctionSchema, centerReadiness } from '../../domain/center-functions';
import { RoleSchema } from '../../domain/people';
import { TierSchema } from '../../domain/tier';
import { caller, requireRole } from '../auth';
import type { AppDeps } from '../deps';
import { onlyFor } from '../route-roles';
import { httpError } from '../errors';
import { idempotent } from '../idempotency';
import { errorResponses as errors } from '../project-access';
import { CreatedId, DeliveryCenterCreateBody, IdParams, ProjectStatusSchema } from '../schemas';
import { requireExisting } from './organisation';

/** The functions a center brings together as one team (多位一体); anyone holding none of them is under `other`. */
const FUNCTIONS = CENTER_FUNCTIONS;

const ReadinessSchema = z.object({
  /** The functions the current policy requires of every center (deliveryCenters.requiredFunctions). */
  required: z.array(CenterFunctionSchema),
  covered: z.record(z.string(), z.number().int()),
  missing: z.array(CenterFunctionSchema),
  ready: z.boolean(),
});

/** The default window: the 28 days up to and including today (four weeks: 20 weekdays, less the calendar's holidays). */
const WINDOW_DAYS = 28;

const MemberBody = z.object({ personId: z.uuid() });
const MemberParams = z.object({ id: z.uuid('a UUID'), personId: z.uuid('a UUID') });
const MembershipResponse = z.object({
  centerId: z.uuid(),
  personId: z.uuid(),
  /** The person's delivery center after the request. */
  deliveryCenterId: z.uuid().nullable(),
  /** False when the person already was (join) a member: nothing changed and nothing was audited. */
  changed: z.boolean(),
});

const CenterQuery = z.object({
  from: z.iso.date().optional().describe('first day of the window (default: to − 27 days)'),
  to: z.iso.date().optional().describe('last day of the window (default: from + 27 days, or today)'),
});

const MemberSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  roles: z.array(RoleSchema),
  rateLevel: z.string().nullable(),
  bookedDays: z.number(),
  workedDays: z.number(),
  /** booked / capacity and worked / capacity in basis points, rounded down; null when capacity is zero. */
  bookedBasisPoints: z.number().int().nullable(),
  workedBasisPoints: z.number().int().nullable(),
});

const CenterResponse = z.object({
  id: z.uuid(),
  name: z.string(),
  industry: z.string().nullable().describe('the key industry it serves; null for a solution center'),
  solution: z.string().nullable().describe('the key solution it serves; null for an industry center'),
  leadId: z.uuid(),
  window: z.object({ from: z.string(), to: z.string(), workingDays: z.number().int(), capacityDaysPerPerson: z.number() }),
  members: z.object({
    presales: z.array(MemberSchema),
    solution: z.array(MemberSchema),
    test: z.array(MemberSchema),
    delivery: z.array(MemberSchema),
    after_sales: z.array(MemberSchema),
    custom_dev: z.array(MemberSchema),
    other: z.array(MemberSchema),
  }),
  readiness: ReadinessSchema,
  projectsServed: z.array(z.object({ id: z.uuid(), name: z.string(), tier: TierSchema, status: ProjectStatusSchema })),
  closed: z.object({ won: z.number().int(), lost: z.number().int() }),
  /** won / (won + lost), 4 decimals; null while none of the projects served has closed. */
  winRate: z.number().nullable(),
  /** Actual cost (cost ledger) of the won projects served / their count, per currency; empty while none is won. */
  costPerWonDeal: z.array(MoneySchema),
});

function membershipAnswer(change: MembershipChange, centerId: string, personId: string) {
  switch (change.outcome) {
    case 'no_center':
      throw httpError.notFound(`no delivery center ${centerId}`);
    case 'no_person':
      throw httpError.notFound(`no person ${personId}`);
    case 'other_center':
      throw httpError.conflict(`the person belongs to delivery center ${change.deliveryCenterId}; remove them there first`, [
        { path: 'personId', message: `member of ${change.deliveryCenterId}` },
      ]);
    case 'not_member':
      throw httpError.notFound(`person ${personId} is not a member of delivery center ${centerId}`);
    case 'unchanged':
    case 'changed':
      return { centerId, personId, deliveryCenterId: change.deliveryCenterId, changed: change.outcome === 'changed' };
  }
}

/** The window asked for, or four weeks: ending today, or starting on `from`. */
function windowOf(query: { from?: string; to?: string }): { from: string; to: string } {
  const to = query.to ?? (query.from ? addCalendarDays(query.from, WINDOW_DAYS - 1) : todayUtc());
  const from = query.from ?? addCalendarDays(to, -(WINDOW_DAYS - 1));
  if (from > to) {
    throw httpError.badRequest('the window ends before it starts', [{ path: 'querystring.to', message: `on or after ${from}` }]);
  }
  return { from, to };
}

/** 多位一体交付中心: membership (admin) and the center as one team — members by function, projects, results. */
export function deliveryCenterRoutes(app: FastifyInstance, { pool }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/delivery-centers',
    { config: onlyFor('admin'), schema: { tags: ['admin'], body: DeliveryCenterCreateBody, response: { 201: CreatedId, ...errors } } },
    async (request, reply) => {
      return idempotent(pool, request, reply, 201, async () => {
        const admin = requireRole(request, 'admin');
        const body = request.body;
        await requireExisting(pool, 'people', body.leadId, 'body.leadId');
        const created = await createAudited(pool, { actorId: admin.id, entity: 'delivery_center', data: body }, (client, id) =>
          insertDeliveryCenter(client, id, body),
        );
        if (created === 'taken') {
          const path = body.solution ? 'body.solution' : 'body.industry';
          throw httpError.conflict('a delivery center with that name, industry or solution exists', [{ path, message: 'one center per industry or solution' }]);
        }
        return { id: created.id };
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
            items: z.array(
              z.object({ id: z.uuid(), name: z.string(), industry: z.string().nullable(), solution: z.string().nullable(), leadId: z.uuid(), readiness: ReadinessSchema }),
            ),
          }),
          ...errors,
        },
      },
    },
    async () => {
      const [policy, centers] = await Promise.all([currentPolicy(pool), listDeliveryCenters(pool)]);
      const required = policy.document.deliveryCenters.requiredFunctions;
      return { items: centers.map(({ memberRoles, ...center }) => ({ ...center, readiness: centerReadiness(required, memberRoles) })) };
    },
  );

  r.post(
    '/api/delivery-centers/:id/members',
    {
      config: onlyFor('admin'),
      schema: {
        tags: ['admin'],
        summary: 'Add a person to a delivery center (sets their center; audited)',
        description: 'Admin only. 404 for an unknown center or person; 409 when the person belongs to another center. Adding a member again changes nothing.',
        params: IdParams,
        body: MemberBody,
        response: { 200: MembershipResponse, ...errors },
      },
    },
    async (request, reply) =>
      idempotent(pool, request, reply, 200, async () => {
        const admin = requireRole(request, 'admin');
        const { id } = request.params;
        const { personId } = request.body;
        return membershipAnswer(await changeMembership(pool, { centerId: id, personId, join: true, actorId: admin.id }), id, personId);
      }),
  );

  r.delete(
    '/api/delivery-centers/:id/members/:personId',
    {
      config: onlyFor('admin'),
      schema: {
        tags: ['admin'],
        summary: 'Remove a person from a delivery center (clears their center; audited)',
        description: 'Admin only. 404 for an unknown center or person, or a person in no center; 409 when the person belongs to another center.',
        params: MemberParams,
        response: { 200: MembershipResponse, ...errors },
      },
    },
    async (request) => {
      const admin = requireRole(request, 'admin');
      const { id, personId } = request.params;
      return membershipAnswer(await changeMembership(pool, { centerId: id, personId, join: false, actorId: admin.id }), id, personId);
    },
  );

  r.get(
    '/api/delivery-centers/:id',
    {
      schema: {
        tags: ['organisation'],
        summary: 'A delivery center as one team: members by function with their load, the projects served, win rate, cost per won deal',
        description:
          'Members are listed under every function they hold (presales, solution, test, delivery, after_sales, ' +
          'custom_dev), or under `other`. Booked: planned days of their bookings made in the window (any project); ' +
          'worked: days of their time entries in the window; capacity as in the utilization report. The window ' +
          'defaults to the 28 days up to today. Projects served are those dispatched to the center; win rate and cost ' +
          'per won deal are over all of them, whenever they closed. Any signed-in person may read it; the projects served ' +
          'list names only the projects the reader may see, and a rate level shows as the README\'s visibility table says.',
        params: IdParams,
        querystring: CenterQuery,
        response: { 200: CenterResponse, ...errors },
      },
    },
    async (request) => {
      const center = await getCenter(pool, request.params.id);
      if (!center) throw httpError.notFound(`no delivery center ${request.params.id}`);
      const { from, to } = windowOf(request.query);
      const [policy, people, projects] = await Promise.all([currentPolicy(pool), centerMembers(pool, center.id, from, to, caller(request)), servedProjects(pool, center.id, caller(request))]);
      const capacity = capacityDaysIn(from, to, policy.document);

      const members = Object.fromEntries([...FUNCTIONS, 'other'].map((key) => [key, [] as z.infer<typeof MemberSchema>[]])) as z.infer<typeof CenterResponse>['members'];
      for (const person of people) {
        const member = { ...person, bookedBasisPoints: basisPoints(person.bookedDays, capacity), workedBasisPoints: basisPoints(person.workedDays, capacity) };
        const functions = FUNCTIONS.filter((f) => person.roles.includes(f));
        for (const key of functions.length > 0 ? functions : (['other'] as const)) members[key].push(member);
      }

      return {
        ...center,
        window: { from, to, workingDays: workingDaysIn(policy.document.calendar, from, to), capacityDaysPerPerson: capacity },
        members,
        readiness: centerReadiness(policy.document.deliveryCenters.requiredFunctions, people.map((p) => p.roles)),
        projectsServed: projects.filter((p) => p.visible).map(({ id, name, tier, status }) => ({ id, name, tier, status })),
        ...centerOutcomes(projects),
      };
    },
  );
}
