import { describe, expect, it } from 'vitest';
import {
  addBusinessHours,
  BusinessCalendarSchema,
  businessHoursBetween,
  DEFAULT_CALENDAR,
  isWorkingDay,
  localDateOf,
  MAX_CALENDAR_SPAN_DAYS,
  type BusinessCalendar,
} from '../../domain/business-calendar';
import { mulberry32, schemaIssues } from '../support/pure';

const china = DEFAULT_CALENDAR;
const utcCalendar: BusinessCalendar = { enabled: true, timeZoneOffsetMinutes: 0, weekend: [0, 6], holidays: [], workdays: [] };
const MS_PER_HOUR = 3_600_000;

/** A Beijing wall-clock time as the UTC instant the system stores. */
const beijing = (local: string) => new Date(Date.parse(`${local}+08:00`)).toISOString();

const issues = (value: unknown) => schemaIssues(BusinessCalendarSchema, value);

function datesOf(year: number): string[] {
  const dates: string[] = [];
  for (let ms = Date.UTC(year, 0, 1); ms < Date.UTC(year + 1, 0, 1); ms += 24 * MS_PER_HOUR) {
    dates.push(new Date(ms).toISOString().slice(0, 10));
  }
  return dates;
}

describe('DEFAULT_CALENDAR', () => {
  it('is valid: mainland China, UTC+8, Saturday and Sunday off', () => {
    expect(BusinessCalendarSchema.parse(china)).toEqual(china);
    expect(china).toMatchObject({ enabled: true, timeZoneOffsetMinutes: 480, weekend: [0, 6] });
  });

  it('holds the official 2026 schedule', () => {
    const off2026 = datesOf(2026).filter((d) => !isWorkingDay(china, d) && ![0, 6].includes(new Date(d).getUTCDay()));
    expect(off2026).toEqual([
      '2026-01-01', '2026-01-02', // 元旦
      '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-23', // 春节
      '2026-04-06', // 清明
      '2026-05-01', '2026-05-04', '2026-05-05', // 劳动节
      '2026-06-19', // 端午
      '2026-09-25', // 中秋
      '2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07', // 国庆
    ]);
    const worked2026 = datesOf(2026).filter((d) => isWorkingDay(china, d) && [0, 6].includes(new Date(d).getUTCDay()));
    expect(worked2026).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
  });

  it('balances every year: the 13 statutory days off, every other weekday off made up on a weekend', () => {
    for (const year of [2026, 2027]) {
      const dates = datesOf(year);
      const weekdays = dates.filter((d) => ![0, 6].includes(new Date(d).getUTCDay())).length;
      const working = dates.filter((d) => isWorkingDay(china, d)).length;
      expect({ year, working }).toEqual({ year, working: weekdays - 13 });
      const start = beijing(`${year}-01-01T00:00:00`);
      const end = beijing(`${year + 1}-01-01T00:00:00`);
      expect(businessHoursBetween(china, start, end)).toBe(working * 24);
    }
  });
});

describe('isWorkingDay', () => {
  it('works weekdays, rests weekends', () => {
    expect(isWorkingDay(china, '2026-03-06')).toBe(true); // Friday
    expect(isWorkingDay(china, '2026-03-07')).toBe(false); // Saturday
    expect(isWorkingDay(china, '2026-03-08')).toBe(false); // Sunday
    expect(isWorkingDay(china, '2026-03-09')).toBe(true); // Monday
  });

  it('rests a holiday on a weekday and works a make-up day on a weekend', () => {
    expect(isWorkingDay(china, '2026-10-05')).toBe(false); // Monday in National Day
    expect(isWorkingDay(china, '2026-10-10')).toBe(true); // Saturday, make-up
    expect(isWorkingDay(china, '2026-09-20')).toBe(true); // Sunday, make-up
    expect(isWorkingDay(china, '2026-10-11')).toBe(false); // an ordinary Sunday
  });

  it('knows only weekends for years without data', () => {
    expect(isWorkingDay(china, '2030-10-01')).toBe(true); // a Tuesday
    expect(isWorkingDay(china, '2030-10-05')).toBe(false);
  });

  it('asks for a calendar date', () => {
    expect(() => isWorkingDay(china, '2026-02-30')).toThrow(RangeError);
    expect(() => isWorkingDay(china, '2026-10-01T00:00:00Z')).toThrow(/calendar date/);
  });
});

