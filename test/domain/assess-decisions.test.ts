import { describe, expect, it } from 'vitest';
import {
  checkWinCredit,
  decideSubmitScores,
  FINAL_VALUE_TOLERANCE_BASIS_POINTS,
  scoringOpen,
  scoringRequestEvents,
  winCreditEvent,
  type ScoreGiven,
} from '../../domain/assess';
import { nextEscalation, obligations } from '../../domain/collaborate';
import { decideClose } from '../../domain/lifecycle';
import type { ProjectEvent, ProjectState } from '../../domain/project';
import {
  appointed,
  applied,
  boss,
  decisionContext,
  director,
  dispatchDecided,
  dispatchRequested,
  fen,
  given,
  NOW,
  officeManager,
  pete,
  sally,
  walked,
  walkedFrom,
} from '../support/domain-given';
import { rejection } from '../support/pure';

/** Expected value: 12 million yuan. */
const EXPECTED = 1_200_000_000;
/** Five working days from Thursday 26 November 16:00 Beijing. */
const SCORES_DUE = '2026-12-03T08:00:00.000Z';
const signedBy = (approved = true): ProjectEvent => ({ type: 'feasibility_signed', approved, note: 'capacity checked' });

/** A C project in negotiation: the office manager appointed Pete as presales lead, Dora signed feasibility. */
function inNegotiation(): ProjectState {
  const state = given({ tier: 'C' }, dispatchRequested(officeManager), dispatchDecided('pete'), ...walked('discovery', 'solution'));
  return applied(applied(state, [signedBy()], { actorId: 'dora' }), walkedFrom('solution', 'proposal', 'negotiation'));
}

const closedLost: ProjectEvent = { type: 'project_closed', outcome: 'lost', reason: 'price' };
const scoringRequested = (participants = ['pete', 'dora']): ProjectEvent => ({ type: 'scoring_requested', scorerId: 'sally', participants, dueAt: SCORES_DUE });
const score = (personId: string, value = 4, comment = 'led the workshop'): ScoreGiven => ({ personId, score: value, comment });

