import { deadlineAfter } from './collaborate';
import { creditLines, type CreditRole } from './credit';
import { reject } from './errors';
import type { DecisionContext, ProjectState } from './project';
import type { Money } from './money';
import { hasRole, type Actor } from './people';
import { missingParticipants, validateScores } from './scoring';
import { eventTypeGuard } from './guards';

/**
 * 人人考核 (Assess): on a win everyone who won it is credited (背数字, 双算: revenue once, credit per person); on
 * any close the primary owner scores every participant, with reminders and escalation while they have not.
 */

export interface GrantedCredit {
  personId: string;
  creditRole: CreditRole;
  basisPoints: number;
  amount: Money;
}

export interface ScoreGiven {
  personId: string;
  score: number;
  comment: string;
}

export interface Scoring {
  scorerId: string;
  participants: string[];
  scored: ScoreGiven[];
  status: 'open' | 'complete';
  requestedAt: string;
  dueAt: string;
}

export interface AssessState {
  finalValue: Money | null;
  credit: GrantedCredit[];
  scoring: Scoring | null;
}

export type AssessEvent =
  | { type: 'credit_granted'; finalValue: Money; lines: GrantedCredit[] }
  | { type: 'scoring_requested'; scorerId: string; participants: string[]; dueAt: string }
  | { type: 'scores_submitted'; scores: ScoreGiven[] }
  | { type: 'scoring_completed' };

export function emptyAssess(): AssessState {
  return { finalValue: null, credit: [], scoring: null };
}

export interface WinCredit {
  finalValue?: Money;
  presalesLeadId?: string;
  deliveryManagerId?: string;
  /**
   * Who may be credited, read from the record by the API: everyone who took part and the appointed team lead.
   * Absent in commands recorded before the rule existed, which replay unchecked.
   */
  creditEligible?: string[];
}

/**
 * A final value further than this from the expected value (in basis points of it) is a director's call, not the
 * owner's word: 双算 credits several people with the whole value, so an inflated one is inflated several times.
 */
export const FINAL_VALUE_TOLERANCE_BASIS_POINTS = 5_000;

/** Refuses credit for people who did not take part, and a far-off final value claimed by anyone but a director. */
export function checkWinCredit(state: ProjectState, win: WinCredit, actor: Actor): void {
  const eligible = win.creditEligible;
  if (eligible) {
    for (const path of ['presalesLeadId', 'deliveryManagerId'] as const) {
      const personId = win[path];
      if (personId && !eligible.includes(personId)) {
        throw reject.invalid(`${path} names someone who did not take part in the project; credit goes to people who did`, [
          { path, message: 'did not take part (owned a stage, was booked, decided an approval, signed feasibility or led delivery)' },
        ]);
      }
    }
  }
  const expected = state.facts.expectedValue.amount;
  const claimed = win.finalValue?.amount;
  if (claimed === undefined || hasRole(actor, 'director')) return;
  if (Math.abs(claimed - expected) * 10_000 > expected * FINAL_VALUE_TOLERANCE_BASIS_POINTS) {
    throw reject.forbidden(
      `a final value more than ${FINAL_VALUE_TOLERANCE_BASIS_POINTS / 100} % from the expected value is set by a director: ` +
        'close without finalValue (the expected value is credited) and ask a director to correct it',
    );
  }
}

/**
 * Credit on a win, from the pinned policy: the sales owner, the presales lead (named at close, or the lead
 * appointed at dispatch) and the future delivery manager (named at close, or whoever signed feasibility).
 */
export function winCreditEvent(state: ProjectState, win: WinCredit): AssessEvent {
  const finalValue = win.finalValue ?? state.facts.expectedValue;
  if (finalValue.currency !== state.facts.expectedValue.currency) {
    throw reject.invalid(`the final value must be in ${state.facts.expectedValue.currency}`, [{ path: 'finalValue.currency', message: 'currency' }]);
  }
  const presalesLeadId = win.presalesLeadId ?? state.match.dispatch?.leadId ?? null;
  const signer = state.collaboration.feasibility?.signedById ?? null;
  const lines = creditLines(state.policy.document.credit, finalValue, {
    salesOwnerId: state.facts.salesOwnerId,
    presalesLeadId,
    // Whoever promised delivery can keep it is taken as its future manager, unless that is the presales lead.
    deliveryManagerId: win.deliveryManagerId ?? (signer !== presalesLeadId ? signer : null),
  });
  return { type: 'credit_granted', finalValue, lines };
}

/** The scoring request once the project is closed; with nobody to score it is complete at once. */
export function scoringRequestEvents(state: ProjectState, participants: string[], ctx: DecisionContext): AssessEvent[] {
  const scorerId = state.ownerId;
  const others = [...new Set(participants)].filter((p) => p !== scorerId);
  if (others.length === 0) return [{ type: 'scoring_completed' }];
  const dueAt = deadlineAfter(state.policy.document, ctx.now, state.policy.document.sla.scoringHours);
  return [{ type: 'scoring_requested', scorerId, participants: others, dueAt }];
}

export function decideSubmitScores(state: ProjectState, cmd: { actor: Actor; scores: ScoreGiven[] }): AssessEvent[] {
  const scoring = state.assess.scoring;
  if (!scoring) throw reject.conflict('scores are given once the project is closed');
  if (scoring.status === 'complete') throw reject.conflict('every participant is already scored');
  if (cmd.actor.id !== scoring.scorerId) throw reject.forbidden('only the primary owner scores the participants');
  const scores = validateScores(
    { scorerId: scoring.scorerId, participants: scoring.participants, alreadyScored: scoring.scored.map((s) => s.personId) },
    cmd.scores,
  );
  const events: AssessEvent[] = [{ type: 'scores_submitted', scores }];
  const scored = [...scoring.scored.map((s) => s.personId), ...scores.map((s) => s.personId)];
  if (missingParticipants(scoring.participants, scored).length === 0) events.push({ type: 'scoring_completed' });
  return events;
}

export function evolveAssess(assess: AssessState, event: AssessEvent & { at: string }): AssessState {
  switch (event.type) {
    case 'credit_granted':
      return { ...assess, finalValue: event.finalValue, credit: event.lines };
    case 'scoring_requested':
      return {
        ...assess,
        scoring: { scorerId: event.scorerId, participants: event.participants, scored: [], status: 'open', requestedAt: event.at, dueAt: event.dueAt },
      };
    case 'scores_submitted':
      return assess.scoring ? { ...assess, scoring: { ...assess.scoring, scored: [...assess.scoring.scored, ...event.scores] } } : assess;
    case 'scoring_completed':
      return {
        ...assess,
        scoring: assess.scoring
          ? { ...assess.scoring, status: 'complete' }
          : { scorerId: '', participants: [], scored: [], status: 'complete', requestedAt: event.at, dueAt: event.at },
      };
  }
}

export const isAssessEvent: (event: { type: string }) => event is AssessEvent = eventTypeGuard<AssessEvent>({ credit_granted: true, scoring_requested: true, scores_submitted: true, scoring_completed: true });

/** Scoring is outstanding: the workflow stays to collect it (and to escalate while it waits). */
export function scoringOpen(state: ProjectState): boolean {
  return state.assess.scoring?.status === 'open';
}
