/*
 * Long because the what-if simulator (≈430 lines) re-runs every policy-driven rule on one project's recorded facts
 * (tier, budget, dispatch path, approval chain, over-budget exceptions, escalation ladders, credit) and adds the
 * outcomes up into one report per policy; each part is short and they share the same facts and outcome types.
 */
import { allocationBySales } from './allocation';
import { dispatchApprover, overBudgetApprover, resourceApprover, type ApproverKind } from './approval-chain';
import { needsOverBudgetException } from './budget';
import { deadlineAfter, escalationDueAt, newOwnerDeadline, type Obligation } from './collaborate';
import { creditLines, CREDIT_ROLES, type CreditPeople, type CreditRole } from './credit';
import { tierBudget } from './match';
import { sumMinorUnits, type Money } from './money';
import type { QualityFactors } from './opportunity-quality';
import { stageSlaHours } from './pipeline';
import type { PolicyDocument } from './policy';
import { classifyTier, supportsCurrency } from './tier-classification';
import { TIERS, type Tier } from './tier';

/**
 * What if a policy had been in force? The rules re-run on what was recorded of each project — its facts, when each
 * stage, approval and handoff offer started and ended, what each booking cost and when, who won it — under the
 * current policy and a candidate, side by side. Pure: db/policy-simulation.ts reads the facts, the API and the
 * simulation workflow call these functions, nothing here writes anything.
 *
 * What is kept as recorded under either policy: a director's tier override (a decision, not a rule), the times people
 * took, the bookings and their prices, who was credited. What is re-decided: the tier (and with it the budget, the
 * dispatch and approval posts, the stages' SLAs), every deadline on the policy's business calendar, each escalation
 * step that would have fallen due before its obligation ended, each booking's need for an over-budget exception
 * against the re-decided budget, each credit share. Not re-decided: budgets a director set by hand, deadline
 * extensions, knock-on effects (a booking an exception would have refused still counts as spent afterwards).
 */

/** One obligation's recorded span, for the escalation ladder: who owed it, from when, until it ended (null: still open). */
export interface RecordedSpan {
  from: string;
  to: string | null;
}

export interface SimulationStageFacts extends RecordedSpan {
  stage: string;
  /** The owners during the stage, in order; the first from the stage's start. A new owner starts a new ladder. */
  owners: Array<{ personId: string; from: string }>;
}

export interface SimulationRequestFacts {
  /** When the resource approval was asked for and decided (its ladder); `to` null while pending. */
  approval: RecordedSpan;
  /** Priced at approval: when, and what it would commit (the project's currency). Null when never priced. */
  priced: { at: string; planned: number } | null;
  /** The over-budget exception recorded for it, if one was asked: its span. */
  exception: RecordedSpan | null;
}

/** Everything of one project the simulator reads: facts at opening, the recorded times and money, the credited people. */
export interface SimulationProjectFacts {
  projectId: string;
  name: string;
  officeId: string;
  salesOwnerId: string;
  openedAt: string;
  status: 'open' | 'won' | 'lost';
  expectedValue: Money;
  industry: string;
  channel: boolean;
  strategic: boolean;
  quality: QualityFactors | null;
  /** A director's override: it stands whatever the policy says, and takes the project off the channel path. */
  tierOverride: Tier | null;
  /** The tier and budget the project was given (under the policy it pinned), for reference. */
  recorded: { tier: Tier; budget: number; policyVersion: number };
  /** Who holds each post for this project: the serving center's lead, the office's manager, the hotline lead, the appointed team lead. */
  posts: Partial<Record<ApproverKind, string | null>>;
  dispatch: RecordedSpan | null;
  requests: SimulationRequestFacts[];
  /** Commit and release entries of the cost ledger (accruals move cost within the total and are left out). */
  ledger: Array<{ at: string; change: number }>;
  /** Presales days booked on the project (days and quarter days): what fairness re-allocates. */
  presalesDays: number;
  stages: SimulationStageFacts[];
  handoffOffers: Array<RecordedSpan & { toPersonId: string }>;
  /** A won project's final value and the people credited for it. */
  win: { finalValue: Money; people: CreditPeople } | null;
}

