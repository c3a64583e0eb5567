import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type PolicyDocument } from '../../domain/policy';
import { firedLevels, simulateBoth, simulateProject, simulationReport, type SimulationProjectFacts } from '../../domain/policy-simulation';

/** The what-if's rules on hand-made facts: each part can be checked by hand against the policy. */

const HOUR = 3_600_000;
const T0 = '2026-03-02T00:00:00.000Z';
const at = (hours: number) => new Date(Date.parse(T0) + hours * HOUR).toISOString();
const plainHours = (): PolicyDocument => ({ ...structuredClone(DEFAULT_POLICY), calendar: { ...DEFAULT_POLICY.calendar, enabled: false } });
const org = { managerDepth: (id: string) => ({ sales: 2, manager: 1, top: 0 })[id] ?? 0 };

function facts(overrides: Partial<SimulationProjectFacts> = {}): SimulationProjectFacts {
  return {
    projectId: '00000000-0000-4000-8000-000000000001',
    name: 'Core banking',
    officeId: 'office',
    salesOwnerId: 'sales',
    openedAt: T0,
    status: 'open',
    expectedValue: { amount: 900_000_000, currency: 'CNY' },
    industry: 'finance',
    channel: false,
    strategic: false,
    quality: null,
    tierOverride: null,
    recorded: { tier: 'B', budget: 22_500_000, policyVersion: 1 },
    posts: { delivery_center_lead: 'center-lead', office_manager: 'manager', hotline_lead: 'hotline', delivery_team_lead: 'team-lead' },
    dispatch: { from: T0, to: at(1) },
    requests: [],
    ledger: [],
    presalesDays: 0,
    stages: [],
    handoffOffers: [],
    win: null,
    ...overrides,
  };
}

describe('one project under a policy', () => {
  it('re-decides the tier, budget and posts; a director override stands', () => {
    const candidate = plainHours();
    candidate.tiers.thresholds.CNY!.A = 800_000_000;
    expect(simulateProject(plainHours(), facts(), org, at(10))).toMatchObject({ tier: 'B', budget: 22_500_000, dispatchTo: 'delivery_center_lead', dispatcherId: 'center-lead', resourceApprover: 'delivery_team_lead' });
    expect(simulateProject(candidate, facts(), org, at(10))).toMatchObject({ tier: 'A', budget: 18_000_000 });
    expect(simulateProject(candidate, facts({ tierOverride: 'C' }), org, at(10))).toMatchObject({ tier: 'C', dispatchTo: 'office_manager', dispatcherId: 'manager' });
    // A channel project follows the channel path unless overridden.
    expect(simulateProject(plainHours(), facts({ channel: true }), org, at(10))).toMatchObject({ tier: 'C', dispatchTo: 'hotline_lead' });
    expect(simulateProject(plainHours(), facts({ expectedValue: { amount: 1, currency: 'USD' } }), org, at(10))).toMatchObject({ tier: null, problem: 'no tier thresholds for USD' });
  });

  it('needs an over-budget exception where what was spent before plus the booking passes the budget', () => {
    const requests = [
      { approval: { from: at(1), to: at(2) }, priced: { at: at(2), planned: 20_000_000 }, exception: null },
      { approval: { from: at(3), to: at(4) }, priced: { at: at(4), planned: 2_000_000 }, exception: { from: at(4), to: at(5) } },
    ];
    const ledger = [{ at: at(2), change: 20_000_000 }];
    // B: 22.5 M fen; 20 M then 2 M fits. A at 8 M CNY: 18 M fen; the first booking alone fits, the second does not.
    expect(simulateProject(plainHours(), facts({ requests, ledger }), org, at(10)).overBudgetExceptions).toBe(0);
    const candidate = plainHours();
    candidate.tiers.thresholds.CNY!.A = 800_000_000;
    const outcome = simulateProject(candidate, facts({ requests, ledger }), org, at(10));
    expect(outcome.overBudgetExceptions).toBe(2);
    expect(outcome.approvals.map((a) => a.post)).toEqual(['delivery_center_lead', 'delivery_team_lead', 'director', 'delivery_team_lead', 'director']);
    // A release before the second booking makes room again.
    const released = simulateProject(candidate, facts({ requests, ledger: [...ledger, { at: at(3), change: -20_000_000 }] }), org, at(10));
    expect(released.overBudgetExceptions).toBe(1);
  });

  it('fires each escalation step that falls due before its obligation ended, up the manager tree', () => {
    const policy = plainHours();
    // Due after 10 h: reminder at 5 h, deadline 10 h, then every 8 h (18, 26).
    const ladder = (end: string | null, responsibleId: string | null = 'sales') => firedLevels(policy, { since: T0, deadline: at(10), end, responsibleId }, org, at(100));
    expect(ladder(at(4.9))).toEqual([]);
    expect(ladder(at(5.1))).toEqual([0]);
    expect(ladder(at(17))).toEqual([0, 1]);
    expect(ladder(null)).toEqual([0, 1, 2, 3]);
    // One manager above: level 2 is where the ladder ends (recorded as such), nothing after.
    expect(ladder(null, 'manager')).toEqual([0, 1, 2]);
    // A pool is reminded and told when overdue.
    expect(ladder(null, null)).toEqual([0, 1]);
  });

  it('a new owner keeps the stage deadline unless too little is left', () => {
    const policy = plainHours();
    policy.pipeline.stages[0]!.slaHours = 10;
    const stage = { stage: 'qualify', from: T0, to: at(30), owners: [{ personId: 'sales', from: T0 }, { personId: 'manager', from: at(20) }] };
    // The first owner: 5 h reminder, 10 h deadline, 18 h level 2; the second from 20 h with 8 h grace (due 28 h, reminded at once).
    expect(simulateProject(policy, facts({ stages: [stage], dispatch: null }), org, at(40)).escalationsByLevel).toEqual([2, 2, 1]);
  });
});

