import { z } from 'zod';
import { reject } from './errors';
import { buildRoleSchema, type Role } from './people';
import { SCORE_MAX, SCORE_MIN } from './scoring';
import type { Period } from './targets';

/**
 * 绩效打分: a large part of variable pay "由主负责人打分评定". At a period's close each person's scores on the
 * projects closed in it are rolled into one day-weighted result, normalised per scorer so that a harsh or lenient
 * owner does not decide anyone's pay alone; the result sets the score-dependent share of their variable pay. The
 * scored person may appeal a score within a window; the scorer's manager decides; then the period is frozen.
 *
 * Pure functions over recorded facts (scores, days worked, the policy), so a what-if simulator can replay them.
 */

/** The assessment policy's schemas, built afresh on each call (built-once.ts says why a workflow needs its own). */
export function buildAssessmentSchemas() {
  const RoleSchema = buildRoleSchema();
  const basisPoints = z.number().int().min(0).max(10_000);

  const PayCurvePointSchema = z.object({
    score: z.number().min(SCORE_MIN).max(SCORE_MAX),
    /** The score-dependent part of variable pay paid at this result, in basis points of its target (10,000 = 100 %). */
    factorBasisPoints: z.number().int().min(0).max(30_000),
  });

  const AssessmentPolicySchema = z
    .object({
      /** Results are closed per quarter (2026Q4) or per year (2026). */
      period: z.enum(['quarter', 'year']),
      /** days_worked: a project counts by the days the person recorded on it; equal: every scored project counts once. */
      weighting: z.enum(['days_worked', 'equal']),
      /** The weight of a scored project on which the person recorded no time (a sales owner, an approver). */
      minimumDaysPerProject: z.number().positive().max(365),
      /**
       * How much evidence it takes to correct a scorer: their offset from the company mean is taken out in the share
       * n / (n + this) of it, n being the scores they gave in the period. 0 takes it out entirely, even for one score.
       */
      normalisationScores: z.number().int().min(0).max(100),
      /** Business hours a scored person has to appeal once the period is closed. */
      appealWindowHours: z.number().positive().max(2_000),
      /**
       * Business hours the decider has once the window has closed (or since the appeal last moved up); then it goes to
       * their manager, and to the directors at the top. Policies stored before it take the default.
       */
      appealDecisionHours: z.number().positive().max(2_000).default(3 * 24),
      /** The share of variable pay that rests on the score, per role; the first of a person's roles listed here counts. */
      scoreShareBasisPoints: z.partialRecord(RoleSchema, basisPoints),
      /** The share for people holding none of the roles above. */
      defaultScoreShareBasisPoints: basisPoints,
      /** Result → pay factor of the score-dependent share, straight lines between points; from score 1 to score 5. */
      payCurve: z.array(PayCurvePointSchema).min(2).max(10),
    })
    .superRefine((policy, ctx) => {
      const scores = policy.payCurve.map((p) => p.score);
      if (scores.some((s, i) => i > 0 && s <= scores[i - 1]!)) {
        ctx.addIssue({ code: 'custom', path: ['payCurve'], message: 'the points go up in score, each score once' });
      }
      if (scores[0] !== SCORE_MIN || scores[scores.length - 1] !== SCORE_MAX) {
        ctx.addIssue({ code: 'custom', path: ['payCurve'], message: `the curve runs from score ${SCORE_MIN} to score ${SCORE_MAX}` });
      }
    });
  return { PayCurvePointSchema, AssessmentPolicySchema };
}
export const { PayCurvePointSchema, AssessmentPolicySchema } = buildAssessmentSchemas();
export type AssessmentPolicy = z.infer<typeof AssessmentPolicySchema>;

export const DEFAULT_ASSESSMENT_POLICY: AssessmentPolicy = {
  period: 'quarter',
  weighting: 'days_worked',
  minimumDaysPerProject: 1,
  normalisationScores: 3,
  appealWindowHours: 5 * 24,
  appealDecisionHours: 3 * 24,
  scoreShareBasisPoints: { presales: 6_000, solution: 6_000, test: 5_000, delivery: 5_000, sales: 3_000 },
  defaultScoreShareBasisPoints: 4_000,
  payCurve: [
    { score: 1, factorBasisPoints: 0 },
    { score: 3, factorBasisPoints: 10_000 },
    { score: 5, factorBasisPoints: 15_000 },
  ],
};

/** Whether `period` is one this policy closes: a quarter under a quarterly policy, a year under a yearly one. */
export function periodFitsPolicy(policy: AssessmentPolicy, period: Period): boolean {
  return (period.length === 6) === (policy.period === 'quarter');
}