describe('credit on a win (背数字, 双算)', () => {
  it('credits the sales owner, the appointed presales lead and whoever signed feasibility, each the whole value', () => {
    const state = inNegotiation();
    expect(state.stage).toBe('negotiation');
    const events = decideClose(state, { actor: sally, outcome: 'won' });
    expect(events.map((e) => e.type)).toEqual(['project_closed', 'credit_granted']);
    expect(events[1]).toEqual({
      type: 'credit_granted',
      finalValue: fen(EXPECTED),
      lines: [
        { personId: 'sally', creditRole: 'sales_owner', basisPoints: 10_000, amount: fen(EXPECTED) },
        { personId: 'pete', creditRole: 'presales_lead', basisPoints: 10_000, amount: fen(EXPECTED) },
        { personId: 'dora', creditRole: 'delivery_manager', basisPoints: 10_000, amount: fen(EXPECTED) },
      ],
    });
    const won = applied(state, events);
    expect(won.assess).toMatchObject({ finalValue: fen(EXPECTED), credit: (events[1] as { lines: unknown }).lines });
    expect(won.status).toBe('won');
  });

  it('the lead who both led presales and signed feasibility is credited once, as presales lead', () => {
    const state = applied(given({ tier: 'A' }, ...appointed), [signedBy()], { actorId: 'tina' });
    expect(winCreditEvent(state, {})).toMatchObject({
      lines: [
        { personId: 'sally', creditRole: 'sales_owner' },
        { personId: 'tina', creditRole: 'presales_lead' },
      ],
    });
  });

  it('people named at close take the place of the ones read from the record', () => {
    const event = winCreditEvent(inNegotiation(), { presalesLeadId: 'paula', deliveryManagerId: 'dan', finalValue: fen(1_000_000_000) });
    expect(event).toEqual({
      type: 'credit_granted',
      finalValue: fen(1_000_000_000),
      lines: [
        { personId: 'sally', creditRole: 'sales_owner', basisPoints: 10_000, amount: fen(1_000_000_000) },
        { personId: 'paula', creditRole: 'presales_lead', basisPoints: 10_000, amount: fen(1_000_000_000) },
        { personId: 'dan', creditRole: 'delivery_manager', basisPoints: 10_000, amount: fen(1_000_000_000) },
      ],
    });
  });

  it('nobody appointed and nobody signed: only the sales owner', () => {
    expect(winCreditEvent(given({ tier: 'C' }), {})).toMatchObject({ lines: [{ personId: 'sally', creditRole: 'sales_owner' }] });
  });

  it('refuses credit for someone who did not take part, at the field naming them', () => {
    const state = inNegotiation();
    const eligible = ['sally', 'pete', 'dora'];
    for (const path of ['presalesLeadId', 'deliveryManagerId'] as const) {
      const refused = rejection(() => checkWinCredit(state, { creditEligible: eligible, [path]: 'cousin' }, sally));
      expect(refused.code).toBe('invalid');
      expect(refused.message).toBe(`${path} names someone who did not take part in the project; credit goes to people who did`);
      expect(refused.details.map((d) => d.path)).toEqual([path]);
    }
    expect(() => checkWinCredit(state, { creditEligible: eligible, presalesLeadId: 'pete', deliveryManagerId: 'dora' }, sally)).not.toThrow();
    // Commands recorded before the rule carry no list and replay unchecked.
    expect(() => checkWinCredit(state, { presalesLeadId: 'cousin' }, sally)).not.toThrow();
    // Closing enforces it.
    expect(rejection(() => decideClose(state, { actor: sally, outcome: 'won', creditEligible: eligible, deliveryManagerId: 'cousin' })).code).toBe('invalid');
  });

  it('a final value more than half off the expected value is a director’s call', () => {
    expect(FINAL_VALUE_TOLERANCE_BASIS_POINTS).toBe(5_000);
    const state = inNegotiation();
    const check = (amount: number, who = sally) => () => checkWinCredit(state, { finalValue: fen(amount) }, who);
    for (const amount of [1_800_000_000, 600_000_000, EXPECTED]) expect(check(amount)).not.toThrow();
    for (const amount of [1_800_000_001, 599_999_999, 0]) {
      const refused = rejection(check(amount));
      expect(refused.code).toBe('forbidden');
      expect(refused.message).toMatch(/^a final value more than 50 % from the expected value is set by a director/);
      expect(check(amount, director)).not.toThrow();
    }
    expect(rejection(() => decideClose(state, { actor: boss, outcome: 'won', finalValue: fen(5_000_000_000) })).code).toBe('forbidden');
  });

  it('the final value is in the project’s currency', () => {
    const refused = rejection(() => winCreditEvent(inNegotiation(), { finalValue: { amount: EXPECTED, currency: 'USD' } }));
    expect([refused.code, refused.message, refused.details]).toEqual([
      'invalid',
      'the final value must be in CNY',
      [{ path: 'finalValue.currency', message: 'currency' }],
    ]);
  });

  it('a lost close credits nobody', () => {
    const events = decideClose(inNegotiation(), { actor: sally, outcome: 'lost', reason: 'price' });
    expect(events.map((e) => e.type)).toEqual(['project_closed']);
  });
});

describe('scoring request at close (主负责人打分)', () => {
  const closed = given({ tier: 'C' }, closedLost);

  it('asks the owner to score every other participant, each once, within the scoring SLA', () => {
    const events = scoringRequestEvents(closed, ['pete', 'dora', 'pete', 'sally'], decisionContext());
    expect(events).toEqual([{ type: 'scoring_requested', scorerId: 'sally', participants: ['pete', 'dora'], dueAt: SCORES_DUE }]);
    const open = applied(closed, events);
    expect(open.assess.scoring).toEqual({ scorerId: 'sally', participants: ['pete', 'dora'], scored: [], status: 'open', requestedAt: NOW, dueAt: SCORES_DUE });
    expect(scoringOpen(open)).toBe(true);
    expect(scoringOpen(closed)).toBe(false);
  });

  it('the scorer is whoever owns the project at close', () => {
    const handedOver = given({ tier: 'C' }, { type: 'handoff_accepted', handoffId: 'h1', fromPersonId: 'sally', toPersonId: 'pete' }, closedLost);
    expect(scoringRequestEvents(handedOver, ['sally', 'pete', 'dora'], decisionContext())).toEqual([
      { type: 'scoring_requested', scorerId: 'pete', participants: ['sally', 'dora'], dueAt: SCORES_DUE },
    ]);
  });

  it('with nobody to score it is complete at once', () => {
    const events = scoringRequestEvents(closed, ['sally'], decisionContext());
    expect(events).toEqual([{ type: 'scoring_completed' }]);
    const done = applied(closed, events);
    expect(done.assess.scoring).toMatchObject({ status: 'complete', participants: [] });
    expect(scoringOpen(done)).toBe(false);
    expect(obligations(done)).toEqual([]);
  });

  it('open scores are owed, reminded at half the SLA', () => {
    const open = applied(closed, [scoringRequested()]);
    expect(nextEscalation(open)).toMatchObject({ obligation: { key: 'scoring:p1', responsibleId: 'sally' }, level: 0, dueAt: '2026-11-30T20:00:00.000Z' });
  });
});

