import { describe, expect, it } from 'vitest';
import { Rejection } from '../../domain/errors';
import {
  appealDecider,
  AssessmentPolicySchema,
  checkAppeal,
  checkAppealDecision,
  DEFAULT_ASSESSMENT_POLICY,
  escalatedDecider,
  payCurveFactor,
  payFactor,
  periodFitsPolicy,
  periodResults,
  scoreShareOf,
  type AssessmentPolicy,
  type PeriodAppeal,
  type PeriodScore,
} from '../../domain/performance';
import { DEFAULT_POLICY, PolicyDocumentSchema } from '../../domain/policy';

const policy: AssessmentPolicy = { ...DEFAULT_ASSESSMENT_POLICY, normalisationScores: 0 };
const presales = () => ['presales'] as const;

const score = (scorerId: string, personId: string, projectId: string, value: number, daysWorked = 1): PeriodScore => ({
  scorerId,
  personId,
  projectId,
  score: value,
  daysWorked,
});

describe('绩效打分: a period result per person', () => {
  it('weights each project by the days the person worked on it', () => {
    // One scorer, so nothing to correct: (5 × 9 + 2 × 1) / 10 = 4.7 — the project worked on most counts most.
    const { people } = periodResults(policy, [score('owner', 'ann', 'p1', 5, 9), score('owner', 'ann', 'p2', 2, 1), score('owner', 'bob', 'p1', 4, 3)], presales);
    const ann = people.find((p) => p.personId === 'ann')!;
    expect(ann.result).toBe(4.7);
    expect(ann.projects.map((p) => [p.projectId, p.weight])).toEqual([['p1', 9], ['p2', 1]]);
  });

  it('counts a project without recorded time at the minimum days, and every project once under equal weighting', () => {
    const scores = [score('owner', 'ann', 'p1', 5, 0), score('owner', 'ann', 'p2', 3, 3)];
    expect(periodResults({ ...policy, minimumDaysPerProject: 1 }, scores, presales).people[0]!.projects.map((p) => p.weight)).toEqual([1, 3]);
    expect(periodResults({ ...policy, weighting: 'equal' }, scores, presales).people[0]!.projects.map((p) => p.weight)).toEqual([1, 1]);
  });

  it('takes a harsh scorer’s offset from the company mean off their scores, so the same work scores the same', () => {
    // The harsh owner gives 2s where the lenient one gives 4s for like work: company mean 3, offsets −1 and +1.
    const scores = [
      score('harsh', 'ann', 'p1', 2),
      score('harsh', 'bob', 'p1', 2),
      score('lenient', 'cat', 'p2', 4),
      score('lenient', 'dan', 'p2', 4),
    ];
    const results = periodResults(policy, scores, presales);
    expect(results.companyMean).toBe(3);
    expect(results.scorers).toEqual([
      { scorerId: 'harsh', count: 2, mean: 2, offset: -1 },
      { scorerId: 'lenient', count: 2, mean: 4, offset: 1 },
    ]);
    expect(results.people.map((p) => p.result)).toEqual([3, 3, 3, 3]);
  });

  it('corrects a scorer in proportion to the evidence: n / (n + normalisationScores) of their offset', () => {
    const scores = [score('harsh', 'ann', 'p1', 2), score('fair', 'bob', 'p2', 4), score('fair', 'cat', 'p2', 4), score('fair', 'dan', 'p3', 4)];
    // Company mean 3.5; the harsh owner gave one score, 1.5 below: with 3 scores of evidence needed, 1/4 is taken off.
    const results = periodResults({ ...policy, normalisationScores: 3 }, scores, presales);
    expect(results.scorers.find((s) => s.scorerId === 'harsh')!.offset).toBe(-0.38);
    expect(results.people.find((p) => p.personId === 'ann')!.result).toBe(2.38);
  });

  it('keeps a corrected score within 1 to 5', () => {
    const scores = [score('lenient', 'ann', 'p1', 5), score('lenient', 'bob', 'p1', 5), score('harsh', 'cat', 'p2', 1)];
    const people = periodResults(policy, scores, presales).people;
    expect(people.every((p) => p.result >= 1 && p.result <= 5)).toBe(true);
  });

  it('takes an amended score as the manager gave it, while the scorer is still measured by what they gave', () => {
    const scores = [{ ...score('harsh', 'ann', 'p1', 1), amendedScore: 4 }, score('harsh', 'bob', 'p1', 1), score('fair', 'cat', 'p2', 5)];
    const results = periodResults(policy, scores, presales);
    expect(results.scorers.find((s) => s.scorerId === 'harsh')!.mean).toBe(1);
    const ann = results.people.find((p) => p.personId === 'ann')!;
    expect(ann.projects[0]).toMatchObject({ score: 1, amendedScore: 4, normalised: 4 });
  });

  it('has no results and no company mean without scores', () => {
    expect(periodResults(policy, [], presales)).toEqual({ companyMean: null, scorers: [], people: [] });
  });
});