/** One score given on a project closed in the period, with the days the scored person worked on that project. */
export interface PeriodScore {
  projectId: string;
  personId: string;
  scorerId: string;
  score: number;
  daysWorked: number;
  /** A score changed on appeal by the scorer's manager: taken as it is, not corrected for the scorer. */
  amendedScore?: number | null;
}

export interface ScorerStats {
  scorerId: string;
  count: number;
  mean: number;
  /** What is taken off each of their scores: (their mean − the company mean) × n / (n + normalisationScores). */
  offset: number;
}

export interface ScoredProject {
  projectId: string;
  scorerId: string;
  score: number;
  amendedScore: number | null;
  normalised: number;
  daysWorked: number;
  weight: number;
}

export interface PerformanceResult {
  personId: string;
  /** The role whose score share applies (null: the policy's default share). */
  role: Role | null;
  projects: ScoredProject[];
  /** The weighted mean of the normalised scores, 2 decimals. */
  result: number;
  scoreShareBasisPoints: number;
  /** Variable pay as a share of its target: the fixed part plus the score-dependent part at the curve's factor. */
  payFactorBasisPoints: number;
}

export interface PeriodResults {
  /** The mean of every score as given (amendments aside), 2 decimals; null with no scores. */
  companyMean: number | null;
  scorers: ScorerStats[];
  people: PerformanceResult[];
}

/** 2 decimals, halves away from zero (a harsh scorer's −0.375 is −0.38, as a lenient one's +0.375 is +0.38). */
const round2 = (x: number) => (Math.sign(x) * Math.round(Math.abs(x) * 100)) / 100;
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const clampScore = (x: number) => Math.min(SCORE_MAX, Math.max(SCORE_MIN, x));

/** Per scorer: how many scores they gave, their mean, and the offset taken off their scores. */
export function scorerStats(scores: readonly PeriodScore[], normalisationScores: number): { companyMean: number | null; scorers: ScorerStats[] } {
  if (scores.length === 0) return { companyMean: null, scorers: [] };
  const companyMean = mean(scores.map((s) => s.score));
  const byScorer = new Map<string, number[]>();
  for (const s of scores) byScorer.set(s.scorerId, [...(byScorer.get(s.scorerId) ?? []), s.score]);
  const scorers = [...byScorer].map(([scorerId, given]) => {
    const scorerMean = mean(given);
    const n = given.length;
    return { scorerId, count: n, mean: round2(scorerMean), offset: round2(((scorerMean - companyMean) * n) / (n + normalisationScores)) };
  });
  scorers.sort((a, b) => a.scorerId.localeCompare(b.scorerId));
  return { companyMean: round2(companyMean), scorers };
}

/** The pay factor of the score-dependent share at `result`, on the straight line between the curve's points. */
export function payCurveFactor(curve: AssessmentPolicy['payCurve'], result: number): number {
  const at = clampScore(result);
  for (let i = 1; i < curve.length; i++) {
    const low = curve[i - 1]!;
    const high = curve[i]!;
    if (at <= high.score) {
      return Math.round(low.factorBasisPoints + ((at - low.score) * (high.factorBasisPoints - low.factorBasisPoints)) / (high.score - low.score));
    }
  }
  return curve[curve.length - 1]!.factorBasisPoints;
}

/** The role whose share applies: the first of the person's roles the policy lists. */
export function scoreShareOf(policy: AssessmentPolicy, roles: readonly Role[]): { role: Role | null; basisPoints: number } {
  for (const role of roles) {
    const share = policy.scoreShareBasisPoints[role];
    if (share !== undefined) return { role, basisPoints: share };
  }
  return { role: null, basisPoints: policy.defaultScoreShareBasisPoints };
}

/** Variable pay as a share of target: (1 − share) paid as is, share paid at the curve's factor for the result. */
export function payFactor(policy: AssessmentPolicy, shareBasisPoints: number, result: number): number {
  return 10_000 - shareBasisPoints + Math.round((shareBasisPoints * payCurveFactor(policy.payCurve, result)) / 10_000);
}

/**
 * Every scored person's result for the period: each score corrected for its scorer (an amended one taken as is),
 * weighted by the days the person worked on that project (at least `minimumDaysPerProject`), and the pay factor
 * it gives under the person's role. People in id order, their projects in id order.
 */