describe('the report', () => {
  it('adds up tiers, budgets, credit and lists the projects that change', () => {
    const candidate = plainHours();
    candidate.tiers.thresholds.CNY!.A = 800_000_000;
    candidate.credit.presalesLeadBasisPoints = 5_000;
    const win = { finalValue: { amount: 1_000_000_000, currency: 'CNY' }, people: { salesOwnerId: 'sales', presalesLeadId: 'presales' } };
    const projects = [
      simulateBoth(plainHours(), candidate, facts({ presalesDays: 4, win }), org, at(10)),
      simulateBoth(plainHours(), candidate, facts({ projectId: '00000000-0000-4000-8000-000000000002', expectedValue: { amount: 200_000_000, currency: 'CNY' }, salesOwnerId: 'sales2', presalesDays: 4 }), org, at(10)),
    ];
    const report = simulationReport(projects);
    expect(report.current.tiers.B.projects).toBe(1);
    expect(report.candidate.tiers.A).toEqual({ projects: 1, pipeline: [{ amount: 900_000_000, currency: 'CNY' }] });
    expect(report.current.budget).toEqual([{ amount: 22_500_000 + 6_000_000, currency: 'CNY' }]);
    expect(report.candidate.credit.presales_lead).toEqual([{ amount: 500_000_000, currency: 'CNY' }]);
    expect(report.changed.map((c) => c.projectId)).toEqual(['00000000-0000-4000-8000-000000000001']);
    // The 8 days re-allocated by budget: 22.5 M : 6 M fen now (6.32 and 1.68 days: 0.70 and 0.84 per million), 18 M : 6 M under the
    // candidate (6 and 2 days: 0.67 and 1.0 per million). Gini of two values = |a − b| / (2 (a + b)).
    expect(report.current.fairness[0]!.gini).toBeCloseTo((8 * 6 / 28.5 / 2 - 8 * 22.5 / 28.5 / 9) / (2 * (8 * 6 / 28.5 / 2 + 8 * 22.5 / 28.5 / 9)), 10);
    expect(report.candidate.fairness[0]!.gini).toBeCloseTo((1 - 6 / 9) / (2 * (1 + 6 / 9)), 10);
    expect(report.recordedFairness[0]!.giniPopulation).toBe(2);
  });
});
