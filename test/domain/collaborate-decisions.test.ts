import { describe, expect, it } from 'vitest';
import {
  decideExtendDeadline,
  decideReassign,
  decideSignFeasibility,
  escalationEvent,
  hasEscalatedTo,
  MAX_DEADLINE_DAYS_AHEAD,
  nextEscalation,
  obligations,
  requireFeasibilityFor,
  stageObligationKey,
  type CollaborationEvent,
} from '../../domain/collaborate';
import type { ProjectEvent, ProjectState } from '../../domain/project';
import {
  actor,
  appointed,
  applied,
  approval,
  bigBoss,
  boss,
  decisionContext,
  director,
  directors,
  dispatchRequested,
  dora,
  given,
  lee,
  NOW,
  olga,
  pete,
  sally,
  stranger,
  tina,
  walked,
} from '../support/domain-given';
import { rejection } from '../support/pure';

/** Opened Thursday 26 November 16:00 Beijing: qualify's 5 working days end Thursday 3 December 16:00 Beijing. */
const QUALIFY_DEADLINE = '2026-12-03T08:00:00.000Z';
const QUALIFY_KEY = `stage:qualify:sally:${NOW}`;
const sam = { id: 'sam', roles: ['sales' as const] };

/** Walks every ladder of `state` step by step, as the workflow's timer does, with `managers` for everyone. */
function climb(state: ProjectState, managers: string[], steps: number): { state: ProjectState; fired: CollaborationEvent[] } {
  const fired: CollaborationEvent[] = [];
  let current = state;
  for (let i = 0; i < steps; i++) {
    const due = nextEscalation(current);
    if (!due) break;
    const event = escalationEvent(due, managers);
    fired.push(event);
    current = applied(current, [event], { at: due.dueAt, actorId: 'system' });
  }
  return { state: current, fired };
}

describe('feasibility sign-off (交付可行性确认)', () => {
  it('on A/B the appointed delivery team lead signs, with a note on what was checked', () => {
    const state = given({ tier: 'A' }, ...appointed);
    const events = decideSignFeasibility(state, { actor: tina, approved: true, note: '  capacity checked with the center  ' });
    expect(events).toEqual([{ type: 'feasibility_signed', approved: true, note: 'capacity checked with the center' }]);
    expect(applied(state, events, { actorId: 'tina', at: '2026-11-30T02:00:00.000Z' }).collaboration.feasibility).toEqual({
      approved: true,
      note: 'capacity checked with the center',
      signedById: 'tina',
      at: '2026-11-30T02:00:00.000Z',
    });
  });

  it('on A/B nobody else signs, and nobody before a lead is appointed', () => {
    const state = given({ tier: 'B' }, ...appointed);
    for (const who of [dora, lee, sally, director]) {
      const refused = rejection(() => decideSignFeasibility(state, { actor: who, approved: true, note: 'ok' }));
      expect([refused.code, refused.message]).toEqual(['forbidden', 'only the delivery team lead signs feasibility on this project']);
    }
    const unappointed = rejection(() => decideSignFeasibility(given({ tier: 'A' }, dispatchRequested()), { actor: tina, approved: true, note: 'ok' }));
    expect([unappointed.code, unappointed.message]).toEqual([
      'conflict',
      'feasibility on a tier A/B project is signed by its delivery team lead, and none is appointed yet',
    ]);
  });

  it('on C–E a delivery person of the project’s office signs', () => {
    for (const tier of ['C', 'D', 'E'] as const) {
      expect(decideSignFeasibility(given({ tier }), { actor: dora, approved: false, note: 'no DBA free' })).toEqual([
        { type: 'feasibility_signed', approved: false, note: 'no DBA free' },
      ]);
    }
    const elsewhere = actor('dave', ['delivery'], { officeId: 'beijing' });
    for (const who of [elsewhere, tina, pete, olga]) {
      const refused = rejection(() => decideSignFeasibility(given({ tier: 'C' }), { actor: who, approved: true, note: 'ok' }));
      expect([refused.code, refused.message]).toEqual(['forbidden', "feasibility on this project is signed by a delivery person of the project's office"]);
    }
  });

  it('a channel project follows the channel path: the office signs even on a tier A project', () => {
    const channelA = given({ tier: 'A', channel: true }, ...appointed);
    expect(decideSignFeasibility(channelA, { actor: dora, approved: true, note: 'ok' })).toHaveLength(1);
    expect(rejection(() => decideSignFeasibility(channelA, { actor: tina, approved: true, note: 'ok' })).code).toBe('forbidden');
  });

  it('needs a note, and an open project', () => {
    const blank = rejection(() => decideSignFeasibility(given({ tier: 'C' }), { actor: dora, approved: true, note: '   ' }));
    expect([blank.code, blank.details]).toEqual(['invalid', [{ path: 'note', message: 'required' }]]);
    const closed = given({ tier: 'C' }, { type: 'project_closed', outcome: 'lost', reason: 'price' });
    expect(rejection(() => decideSignFeasibility(closed, { actor: dora, approved: true, note: 'ok' })).code).toBe('conflict');
  });

  it('proposal needs the latest sign-off positive: none or a negative one blocks, a new positive one unblocks', () => {
    const solution = given({ tier: 'C' }, ...walked('discovery', 'solution'));
    const missing = rejection(() => requireFeasibilityFor(solution, 'proposal'));
    expect([missing.code, missing.details]).toEqual(['conflict', [{ path: 'feasibility', message: 'missing' }]]);
    const negative = applied(solution, [{ type: 'feasibility_signed', approved: false, note: 'no DBA free' }], { actorId: 'dora' });
    const blocked = rejection(() => requireFeasibilityFor(negative, 'proposal'));
    expect([blocked.code, blocked.message]).toEqual(['conflict', 'the latest feasibility sign-off is negative ("no DBA free"); a new positive one is needed']);
    const positive = applied(negative, [{ type: 'feasibility_signed', approved: true, note: 'DBA back from leave' }], { actorId: 'dora' });
    expect(() => requireFeasibilityFor(positive, 'proposal')).not.toThrow();
    // Stages that do not ask for it never look.
    expect(() => requireFeasibilityFor(solution, 'negotiation')).not.toThrow();
  });
});

