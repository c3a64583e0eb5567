import { describe, expect, it } from 'vitest';
import {
  CandidateSchema,
  MATCH_WEIGHTS,
  MatchRequestSchema,
  rankCandidates,
  type Candidate,
  type MatchContext,
  type MatchRequest,
} from '../../domain/matching';
import { DEFAULT_RATE_CARD, type RateCard } from '../../domain/rate-card';

const yuan = (n: number) => ({ amount: n * 100, currency: 'CNY' });

const request: MatchRequest = {
  role: 'presales',
  skills: ['core-banking', 'java'],
  days: 3,
  industry: 'finance',
  window: { from: '2026-12-01', to: '2026-12-14' },
};

const context: MatchContext = {
  rateCard: DEFAULT_RATE_CARD,
  onDate: '2026-11-26',
  tier: 'A',
  deliveryCenterId: 'dc-fin',
  officeId: 'sh',
};

function person(id: string, extra: Partial<Candidate> = {}): Candidate {
  return {
    id,
    roles: ['presales'],
    skills: [],
    industries: [],
    rateLevel: 'P2',
    deliveryCenterId: null,
    officeId: 'bj',
    capacityDays: 10,
    bookedDays: 0,
    ...extra,
  };
}

const ada = person('ada', { skills: ['core-banking', 'java', 'spring'], industries: ['finance'], deliveryCenterId: 'dc-fin', capacityDays: 8, bookedDays: 3 });
const ben = person('ben', { skills: ['Java'], industries: ['Finance', 'retail'], officeId: 'sh' });
const cai = person('cai', { roles: ['presales', 'solution'], skills: ['core-banking', 'java'], industries: ['finance'], rateLevel: 'P3', deliveryCenterId: 'dc-fin', capacityDays: 5, bookedDays: 4 });
const dan = person('dan', { roles: ['sales'], skills: ['core-banking', 'java'], industries: ['finance'] });
const eve = person('eve', { rateLevel: 'P9', skills: ['java'] });
const fay = person('fay', { rateLevel: 'P1', deliveryCenterId: 'dc-fin', capacityDays: 10, bookedDays: 12 });
const everyone = [fay, eve, dan, cai, ben, ada];

