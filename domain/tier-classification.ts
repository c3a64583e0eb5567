import type { Money } from './money';
import { adjustForQuality, type QualityFactors } from './opportunity-quality';
import { type PolicyDocument } from './policy';
import { TIERS, type Tier } from './tier';

export interface TierFacts {
  expectedValue: Money;
  industry: string;
  channel: boolean;
  strategic: boolean;
  /** 商机质量: scored factors move the value tier one step either way (policy `tiers.quality`). */
  quality?: QualityFactors;
}

export interface TierDecision {
  tier: Tier;
  /** Why, in words a director can check against the policy. */
  reason: string;
}

export function tierRank(tier: Tier): number {
  return TIERS.indexOf(tier);
}

/** True when `tier` is `floor` or better (A is best). */
export function isTierAtLeast(tier: Tier, floor: Tier): boolean {
  return tierRank(tier) <= tierRank(floor);
}

export function supportsCurrency(policy: PolicyDocument, currency: string): boolean {
  return policy.tiers.thresholds[currency] !== undefined;
}

/** A project's tier from its facts: value thresholds, the strategic path to A, and the channel cap. */
export function classifyTier(policy: PolicyDocument, facts: TierFacts): TierDecision {
  const { amount, currency } = facts.expectedValue;
  const thresholds = policy.tiers.thresholds[currency];
  if (!thresholds) {
    throw new RangeError(`policy has no tier thresholds for ${currency}`);
  }
  let tier: Tier = 'E';
  let reason = `expected value below the D threshold`;
  for (const candidate of ['A', 'B', 'C', 'D'] as const) {
    if (amount >= thresholds[candidate]) {
      tier = candidate;
      reason = `expected value ≥ the ${candidate} threshold (${thresholds[candidate]} ${currency} minor units)`;
      break;
    }
  }
  const strategicMin = policy.tiers.strategicA.minValue[currency];
  const keyIndustry = policy.tiers.strategicA.keyIndustries.includes(facts.industry.toLowerCase());
  if (tier !== 'A' && facts.strategic && keyIndustry && strategicMin !== undefined && amount >= strategicMin) {
    tier = 'A';
    reason = `strategic project in key industry "${facts.industry}" with expected value ≥ ${strategicMin} ${currency} minor units`;
  }
  if (facts.quality) {
    const adjusted = adjustForQuality(policy.tiers.quality, tier, facts.quality);
    if (adjusted.reason) {
      tier = adjusted.tier;
      reason = `${reason}; ${adjusted.reason}`;
    }
  }
  const cap = policy.tiers.channelBestTier;
  if (facts.channel && tierRank(tier) < tierRank(cap)) {
    reason = `${reason}; channel project capped at ${cap} (a director may override)`;
    tier = cap;
  }
  return { tier, reason };
}