describe('deadline extension', () => {
  const state = given();
  const until = '2026-12-10T08:00:00.000Z';

  it('the owner’s manager snoozes the stage, with a reason; the clock restarts and so does the ladder', () => {
    const events = decideExtendDeadline(state, { actor: boss, until: '2026-12-10T16:00:00+08:00', reason: '  customer on site visit  ' }, decisionContext());
    expect(events).toEqual([{ type: 'deadline_extended', from: QUALIFY_DEADLINE, to: until, reason: 'customer on site visit' }]);

    const reminded = climb(state, ['boss'], 2).state;
    expect(reminded.collaboration.escalations.map((e) => e.level)).toEqual([0, 1]);
    const at = '2026-12-03T10:00:00.000Z';
    const after = applied(reminded, events, { at, actorId: 'boss' });
    expect([after.stageDeadline, after.collaboration.stageClockStart]).toEqual([until, at]);
    expect(nextEscalation(after)).toMatchObject({ obligation: { key: `stage:qualify:sally:${at}`, deadline: until }, level: 0 });
  });

  it('a manager higher up, or a director, may; the owner herself and strangers may not', () => {
    for (const who of [bigBoss, olga, director]) {
      expect(decideExtendDeadline(state, { actor: who, until, reason: 'r' }, decisionContext())).toHaveLength(1);
    }
    for (const who of [sally, stranger, lee]) {
      const refused = rejection(() => decideExtendDeadline(state, { actor: who, until, reason: 'r' }, decisionContext()));
      expect([refused.code, refused.message]).toEqual(['forbidden', "only the owner's managers or a director may extend a stage deadline"]);
    }
  });

  it('the new deadline is in the future and at most two years ahead', () => {
    const extend = (to: string) => decideExtendDeadline(state, { actor: boss, until: to, reason: 'r' }, decisionContext());
    expect(rejection(() => extend(NOW)).details).toEqual([{ path: 'until', message: 'in the past' }]);
    expect(rejection(() => extend('2026-11-01T00:00:00.000Z')).code).toBe('invalid');
    const limit = Date.parse(NOW) + MAX_DEADLINE_DAYS_AHEAD * 86_400_000;
    expect(extend(new Date(limit).toISOString())).toHaveLength(1);
    const tooFar = rejection(() => extend(new Date(limit + 1).toISOString()));
    expect([tooFar.code, tooFar.message, tooFar.details]).toEqual(['invalid', 'a deadline is at most 730 days ahead', [{ path: 'until', message: 'too far ahead' }]]);
  });

  it('moves the deadline later, never earlier (histories from before the rule replay as they were)', () => {
    const earlier = '2026-12-01T08:00:00.000Z';
    const refused = rejection(() => decideExtendDeadline(state, { actor: boss, until: earlier, reason: 'hurry up' }, decisionContext()));
    expect([refused.code, refused.details]).toEqual(['invalid', [{ path: 'until', message: 'not after the current deadline' }]]);
    expect(rejection(() => decideExtendDeadline(state, { actor: boss, until: QUALIFY_DEADLINE, reason: 'r' }, decisionContext())).code).toBe('invalid');
    const before = decideExtendDeadline(state, { actor: boss, until: earlier, reason: 'hurry up' }, decisionContext(), { laterOnly: false });
    expect(before).toEqual([{ type: 'deadline_extended', from: QUALIFY_DEADLINE, to: earlier, reason: 'hurry up' }]);
  });

  it('needs a reason', () => {
    const refused = rejection(() => decideExtendDeadline(state, { actor: boss, until, reason: ' ' }, decisionContext()));
    expect([refused.code, refused.details]).toEqual(['invalid', [{ path: 'reason', message: 'required' }]]);
  });
});

