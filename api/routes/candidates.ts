import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentPolicy, policyVersion } from '../../db/policies';
import { capacityDaysIn, peopleWithLoad, requestForMatching, todayUtc } from '../../db/reports';
import { rateVisibility } from '../../db/match-queries';
import { addCalendarDays, workingDaysIn } from '../../domain/business-calendar';
import { routingTier } from '../../domain/approval-chain';
import { rankCandidates, type Candidate, type ExcludedCandidate } from '../../domain/matching';
import { MoneySchema } from '../../domain/money';
import { RoleSchema } from '../../domain/people';
import { TierSchema } from '../../domain/tier';
import { caller } from '../auth';
import type { AppDeps } from '../deps';
import { httpError } from '../errors';
import { errorResponses as errors } from '../project-access';
import { IdParams, ResourceRequestSchema } from '../schemas';

/** The default window when none is asked: today and the 27 days after it (four weeks). */
export const DEFAULT_WINDOW_DAYS = 28;

const CandidatesQuery = z.object({
  from: z.iso.date().optional().describe('first day of the window (default today, UTC)'),
  to: z.iso.date().optional().describe('last day of the window (default from + 27 days)'),
});

const RankedCandidateSchema = z.object({
  personId: z.uuid(),
  name: z.string(),
  score: z.number().int(),
  /** The last reason is the planned cost, left out with the rate where the caller may not see it. */
  reasons: z.array(z.string()),
  /** Null where the caller may not see this person's rate (see `rateVisibility`). */
  plannedCost: MoneySchema.nullable(),
  rate: z.object({ role: RoleSchema, level: z.string(), unit: z.enum(['day', 'hour']), rate: MoneySchema, effectiveFrom: z.string() }).nullable(),
  capacityDays: z.number(),
  bookedDays: z.number(),
  freeDays: z.number(),
});

const ExcludedCandidateSchema = z.object({ personId: z.uuid(), name: z.string(), reason: z.string() });

export const CandidatesResponse = z.object({
  request: ResourceRequestSchema,
  window: z.object({ from: z.string(), to: z.string(), workingDays: z.number().int(), capacityDays: z.number() }),
  /** The tier whose path the project follows, which decides the preferred home team. */
  routingTier: TierSchema,
  /** Rates are those in effect on this date (today), as a booking approved now would pin them. */
  pricedOn: z.string(),
  ranked: z.array(RankedCandidateSchema),
  excluded: z.array(ExcludedCandidateSchema),
});

/** 资源匹配 by merit: who could serve a resource request, ranked with the reasons (domain/matching.ts). */
export function candidateRoutes(app: FastifyInstance, { pool }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/resource-requests/:id/candidates',
    {
      schema: {
        tags: ['match'],
        summary: 'People ranked for a resource request: role, skills, industry, free capacity in the window, cost',
        description:
          'Capacity is the policy\'s capacityDaysPerWeek × working weeks in the window, on the policy\'s business ' +
          'calendar (its weekend, holidays and make-up working days, as for the SLAs), rounded down to a quarter day. ' +
          'Bookings carry no dates yet, so each booking\'s days are spread evenly over the 20 working days (Mon–Fri) ' +
          'from its booking date (UTC); bookings of projects closed before the window do not count.',
        params: IdParams,
        querystring: CandidatesQuery,
        response: { 200: CandidatesResponse, ...errors },
      },
    },
    async (request) => {
      const viewer = caller(request);
      const today = todayUtc();
      const from = request.query.from ?? today;
      const to = request.query.to ?? addCalendarDays(from, DEFAULT_WINDOW_DAYS - 1);
      if (to < from) {
        throw httpError.badRequest(`the window ends (${to}) before it starts (${from})`, [
          { path: 'querystring.to', message: `on or after ${from}` },
        ]);
      }
      const found = await requestForMatching(pool, request.params.id);
      if (!found) throw httpError.notFound(`no resource request ${request.params.id}`);
      const { request: resourceRequest, project } = found;

      const [policy, pinned, people, rates] = await Promise.all([
        currentPolicy(pool),
        policyVersion(pool, project.policyVersion),
        peopleWithLoad(pool, from, to),
        rateVisibility(pool, viewer, request.params.id),
      ]);
      // Rates and cost: the approvers while they decide, directors, admins, the managers over a person, the person.
      const seesRate = (personId: string) => rates.all || rates.people.has(personId);
      // Rates and capacity as a booking approved now would see them (the current policy, as pricing does); the
      // routing follows the chain of the policy the project pinned.
      const chain = (pinned ?? policy).document.approvals;
      const tier = routingTier(chain, project.tier, project.onChannelPath);
      const capacityDays = capacityDaysIn(from, to, policy.document);

      const names = new Map(people.map((p) => [p.id, p.name]));
      const unpriceable: ExcludedCandidate[] = [];
      const candidates: Candidate[] = [];
      for (const person of people) {
        if (person.roles.includes(resourceRequest.role) && !person.rateLevel) {
          unpriceable.push({ personId: person.id, reason: 'has no rate level on record, so a booking could not be priced' });
          continue;
        }
        candidates.push({
          id: person.id,
          roles: person.roles,
          skills: person.skills,
          industries: person.industries,
          // Only people without the role reach the ranking without a rate level, and it excludes them on the role.
          rateLevel: person.rateLevel ?? '-',
          deliveryCenterId: person.deliveryCenterId,
          officeId: person.officeId,
          capacityDays,
          bookedDays: person.bookedDays,
        });
      }
      const ranking = rankCandidates(
        { role: resourceRequest.role, skills: resourceRequest.skills, days: resourceRequest.days, industry: project.industry, window: { from, to } },
        candidates,
        { rateCard: policy.document.rateCard, onDate: today, tier, deliveryCenterId: project.deliveryCenterId, officeId: project.officeId },
      );
      const booked = new Map(people.map((p) => [p.id, p.bookedDays]));
      return {
        request: resourceRequest as z.infer<typeof ResourceRequestSchema>,
        window: { from, to, workingDays: workingDaysIn(policy.document.calendar, from, to), capacityDays },
        routingTier: tier,
        pricedOn: today,
        ranked: ranking.ranked.map((c) => ({
          personId: c.personId,
          name: names.get(c.personId) ?? '',
          score: c.score,
          reasons: seesRate(c.personId) ? c.reasons : c.reasons.slice(0, -1),
          plannedCost: seesRate(c.personId) ? c.plannedCost : null,
          rate: seesRate(c.personId) ? c.rate : null,
          capacityDays,
          bookedDays: booked.get(c.personId) ?? 0,
          freeDays: c.freeDays,
        })),
        excluded: [...ranking.excluded, ...unpriceable]
          .sort((a, b) => (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0))
          .map((e) => ({ ...e, name: names.get(e.personId) ?? '' })),
      };
    },
  );
}
