import type { PolicyDocument, StagePolicy } from './policy';
import type { Tier } from './tier';
import { isTierAtLeast } from './tier-classification';

/** The stages a project of `tier` walks, in order (optional stages dropped below their tier). */
export function stagesFor(policy: PolicyDocument, tier: Tier): StagePolicy[] {
  return policy.pipeline.stages.filter((s) => !s.requiredFromTier || isTierAtLeast(tier, s.requiredFromTier));
}

export function stagePolicy(policy: PolicyDocument, key: string): StagePolicy {
  const stage = policy.pipeline.stages.find((s) => s.key === key);
  if (!stage) throw new RangeError(`stage "${key}" is not in the pinned pipeline`);
  return stage;
}

export function firstStage(policy: PolicyDocument): StagePolicy {
  const first = policy.pipeline.stages[0];
  if (!first) throw new RangeError('the pipeline has no stages');
  return first;
}

/** The stage after `current` for this tier, or undefined at the end of the pipeline. */
export function nextStage(policy: PolicyDocument, tier: Tier, current: string): StagePolicy | undefined {
  const walked = stagesFor(policy, tier);
  const at = walked.findIndex((s) => s.key === current);
  if (at >= 0) return walked[at + 1];
  // A tier override may leave the project in a stage its new tier skips: continue from the full pipeline order.
  const all = policy.pipeline.stages;
  const fullIndex = all.findIndex((s) => s.key === current);
  return all.slice(fullIndex + 1).find((s) => walked.includes(s));
}

/** The stage's SLA for a tier, in business hours. */
export function stageSlaHours(stage: StagePolicy, tier: Tier): number {
  return stage.slaHoursByTier?.[tier] ?? stage.slaHours;
}