/** The people tree the ladders climb: how many managers are above each person. */
export interface SimulationOrganisation {
  managerDepth: (personId: string) => number;
}

/** One project under one policy. `problem` says why the policy could not classify or budget it (then the rest is empty). */
export interface ProjectUnderPolicy {
  tier: Tier | null;
  budget: number | null;
  currency: string;
  dispatchTo: ApproverKind | null;
  dispatcherId: string | null;
  resourceApprover: ApproverKind | null;
  resourceApproverId: string | null;
  /** Approvals the project asks for, by post and by person (the dispatch, every request, every exception needed). */
  approvals: Array<{ post: ApproverKind; personId: string | null }>;
  overBudgetExceptions: number;
  /** How many escalation steps would have fired, per level (0 the reminder, 1 the deadline, then one up per step). */
  escalationsByLevel: number[];
  credit: Record<CreditRole, number>;
  problem: string | null;
}

export const MAX_ESCALATION_LEVEL = 10;

const emptyCredit = (): Record<CreditRole, number> => ({ sales_owner: 0, presales_lead: 0, delivery_manager: 0 });

/** The steps of one obligation's ladder that fall due before it ended (or before `asOf` while it is open). */
export function firedLevels(
  policy: PolicyDocument,
  obligation: { since: string; deadline: string; end: string | null; responsibleId: string | null },
  org: SimulationOrganisation,
  asOf: string,
): number[] {
  const until = obligation.end ?? asOf;
  // A pool (the directors) has no manager to climb to: it is reminded and told when overdue (domain/collaborate.ts).
  const top = obligation.responsibleId ? policy.escalation.maxLevels : 1;
  const ladder: Obligation = {
    key: 'simulated',
    kind: 'stage',
    refId: 'simulated',
    responsibleId: obligation.responsibleId,
    responsibleRole: null,
    since: obligation.since,
    deadline: obligation.deadline,
  };
  const fired: number[] = [];
  for (let level = 0; level <= top; level++) {
    if (escalationDueAt(policy, ladder, level) >= until) break;
    fired.push(level);
    // Past the top of the manager tree the step is recorded as the ladder's end, and nothing climbs further.
    if (level >= 1 && obligation.responsibleId && org.managerDepth(obligation.responsibleId) < level) break;
  }
  return fired;
}

function stageLadders(policy: PolicyDocument, tier: Tier, stage: SimulationStageFacts) {
  const stagePolicy = policy.pipeline.stages.find((s) => s.key === stage.stage);
  if (!stagePolicy) return [];
  let deadline = deadlineAfter(policy, stage.from, stageSlaHours(stagePolicy, tier));
  return stage.owners.map((owner, i) => {
    // A new owner keeps the stage's deadline unless too little of it is left.
    if (i > 0) deadline = newOwnerDeadline(policy, deadline, owner.from) ?? deadline;
    const end = stage.owners[i + 1]?.from ?? stage.to;
    return { since: owner.from, deadline, end, responsibleId: owner.personId };
  });
}

const approvalLadder = (policy: PolicyDocument, span: RecordedSpan, hours: number, responsibleId: string | null) => ({
  since: span.from,
  deadline: deadlineAfter(policy, span.from, hours),
  end: span.to,
  responsibleId,
});

/** Counts per level as a dense array (a level nothing reached counts 0). */
const dense = (levels: readonly (number | undefined)[]): number[] => Array.from({ length: levels.length }, (_, i) => levels[i] ?? 0);

/** The money spent (committed + actual) on the project before `at`, from its ledger. */
function spentBefore(facts: SimulationProjectFacts, at: string): number {
  return sumMinorUnits(facts.ledger.filter((e) => e.at < at).map((e) => e.change));
}

