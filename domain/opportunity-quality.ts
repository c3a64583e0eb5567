import { z } from 'zod';
import { reject } from './errors';
import { eventTypeGuard, requireOpen } from './guards';
import { hasRole, type Actor } from './people';
import type { PolicyDocument } from './policy';
import type { ProjectState } from './project';
import { TIERS, type Tier } from './tier';

/**
 * 商机质量: beside its value, an opportunity is judged on policy-weighted factors — win probability, strategic value,
 * competitive position, customer importance, each 1 (poor) to 5 (excellent). A weighted score at or above the
 * policy's `promoteFromScore` lifts the tier one step; below `demoteBelowScore` lowers it one. The owner (or a
 * director) scores them when opening and re-scores them once at each stage gate; a tier change that causes is
 * recorded with its reason and re-routes dispatch and budget as a director's override does. After a director's
 * override a re-score is recorded but the director's tier stands.
 */

export const QUALITY_FACTORS = ['winProbability', 'strategicValue', 'competitivePosition', 'customerImportance'] as const;
export type QualityFactor = (typeof QUALITY_FACTORS)[number];

/** The opportunity quality schemas, built afresh on each call (built-once.ts says why a workflow needs its own). */
export function buildQualitySchemas() {
  const factor = z.number({ error: 'a whole number from 1 to 5' }).int('a whole number from 1 to 5').min(1, 'at least 1').max(5, 'at most 5');
  const QualityFactorsSchema = z.object({
    winProbability: factor,
    strategicValue: factor,
    competitivePosition: factor,
    customerImportance: factor,
  });

  const weight = z.number().int().min(0).max(10_000);
  const QualityPolicySchema = z
    .object({
      /** Each factor's weight in basis points; they add up to 10,000. */
      weights: z.object({ winProbability: weight, strategicValue: weight, competitivePosition: weight, customerImportance: weight }),
      /** A weighted score at or above this lifts the value tier one step (never past A). */
      promoteFromScore: z.number().min(1).max(5),
      /** A weighted score below this lowers the value tier one step (never past E). */
      demoteBelowScore: z.number().min(1).max(5),
    })
    .superRefine((q, ctx) => {
      const total = QUALITY_FACTORS.reduce((sum, f) => sum + q.weights[f], 0);
      if (total !== 10_000) ctx.addIssue({ code: 'custom', path: ['weights'], message: `the weights add up to 10000 basis points, not ${total}` });
      if (q.demoteBelowScore >= q.promoteFromScore) {
        ctx.addIssue({ code: 'custom', path: ['demoteBelowScore'], message: 'below promoteFromScore: a score cannot both lift and lower the tier' });
      }
    });
  return { QualityFactorsSchema, QualityPolicySchema };
}
export const { QualityFactorsSchema, QualityPolicySchema } = buildQualitySchemas();
export type QualityFactors = z.infer<typeof QualityFactorsSchema>;
export type QualityPolicy = z.infer<typeof QualityPolicySchema>;

export const DEFAULT_QUALITY_POLICY: QualityPolicy = {
  weights: { winProbability: 4_000, strategicValue: 2_000, competitivePosition: 2_000, customerImportance: 2_000 },
  promoteFromScore: 4.5,
  demoteBelowScore: 2,
};

/** The weighted score, 2 decimals. */
export function qualityScore(policy: QualityPolicy, factors: QualityFactors): number {
  const weighted = QUALITY_FACTORS.reduce((sum, f) => sum + factors[f] * policy.weights[f], 0);
  return Math.round(weighted / 100) / 100;
}

/** The value tier moved one step by the quality score, with the reason in words; unchanged in between. */
export function adjustForQuality(policy: QualityPolicy, tier: Tier, factors: QualityFactors): { tier: Tier; reason: string | null } {
  const score = qualityScore(policy, factors);
  const rank = TIERS.indexOf(tier);
  if (score >= policy.promoteFromScore && rank > 0) {
    return { tier: TIERS[rank - 1]!, reason: `opportunity quality ${score} ≥ ${policy.promoteFromScore}: one tier up` };
  }
  if (score < policy.demoteBelowScore && rank < TIERS.length - 1) {
    return { tier: TIERS[rank + 1]!, reason: `opportunity quality ${score} < ${policy.demoteBelowScore}: one tier down` };
  }
  return { tier, reason: null };
}

export interface QualityState {
  factors: QualityFactors;
  score: number;
  /** The stage whose gate the last re-score was made at (the first stage for the score at opening). */
  stage: string;
  at: string;
}

export type QualityEvent = {
  type: 'quality_rescored';
  factors: QualityFactors;
  score: number;
  stage: string;
  from: Tier;
  to: Tier;
  reason: string;
};

export const isQualityEvent: (event: { type: string }) => event is QualityEvent = eventTypeGuard<QualityEvent>({ quality_rescored: true });

/** The opportunity was scored since the project entered its current stage: the gate's one re-score is used. */
export function rescoredAtThisGate(state: Pick<ProjectState, 'quality' | 'stage' | 'stageEnteredAt'>): boolean {
  return state.quality?.stage === state.stage && state.quality.at >= state.stageEnteredAt;
}

export interface RescoreQualityCommand {
  actor: Actor;
  factors: QualityFactors;
  reason: string;
}

/**
 * Re-scores the opportunity at the current stage's gate, once per stage, by the owner or a director. The tier is
 * classified again from the value with the new factors (`classify`, the policy's value rules); a director's
 * override stands.
 */
export function decideRescoreQuality(
  state: ProjectState,
  cmd: RescoreQualityCommand,
  classify: (policy: PolicyDocument, factors: QualityFactors) => Tier,
): QualityEvent[] {
  requireOpen(state);
  if (cmd.actor.id !== state.ownerId && !hasRole(cmd.actor, 'director')) {
    throw reject.forbidden('the owner (or a director) re-scores the opportunity');
  }
  if (rescoredAtThisGate(state)) {
    throw reject.conflict(`the opportunity is already re-scored at the ${state.stage} gate: once per stage`);
  }
  const reason = cmd.reason.trim();
  if (!reason) throw reject.invalid('say what changed', [{ path: 'reason', message: 'required' }]);
  const score = qualityScore(state.policy.document.tiers.quality, cmd.factors);
  const to = state.tierOverridden ? state.tier : classify(state.policy.document, cmd.factors);
  return [{ type: 'quality_rescored', factors: cmd.factors, score, stage: state.stage, from: state.tier, to, reason }];
}

export function evolveQuality(state: ProjectState, event: QualityEvent & { at: string }): ProjectState {
  return { ...state, tier: event.to, quality: { factors: event.factors, score: event.score, stage: event.stage, at: event.at } };
}
