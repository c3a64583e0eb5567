import { dispatchApprover, type ApproverKind } from './approval-chain';
import { tierBudget } from './match';
import type { Money } from './money';
import type { PolicyDocument } from './policy';
import type { ProjectFacts } from './project';
import { classifyTier, type TierDecision } from './tier-classification';

/** What a project gets when it opens under a policy: its tier (and why), its presales budget and its dispatch path. */
export interface OpeningPlan {
  tier: TierDecision;
  budget: Money;
  /** Whose post dispatches it (资源匹配): resolved to a person when the project opens. */
  dispatchKind: ApproverKind;
}

/**
 * The opening decisions for `facts` under `policy` on `onDate` (the rate in effect for hotline budgets): what a
 * project will be given when it opens, and what the new-project form shows before it is submitted. The caller
 * checks first that the policy has tier thresholds in the project's currency (`supportsCurrency`).
 */
export function planOpening(policy: PolicyDocument, facts: ProjectFacts, onDate: string): OpeningPlan {
  const tier = classifyTier(policy, facts);
  return {
    tier,
    budget: tierBudget(policy, tier.tier, facts.expectedValue, onDate),
    dispatchKind: dispatchApprover(policy.approvals, tier.tier, facts.channel),
  };
}