describe('submit scores', () => {
  const open = given({ tier: 'C' }, closedLost, scoringRequested());

  it('not before the project is closed', () => {
    const refused = rejection(() => decideSubmitScores(given({ tier: 'C' }), { actor: sally, scores: [score('pete')] }));
    expect([refused.code, refused.message]).toEqual(['conflict', 'scores are given once the project is closed']);
  });

  it('only the primary owner scores: not her manager, not a participant', () => {
    for (const who of [boss, pete, director]) {
      const refused = rejection(() => decideSubmitScores(open, { actor: who, scores: [score('dora')] }));
      expect([refused.code, refused.message]).toEqual(['forbidden', 'only the primary owner scores the participants']);
    }
  });

  it('only participants, each a whole 1–5 with a comment, every problem at its path', () => {
    const refused = rejection(() =>
      decideSubmitScores(open, {
        actor: sally,
        scores: [score('zed'), score('pete', 0), score('dora', 2.5, '   '), score('sally', 6)],
      }),
    );
    expect(refused.code).toBe('invalid');
    expect(refused.details).toEqual([
      { path: 'scores[0].personId', message: 'zed is not a participant of this project' },
      { path: 'scores[1].score', message: 'a whole number from 1 to 5' },
      { path: 'scores[2].score', message: 'a whole number from 1 to 5' },
      { path: 'scores[2].comment', message: 'say why, in a comment' },
      { path: 'scores[3].score', message: 'a whole number from 1 to 5' },
      { path: 'scores[3].personId', message: 'is you: the primary owner scores the others, not themselves' },
    ]);
    expect(rejection(() => decideSubmitScores(open, { actor: sally, scores: [] })).details).toEqual([
      { path: 'scores', message: 'a non-empty list of {personId, score, comment}' },
    ]);
  });

  it('partial submissions until everyone is scored; a given score stands', () => {
    const first = decideSubmitScores(open, { actor: sally, scores: [score('pete', 5, '  ran the PoC  ')] });
    expect(first).toEqual([{ type: 'scores_submitted', scores: [{ personId: 'pete', score: 5, comment: 'ran the PoC' }] }]);
    const partly = applied(open, first);
    expect(partly.assess.scoring).toMatchObject({ status: 'open', scored: [{ personId: 'pete', score: 5 }] });
    expect(scoringOpen(partly)).toBe(true);

    expect(rejection(() => decideSubmitScores(partly, { actor: sally, scores: [score('pete', 1)] })).details).toEqual([
      { path: 'scores[0].personId', message: 'pete is already scored; a given score stands' },
    ]);

    const last = decideSubmitScores(partly, { actor: sally, scores: [score('dora', 3)] });
    expect(last).toEqual([{ type: 'scores_submitted', scores: [score('dora', 3)] }, { type: 'scoring_completed' }]);
    const done = applied(partly, last);
    expect(done.assess.scoring).toMatchObject({ status: 'complete', scored: [{ personId: 'pete' }, { personId: 'dora' }] });
    expect(scoringOpen(done)).toBe(false);
    expect(obligations(done)).toEqual([]);

    const again = rejection(() => decideSubmitScores(done, { actor: sally, scores: [score('dora')] }));
    expect([again.code, again.message]).toEqual(['conflict', 'every participant is already scored']);
  });

  it('everyone at once completes the scoring in one submission', () => {
    expect(decideSubmitScores(open, { actor: sally, scores: [score('pete'), score('dora')] }).map((e) => e.type)).toEqual([
      'scores_submitted',
      'scoring_completed',
    ]);
  });

  it('after a won close too, with the credit granted first', () => {
    const state = inNegotiation();
    const won = applied(state, decideClose(state, { actor: sally, outcome: 'won' }));
    const scoring = applied(won, scoringRequestEvents(won, ['pete', 'dora'], decisionContext()));
    expect(scoring.assess).toMatchObject({ finalValue: fen(EXPECTED), scoring: { status: 'open', participants: ['pete', 'dora'] } });
    expect(decideSubmitScores(scoring, { actor: sally, scores: [score('dora')] })).toHaveLength(1);
  });
});