describe('绩效打分: the pay the result sets', () => {
  it('reads the curve on straight lines between its points', () => {
    const curve = DEFAULT_ASSESSMENT_POLICY.payCurve;
    expect([1, 2, 3, 4, 5].map((r) => payCurveFactor(curve, r))).toEqual([0, 5_000, 10_000, 12_500, 15_000]);
    expect(payCurveFactor(curve, 3.5)).toBe(11_250);
  });

  it('pays the fixed share as is and the score share at the curve', () => {
    // 60 % rests on the score: at 5 that share is paid at 150 %, so 40 % + 90 % = 130 %; at 1, only the 40 %.
    expect(payFactor(DEFAULT_ASSESSMENT_POLICY, 6_000, 5)).toBe(13_000);
    expect(payFactor(DEFAULT_ASSESSMENT_POLICY, 6_000, 1)).toBe(4_000);
    expect(payFactor(DEFAULT_ASSESSMENT_POLICY, 6_000, 3)).toBe(10_000);
  });

  it('takes the share of the first role the policy lists, else the default', () => {
    expect(scoreShareOf(DEFAULT_ASSESSMENT_POLICY, ['manager', 'sales'])).toEqual({ role: 'sales', basisPoints: 3_000 });
    expect(scoreShareOf(DEFAULT_ASSESSMENT_POLICY, ['manager'])).toEqual({ role: null, basisPoints: 4_000 });
  });

  it('closes quarters under a quarterly policy and years under a yearly one', () => {
    expect(periodFitsPolicy(DEFAULT_ASSESSMENT_POLICY, '2026Q3')).toBe(true);
    expect(periodFitsPolicy(DEFAULT_ASSESSMENT_POLICY, '2026')).toBe(false);
    expect(periodFitsPolicy({ ...DEFAULT_ASSESSMENT_POLICY, period: 'year' }, '2026')).toBe(true);
  });

  it('refuses a curve that does not run from 1 to 5 upwards, and defaults the section for older policies', () => {
    const bad = { ...DEFAULT_ASSESSMENT_POLICY, payCurve: [{ score: 3, factorBasisPoints: 10_000 }, { score: 2, factorBasisPoints: 0 }] };
    const issues = AssessmentPolicySchema.safeParse(bad).error?.issues.map((i) => i.message);
    expect(issues).toEqual(['the points go up in score, each score once', 'the curve runs from score 1 to score 5']);
    const { assessment: _, ...older } = DEFAULT_POLICY;
    expect(PolicyDocumentSchema.parse(older).assessment).toEqual(DEFAULT_ASSESSMENT_POLICY);
  });
});

describe('绩效打分: appeals', () => {
  const window = { status: 'appeal' as const, appealUntil: '2026-10-09T10:00:00.000Z' };
  const scored = [{ projectId: 'p1', personId: 'ann' }];
  const request = { personId: 'ann', projectId: 'p1', at: '2026-10-08T10:00:00.000Z' };
  const appeal: PeriodAppeal = { appealId: 'a1', projectId: 'p1', personId: 'ann', scorerId: 'owner', deciderId: 'boss', status: 'open' };
  const refusal = (f: () => void) => {
    try {
      f();
    } catch (error) {
      if (error instanceof Rejection) return `${error.code}: ${error.message}`;
      throw error;
    }
    return 'accepted';
  };

  it('takes one appeal per score, from the person scored, inside the window', () => {
    expect(refusal(() => checkAppeal(window, scored, [], request))).toBe('accepted');
    expect(refusal(() => checkAppeal(window, scored, [appeal], request))).toBe('conflict: this score is already appealed: one appeal per score');
    expect(refusal(() => checkAppeal(window, scored, [], { ...request, personId: 'bob' }))).toBe('invalid: you were not scored on this project in this period');
    expect(refusal(() => checkAppeal(window, scored, [], { ...request, at: window.appealUntil }))).toBe(`conflict: the appeal window closed at ${window.appealUntil}`);
    expect(refusal(() => checkAppeal({ ...window, status: 'frozen' }, scored, [], request))).toBe('conflict: the period is frozen: its results no longer change');
  });

  it("is decided by the scorer's manager, or a director when there is none or it is the appellant", () => {
    expect(appealDecider('boss', 'ann')).toBe('boss');
    expect(appealDecider('ann', 'ann')).toBeNull();
    expect(refusal(() => checkAppealDecision(appeal, { id: 'boss', roles: ['manager'] }, { outcome: 'upheld' }))).toBe('accepted');
    expect(refusal(() => checkAppealDecision(appeal, { id: 'dir', roles: ['director'] }, { outcome: 'upheld' }))).toBe("forbidden: only the scorer's manager decides this appeal");
    expect(refusal(() => checkAppealDecision({ ...appeal, deciderId: null }, { id: 'dir', roles: ['director'] }, { outcome: 'amended', score: 4 }))).toBe('accepted');
    expect(refusal(() => checkAppealDecision({ ...appeal, deciderId: null }, { id: 'ann', roles: ['director'] }, { outcome: 'upheld' }))).toBe('forbidden: nobody decides their own appeal');
  });

  it('moves up the decider’s manager tree when the decider lets it wait, past the appellant, to the directors at the top', () => {
    expect(escalatedDecider('boss', ['big-boss', 'top'], 'ann')).toBe('big-boss');
    expect(escalatedDecider('boss', ['ann', 'top'], 'ann')).toBe('top');
    expect(escalatedDecider('boss', [], 'ann')).toBeNull();
    expect(escalatedDecider(null, [], 'ann'), 'the directors already have it').toBeNull();
  });

  it('is decided once, with a new score exactly when amended', () => {
    const boss = { id: 'boss', roles: ['manager'] as const };
    expect(refusal(() => checkAppealDecision({ ...appeal, status: 'upheld' }, boss, { outcome: 'upheld' }))).toBe('conflict: this appeal is already decided (upheld)');
    expect(refusal(() => checkAppealDecision(appeal, boss, { outcome: 'amended' }))).toBe('invalid: an amended appeal gives the new score');
    expect(refusal(() => checkAppealDecision(appeal, boss, { outcome: 'upheld', score: 3 }))).toBe('invalid: an upheld appeal keeps the score: send no new score');
  });
});