describe('addBusinessHours and businessHoursBetween', () => {
  it('skips the weekend', () => {
    const friday8pm = beijing('2026-03-06T20:00:00');
    expect(addBusinessHours(china, friday8pm, 8)).toBe(beijing('2026-03-09T04:00:00'));
    expect(addBusinessHours(china, friday8pm, 4)).toBe(beijing('2026-03-07T00:00:00')); // Friday's end, not Monday
    expect(addBusinessHours(china, friday8pm, 5 * 24)).toBe(beijing('2026-03-13T20:00:00'));
    expect(businessHoursBetween(china, friday8pm, beijing('2026-03-09T04:00:00'))).toBe(8);
    expect(businessHoursBetween(china, beijing('2026-03-07T09:00:00'), beijing('2026-03-08T18:00:00'))).toBe(0);
  });

  it('skips a holiday on a weekday', () => {
    const start = beijing('2026-09-30T10:00:00'); // Wednesday before National Day
    expect(addBusinessHours(china, start, 24)).toBe(beijing('2026-10-08T10:00:00'));
    expect(businessHoursBetween(china, start, beijing('2026-10-08T10:00:00'))).toBe(24);
    expect(addBusinessHours(utcCalendar, '2026-09-30T02:00:00.000Z', 24)).toBe('2026-10-01T02:00:00.000Z');
  });

  it('counts a make-up working day on a Saturday', () => {
    const fridayNoon = beijing('2026-10-09T12:00:00');
    expect(addBusinessHours(china, fridayNoon, 24)).toBe(beijing('2026-10-10T12:00:00'));
    expect(addBusinessHours(china, beijing('2026-10-16T12:00:00'), 24)).toBe(beijing('2026-10-19T12:00:00'));
    const sundayMakeUp = beijing('2026-09-20T09:00:00');
    expect(addBusinessHours(china, beijing('2026-09-19T09:00:00'), 1)).toBe(beijing('2026-09-20T01:00:00'));
    expect(businessHoursBetween(china, beijing('2026-09-19T00:00:00'), sundayMakeUp)).toBe(9);
  });

  it('spans the year end 2026 → 2027', () => {
    const newYearsEve = beijing('2026-12-31T18:00:00'); // Thursday
    expect(addBusinessHours(china, newYearsEve, 10)).toBe('2027-01-03T20:00:00.000Z'); // Monday 4 January, 04:00
    expect(businessHoursBetween(china, newYearsEve, '2027-01-03T20:00:00.000Z')).toBe(10);
    expect(businessHoursBetween(china, beijing('2026-12-28T00:00:00'), beijing('2027-01-11T00:00:00'))).toBe(9 * 24);
  });

  it('skips the Spring Festival 2027 block and works its make-up days', () => {
    expect(addBusinessHours(china, beijing('2027-02-04T12:00:00'), 24)).toBe(beijing('2027-02-15T12:00:00'));
    expect(isWorkingDay(china, '2027-01-31')).toBe(true);
    expect(isWorkingDay(china, '2027-02-20')).toBe(true);
    for (const date of ['2027-02-05', '2027-02-08', '2027-02-12', '2027-02-14']) expect(isWorkingDay(china, date)).toBe(false);
    // Thursday 4th, Monday 15th – Friday 19th and the make-up Saturday 20th.
    expect(businessHoursBetween(china, beijing('2027-02-04T00:00:00'), beijing('2027-02-21T00:00:00'))).toBe(7 * 24);
    // 2026's block starts on a Sunday, with the Saturday before it worked.
    expect(addBusinessHours(china, beijing('2026-02-13T12:00:00'), 24)).toBe(beijing('2026-02-14T12:00:00'));
    expect(addBusinessHours(china, beijing('2026-02-14T12:00:00'), 24)).toBe(beijing('2026-02-24T12:00:00'));
  });

  it('starts counting at the next working midnight when the start falls on a day off', () => {
    expect(addBusinessHours(china, beijing('2026-03-07T15:00:00'), 1)).toBe(beijing('2026-03-09T01:00:00'));
    expect(addBusinessHours(china, beijing('2026-10-03T15:00:00'), 0.5)).toBe(beijing('2026-10-08T00:30:00'));
    expect(addBusinessHours(china, beijing('2026-03-07T15:00:00'), 0.001)).toBe(beijing('2026-03-09T00:00:03.600'));
    // Nothing to count: the deadline is the start itself.
    expect(addBusinessHours(china, '2026-03-07T15:00:00+08:00', 0)).toBe(beijing('2026-03-07T15:00:00'));
  });

  it('decides the day in the calendar’s zone: Friday 23:30 in Beijing is Friday 15:30 UTC', () => {
    const instant = '2026-03-06T15:30:00.000Z';
    expect(localDateOf(china, instant)).toBe('2026-03-06');
    expect(localDateOf(china, '2026-03-06T16:30:00.000Z')).toBe('2026-03-07');
    expect(addBusinessHours(china, instant, 1)).toBe('2026-03-08T16:30:00.000Z'); // Monday 00:30 in Beijing
    expect(addBusinessHours(utcCalendar, instant, 1)).toBe('2026-03-06T16:30:00.000Z');
    expect(businessHoursBetween(china, instant, '2026-03-06T17:30:00.000Z')).toBe(0.5);
    expect(businessHoursBetween(utcCalendar, instant, '2026-03-06T17:30:00.000Z')).toBe(2);
    const newYork = { ...utcCalendar, timeZoneOffsetMinutes: -5 * 60 };
    expect(addBusinessHours(newYork, '2026-03-07T04:30:00.000Z', 1)).toBe('2026-03-09T05:30:00.000Z');
  });

  it('counts plain hours when the calendar is disabled', () => {
    const off = { ...china, enabled: false };
    const wednesday = beijing('2026-09-30T10:00:00');
    expect(addBusinessHours(off, wednesday, 48)).toBe(beijing('2026-10-02T10:00:00'));
    expect(addBusinessHours(off, wednesday, 0.001)).toBe(beijing('2026-09-30T10:00:03.600'));
    expect(businessHoursBetween(off, wednesday, beijing('2026-10-02T10:00:00'))).toBe(48);
    expect(isWorkingDay(off, '2026-10-02')).toBe(false);
  });

  it('reads an earlier end as negative time', () => {
    expect(businessHoursBetween(china, beijing('2026-03-09T04:00:00'), beijing('2026-03-06T20:00:00'))).toBe(-8);
    expect(businessHoursBetween(china, beijing('2026-03-08T04:00:00'), beijing('2026-03-07T20:00:00'))).toBe(0);
    expect(Object.is(businessHoursBetween(china, beijing('2026-03-08T04:00:00'), beijing('2026-03-07T20:00:00')), 0)).toBe(true);
  });

  it('inverts: between(s, add(s, h)) = h to the millisecond, over many seeded starts and durations', () => {
    const seed = 20_261_001;
    const random = mulberry32(seed);
    const from = Date.parse('2025-12-20T00:00:00.000Z');
    const span = Date.parse('2027-12-31T00:00:00.000Z') - from;
    const calendars = [china, utcCalendar, { ...china, timeZoneOffsetMinutes: -330 }, { ...china, enabled: false }];
    for (let i = 0; i < 2_000; i++) {
      const calendar = calendars[i % calendars.length]!;
      const start = new Date(from + Math.floor(random() * span)).toISOString();
      const scale = [0.01, 1, 24, 2_000][Math.floor(random() * 4)]!;
      const hours = random() * scale;
      const end = addBusinessHours(calendar, start, hours);
      const back = businessHoursBetween(calendar, start, end);
      const context = { seed, i, start, hours, end, back };
      expect(Math.abs(back - hours) * MS_PER_HOUR, JSON.stringify(context)).toBeLessThanOrEqual(1);
      expect(Date.parse(end), JSON.stringify(context)).toBeGreaterThanOrEqual(Date.parse(start));

      // Splitting a duration changes nothing, and elapsed time adds up across any midpoint.
      const firstMs = Math.floor(random() * Math.round(hours * MS_PER_HOUR));
      const first = firstMs / MS_PER_HOUR;
      const rest = (Math.round(hours * MS_PER_HOUR) - firstMs) / MS_PER_HOUR;
      if (first > 0) {
        const middle = addBusinessHours(calendar, start, first);
        expect(addBusinessHours(calendar, middle, rest), JSON.stringify(context)).toBe(end);
        const sum = businessHoursBetween(calendar, start, middle) + businessHoursBetween(calendar, middle, end);
        expect(Math.abs(sum - back) * MS_PER_HOUR, JSON.stringify(context)).toBeLessThan(1e-3);
      }
    }
  });

  it('walks by day, so a year-long SLA is cheap', () => {
    // 247 working days remain in 2026 after Sunday 4 January (a make-up day); 2027 opens with a long weekend.
    const start = beijing('2026-01-05T09:00:00');
    const end = addBusinessHours(china, start, 248 * 24);
    expect(end).toBe(beijing('2027-01-05T09:00:00'));
    expect(businessHoursBetween(china, start, end)).toBe(248 * 24);
  });

  it('refuses instants without a zone, impossible dates and bad durations', () => {
    expect(() => addBusinessHours(china, '2026-10-01T10:00:00', 1)).toThrow(/ISO-8601 instant with a zone/);
    expect(() => addBusinessHours(china, '2026-02-30T10:00:00Z', 1)).toThrow(RangeError);
    expect(() => addBusinessHours(china, 'tomorrow', 1)).toThrow(RangeError);
    expect(() => addBusinessHours(china, '2026-10-01T10:00:00Z', -1)).toThrow(/hours/);
    expect(() => addBusinessHours(china, '2026-10-01T10:00:00Z', Number.NaN)).toThrow(/hours/);
    expect(() => businessHoursBetween(china, '2026-10-01', '2026-10-02T00:00:00Z')).toThrow(/from/);
    expect(addBusinessHours(china, '2026-10-09T12:00:00.5+08:00', 1)).toBe('2026-10-09T05:00:00.500Z');
  });

  it('fails instead of looping when an unvalidated calendar has no working day', () => {
    const never = { ...utcCalendar, weekend: [0, 1, 2, 3, 4, 5, 6] };
    expect(() => addBusinessHours(never, '2026-10-01T00:00:00Z', 1)).toThrow(/no working day/);
  });
});