export function periodResults(policy: AssessmentPolicy, scores: readonly PeriodScore[], rolesOf: (personId: string) => readonly Role[]): PeriodResults {
  const { companyMean, scorers } = scorerStats(scores, policy.normalisationScores);
  const offsetOf = new Map(scorers.map((s) => [s.scorerId, s.offset]));
  const byPerson = new Map<string, ScoredProject[]>();
  for (const s of scores) {
    const amended = s.amendedScore ?? null;
    const normalised = amended ?? round2(clampScore(s.score - (offsetOf.get(s.scorerId) ?? 0)));
    const weight = policy.weighting === 'equal' ? 1 : Math.max(s.daysWorked, policy.minimumDaysPerProject);
    const line: ScoredProject = { projectId: s.projectId, scorerId: s.scorerId, score: s.score, amendedScore: amended, normalised, daysWorked: s.daysWorked, weight };
    byPerson.set(s.personId, [...(byPerson.get(s.personId) ?? []), line]);
  }
  const people = [...byPerson].map(([personId, projects]): PerformanceResult => {
    projects.sort((a, b) => a.projectId.localeCompare(b.projectId));
    const totalWeight = projects.reduce((sum, p) => sum + p.weight, 0);
    const result = round2(projects.reduce((sum, p) => sum + p.normalised * p.weight, 0) / totalWeight);
    const share = scoreShareOf(policy, rolesOf(personId));
    return { personId, role: share.role, projects, result, scoreShareBasisPoints: share.basisPoints, payFactorBasisPoints: payFactor(policy, share.basisPoints, result) };
  });
  people.sort((a, b) => a.personId.localeCompare(b.personId));
  return { companyMean, scorers, people };
}

// ——— Appeals ————————————————————————————————————————————————————————————————————————————————————

export type PeriodStatus = 'appeal' | 'frozen';

export interface PeriodAppeal {
  appealId: string;
  projectId: string;
  personId: string;
  scorerId: string;
  /** The scorer's manager; null when the scorer has none, and then any director decides. */
  deciderId: string | null;
  status: 'open' | 'upheld' | 'amended';
}

/** Who decides an appeal: the scorer's manager, or (null) a director when the scorer has none or it is the appellant. */
export function appealDecider(scorerManagerId: string | null, appellantId: string): string | null {
  return scorerManagerId === appellantId ? null : scorerManagerId;
}

/**
 * Who an appeal goes to when its decider has let it wait: the decider's manager (`deciderChain`, nearest first),
 * passing over the appellant; null — the directors — at the top, or when it already waits for them.
 */
export function escalatedDecider(deciderId: string | null, deciderChain: readonly string[], appellantId: string): string | null {
  if (deciderId === null) return null;
  return deciderChain.find((id) => id !== appellantId) ?? null;
}

export interface AppealRequest {
  personId: string;
  projectId: string;
  /** When the appeal is filed. */
  at: string;
}

/** Refuses an appeal outside the window, about a score the person was not given, or a second one on the same score. */
export function checkAppeal(
  period: { status: PeriodStatus; appealUntil: string },
  scored: ReadonlyArray<{ projectId: string; personId: string }>,
  appeals: readonly PeriodAppeal[],
  request: AppealRequest,
): void {
  if (period.status === 'frozen') throw reject.conflict('the period is frozen: its results no longer change');
  if (request.at >= period.appealUntil) throw reject.conflict(`the appeal window closed at ${period.appealUntil}`);
  if (!scored.some((s) => s.projectId === request.projectId && s.personId === request.personId)) {
    throw reject.invalid('you were not scored on this project in this period', [{ path: 'projectId', message: 'not one of your scores in the period' }]);
  }
  if (appeals.some((a) => a.projectId === request.projectId && a.personId === request.personId)) {
    throw reject.conflict('this score is already appealed: one appeal per score');
  }
}

export interface AppealDecision {
  outcome: 'upheld' | 'amended';
  /** The score that replaces the one given, when amended. */
  score?: number;
}

/** Refuses a decision by anyone but the scorer's manager (a director when the scorer has none), or a second one. */
export function checkAppealDecision(
  appeal: PeriodAppeal,
  decider: { id: string; roles: readonly Role[] },
  decision: AppealDecision,
): void {
  if (appeal.status !== 'open') throw reject.conflict(`this appeal is already decided (${appeal.status})`);
  const allowed = appeal.deciderId === null ? decider.roles.includes('director') : decider.id === appeal.deciderId;
  if (!allowed) {
    throw reject.forbidden(
      appeal.deciderId === null ? 'the scorer has no manager: a director decides this appeal' : "only the scorer's manager decides this appeal",
    );
  }
  if (decider.id === appeal.personId) throw reject.forbidden('nobody decides their own appeal');
  const amended = decision.outcome === 'amended';
  if (amended !== (decision.score !== undefined)) {
    throw reject.invalid(amended ? 'an amended appeal gives the new score' : 'an upheld appeal keeps the score: send no new score', [
      { path: 'score', message: amended ? `a whole number from ${SCORE_MIN} to ${SCORE_MAX}` : 'only with outcome amended' },
    ]);
  }
}
