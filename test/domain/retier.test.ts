import { describe, expect, it } from 'vitest';
import { openProject } from '../../domain/lifecycle';
import type { ProjectState } from '../../domain/project';
import { retierMatchEvents } from '../../domain/match';
import { type Approval, type ApproverRef } from '../../domain/match-state';
import { DEFAULT_POLICY } from '../../domain/policy';

/** A tier override's consequences in Match are judged on the project as it is after the override, not before it. */

const now = '2026-11-26T08:00:00.000Z';
const ctx = { now, newId: () => 'new-approval' };
const officeManager: ApproverRef = { kind: 'office_manager', personId: 'olga', role: null, label: 'manager of the office' };
const centerLead: ApproverRef = { kind: 'delivery_center_lead', personId: 'lee', role: null, label: 'lead of the center' };

function openedAs(tier: 'A' | 'C'): ProjectState {
  return openProject(
    'p1',
    { version: 1, document: DEFAULT_POLICY },
    { name: 'n', customerName: 'c', industry: 'finance', officeId: 'o', expectedValue: { amount: 1_200_000_000, currency: 'CNY' }, channel: false, strategic: false, salesOwnerId: 'sally' },
    { tier, reason: 'test' },
    now,
  ).state;
}

/** Opened as C with its dispatch to the office manager in `status`, then overridden to A. */
function overriddenToA(status: Approval['status']): ProjectState {
  const asC = openedAs('C');
  const dispatch: Approval = { id: 'd1', kind: 'dispatch', requestId: null, approver: officeManager, status, requestedAt: now };
  return {
    ...asC,
    tier: 'A',
    match: {
      ...asC.match,
      approvals: [dispatch],
      dispatch: { approvalId: 'd1', approverKind: 'office_manager', status: status === 'pending' ? 'pending' : 'appointed', leadId: status === 'pending' ? null : 'pete', deliveryCenterId: null },
    },
  } as ProjectState;
}

describe('retierMatchEvents', () => {
  it('cancels the dispatch still pending with the old dispatcher and asks the new one', () => {
    const events = retierMatchEvents(overriddenToA('pending'), 'C', centerLead, ctx);
    expect(events.filter((e) => e.type !== 'budget_set')).toEqual([
      { type: 'approval_cancelled', approvalId: 'd1', reason: 'tier overridden: dispatched again' },
      { type: 'dispatch_requested', approval: { id: 'new-approval', kind: 'dispatch', requestId: null, approver: centerLead, status: 'pending', requestedAt: now } },
    ]);
  });

  it('never cancels a dispatch decided meanwhile', () => {
    const events = retierMatchEvents(overriddenToA('approved'), 'C', centerLead, ctx);
    expect(events.some((e) => e.type === 'approval_cancelled')).toBe(false);
  });

  it('sets the new tier’s budget only when it differs from the budget in force, naming both tiers', () => {
    const state = overriddenToA('pending');
    const [budget] = retierMatchEvents(state, 'C', undefined, ctx);
    expect(budget).toMatchObject({ type: 'budget_set', reason: 'tier overridden C → A' });
    const settled = { ...state, match: { ...state.match, budget: (budget as { budget: ProjectState['match']['budget'] }).budget } };
    expect(retierMatchEvents(settled, 'C', undefined, ctx)).toEqual([]);
  });
});
