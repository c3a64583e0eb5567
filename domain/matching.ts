import { z } from 'zod';
import type { Money } from './money';
import { RoleSchema } from './people';
import type { Tier } from './tier';
import {
  CalendarDateSchema,
  HOURS_PER_WORKING_DAY,
  plannedCostForDays,
  QuantitySchema,
  rateFor,
  type RateCard,
  type RateEntry,
} from './rate-card';

/**
 * 资源匹配 by merit, not relationships: a pure, deterministic ranking of the people who could serve a resource
 * request, each with the reasons for its place, so the approver can see why and disagree.
 *
 * Holding the requested role is required; everyone else is excluded with the reason. Among the rest the score
 * (0–100, integer) is the sum of:
 *   skills     40 × skills held / skills asked (40 when none are asked)
 *   industry   20 when the person knows the project's industry
 *   capacity   +25 when free days in the window cover the days asked; otherwise 25 × free / asked − 25, so a
 *              person short of time ranks at least 25 points below the same person with time (a strong
 *              penalty, not an exclusion: the approver may still choose them)
 *   home team  15 for a member of the project's delivery center on the A/B path (one-stop service, 多位一体),
 *              or of the project's office on the C/D path; nothing on the hotline (E) path
 * Equal scores go to the cheaper planned cost, then to the smaller person id, so the order never depends on
 * the input order.
 */
export const MATCH_WEIGHTS = { skills: 40, industry: 20, capacity: 25, homeTeam: 15 } as const;

export const MatchRequestSchema = z.object({
  role: RoleSchema,
  skills: z.array(z.string().trim().min(1)).default([]),
  days: QuantitySchema,
  industry: z.string().min(1),
  window: z
    .object({ from: CalendarDateSchema, to: CalendarDateSchema })
    .refine((w) => w.from <= w.to, { message: 'the window ends before it starts', path: ['to'] }),
});
export type MatchRequest = z.infer<typeof MatchRequestSchema>;

export const CandidateSchema = z.object({
  id: z.string().min(1),
  roles: z.array(RoleSchema),
  skills: z.array(z.string()),
  industries: z.array(z.string()),
  rateLevel: z.string().min(1),
  deliveryCenterId: z.string().nullish(),
  officeId: z.string().nullish(),
  /** Days the person can work in the request's window (working days less leave). */
  capacityDays: z.number().nonnegative(),
  /** Days already booked for the person in the request's window. */
  bookedDays: z.number().nonnegative(),
});
export type Candidate = z.infer<typeof CandidateSchema>;

export interface MatchContext {
  rateCard: RateCard;
  /** The business date whose rates price the candidates: the approval date, since a booking pins that rate. */
  onDate: string;
  /** The tier whose path the project follows (`routingTier`): it decides which home team is preferred. */
  tier: Tier;
  deliveryCenterId?: string | null;
  officeId?: string | null;
}

export interface RankedCandidate {
  personId: string;
  score: number;
  reasons: string[];
  plannedCost: Money;
  /** The rate a booking of this person would pin. */
  rate: RateEntry;
  /** Capacity less bookings in the window; negative when the person is already overbooked. */
  freeDays: number;
}

export interface ExcludedCandidate {
  personId: string;
  reason: string;
}

export interface CandidateRanking {
  ranked: RankedCandidate[];
  excluded: ExcludedCandidate[];
}

const normalize = (term: string) => term.trim().toLowerCase();

function daysText(days: number): string {
  return days === 1 ? '1 day' : `${days} days`;
}