describe('forced reassignment', () => {
  const state = given();
  const escalatedToBoss: ProjectEvent = {
    type: 'escalated',
    key: QUALIFY_KEY,
    kind: 'stage',
    refId: 'qualify',
    level: 1,
    responsibleId: 'sally',
    targetId: 'boss',
    targetRole: null,
    dueAt: QUALIFY_DEADLINE,
    reason: 'escalated to level 1',
    exhausted: false,
  };

  it('a director reassigns to someone holding the stage’s role, with a reason', () => {
    const events = decideReassign(state, { actor: director, to: sam, reason: '  Sally left the company ' });
    expect(events).toEqual([{ type: 'ownership_reassigned', fromPersonId: 'sally', toPersonId: 'sam', reason: 'Sally left the company' }]);
    const at = '2026-11-27T02:00:00.000Z';
    const after = applied(state, events, { at, actorId: 'dina' });
    expect([after.ownerId, after.collaboration.stageClockStart, after.stageDeadline]).toEqual(['sam', at, QUALIFY_DEADLINE]);
    expect(stageObligationKey(after)).toBe(`stage:qualify:sam:${at}`);
  });

  it('a manager only once the stage has escalated to them; a reminder is not enough', () => {
    expect(rejection(() => decideReassign(state, { actor: boss, to: sam, reason: 'r' })).message).toBe(
      'a forced reassignment is for a director, or a manager the stage has escalated to',
    );
    const reminded = applied(state, [{ ...escalatedToBoss, level: 0 }]);
    expect(rejection(() => decideReassign(reminded, { actor: boss, to: sam, reason: 'r' })).code).toBe('forbidden');
    const escalated = applied(state, [escalatedToBoss]);
    expect(decideReassign(escalated, { actor: boss, to: sam, reason: 'r' })).toHaveLength(1);
    expect(rejection(() => decideReassign(escalated, { actor: bigBoss, to: sam, reason: 'r' })).code).toBe('forbidden');
  });

  it('refuses the current owner, someone without the stage’s role, and a blank reason', () => {
    expect(rejection(() => decideReassign(state, { actor: director, to: { id: 'sally', roles: ['sales'] }, reason: 'r' })).details).toEqual([
      { path: 'toPersonId', message: 'is the owner' },
    ]);
    const wrongRole = rejection(() => decideReassign(state, { actor: director, to: pete, reason: 'r' }));
    expect([wrongRole.code, wrongRole.message, wrongRole.details]).toEqual([
      'invalid',
      'stage "qualify" is owned by a sales',
      [{ path: 'toPersonId', message: 'must hold role sales' }],
    ]);
    expect(rejection(() => decideReassign(state, { actor: director, to: sam, reason: '' })).details).toEqual([{ path: 'reason', message: 'required' }]);
  });

  it('cancels a pending handoff first', () => {
    const pending = applied(state, [
      { type: 'handoff_proposed', handoff: { id: 'h1', fromPersonId: 'sally', toPersonId: 'sue', proposedById: 'sally', reason: 'leave', kind: 'manual', proposedAt: NOW } },
    ]);
    const events = decideReassign(pending, { actor: director, to: sam, reason: 'r' });
    expect(events.map((e) => e.type)).toEqual(['handoff_cancelled', 'ownership_reassigned']);
    expect(events[0]).toEqual({ type: 'handoff_cancelled', handoffId: 'h1', reason: 'ownership reassigned by a manager' });
    expect(applied(pending, events)).toMatchObject({ ownerId: 'sam', pendingHandoff: null });
  });

  it('a new owner on a nearly overdue stage gets the grace period, when the fresh-owner clock is on', () => {
    // Thursday 3 December 14:00 Beijing, two hours before the deadline: 8 business hours from then is 22:00.
    const late = decisionContext('2026-12-03T06:00:00.000Z');
    const fresh = decideReassign(state, { actor: director, to: sam, reason: 'r' }, late, { freshOwnerClock: true });
    expect(fresh).toEqual([{ type: 'ownership_reassigned', fromPersonId: 'sally', toPersonId: 'sam', reason: 'r', stageDeadline: '2026-12-03T14:00:00.000Z' }]);
    expect(applied(state, fresh, { at: late.now }).stageDeadline).toBe('2026-12-03T14:00:00.000Z');
    expect(decideReassign(state, { actor: director, to: sam, reason: 'r' }, late)[0]).not.toHaveProperty('stageDeadline');
    // Plenty of time left: the deadline stands.
    expect(decideReassign(state, { actor: director, to: sam, reason: 'r' }, decisionContext(), { freshOwnerClock: true })[0]).not.toHaveProperty('stageDeadline');
  });
});

