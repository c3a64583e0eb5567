import { describe, expect, it } from 'vitest';
import {
  checkAdvance,
  checkProposeHandoff,
  decideAcceptHandoff,
  decideAdvance,
  decideClose,
  decideDeclineHandoff,
  decideProposeHandoff,
  evolve,
  openProject,
} from '../../domain/lifecycle';
import type { ProjectEvent, ProjectState } from '../../domain/project';
import type { Actor } from '../../domain/people';
import { DEFAULT_POLICY } from '../../domain/policy';
import { nextStage, stagesFor } from '../../domain/pipeline';
import { rejection } from '../support/pure';

const sales: Actor = { id: 'sally', roles: ['sales'], manages: [], actingFor: [], officeId: null };
const presales = { id: 'pete', roles: ['presales' as const] };
const boss: Actor = { id: 'boss', roles: ['manager'], manages: ['sally'], actingFor: [], officeId: null };
const now = '2026-11-26T08:00:00.000Z';
let ids = 0;
const ctx = { now, newId: () => `h${++ids}` };

function open(tier: 'A' | 'C' = 'A'): ProjectState {
  return openProject(
    'p1',
    { version: 1, document: DEFAULT_POLICY },
    {
      name: 'n',
      customerName: 'c',
      industry: 'finance',
      officeId: 'o',
      expectedValue: { amount: 1, currency: 'CNY' },
      channel: false,
      strategic: false,
      salesOwnerId: 'sally',
    },
    { tier, reason: 'test' },
    now,
  ).state;
}

function apply(state: ProjectState, events: ProjectEvent[], actorId = 'x'): ProjectState {
  return events.reduce((s, e) => evolve(s, { ...e, seq: s.seq + 1, at: now, actorId }), state);
}

describe('pipeline', () => {
  it('walks poc only from tier B up', () => {
    expect(stagesFor(DEFAULT_POLICY, 'A').map((s) => s.key)).toContain('poc');
    expect(stagesFor(DEFAULT_POLICY, 'C').map((s) => s.key)).not.toContain('poc');
    expect(nextStage(DEFAULT_POLICY, 'C', 'solution')?.key).toBe('proposal');
    expect(nextStage(DEFAULT_POLICY, 'A', 'negotiation')).toBeUndefined();
    // A project left in poc by a tier change still moves on.
    expect(nextStage(DEFAULT_POLICY, 'D', 'poc')?.key).toBe('proposal');
  });
});

describe('advance', () => {
  it('into a stage whose role the owner lacks moves the stage and opens a handoff; the owner stays', () => {
    const state = open();
    const events = decideAdvance(state, { actor: sales, nominee: presales }, ctx);
    expect(events.map((e) => e.type)).toEqual(['stage_advanced', 'handoff_proposed']);
    const after = apply(state, events);
    expect(after).toMatchObject({ stage: 'discovery', ownerId: 'sally', pendingHandoff: { toPersonId: 'pete', kind: 'stage' } });
    // 10 × 24 business hours from Thursday 16:00 Beijing, weekends off: Thursday 10 December 16:00 Beijing.
    expect(after.stageDeadline).toBe('2026-12-10T08:00:00.000Z');
  });

  it('rejects a non-owner (403), a missing or wrong nominee (400), a pending handoff or stale stage (409)', () => {
    const state = open();
    expect(rejection(() => decideAdvance(state, { actor: { ...sales, id: 'other' }, nominee: presales }, ctx)).code).toBe('forbidden');
    expect(rejection(() => decideAdvance(state, { actor: sales }, ctx)).details[0]?.path).toBe('nomineeId');
    expect(rejection(() => decideAdvance(state, { actor: sales, nominee: { id: 'x', roles: ['sales'] } }, ctx)).code).toBe('invalid');
    expect(rejection(() => decideAdvance(state, { actor: sales, nominee: presales, fromStage: 'poc' }, ctx)).code).toBe('conflict');
    const pending = apply(state, decideAdvance(state, { actor: sales, nominee: presales }, ctx));
    expect(rejection(() => decideAdvance(pending, { actor: sales }, ctx)).code).toBe('conflict');
  });

  it('the check an update validator runs refuses what the decision refuses, and plans without drawing an id', () => {
    const state = open();
    const commands = [
      { actor: { ...sales, id: 'other' }, nominee: presales },
      { actor: sales },
      { actor: sales, nominee: { id: 'x', roles: ['sales' as const] } },
      { actor: sales, nominee: presales, fromStage: 'poc' },
    ];
    for (const cmd of commands) {
      expect(rejection(() => checkAdvance(state, cmd))).toEqual(rejection(() => decideAdvance(state, cmd, ctx)));
    }
    expect(checkAdvance(state, { actor: sales, nominee: presales })).toMatchObject({ next: { key: 'discovery' }, handoffTo: presales });
    const proposal = { actor: sales, to: presales, reason: 'r' };
    expect(rejection(() => checkProposeHandoff(state, proposal))).toEqual(rejection(() => decideProposeHandoff(state, proposal, ctx)));
    expect(() => checkProposeHandoff(state, { ...proposal, to: { id: 's2', roles: ['sales'] } })).not.toThrow();
  });

  it('the last stage does not advance', () => {
    const state = { ...open(), stage: 'negotiation' };
    expect(rejection(() => decideAdvance(state, { actor: sales }, ctx)).message).toMatch(/close/);
  });
});