/** For people reading reasons: two decimal places, as for CNY (fen). */
function moneyText({ amount, currency }: Money): string {
  const whole = String(Math.floor(amount / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${whole}.${String(amount % 100).padStart(2, '0')} ${currency}`;
}

function scoreSkills(request: MatchRequest, candidate: Candidate): { points: number; reason: string } {
  const asked: [string, string][] = [];
  for (const skill of request.skills) {
    if (!asked.some(([key]) => key === normalize(skill))) asked.push([normalize(skill), skill.trim()]);
  }
  if (asked.length === 0) return { points: MATCH_WEIGHTS.skills, reason: 'no particular skills asked' };
  const held = new Set(candidate.skills.map(normalize));
  const has = asked.filter(([key]) => held.has(key)).map(([, label]) => label);
  const lacks = asked.filter(([key]) => !held.has(key)).map(([, label]) => label);
  const points = Math.floor((MATCH_WEIGHTS.skills * has.length) / asked.length);
  const parts = [`has ${has.length} of ${asked.length} skills${has.length ? `: ${has.join(', ')}` : ''}`];
  if (lacks.length) parts.push(`lacks ${lacks.join(', ')}`);
  return { points, reason: parts.join('; ') };
}

function scoreIndustry(request: MatchRequest, candidate: Candidate): { points: number; reason: string } {
  const knows = candidate.industries.map(normalize).includes(normalize(request.industry));
  return knows
    ? { points: MATCH_WEIGHTS.industry, reason: `knows the ${request.industry} industry` }
    : { points: 0, reason: `no ${request.industry} industry experience on record` };
}

function scoreCapacity(request: MatchRequest, freeDays: number): { points: number; reason: string } {
  const window = `${request.window.from} to ${request.window.to}`;
  if (freeDays >= request.days) {
    return {
      points: MATCH_WEIGHTS.capacity,
      reason: `${daysText(freeDays)} free from ${window}, ${daysText(request.days)} asked`,
    };
  }
  const partial = Math.floor((MATCH_WEIGHTS.capacity * Math.max(0, freeDays)) / request.days);
  const reason =
    freeDays < 0
      ? `already overbooked by ${daysText(-freeDays)} from ${window}, ${daysText(request.days)} asked`
      : `only ${daysText(freeDays)} free from ${window}, ${daysText(request.days)} asked`;
  return { points: partial - MATCH_WEIGHTS.capacity, reason };
}

function scoreHomeTeam(candidate: Candidate, context: MatchContext): { points: number; reason?: string } {
  if ((context.tier === 'A' || context.tier === 'B') && context.deliveryCenterId) {
    return candidate.deliveryCenterId === context.deliveryCenterId
      ? {
          points: MATCH_WEIGHTS.homeTeam,
          reason: `member of delivery center ${context.deliveryCenterId}, which serves this tier ${context.tier} project one-stop`,
        }
      : { points: 0, reason: `not in delivery center ${context.deliveryCenterId}, which serves this project` };
  }
  if ((context.tier === 'C' || context.tier === 'D') && context.officeId) {
    return candidate.officeId === context.officeId
      ? { points: MATCH_WEIGHTS.homeTeam, reason: `works in office ${context.officeId}, which serves this project` }
      : { points: 0, reason: `works outside office ${context.officeId}, which serves this project` };
  }
  return { points: 0 };
}

function costReason(rate: RateEntry, days: number, cost: Money): string {
  const per =
    rate.unit === 'hour'
      ? `${daysText(days)} × ${HOURS_PER_WORKING_DAY} h × ${moneyText(rate.rate)}/hour`
      : `${daysText(days)} × ${moneyText(rate.rate)}/day`;
  return `planned cost ${moneyText(cost)} (${per}, ${rate.role} ${rate.level})`;
}

export function rankCandidates(
  request: MatchRequest,
  people: readonly Candidate[],
  context: MatchContext,
): CandidateRanking {
  const ranked: RankedCandidate[] = [];
  const excluded: ExcludedCandidate[] = [];
  for (const person of people) {
    if (!person.roles.includes(request.role)) {
      excluded.push({ personId: person.id, reason: `does not hold the role ${request.role}` });
      continue;
    }
    const rate = rateFor(context.rateCard, request.role, person.rateLevel, context.onDate);
    if (!rate) {
      excluded.push({
        personId: person.id,
        reason: `the rate card has no ${request.role} ${person.rateLevel} rate on ${context.onDate}, so a booking could not be priced`,
      });
      continue;
    }
    const freeDays = person.capacityDays - person.bookedDays;
    const parts = [
      scoreSkills(request, person),
      scoreIndustry(request, person),
      scoreCapacity(request, freeDays),
      scoreHomeTeam(person, context),
    ];
    const plannedCost = plannedCostForDays(rate, request.days);
    ranked.push({
      personId: person.id,
      score: parts.reduce((sum, p) => sum + p.points, 0),
      reasons: [
        ...parts.flatMap((p) => (p.reason ? [p.reason] : [])),
        costReason(rate, request.days, plannedCost),
      ],
      plannedCost,
      rate,
      freeDays,
    });
  }
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  ranked.sort(
    (a, b) => b.score - a.score || a.plannedCost.amount - b.plannedCost.amount || byId(a.personId, b.personId),
  );
  excluded.sort((a, b) => byId(a.personId, b.personId));
  return { ranked, excluded };
}
