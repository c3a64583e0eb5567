import { describe, expect, it } from 'vitest';
import { loadOf, weeksEnding } from './weeks';

describe('weeks of the resource view', () => {
  it('run Monday to Sunday, oldest first, ending with the current week', () => {
    // Saturday 28 November 2026.
    expect(weeksEnding(new Date('2026-11-28T23:30:00Z'), 3)).toEqual([
      { from: '2026-11-09', to: '2026-11-15' },
      { from: '2026-11-16', to: '2026-11-22' },
      { from: '2026-11-23', to: '2026-11-29' },
    ]);
    // A Monday is the first day of its own week; a Sunday the last.
    expect(weeksEnding(new Date('2026-11-23T00:00:00Z'), 1)).toEqual([{ from: '2026-11-23', to: '2026-11-29' }]);
    expect(weeksEnding(new Date('2026-11-29T12:00:00Z'), 1)).toEqual([{ from: '2026-11-23', to: '2026-11-29' }]);
    // Across a year's end.
    expect(weeksEnding(new Date('2027-01-01T08:00:00Z'), 1)).toEqual([{ from: '2026-12-28', to: '2027-01-03' }]);
  });
});

describe('booked days against capacity', () => {
  it('is over-booked past capacity and under-booked below half of it', () => {
    expect(loadOf(5.25, 5)).toBe('over');
    expect(loadOf(5, 5)).toBe('ok');
    expect(loadOf(2.5, 5)).toBe('ok');
    expect(loadOf(2.25, 5)).toBe('under');
    expect(loadOf(0, 5)).toBe('under');
  });

  it('has no load without capacity, unless someone was booked anyway', () => {
    expect(loadOf(0, 0)).toBe('none');
    expect(loadOf(1, 0)).toBe('over');
  });
});
