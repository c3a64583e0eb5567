import { describe, expect, it } from 'vitest';
import { availableActions, type ActionName } from '../../domain/available-actions';
import { scoringRequestEvents } from '../../domain/assess';
import { decideExtendDeadline, decideReassign, decideSignFeasibility, stageObligationKey } from '../../domain/collaborate';
import { Rejection } from '../../domain/errors';
import { checkAdvance, decideClose, decideOverrideTier, decideProposeHandoff } from '../../domain/lifecycle';
import { checkRedispatch, checkRequestResource, decideApprove, decideRecordTime, decideSetBudget } from '../../domain/match';
import { decideSubmitScores } from '../../domain/assess';
import { decideNameTeam } from '../../domain/project-team';
import { decideRescoreQuality } from '../../domain/opportunity-quality';

const QUALITY = { winProbability: 4, strategicValue: 3, competitivePosition: 3, customerImportance: 4 };
import { actor, applied, appointed, bigBoss, boss, decisionContext, director, dispatchDecided, dispatchRequested, dora, given, lee, NOW, officeManager, olga, pete, requestBooked, sally, stranger, tina, walked } from '../support/domain-given';
import { nextStage, stagePolicy } from '../../domain/pipeline';
import type { Actor } from '../../domain/people';
import type { ProjectState } from '../../domain/project';

/**
 * The console shows the actions `availableActions` lists and only those. Held against the decisions themselves: for
 * every state and person below, an action is listed exactly when its decision, given sound arguments, is not
 * refused for who asks or when (403/409).
 */

const ctx = decisionContext();
const dayAfter = (instant: string) => new Date(Date.parse(instant) + 86_400_000).toISOString();

/** Sound arguments for each action's decision; undefined when there is nothing to act on at all. */
function attempt(state: ProjectState, who: Actor, action: ActionName): (() => unknown) | undefined {
  const role = state.status === 'open' ? stagePolicy(state.policy.document, state.stage).ownerRole : 'sales';
  const someone = actor('someone-else', [role]);
  switch (action) {
    case 'advance': {
      const next = nextStage(state.policy.document, state.tier, state.stage);
      return () => checkAdvance(state, { actor: who, nominee: next && next.ownerRole !== role ? actor('nominee', [next.ownerRole]) : undefined });
    }
    case 'proposeHandoff':
      return () => decideProposeHandoff(state, { actor: who, to: someone, reason: 'leave' }, ctx);
    case 'close':
      return () => decideClose(state, { actor: who, outcome: 'lost', reason: 'budget cut' });
    case 'overrideTier':
      return () => decideOverrideTier(state, { actor: who, tier: state.tier === 'B' ? 'C' : 'B', reason: 'strategic' });
    case 'extendDeadline':
      return () => decideExtendDeadline(state, { actor: who, until: dayAfter(state.stageDeadline), reason: 'holiday' }, ctx);
    case 'reassign':
      return () => decideReassign(state, { actor: who, to: someone, reason: 'unresponsive' }, ctx);
    case 'signFeasibility':
      return () => decideSignFeasibility(state, { actor: who, approved: true, note: 'checked' });
    case 'dispatch': {
      const pending = state.match.approvals.find((a) => a.kind === 'dispatch' && a.status === 'pending');
      return pending && (() => decideApprove(state, { actor: who, approvalId: pending.id, personId: 'tina' }, undefined, ctx, { centerFirst: true }));
    }
    case 'redispatch':
      return () => checkRedispatch(state, { actor: who, note: 'budget confirmed' });
    case 'requestResource':
      return () => checkRequestResource(state, { actor: who, role: 'presales', skills: [], days: 1, note: 'workshop' }, { teamLeadRaises: true });
    case 'rescoreQuality':
      return () => decideRescoreQuality(state, { actor: who, factors: QUALITY, reason: 'the customer confirmed budget' }, () => state.tier);
    case 'nameTeam':
      return () => decideNameTeam(state, { actor: who, memberIds: ['pete'], reason: 'the team for the workshop' });
    case 'recordTime': {
      const booking = state.match.bookings.find((b) => b.personId === who.id) ?? state.match.bookings[0];
      return booking && (() => decideRecordTime(state, { actor: who, timeEntryId: 't1', bookingId: booking.id, date: NOW.slice(0, 10), days: 0.5 }, ctx));
    }
    case 'setBudget':
      return () => decideSetBudget(state, { actor: who, amount: 1, reason: 'more workshops' });
    case 'score': {
      const missing = state.assess.scoring?.participants[0];
      return missing === undefined ? undefined : () => decideSubmitScores(state, { actor: who, scores: [{ personId: missing, score: 4, comment: 'good' }] });
    }
    case 'correctFinalValue':
      return undefined;
  }
}

