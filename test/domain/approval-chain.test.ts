import { describe, expect, it } from 'vitest';
import {
  ApprovalChainSchema,
  DEFAULT_APPROVAL_CHAIN,
  dispatchApprover,
  overBudgetApprover,
  resourceApprover,
  routingTier,
} from '../../domain/approval-chain';

const chain = DEFAULT_APPROVAL_CHAIN;

describe('the default chain', () => {
  it('is valid', () => {
    expect(ApprovalChainSchema.parse(chain)).toEqual(chain);
  });

  it.each([
    ['A', 'delivery_center_lead', 'delivery_team_lead'],
    ['B', 'delivery_center_lead', 'delivery_team_lead'],
    ['C', 'office_manager', 'office_manager'],
    ['D', 'office_manager', 'office_manager'],
    ['E', 'hotline_lead', 'hotline_lead'],
  ] as const)('tier %s: dispatched by the %s, requests approved by the %s', (tier, dispatch, resource) => {
    expect(dispatchApprover(chain, tier, false)).toBe(dispatch);
    expect(resourceApprover(chain, tier, false)).toBe(resource);
  });

  it('sends channel projects down the hotline path whatever their tier', () => {
    for (const tier of ['A', 'B', 'C', 'D', 'E'] as const) {
      expect(routingTier(chain, tier, true)).toBe('E');
      expect(dispatchApprover(chain, tier, true)).toBe('hotline_lead');
      expect(resourceApprover(chain, tier, true)).toBe('hotline_lead');
    }
  });

  it('follows the tier once a director overrides the channel routing', () => {
    expect(resourceApprover(chain, 'C', false)).toBe('office_manager');
    expect(routingTier(chain, 'C', false)).toBe('C');
  });

  it('has a director grant over-budget exceptions', () => {
    expect(overBudgetApprover(chain)).toBe('director');
  });
});

describe('ApprovalChainSchema', () => {
  it('routes channel projects along whichever path the policy names', () => {
    const officePath = ApprovalChainSchema.parse({ ...chain, channelPath: 'C' });
    expect(resourceApprover(officePath, 'A', true)).toBe('office_manager');
  });

  it('refuses a team lead approving their own dispatch, or a team lead no center lead appoints', () => {
    const result = ApprovalChainSchema.safeParse({
      ...chain,
      dispatch: { ...chain.dispatch, A: 'delivery_team_lead', C: 'office_manager' },
      resourceRequest: { ...chain.resourceRequest, C: 'delivery_team_lead' },
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual(['dispatch.A', 'resourceRequest.A', 'resourceRequest.C']);
  });

  it('refuses an unknown approver kind', () => {
    expect(ApprovalChainSchema.safeParse({ ...chain, overBudgetException: 'ceo' }).success).toBe(false);
  });
});
