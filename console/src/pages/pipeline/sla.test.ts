import { describe, expect, it } from 'vitest';
import { daysInStage, slaState } from './sla';

const entered = '2026-04-01T00:00:00.000Z';
const tenDays = '2026-04-11T00:00:00.000Z';
const at = (iso: string) => Date.parse(iso);

describe('the SLA chip', () => {
  it('is on track with more than a day and more than 20 % of the stage left', () => {
    expect(slaState({ stageEnteredAt: entered, stageDeadline: tenDays, stageEscalation: null }, at('2026-04-02T00:00:00.000Z'))).toBe('onTrack');
    // 2 days 1 minute left of 10: just above 20 %.
    expect(slaState({ stageEnteredAt: entered, stageDeadline: tenDays, stageEscalation: 0 }, at('2026-04-08T23:59:00.000Z'))).toBe('onTrack');
  });

  it('is due soon with less than 20 % of the stage left', () => {
    expect(slaState({ stageEnteredAt: entered, stageDeadline: tenDays, stageEscalation: null }, at('2026-04-09T00:01:00.000Z'))).toBe('dueSoon');
  });

  it('is due soon with less than 24 hours left, however long the stage', () => {
    const long = { stageEnteredAt: '2026-01-01T00:00:00.000Z', stageDeadline: '2026-03-01T00:00:00.000Z', stageEscalation: null };
    expect(slaState(long, at('2026-02-28T00:01:00.000Z'))).toBe('dueSoon');
    expect(slaState(long, at('2026-02-01T00:00:00.000Z'))).toBe('onTrack');
    // A two-hour stage, one hour in: less than a day left.
    expect(slaState({ stageEnteredAt: entered, stageDeadline: '2026-04-01T02:00:00.000Z', stageEscalation: null }, at('2026-04-01T01:00:00.000Z'))).toBe('dueSoon');
  });

  it('is overdue once the deadline is past', () => {
    expect(slaState({ stageEnteredAt: entered, stageDeadline: tenDays, stageEscalation: null }, at(tenDays))).toBe('overdue');
    expect(slaState({ stageEnteredAt: entered, stageDeadline: tenDays, stageEscalation: 0 }, at('2026-05-01T00:00:00.000Z'))).toBe('overdue');
  });

  it('is escalated from the first escalation step on, before or after the deadline', () => {
    expect(slaState({ stageEnteredAt: entered, stageDeadline: tenDays, stageEscalation: 1 }, at('2026-04-02T00:00:00.000Z'))).toBe('escalated');
    expect(slaState({ stageEnteredAt: entered, stageDeadline: tenDays, stageEscalation: 3 }, at('2026-05-01T00:00:00.000Z'))).toBe('escalated');
  });

  it('counts whole days in the stage', () => {
    expect(daysInStage(entered, at('2026-04-01T23:59:00.000Z'))).toBe(0);
    expect(daysInStage(entered, at('2026-04-03T00:00:00.000Z'))).toBe(2);
    expect(daysInStage(entered, at('2026-03-31T00:00:00.000Z'))).toBe(0);
  });
});
