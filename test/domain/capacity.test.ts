import { describe, expect, it } from 'vitest';
import { addCalendarDays, DEFAULT_CALENDAR, isWorkingDay, workingDaysIn, type BusinessCalendar } from '../../domain/business-calendar';
import { capacityDaysIn } from '../../domain/reports';
import { mulberry32 } from '../support/pure';

/**
 * Capacity counts the working days of the policy's business calendar — the days the SLAs count — so the National
 * Day week gives nobody a week of presales capacity.
 */

const china = DEFAULT_CALENDAR;
const plainWeeks: BusinessCalendar = { ...DEFAULT_CALENDAR, holidays: [], workdays: [] };
/** Monday 28 September to Sunday 11 October 2026: National Day (1–7 October) and its make-up Saturday (10 October). */
const NATIONAL_DAY_FORTNIGHT = ['2026-09-28', '2026-10-11'] as const;

describe('working days on the business calendar', () => {
  it('a holiday on a weekday is no working day, a make-up Saturday is one', () => {
    expect(workingDaysIn(plainWeeks, ...NATIONAL_DAY_FORTNIGHT)).toBe(10);
    // 10 weekdays, 5 of them holidays (1, 2, 5, 6, 7 October), and Saturday 10 October worked.
    expect(workingDaysIn(china, ...NATIONAL_DAY_FORTNIGHT)).toBe(6);
    expect(workingDaysIn(china, '2026-10-01', '2026-10-01')).toBe(0);
    expect(workingDaysIn(china, '2026-10-10', '2026-10-10')).toBe(1);
  });

  it('counts a whole year as the SLAs do: 2026 holds 248 working days in mainland China', () => {
    // 1–3 January off, Sunday 4 January worked; then the 247 the SLA test walks from 5 January.
    expect(workingDaysIn(china, '2026-01-01', '2026-12-31')).toBe(248);
    expect(workingDaysIn(plainWeeks, '2026-01-01', '2026-12-31')).toBe(261);
  });

  it('is 0 for a window that ends before it starts, and refuses what is not a date', () => {
    expect(workingDaysIn(china, '2026-10-12', '2026-10-11')).toBe(0);
    expect(() => workingDaysIn(china, '2026-02-30', '2026-03-01')).toThrow(RangeError);
    expect(() => workingDaysIn(china, '2026-03-01', 'soon')).toThrow(/calendar date/);
  });

  it('agrees with isWorkingDay day by day, whatever the weekend, holidays and make-up days', () => {
    const random = mulberry32(20261001);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const dateNear = () => addCalendarDays('2026-06-01', Math.floor(random() * 400) - 200);
    for (let round = 0; round < 200; round++) {
      const weekend = [0, 1, 2, 3, 4, 5, 6].filter(() => random() < 0.3).slice(0, 6);
      const holidays = [...new Set(Array.from({ length: Math.floor(random() * 12) }, dateNear))];
      // Make-up days as the schema allows them: on the weekend and not also holidays.
      const workdays = [...new Set(Array.from({ length: Math.floor(random() * 6) }, dateNear))].filter(
        (d) => !holidays.includes(d) && weekend.includes(new Date(`${d}T00:00:00Z`).getUTCDay()),
      );
      const calendar: BusinessCalendar = { ...plainWeeks, weekend, holidays, workdays };
      const from = dateNear();
      const to = addCalendarDays(from, pick([0, 1, 6, 7, 13, 27, 90]) + Math.floor(random() * 5) - 1);
      let walked = 0;
      for (let day = from; day <= to; day = addCalendarDays(day, 1)) if (isWorkingDay(calendar, day)) walked++;
      expect(workingDaysIn(calendar, from, to), JSON.stringify({ calendar, from, to })).toBe(walked);
    }
  });
});

describe('capacity of one person in a window', () => {
  it('shrinks with the holidays: National Day leaves 6 days of the fortnight’s 10', () => {
    expect(capacityDaysIn(...NATIONAL_DAY_FORTNIGHT, { capacityDaysPerWeek: 5, calendar: plainWeeks })).toBe(10);
    expect(capacityDaysIn(...NATIONAL_DAY_FORTNIGHT, { capacityDaysPerWeek: 5, calendar: china })).toBe(6);
    // Part-time presales: 2.5 days a week of 5 working days, so half of each working day.
    expect(capacityDaysIn(...NATIONAL_DAY_FORTNIGHT, { capacityDaysPerWeek: 2.5, calendar: china })).toBe(3);
    // Rounded down to a quarter day: 6 × 3 / 5 = 3.6.
    expect(capacityDaysIn(...NATIONAL_DAY_FORTNIGHT, { capacityDaysPerWeek: 3, calendar: china })).toBe(3.5);
  });

  it('gives a full week its days per week, however many working days the calendar’s week has', () => {
    const sixDayWeeks: BusinessCalendar = { ...plainWeeks, weekend: [0] };
    expect(workingDaysIn(sixDayWeeks, '2026-03-02', '2026-03-15')).toBe(12);
    expect(capacityDaysIn('2026-03-02', '2026-03-15', { capacityDaysPerWeek: 5, calendar: sixDayWeeks })).toBe(10);
  });
});