describe('a calendar asked again', () => {
  it('answers from its lists as they are now: replaced, grown or shrunk, they count at once', () => {
    const calendar: BusinessCalendar = { ...utcCalendar, holidays: [] };
    const mondayMorning = '2026-03-02T09:00:00.000Z';
    expect(addBusinessHours(calendar, mondayMorning, 24)).toBe('2026-03-03T09:00:00.000Z');
    calendar.holidays = ['2026-03-02'];
    expect(addBusinessHours(calendar, mondayMorning, 24), 'the list replaced').toBe('2026-03-04T00:00:00.000Z');
    calendar.holidays.push('2026-03-03');
    expect(addBusinessHours(calendar, mondayMorning, 24), 'the list grown').toBe('2026-03-05T00:00:00.000Z');
    calendar.holidays.pop();
    expect(addBusinessHours(calendar, mondayMorning, 24), 'the list shrunk').toBe('2026-03-04T00:00:00.000Z');
    calendar.workdays = ['2026-03-07'];
    calendar.holidays = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'];
    expect(addBusinessHours(calendar, mondayMorning, 12), 'a make-up Saturday').toBe('2026-03-07T12:00:00.000Z');
    expect(isWorkingDay(calendar, '2026-03-07')).toBe(true);
  });
});

describe('BusinessCalendarSchema', () => {
  it('defaults a Saturday–Sunday weekend and empty lists', () => {
    expect(BusinessCalendarSchema.parse({ enabled: true, timeZoneOffsetMinutes: 480 })).toEqual({
      enabled: true,
      timeZoneOffsetMinutes: 480,
      weekend: [0, 6],
      holidays: [],
      workdays: [],
    });
  });

  it('wants real dates and weekdays 0–6', () => {
    const messages = issues({ enabled: true, timeZoneOffsetMinutes: 480, weekend: [0, 7], holidays: ['2026-02-29'], workdays: ['2026/10/10'] });
    expect(messages).toContain('holidays.0: a calendar date YYYY-MM-DD, e.g. "2026-03-01"');
    expect(messages).toContain('workdays.0: a calendar date YYYY-MM-DD, e.g. "2026-03-01"');
    expect(messages.some((m) => m.startsWith('weekend.1:'))).toBe(true);
  });

  it('refuses a date that is both a holiday and a make-up working day', () => {
    expect(issues({ ...china, workdays: [...china.workdays, '2026-10-03'] })).toEqual([
      'workdays.11: 2026-10-03 is listed both as a holiday and as a make-up working day; keep one',
    ]);
  });

  it('refuses a make-up working day that is not on the weekend', () => {
    expect(issues({ ...china, workdays: ['2026-10-09'] })).toEqual([
      'workdays.0: 2026-10-09 is a Friday, a working day already; make-up working days fall on the weekend',
    ]);
  });

  it('refuses duplicates, a week without a working day and odd offsets', () => {
    expect(issues({ ...utcCalendar, holidays: ['2026-10-01', '2026-10-01'] })).toEqual(['holidays.1: 2026-10-01 is listed twice']);
    expect(issues({ ...utcCalendar, weekend: [0, 1, 2, 3, 4, 5, 6] })).toEqual([
      'weekend: at least one day of the week must be a working day',
    ]);
    expect(issues({ ...utcCalendar, timeZoneOffsetMinutes: 8.5 }).some((m) => m.startsWith('timeZoneOffsetMinutes:'))).toBe(true);
    expect(issues({ ...utcCalendar, timeZoneOffsetMinutes: 15 * 60 }).some((m) => m.startsWith('timeZoneOffsetMinutes:'))).toBe(true);
    expect(issues({ ...utcCalendar, enabled: 'yes' }).some((m) => m.startsWith('enabled:'))).toBe(true);
  });
});

