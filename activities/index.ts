import { ApplicationFailure } from '@temporalio/activity';
import { currentPolicy } from '../db/policies';
import type { Pool } from '../db/pool';
import { recordProjectEvents } from '../db/project-record';
import type { ProjectFacts, ProjectState, RecordedEvent } from '../domain/lifecycle';
import type { PinnedPolicy } from '../domain/policy';
import { classifyTier, supportsCurrency, type TierDecision } from '../domain/tier';

export interface ActivityDeps {
  pool: Pool;
}

/** All activities, built around their dependencies (a pg Pool now; the notifier later). */
export function createActivities({ pool }: ActivityDeps) {
  return {
    /** Pins the current policy version for a new project and classifies its tier under it. */
    async pinPolicyAndClassify(input: { facts: ProjectFacts }): Promise<{ policy: PinnedPolicy; tier: TierDecision }> {
      const policy = await currentPolicy(pool);
      if (!supportsCurrency(policy.document, input.facts.expectedValue.currency)) {
        throw ApplicationFailure.nonRetryable(
          `policy v${policy.version} has no tier thresholds for ${input.facts.expectedValue.currency}`,
          'invalid',
        );
      }
      return { policy, tier: classifyTier(policy.document, input.facts) };
    },

    async recordProjectEvents(input: { project: ProjectState; events: RecordedEvent[] }): Promise<number> {
      return recordProjectEvents(pool, input.project, input.events);
    },
  };
}

export type MoatActivities = ReturnType<typeof createActivities>;