describe('handoffs', () => {
  it('accept moves ownership atomically to the nominee only', () => {
    const state = apply(open(), decideProposeHandoff(open(), { actor: sales, to: { id: 's2', roles: ['sales'] }, reason: 'leave' }, ctx));
    const id = state.pendingHandoff!.id;
    expect(rejection(() => decideAcceptHandoff(state, { actor: sales, handoffId: id })).code).toBe('forbidden');
    expect(rejection(() => decideAcceptHandoff(state, { actor: { ...sales, id: 's2' }, handoffId: 'nope' })).code).toBe('conflict');
    const after = apply(state, decideAcceptHandoff(state, { actor: { ...sales, id: 's2' }, handoffId: id }));
    expect(after).toMatchObject({ ownerId: 's2', pendingHandoff: null });
  });

  it('decline needs a reason and leaves the owner', () => {
    const state = apply(open(), decideProposeHandoff(open(), { actor: boss, to: { id: 's2', roles: ['sales'] }, reason: 'r' }, ctx));
    const id = state.pendingHandoff!.id;
    expect(rejection(() => decideDeclineHandoff(state, { actor: { ...sales, id: 's2' }, handoffId: id, reason: ' ' })).code).toBe('invalid');
    const after = apply(state, decideDeclineHandoff(state, { actor: { ...sales, id: 's2' }, handoffId: id, reason: 'busy' }));
    expect(after).toMatchObject({ ownerId: 'sally', pendingHandoff: null });
  });

  it('propose: owner or manager only, nominee must hold the stage role and not be the owner', () => {
    const state = open();
    const stranger: Actor = { id: 'z', roles: ['manager'], manages: ['someone-else'], actingFor: [], officeId: null };
    expect(rejection(() => decideProposeHandoff(state, { actor: stranger, to: { id: 's2', roles: ['sales'] }, reason: 'r' }, ctx)).code).toBe('forbidden');
    expect(rejection(() => decideProposeHandoff(state, { actor: sales, to: presales, reason: 'r' }, ctx)).code).toBe('invalid');
    expect(rejection(() => decideProposeHandoff(state, { actor: sales, to: { id: 'sally', roles: ['sales'] }, reason: 'r' }, ctx)).code).toBe('invalid');
  });
});

describe('close', () => {
  it('won only from negotiation; lost needs a reason; closing cancels a pending handoff', () => {
    const state = open();
    expect(rejection(() => decideClose(state, { actor: sales, outcome: 'won' })).code).toBe('conflict');
    expect(rejection(() => decideClose(state, { actor: sales, outcome: 'lost' })).code).toBe('invalid');
    const pending = apply(state, decideProposeHandoff(state, { actor: sales, to: { id: 's2', roles: ['sales'] }, reason: 'r' }, ctx));
    const events = decideClose(pending, { actor: boss, outcome: 'lost', reason: 'budget' });
    expect(events.map((e) => e.type)).toEqual(['handoff_cancelled', 'project_closed']);
    const closed = apply(pending, events);
    expect(closed).toMatchObject({ status: 'lost', pendingHandoff: null, closeReason: 'budget' });
    expect(rejection(() => decideAdvance(closed, { actor: sales }, ctx)).code).toBe('conflict');
    const won = decideClose({ ...state, stage: 'negotiation' }, { actor: sales, outcome: 'won' });
    expect(won.map((e) => e.type)).toEqual(['project_closed', 'credit_granted']);
    expect(won[0]).toEqual({ type: 'project_closed', outcome: 'won', reason: null });
  });
});

describe('escalation ladder (pure)', () => {
  it('a clock restarted after its deadline reminds at once instead of failing', async () => {
    const { nextEscalation } = await import('../../domain/collaborate');
    const state = open();
    const late = { ...state, stageDeadline: '2026-11-26T07:00:00.000Z', collaboration: { ...state.collaboration, stageClockStart: now } };
    expect(nextEscalation(late)).toMatchObject({ level: 0, dueAt: now });
  });
});
