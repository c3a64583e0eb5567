import { z } from 'zod';
import { buildTierSchema, type Tier } from './tier';

/**
 * 分层调度: who approves what, per tier: dispatch, resource requests, over-budget exceptions. The chain names kinds of approvers; which person
 * holds that post on a given project (the appointed team lead, the office's manager) is resolved elsewhere.
 */
/**
 * `delivery_team_lead` (交付团队负责人) is appointed by the delivery center lead at dispatch and then approves every
 * resource request on the project, office staff included (一票到底).
 */
export const APPROVER_KINDS = [
  'delivery_center_lead',
  'delivery_team_lead',
  'office_manager',
  'hotline_lead',
  'director',
] as const;
/** The approval chain's schemas, built afresh on each call (built-once.ts says why a workflow needs its own). */
export function buildApprovalChainSchemas() {
  const TierSchema = buildTierSchema();
  const ApproverKindSchema = z.enum(APPROVER_KINDS);

  const RoutingTierSchema = TierSchema;

  const PerTierApproverSchema = z.object({
    A: ApproverKindSchema,
    B: ApproverKindSchema,
    C: ApproverKindSchema,
    D: ApproverKindSchema,
    E: ApproverKindSchema,
  });

  const ApprovalChainSchema = z
    .object({
      /** Who appoints the project's presales lead when the project is dispatched. */
      dispatch: PerTierApproverSchema,
      /** Who approves each resource request (售前资源申请). */
      resourceRequest: PerTierApproverSchema,
      /** Who grants the exception when a request would take committed + actual past the budget (量入为出). */
      overBudgetException: ApproverKindSchema,
      /** Channel projects are served along this tier's path, whatever their own tier, unless a director overrides. */
      channelPath: RoutingTierSchema,
    })
    .superRefine((chain, ctx) => {
      for (const tier of RoutingTierSchema.options) {
        if (chain.dispatch[tier] === 'delivery_team_lead') {
          ctx.addIssue({
            code: 'custom',
            path: ['dispatch', tier],
            message: 'the delivery team lead is the one appointed at dispatch and cannot approve the dispatch',
          });
        }
        if (chain.resourceRequest[tier] === 'delivery_team_lead' && chain.dispatch[tier] !== 'delivery_center_lead') {
          ctx.addIssue({
            code: 'custom',
            path: ['resourceRequest', tier],
            message: `a delivery team lead exists only once a delivery center lead appoints one: set dispatch.${tier} to delivery_center_lead`,
          });
        }
      }
    });
  return { ApproverKindSchema, ApprovalChainSchema };
}
export const { ApproverKindSchema, ApprovalChainSchema } = buildApprovalChainSchemas();
export type ApproverKind = z.infer<typeof ApproverKindSchema>;
export type ApprovalChain = z.infer<typeof ApprovalChainSchema>;

/**
 * A/B through the delivery center (its lead dispatches, the appointed team lead approves), C/D the office manager,
 * E the hotline lead; a director grants over-budget exceptions; channel projects follow E's path.
 */
export const DEFAULT_APPROVAL_CHAIN: ApprovalChain = {
  dispatch: {
    A: 'delivery_center_lead',
    B: 'delivery_center_lead',
    C: 'office_manager',
    D: 'office_manager',
    E: 'hotline_lead',
  },
  resourceRequest: {
    A: 'delivery_team_lead',
    B: 'delivery_team_lead',
    C: 'office_manager',
    D: 'office_manager',
    E: 'hotline_lead',
  },
  overBudgetException: 'director',
  channelPath: 'E',
};

/**
 * The tier whose path a project follows. `onChannelPath` is true for a channel project unless a director has
 * overridden its routing; the project's own tier still sets its budget.
 */
export function routingTier(chain: ApprovalChain, tier: Tier, onChannelPath: boolean): Tier {
  return onChannelPath ? chain.channelPath : tier;
}

export function dispatchApprover(chain: ApprovalChain, tier: Tier, onChannelPath: boolean): ApproverKind {
  return chain.dispatch[routingTier(chain, tier, onChannelPath)];
}

export function resourceApprover(chain: ApprovalChain, tier: Tier, onChannelPath: boolean): ApproverKind {
  return chain.resourceRequest[routingTier(chain, tier, onChannelPath)];
}

export function overBudgetApprover(chain: ApprovalChain): ApproverKind {
  return chain.overBudgetException;
}