describe('obligations', () => {
  it('an open project owes its stage, every pending approval and a pending handoff offer', () => {
    const state = given(
      {},
      dispatchRequested(),
      { type: 'handoff_proposed', handoff: { id: 'h1', fromPersonId: 'sally', toPersonId: 'sue', proposedById: 'sally', reason: 'leave', kind: 'manual', proposedAt: NOW } },
    );
    expect(obligations(state)).toEqual([
      { key: QUALIFY_KEY, kind: 'stage', refId: 'qualify', responsibleId: 'sally', responsibleRole: null, since: NOW, deadline: QUALIFY_DEADLINE },
      { key: 'handoff:h1', kind: 'handoff', refId: 'h1', responsibleId: 'sue', responsibleRole: null, since: NOW, deadline: '2026-11-27T08:00:00.000Z' },
      { key: 'approval:dispatch-1', kind: 'approval', refId: 'dispatch-1', responsibleId: 'lee', responsibleRole: null, since: NOW, deadline: '2026-11-27T08:00:00.000Z' },
    ]);
  });

  it('a pool approval is owed by the role; a decided approval by nobody', () => {
    const state = given({}, ...appointed, {
      type: 'exception_requested',
      requestId: 'request-1',
      approval: approval('exception-1', 'over_budget', directors, 'request-1'),
      overBy: { amount: 1, currency: 'CNY' },
    });
    expect(obligations(state).filter((o) => o.kind === 'approval')).toEqual([
      { key: 'approval:exception-1', kind: 'approval', refId: 'exception-1', responsibleId: null, responsibleRole: 'director', since: NOW, deadline: '2026-11-27T08:00:00.000Z' },
    ]);
  });

  it('a closed project owes nothing but open scores', () => {
    const closed = given({}, dispatchRequested(), { type: 'project_closed', outcome: 'lost', reason: 'price' });
    expect(obligations(closed)).toEqual([]);
    const scoring = applied(closed, [{ type: 'scoring_requested', scorerId: 'sally', participants: ['pete'], dueAt: QUALIFY_DEADLINE }]);
    expect(obligations(scoring)).toEqual([
      { key: 'scoring:p1', kind: 'scoring', refId: 'p1', responsibleId: 'sally', responsibleRole: null, since: NOW, deadline: QUALIFY_DEADLINE },
    ]);
  });
});