describe('bounded arithmetic: input past any sense is refused, never computed for seconds', () => {
  it('refuses spans beyond the cap in both directions and computes anything within it', () => {
    expect(() => businessHoursBetween(DEFAULT_CALENDAR, '2026-01-05T00:00:00Z', '9999-12-31T23:59:59Z')).toThrow(RangeError);
    expect(() => addBusinessHours(DEFAULT_CALENDAR, '2026-01-05T00:00:00Z', 24 * (MAX_CALENDAR_SPAN_DAYS + 1))).toThrow(RangeError);
    // Business hours stretch over days off: hours that fit the cap as plain days may still end past it.
    expect(() => addBusinessHours(DEFAULT_CALENDAR, '2026-01-05T00:00:00Z', 24 * (MAX_CALENDAR_SPAN_DAYS - 10))).toThrow(RangeError);
    // Two years either way is well inside.
    const twoYears = businessHoursBetween(DEFAULT_CALENDAR, '2026-01-05T00:00:00Z', '2028-01-05T00:00:00Z');
    expect(twoYears).toBeGreaterThan(24 * 400);
    expect(addBusinessHours(DEFAULT_CALENDAR, '2026-01-05T00:00:00Z', twoYears)).toBe('2028-01-05T00:00:00.000Z');
  });
});
