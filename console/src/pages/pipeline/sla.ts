/** The SLA chip of a project in its stage: escalated, overdue, due soon or on track. */
export type SlaState = 'onTrack' | 'dueSoon' | 'overdue' | 'escalated';

export interface StageClock {
  stageEnteredAt: string;
  stageDeadline: string;
  /** The escalation step the stage has reached (null or 0: none). */
  stageEscalation: number | null;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Escalated once the ladder has climbed a step (someone above the owner was told); overdue once the deadline is
 * past; due soon with less than 24 hours or less than 20 % of the stage's time left; else on track.
 */
export function slaState(clock: StageClock, now: number): SlaState {
  if ((clock.stageEscalation ?? 0) >= 1) return 'escalated';
  const deadline = Date.parse(clock.stageDeadline);
  const left = deadline - now;
  if (left <= 0) return 'overdue';
  const total = deadline - Date.parse(clock.stageEnteredAt);
  if (left < DAY || left < 0.2 * total) return 'dueSoon';
  return 'onTrack';
}

/** Whole days since the project entered its stage (0 on the first day). */
export function daysInStage(stageEnteredAt: string, now: number): number {
  return Math.max(0, Math.floor((now - Date.parse(stageEnteredAt)) / DAY));
}