describe('rankCandidates', () => {
  it('orders by skills, industry, free capacity and the one-stop delivery center', () => {
    const { ranked } = rankCandidates(request, everyone, context);
    expect(ranked.map((r) => [r.personId, r.score])).toEqual([
      ['ada', 100],
      ['ben', 65],
      ['cai', 58],
      ['fay', -10],
    ]);
  });

  it('gives every candidate reasons a person can read', () => {
    const { ranked } = rankCandidates(request, everyone, context);
    expect(ranked[0]).toEqual({
      personId: 'ada',
      score: 100,
      reasons: [
        'has 2 of 2 skills: core-banking, java',
        'knows the finance industry',
        '5 days free from 2026-12-01 to 2026-12-14, 3 days asked',
        'member of delivery center dc-fin, which serves this tier A project one-stop',
        'planned cost 7,500.00 CNY (3 days × 2,500.00 CNY/day, presales P2)',
      ],
      plannedCost: yuan(7_500),
      rate: { role: 'presales', level: 'P2', unit: 'day', rate: yuan(2_500), effectiveFrom: '2025-01-01' },
      freeDays: 5,
    });
    expect(ranked[1]!.reasons).toEqual([
      'has 1 of 2 skills: java; lacks core-banking',
      'knows the finance industry',
      '10 days free from 2026-12-01 to 2026-12-14, 3 days asked',
      'not in delivery center dc-fin, which serves this project',
      'planned cost 7,500.00 CNY (3 days × 2,500.00 CNY/day, presales P2)',
    ]);
    expect(ranked[2]!.reasons[2]).toBe('only 1 day free from 2026-12-01 to 2026-12-14, 3 days asked');
    expect(ranked[3]!.reasons.slice(0, 3)).toEqual([
      'has 0 of 2 skills; lacks core-banking, java',
      'no finance industry experience on record',
      'already overbooked by 2 days from 2026-12-01 to 2026-12-14, 3 days asked',
    ]);
    expect(ranked[3]!.freeDays).toBe(-2);
  });

  it('excludes people without the role or without a rate, and says why', () => {
    const { ranked, excluded } = rankCandidates(request, everyone, context);
    expect(ranked.map((r) => r.personId)).not.toContain('dan');
    expect(excluded).toEqual([
      { personId: 'dan', reason: 'does not hold the role presales' },
      {
        personId: 'eve',
        reason: 'the rate card has no presales P9 rate on 2026-11-26, so a booking could not be priced',
      },
    ]);
  });

  it('penalises too little free time strongly, without excluding', () => {
    const free = person('x', { skills: request.skills, industries: ['finance'] });
    const busy = { ...free, id: 'y', bookedDays: 8 };
    const { ranked } = rankCandidates(request, [busy, free], context);
    expect(ranked.map((r) => r.personId)).toEqual(['x', 'y']);
    expect(ranked[0]!.score - ranked[1]!.score).toBeGreaterThanOrEqual(MATCH_WEIGHTS.capacity);
    // All the skills but not the time ranks below half the skills with the time.
    const scores = Object.fromEntries(rankCandidates(request, [cai, ben], context).ranked.map((r) => [r.personId, r.score]));
    expect(scores.ben).toBeGreaterThan(scores.cai!);
  });

  it('puts the cheaper of two equals first', () => {
    const senior = person('a-senior', { rateLevel: 'P4' });
    const junior = person('z-junior', { rateLevel: 'P1' });
    const { ranked } = rankCandidates(request, [senior, junior], context);
    expect(ranked.map((r) => [r.personId, r.plannedCost.amount])).toEqual([
      ['z-junior', yuan(4_500).amount],
      ['a-senior', yuan(15_000).amount],
    ]);
    expect(ranked[0]!.score).toBe(ranked[1]!.score);
  });

  it('breaks exact ties by id, so the order never depends on the input order', () => {
    const twins = ['m', 'b', 'x', 'a'].map((id) => person(id));
    const forward = rankCandidates(request, twins, context);
    const backward = rankCandidates(request, [...twins].reverse(), context);
    expect(forward.ranked.map((r) => r.personId)).toEqual(['a', 'b', 'm', 'x']);
    expect(backward).toEqual(forward);
    expect(rankCandidates(request, [...everyone].reverse(), context)).toEqual(rankCandidates(request, everyone, context));
  });

  it('prefers the project office on the C/D path and no home team on the hotline path', () => {
    const local = person('local', { officeId: 'sh' });
    const remote = person('remote', { officeId: 'gz', deliveryCenterId: 'dc-fin' });
    const office = rankCandidates(request, [remote, local], { ...context, tier: 'C' }).ranked;
    expect(office.map((r) => r.personId)).toEqual(['local', 'remote']);
    expect(office[0]!.reasons[3]).toBe('works in office sh, which serves this project');
    expect(office[1]!.reasons[3]).toBe('works outside office sh, which serves this project');
    const hotline = rankCandidates(request, [remote, local], { ...context, tier: 'E' }).ranked;
    expect(hotline.map((r) => [r.personId, r.score])).toEqual([
      ['local', 25],
      ['remote', 25],
    ]);
    expect(hotline[0]!.reasons).toHaveLength(4);
  });

  it('gives no home-team points when the project has no center to prefer', () => {
    const { ranked } = rankCandidates(request, [ada], { ...context, deliveryCenterId: null });
    expect(ranked[0]!.score).toBe(100 - MATCH_WEIGHTS.homeTeam);
  });

  it('prices hotline time by the hour', () => {
    const hotlineRequest = { ...request, role: 'hotline' as const, skills: [], days: 2 };
    const operator = person('op', { roles: ['hotline'], rateLevel: 'H1' });
    const [ranked] = rankCandidates(hotlineRequest, [operator], { ...context, tier: 'E' }).ranked;
    expect(ranked!.plannedCost).toEqual(yuan(2_400));
    expect(ranked!.reasons).toEqual([
      'no particular skills asked',
      'no finance industry experience on record',
      '10 days free from 2026-12-01 to 2026-12-14, 2 days asked',
      'planned cost 2,400.00 CNY (2 days × 8 h × 150.00 CNY/hour, hotline H1)',
    ]);
  });

  it('prices at the rate in effect on the given date', () => {
    const card: RateCard = {
      ...DEFAULT_RATE_CARD,
      entries: [
        ...DEFAULT_RATE_CARD.entries,
        { role: 'presales', level: 'P2', unit: 'day', rate: yuan(2_800), effectiveFrom: '2026-12-01' },
      ],
    };
    const costOn = (onDate: string) => rankCandidates(request, [ada], { ...context, rateCard: card, onDate }).ranked[0]!.plannedCost;
    expect(costOn('2026-11-30')).toEqual(yuan(7_500));
    expect(costOn('2026-12-01')).toEqual(yuan(8_400));
  });

  it('matches skills and industries regardless of case, counting a repeated skill once', () => {
    const shouting = { ...request, skills: ['Core-Banking', 'java', 'JAVA'], industry: 'FINANCE' };
    const [ranked] = rankCandidates(shouting, [ada], context).ranked;
    expect(ranked!.reasons.slice(0, 2)).toEqual(['has 2 of 2 skills: Core-Banking, java', 'knows the FINANCE industry']);
    expect(ranked!.score).toBe(100);
  });

  it('scores partial free time in proportion', () => {
    const half = person('h', { skills: request.skills, industries: ['finance'], capacityDays: 1.5 });
    const [ranked] = rankCandidates(request, [half], { ...context, tier: 'E' }).ranked;
    // 40 skills + 20 industry + floor(25 × 1.5 / 3) − 25
    expect(ranked!.score).toBe(40 + 20 + 12 - 25);
    expect(ranked!.reasons[2]).toBe('only 1.5 days free from 2026-12-01 to 2026-12-14, 3 days asked');
  });

  it('returns nothing to rank for nobody', () => {
    expect(rankCandidates(request, [], context)).toEqual({ ranked: [], excluded: [] });
  });
});

describe('schemas', () => {
  it('validate a request: quarter-day quantities and a window in order', () => {
    expect(MatchRequestSchema.parse({ ...request, skills: undefined }).skills).toEqual([]);
    expect(MatchRequestSchema.safeParse({ ...request, days: 1.2 }).success).toBe(false);
    const backwards = MatchRequestSchema.safeParse({ ...request, window: { from: '2026-12-14', to: '2026-12-01' } });
    expect(backwards.error?.issues[0]?.path).toEqual(['window', 'to']);
  });

  it('validate a candidate', () => {
    expect(CandidateSchema.parse(ada)).toEqual(ada);
    expect(CandidateSchema.safeParse({ ...ada, roles: ['wizard'] }).success).toBe(false);
    expect(CandidateSchema.safeParse({ ...ada, bookedDays: -1 }).success).toBe(false);
  });
});