/** Re-runs the policy's rules on one project's recorded facts. `asOf` ends the ladders of what is still open. */
export function simulateProject(policy: PolicyDocument, facts: SimulationProjectFacts, org: SimulationOrganisation, asOf: string): ProjectUnderPolicy {
  const currency = facts.expectedValue.currency;
  const empty: ProjectUnderPolicy = {
    tier: null,
    budget: null,
    currency,
    dispatchTo: null,
    dispatcherId: null,
    resourceApprover: null,
    resourceApproverId: null,
    approvals: [],
    overBudgetExceptions: 0,
    escalationsByLevel: [],
    credit: emptyCredit(),
    problem: null,
  };
  if (!supportsCurrency(policy, currency)) return { ...empty, problem: `no tier thresholds for ${currency}` };
  const tier = facts.tierOverride ?? classifyTier(policy, { ...facts, quality: facts.quality ?? undefined }).tier;
  let budget: number;
  try {
    budget = tierBudget(policy, tier, facts.expectedValue, facts.openedAt.slice(0, 10)).amount;
  } catch (error) {
    return { ...empty, tier, problem: (error as Error).message };
  }
  const onChannelPath = facts.channel && facts.tierOverride === null;
  const dispatchTo = dispatchApprover(policy.approvals, tier, onChannelPath);
  const resourceTo = resourceApprover(policy.approvals, tier, onChannelPath);
  const holder = (post: ApproverKind) => (post === 'director' ? null : (facts.posts[post] ?? null));
  const dispatcherId = holder(dispatchTo);
  const resourceApproverId = holder(resourceTo);
  const exceptionPost = overBudgetApprover(policy.approvals);

  const approvals: ProjectUnderPolicy['approvals'] = [{ post: dispatchTo, personId: dispatcherId }];
  const ladders: Array<Parameters<typeof firedLevels>[1]> = [];
  if (facts.dispatch) ladders.push(approvalLadder(policy, facts.dispatch, policy.sla.approvalHours.dispatch, dispatcherId));
  let overBudgetExceptions = 0;
  for (const request of facts.requests) {
    approvals.push({ post: resourceTo, personId: resourceApproverId });
    ladders.push(approvalLadder(policy, request.approval, policy.sla.approvalHours.resource, resourceApproverId));
    if (!request.priced) continue;
    const spent = spentBefore(facts, request.priced.at);
    const zero = { amount: 0, currency };
    const needed = needsOverBudgetException({
      budget: { amount: budget, currency },
      committed: { amount: spent, currency },
      actual: zero,
      requested: { amount: request.priced.planned, currency },
    });
    if (!needed) continue;
    overBudgetExceptions += 1;
    approvals.push({ post: exceptionPost, personId: holder(exceptionPost) });
    if (request.exception) ladders.push(approvalLadder(policy, request.exception, policy.sla.approvalHours.over_budget, holder(exceptionPost)));
  }
  for (const stage of facts.stages) ladders.push(...stageLadders(policy, tier, stage));
  for (const offer of facts.handoffOffers) ladders.push(approvalLadder(policy, offer, policy.sla.handoffOfferHours, offer.toPersonId));

  const escalationsByLevel: number[] = [];
  for (const ladder of ladders) {
    for (const level of firedLevels(policy, ladder, org, asOf)) escalationsByLevel[level] = (escalationsByLevel[level] ?? 0) + 1;
  }
  const credit = emptyCredit();
  if (facts.win) {
    for (const line of creditLines(policy.credit, facts.win.finalValue, facts.win.people)) credit[line.creditRole] += line.amount.amount;
  }
  return {
    ...empty,
    tier,
    budget,
    dispatchTo,
    dispatcherId,
    resourceApprover: resourceTo,
    resourceApproverId,
    approvals,
    overBudgetExceptions,
    escalationsByLevel: dense(escalationsByLevel),
    credit,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The report: the outcomes of every project added up, per policy.

/** What the report keeps of one project under both policies (stored per project by the simulation workflow). */
export interface SimulatedProject {
  projectId: string;
  name: string;
  salesOwnerId: string;
  expectedValue: Money;
  presalesDays: number;
  recorded: SimulationProjectFacts['recorded'];
  current: ProjectUnderPolicy;
  candidate: ProjectUnderPolicy;
}

export function simulateBoth(
  current: PolicyDocument,
  candidate: PolicyDocument,
  facts: SimulationProjectFacts,
  org: SimulationOrganisation,
  asOf: string,
): SimulatedProject {
  return {
    projectId: facts.projectId,
    name: facts.name,
    salesOwnerId: facts.salesOwnerId,
    expectedValue: facts.expectedValue,
    presalesDays: facts.presalesDays,
    recorded: facts.recorded,
    current: simulateProject(current, facts, org, asOf),
    candidate: simulateProject(candidate, facts, org, asOf),
  };
}

export interface FairnessFigures {
  currency: string;
  /** Presales days per 1,000,000 major units of pipeline over the window's projects. */
  daysPerMillion: number | null;
  /** Gini of the days per unit of pipeline over the sales people (domain/allocation.ts). */
  gini: number;
  giniPopulation: number;
}

export interface PolicyOutcome {
  /** Projects per tier and their pipeline (expected value) per currency. */
  tiers: Record<Tier, { projects: number; pipeline: Money[] }>;
  /** Projects the policy cannot classify or budget (a currency it has no thresholds for, a hotline rate missing). */
  unclassified: number;
  budget: Money[];
  approvalsByPost: Partial<Record<ApproverKind, number>>;
  /** The load each manager would carry, busiest first; `personId` null for a pool (the directors). */
  approvalsByPerson: Array<{ personId: string | null; approvals: number }>;
  overBudgetExceptions: number;
  escalationsByLevel: number[];
  credit: Record<CreditRole, Money[]>;
  /** The window's presales days re-allocated in proportion to this policy's budgets (per currency). */
  fairness: FairnessFigures[];
}

export interface ChangedProject {
  projectId: string;
  name: string;
  current: Pick<ProjectUnderPolicy, 'tier' | 'budget' | 'currency' | 'dispatchTo' | 'dispatcherId' | 'overBudgetExceptions'>;
  candidate: ChangedProject['current'];
}

export interface SimulationReport {
  projects: number;
  current: PolicyOutcome;
  candidate: PolicyOutcome;
  /** Projects whose tier, budget or dispatch path would differ, in the order given. */
  changed: ChangedProject[];
  /** Fairness of the days as recorded (not re-allocated), for reference. */
  recordedFairness: FairnessFigures[];
}

function addTo(map: Map<string, number>, key: string, amount: number): void {
  map.set(key, sumMinorUnits([map.get(key) ?? 0, amount]));
}

const moneyList = (map: Map<string, number>): Money[] =>
  [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([currency, amount]) => ({ amount, currency }));

/** Fairness per currency over rows of (sales person, tier, pipeline, days). */
function fairnessOf(rows: Array<{ currency: string; salesPersonId: string; tier: Tier; pipelineValue: number; presalesDays: number }>): FairnessFigures[] {
  const currencies = [...new Set(rows.map((r) => r.currency))].sort();
  return currencies.map((currency) => {
    const report = allocationBySales(rows.filter((r) => r.currency === currency).map(({ currency: _c, ...row }) => row));
    return { currency, daysPerMillion: report.total.daysPerMillion, gini: report.gini, giniPopulation: report.giniPopulation };
  });
}

/**
 * The window's presales days shared out in proportion to each project's budget under the policy, per currency (the
 * same people, spread as the budgets say): what fairness compares.
 */
function reallocatedDays(projects: readonly SimulatedProject[], side: 'current' | 'candidate'): number[] {
  const totals = new Map<string, { days: number; budget: number }>();
  for (const p of projects) {
    const t = totals.get(p.expectedValue.currency) ?? { days: 0, budget: 0 };
    t.days += p.presalesDays;
    t.budget += p[side].budget ?? 0;
    totals.set(p.expectedValue.currency, t);
  }
  return projects.map((p) => {
    const t = totals.get(p.expectedValue.currency)!;
    return t.budget === 0 ? 0 : (t.days * (p[side].budget ?? 0)) / t.budget;
  });
}

function outcomeOf(projects: readonly SimulatedProject[], side: 'current' | 'candidate'): PolicyOutcome {
  const tiers = Object.fromEntries(TIERS.map((t) => [t, { projects: 0, pipeline: new Map<string, number>() }])) as Record<
    Tier,
    { projects: number; pipeline: Map<string, number> }
  >;
  const budget = new Map<string, number>();
  const byPost: Partial<Record<ApproverKind, number>> = {};
  const byPerson = new Map<string | null, number>();
  const credit = Object.fromEntries(CREDIT_ROLES.map((r) => [r, new Map<string, number>()])) as Record<CreditRole, Map<string, number>>;
  const escalationsByLevel: number[] = [];
  let unclassified = 0;
  let overBudgetExceptions = 0;
  const days = reallocatedDays(projects, side);
  const fairnessRows = [];
  for (const [i, project] of projects.entries()) {
    const outcome = project[side];
    const currency = outcome.currency;
    if (outcome.tier === null || outcome.budget === null) {
      unclassified += 1;
      continue;
    }
    tiers[outcome.tier].projects += 1;
    addTo(tiers[outcome.tier].pipeline, currency, project.expectedValue.amount);
    addTo(budget, currency, outcome.budget);
    for (const approval of outcome.approvals) {
      byPost[approval.post] = (byPost[approval.post] ?? 0) + 1;
      byPerson.set(approval.personId, (byPerson.get(approval.personId) ?? 0) + 1);
    }
    overBudgetExceptions += outcome.overBudgetExceptions;
    outcome.escalationsByLevel.forEach((n, level) => (escalationsByLevel[level] = (escalationsByLevel[level] ?? 0) + n));
    for (const role of CREDIT_ROLES) if (outcome.credit[role] > 0) addTo(credit[role], currency, outcome.credit[role]);
    fairnessRows.push({ currency, salesPersonId: project.salesOwnerId, tier: outcome.tier, pipelineValue: project.expectedValue.amount, presalesDays: days[i]! });
  }
  return {
    tiers: Object.fromEntries(TIERS.map((t) => [t, { projects: tiers[t].projects, pipeline: moneyList(tiers[t].pipeline) }])) as PolicyOutcome['tiers'],
    unclassified,
    budget: moneyList(budget),
    approvalsByPost: byPost,
    approvalsByPerson: [...byPerson]
      .map(([personId, approvals]) => ({ personId, approvals }))
      .sort((a, b) => b.approvals - a.approvals || String(a.personId).localeCompare(String(b.personId))),
    overBudgetExceptions,
    escalationsByLevel: dense(escalationsByLevel),
    credit: Object.fromEntries(CREDIT_ROLES.map((r) => [r, moneyList(credit[r])])) as PolicyOutcome['credit'],
    fairness: fairnessOf(fairnessRows),
  };
}

const headline = (o: ProjectUnderPolicy): ChangedProject['current'] => ({
  tier: o.tier,
  budget: o.budget,
  currency: o.currency,
  dispatchTo: o.dispatchTo,
  dispatcherId: o.dispatcherId,
  overBudgetExceptions: o.overBudgetExceptions,
});

/** The side-by-side report over every simulated project of the window. */
export function simulationReport(projects: readonly SimulatedProject[]): SimulationReport {
  const changed = projects
    .filter((p) => p.current.tier !== p.candidate.tier || p.current.budget !== p.candidate.budget || p.current.dispatchTo !== p.candidate.dispatchTo)
    .map((p) => ({ projectId: p.projectId, name: p.name, current: headline(p.current), candidate: headline(p.candidate) }));
  const recordedRows = projects.map((p) => ({
    currency: p.expectedValue.currency,
    salesPersonId: p.salesOwnerId,
    tier: p.recorded.tier,
    pipelineValue: p.expectedValue.amount,
    presalesDays: p.presalesDays,
  }));
  return {
    projects: projects.length,
    current: outcomeOf(projects, 'current'),
    candidate: outcomeOf(projects, 'candidate'),
    changed,
    recordedFairness: fairnessOf(recordedRows),
  };
}