/** Whether the decision lets `who` act now: anything but a 403 or 409. */
function allowed(run: (() => unknown) | undefined): boolean {
  if (!run) return false;
  try {
    run();
    return true;
  } catch (error) {
    if (error instanceof Rejection && (error.code === 'forbidden' || error.code === 'conflict')) return false;
    throw error;
  }
}

const ACTIONS: ActionName[] = ['advance', 'proposeHandoff', 'close', 'overrideTier', 'extendDeadline', 'reassign', 'signFeasibility',
  'dispatch', 'redispatch', 'requestResource', 'nameTeam', 'rescoreQuality', 'recordTime', 'setBudget', 'score'];
const PEOPLE = [sally, boss, bigBoss, stranger, director, lee, tina, olga, dora, pete];

const escalatedToBoss = (state: ProjectState): ProjectState =>
  applied(state, [{ type: 'escalated', key: stageObligationKey(state), kind: 'stage', refId: state.stage, level: 1, responsibleId: 'sally',
    targetId: 'boss', targetRole: null, dueAt: NOW, reason: 'overdue', exhausted: false }]);

function closedLostAwaitingScores(): ProjectState {
  const state = given({}, ...appointed, ...requestBooked());
  const closed = applied(state, decideClose(state, { actor: sally, outcome: 'lost', reason: 'budget cut' }));
  return applied(closed, scoringRequestEvents(closed, ['pete', 'tina'], ctx));
}

const STATES: Record<string, () => ProjectState> = {
  'tier A, dispatch pending at the center': () => given({}, dispatchRequested()),
  'tier A, team lead appointed, Pete booked': () => given({}, ...appointed, ...requestBooked()),
  'tier A, dispatch rejected': () => given({}, dispatchRequested(), dispatchDecided(null)),
  'tier C, dispatch pending at the office manager': () => given({ tier: 'C' }, dispatchRequested(officeManager)),
  'tier C in discovery with a handoff pending': () =>
    given({ tier: 'C' }, dispatchRequested(officeManager), ...walked('discovery'), {
      type: 'handoff_proposed',
      handoff: { id: 'h1', fromPersonId: 'sally', toPersonId: 'pete', proposedById: 'sally', reason: 'stage', kind: 'stage', proposedAt: NOW },
    }),
  'tier A, stage escalated to the manager': () => escalatedToBoss(given({}, ...appointed)),
  'tier A in negotiation': () => given({}, ...appointed, ...walked('discovery', 'solution', 'poc', 'proposal', 'negotiation')),
  'closed lost, scores owed by the owner': closedLostAwaitingScores,
};

describe('the actions a person may take now', () => {
  for (const [name, build] of Object.entries(STATES)) {
    it(`${name}: listed exactly when the decision allows it`, () => {
      const state = build();
      for (const who of PEOPLE) {
        const listed = new Set(availableActions(state, who).map((a) => a.action));
        for (const action of ACTIONS) {
          expect(listed.has(action), `${who.id} / ${action}`).toBe(allowed(attempt(state, who, action)));
        }
      }
    });
  }

  it('says what a dialog needs: the next stage and the nominee’s role, the bookings, whether a win is possible, who is missing', () => {
    const fresh = given({}, ...appointed, ...requestBooked());
    expect(availableActions(fresh, sally)).toEqual(
      expect.arrayContaining([
        { action: 'advance', nextStage: 'discovery', nomineeRole: 'presales' },
        { action: 'close', canWin: false },
        { action: 'recordTime', bookingIds: ['booking-1'] },
      ]),
    );
    expect(availableActions(fresh, pete)).toEqual([{ action: 'recordTime', bookingIds: ['booking-1'] }]);
    const negotiation = given({}, ...appointed, ...walked('discovery', 'solution', 'poc', 'proposal', 'negotiation'));
    expect(availableActions(negotiation, sally)).toContainEqual({ action: 'close', canWin: true });
    expect(availableActions(closedLostAwaitingScores(), sally)).toEqual([{ action: 'score', missing: ['pete', 'tina'] }]);
    expect(availableActions(closedLostAwaitingScores(), director)).toEqual([]);
  });
});