describe('nextEscalation: a reminder, then up the manager chain, in business hours', () => {
  it('reminds at half the stage’s SLA, counted in working hours over the weekend', () => {
    // 60 business hours from Thursday 16:00 Beijing, Saturday and Sunday off: Tuesday 04:00 Beijing.
    expect(nextEscalation(given())).toEqual({
      obligation: expect.objectContaining({ key: QUALIFY_KEY }),
      level: 0,
      dueAt: '2026-11-30T20:00:00.000Z',
    });
  });

  it('the earliest step of any ladder comes first: a dispatch owed within a day', () => {
    expect(nextEscalation(given({}, dispatchRequested()))).toMatchObject({ obligation: { key: 'approval:dispatch-1' }, level: 0, dueAt: '2026-11-26T20:00:00.000Z' });
    // Requested on a Friday at 16:00 Beijing: 12 business hours later is Monday 04:00, not Saturday.
    const friday = given({}, dispatchRequested(undefined, 'dispatch-1', '2026-11-27T08:00:00.000Z'));
    expect(nextEscalation(friday)).toMatchObject({ obligation: { key: 'approval:dispatch-1' }, level: 0, dueAt: '2026-11-29T20:00:00.000Z' });
  });

  it('reminder to the owner, the deadline to the manager, a step later the manager’s manager; past the top it ends', () => {
    const { state, fired } = climb(given(), ['boss', 'big-boss'], 10);
    expect(fired.map((e) => e.type === 'escalated' && [e.level, e.targetId, e.dueAt, e.exhausted])).toEqual([
      [0, 'sally', '2026-11-30T20:00:00.000Z', false],
      [1, 'boss', QUALIFY_DEADLINE, false],
      [2, 'big-boss', '2026-12-03T16:00:00.000Z', false],
      [3, null, '2026-12-04T00:00:00.000Z', true],
    ]);
    expect(fired.map((e) => e.type === 'escalated' && e.reason)).toEqual([
      `reminder: stage "qualify" is due ${QUALIFY_DEADLINE}`,
      `escalated to level 1: stage "qualify" is due ${QUALIFY_DEADLINE}`,
      `escalated to level 2: stage "qualify" is due ${QUALIFY_DEADLINE}`,
      `overdue and past the top of the manager tree: stage "qualify" is due ${QUALIFY_DEADLINE}`,
    ]);
    expect(nextEscalation(state)).toBeUndefined();
  });

  it('stops at the policy’s top level even when the tree goes higher', () => {
    const { state, fired } = climb(given(), ['m1', 'm2', 'm3', 'm4', 'm5'], 10);
    expect(fired.map((e) => e.type === 'escalated' && e.targetId)).toEqual(['sally', 'm1', 'm2', 'm3']);
    expect(nextEscalation(state)).toBeUndefined();
  });

  it('a pool is reminded and then told it is overdue; it has no manager to climb to', () => {
    const state = given({}, ...appointed, {
      type: 'exception_requested',
      requestId: 'request-1',
      approval: approval('exception-1', 'over_budget', directors, 'request-1'),
      overBy: { amount: 1, currency: 'CNY' },
    });
    const { fired } = climb(state, ['should-not-be-used'], 10);
    const pool = fired.filter((e) => e.type === 'escalated' && e.key === 'approval:exception-1');
    expect(pool).toEqual([
      expect.objectContaining({ level: 0, targetId: null, targetRole: 'director', reason: 'reminder: an approval is due 2026-11-27T08:00:00.000Z', exhausted: false }),
      expect.objectContaining({ level: 1, targetId: null, targetRole: 'director', reason: 'overdue: an approval is due 2026-11-27T08:00:00.000Z', exhausted: false }),
    ]);
  });
});

describe('evolve of escalations', () => {
  it('records each step fired; a level-1 step gives the manager the owner’s place, a reminder does not', () => {
    const { state } = climb(given(), ['boss', 'big-boss'], 2);
    expect(state.collaboration.escalations).toEqual([
      { key: QUALIFY_KEY, level: 0, targetId: 'sally', exhausted: false },
      { key: QUALIFY_KEY, level: 1, targetId: 'boss', exhausted: false },
    ]);
    expect(hasEscalatedTo(state, QUALIFY_KEY, 'boss')).toBe(true);
    expect(hasEscalatedTo(state, QUALIFY_KEY, 'sally')).toBe(false);
    expect(hasEscalatedTo(state, QUALIFY_KEY, 'big-boss')).toBe(false);
    expect(nextEscalation(state)).toMatchObject({ level: 2, dueAt: '2026-12-03T16:00:00.000Z' });
  });

  it('a new owner starts a new ladder; a new stage too', () => {
    const { state } = climb(given(), ['boss'], 2);
    const at = '2026-12-03T09:00:00.000Z';
    const handedOver = applied(state, [{ type: 'handoff_accepted', handoffId: 'h1', fromPersonId: 'sally', toPersonId: 'sam' }], { at });
    expect(nextEscalation(handedOver)).toMatchObject({ obligation: { key: `stage:qualify:sam:${at}`, responsibleId: 'sam' }, level: 0, dueAt: at });
    const advanced = applied(state, walked('discovery'), { at });
    expect(nextEscalation(advanced)).toMatchObject({ obligation: { key: `stage:discovery:sally:${at}` }, level: 0 });
  });
});
