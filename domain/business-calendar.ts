/*
 * Long because it is one calendar (≈330 lines): its schema, day arithmetic on day numbers, business hours for SLAs and
 * working days for capacity all walk the same weekends, holidays and make-up days.
 */
import { z } from 'zod';
import { buildRateCardSchemas, isCalendarDate } from './rate-card';

/**
 * 工作日历: SLAs count business time, so a stage that stalls over a weekend or the National Day week is not
 * escalated for days nobody was at work. Whole working days count (24 h each, in the calendar's local time) and
 * non-working days count nothing: a "5 × 24 h" stage SLA means five working days, wherever in the day it began.
 *
 * The calendar is policy data, versioned with the rest of the policy: a project's workflow pins it with the policy version, and the
 * arithmetic below is pure, so a deadline computed on replay is the deadline computed the first time.
 */

const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 24 * MS_PER_HOUR;
/** Day 0 of the epoch, 1970-01-01, was a Thursday. */
const EPOCH_WEEKDAY = 4;
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** The business calendar's schemas, built afresh on each call (built-once.ts says why a workflow needs its own). */
export function buildBusinessCalendarSchemas() {
  const { CalendarDateSchema } = buildRateCardSchemas();
  /** 0 = Sunday … 6 = Saturday, as `Date.prototype.getUTCDay` counts. */
  const WeekdaySchema = z.number().int().min(0).max(6);

  const BusinessCalendarSchema = z
    .object({
      /** Off: SLAs count plain hours, every hour of every day. */
      enabled: z.boolean(),
      /**
       * Minutes east of UTC. A fixed offset, not a zone name: the offices this serves (mainland China, +480) keep
       * no daylight saving time, and a fixed number needs no time-zone database inside a replayed workflow.
       */
      timeZoneOffsetMinutes: z
        .number()
        .int()
        .min(-12 * 60)
        .max(14 * 60),
      weekend: z.array(WeekdaySchema).max(6, 'at least one day of the week must be a working day').default([0, 6]),
      /** Days off: public holidays and the weekdays moved into a holiday block (调休), weekends inside it too. */
      holidays: z.array(CalendarDateSchema).default([]),
      /** Make-up working days (调休上班): weekend days worked to pay for a longer holiday block. */
      workdays: z.array(CalendarDateSchema).default([]),
    })
    .superRefine((calendar, ctx) => {
      const duplicates = (values: readonly (string | number)[], path: 'weekend' | 'holidays' | 'workdays') =>
        values.forEach((value, i) => {
          if (values.indexOf(value) !== i) ctx.addIssue({ code: 'custom', path: [path, i], message: `${value} is listed twice` });
        });
      duplicates(calendar.weekend, 'weekend');
      duplicates(calendar.holidays, 'holidays');
      duplicates(calendar.workdays, 'workdays');
      const holidays = new Set(calendar.holidays);
      calendar.workdays.forEach((date, i) => {
        if (!isCalendarDate(date)) return;
        if (holidays.has(date)) {
          ctx.addIssue({
            code: 'custom',
            path: ['workdays', i],
            message: `${date} is listed both as a holiday and as a make-up working day; keep one`,
          });
          return;
        }
        const weekday = weekdayOf(dayNumberOf(date));
        // A make-up day on a weekday changes nothing, so it is almost certainly a mistyped date.
        if (!calendar.weekend.includes(weekday)) {
          ctx.addIssue({
            code: 'custom',
            path: ['workdays', i],
            message: `${date} is a ${WEEKDAY_NAMES[weekday]}, a working day already; make-up working days fall on the weekend`,
          });
        }
      });
    });
  return { WeekdaySchema, BusinessCalendarSchema };
}
export const { WeekdaySchema, BusinessCalendarSchema } = buildBusinessCalendarSchemas();
export type BusinessCalendar = z.infer<typeof BusinessCalendarSchema>;

/** Inclusive ranges keep the data comparable line by line with the published notice. */
function expand(ranges: readonly (readonly [string, string])[]): string[] {
  return ranges.flatMap(([first, last]) => {
    const dates: string[] = [];
    for (let day = dayNumberOf(first); day <= dayNumberOf(last); day++) dates.push(dateOfDayNumber(day));
    return dates;
  });
}

/**
 * 2026: OFFICIAL — 国务院办公厅关于2026年部分节假日安排的通知 (State Council General Office, November 2025).
 * Each range is a holiday block exactly as published, weekends inside it included.
 */
const CHINA_2026_HOLIDAYS = [
  ['2026-01-01', '2026-01-03'], // 元旦 New Year, Thu–Sat
  ['2026-02-15', '2026-02-23'], // 春节 Spring Festival, 腊月二十八 Sun – 正月初七 Mon, 9 days
  ['2026-04-04', '2026-04-06'], // 清明节 Qingming, Sat–Mon
  ['2026-05-01', '2026-05-05'], // 劳动节 Labour Day, Fri–Tue
  ['2026-06-19', '2026-06-21'], // 端午节 Dragon Boat, Fri–Sun
  ['2026-09-25', '2026-09-27'], // 中秋节 Mid-Autumn, Fri–Sun
  ['2026-10-01', '2026-10-07'], // 国庆节 National Day, Thu–Wed
] as const;
const CHINA_2026_WORKDAYS = [
  '2026-01-04', // Sun, for New Year
  '2026-02-14', // Sat, for Spring Festival
  '2026-02-28', // Sat, for Spring Festival
  '2026-05-09', // Sat, for Labour Day
  '2026-09-20', // Sun, for National Day
  '2026-10-10', // Sat, for National Day
];

/**
 * 2027: ESTIMATE, not yet published — replace it with the State Council's notice (usually out in November of
 * the year before) through PUT /api/policy. Statutory days follow 全国年节及纪念日放假办法 as amended in 2024
 * (13 days: 春节 除夕 + 初一至初三, 劳动节 two days); a statutory day on a weekend is given back on a weekday,
 * and blocks follow the recent pattern: 春节 from 除夕 for 8+ days, 劳动节 5 days, 国庆节 7 days, a Tuesday or
 * Thursday festival bridged to the weekend, a Wednesday one left alone, six working days in a row at most.
 * Lunar dates: 春节 Feb 6 (Sat), 清明 Apr 5 (Mon), 端午 Jun 9 (Wed), 中秋 Sep 15 (Wed).
 */
const CHINA_2027_HOLIDAYS = [
  ['2027-01-01', '2027-01-03'], // 元旦 New Year, Fri–Sun
  ['2027-02-05', '2027-02-12'], // 春节 Spring Festival, 除夕 Fri – 初七 Fri; with the weekend after, off until Sun Feb 14
  ['2027-04-03', '2027-04-05'], // 清明节 Qingming, Sat–Mon
  ['2027-05-01', '2027-05-05'], // 劳动节 Labour Day, Sat–Wed
  ['2027-06-09', '2027-06-09'], // 端午节 Dragon Boat, Wed
  ['2027-09-15', '2027-09-15'], // 中秋节 Mid-Autumn, Wed
  ['2027-10-01', '2027-10-07'], // 国庆节 National Day, Fri–Thu
] as const;
const CHINA_2027_WORKDAYS = [
  '2027-01-31', // Sun, for Spring Festival
  '2027-02-20', // Sat, for Spring Festival
  '2027-05-08', // Sat, for Labour Day
  '2027-09-26', // Sun, for National Day
  '2027-10-09', // Sat, for National Day
];

/** Mainland China (UTC+8, no DST): 2026 official, 2027 estimated (see above). */
export const DEFAULT_CALENDAR: BusinessCalendar = {
  enabled: true,
  timeZoneOffsetMinutes: 8 * 60,
  weekend: [0, 6],
  holidays: [...expand(CHINA_2026_HOLIDAYS), ...expand(CHINA_2027_HOLIDAYS)],
  workdays: [...CHINA_2026_WORKDAYS, ...CHINA_2027_WORKDAYS],
};

/** Days since 1970-01-01; a local calendar date and a UTC date share this numbering. */
function dayNumberOf(date: string): number {
  return Date.parse(`${date}T00:00:00.000Z`) / MS_PER_DAY;
}

function dateOfDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

function weekdayOf(day: number): number {
  return (((day + EPOCH_WEEKDAY) % 7) + 7) % 7;
}

const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/**
 * Only instants with an explicit zone: `Date.parse` reads "2026-10-01T10:00" in the host's zone (a replay on
 * another machine would disagree) and rolls "2026-02-30" over into March.
 */
function instantOf(iso: string, name: string): number {
  const match = ISO_INSTANT.exec(iso);
  const ms = match && isCalendarDate(match[1]!) ? Date.parse(iso) : Number.NaN;
  if (!Number.isFinite(ms)) {
    throw new RangeError(`${name} "${iso}" is not an ISO-8601 instant with a zone, e.g. "2026-10-01T02:00:00.000Z"`);
  }
  return ms;
}

interface DayRules {
  isWorking(day: number): boolean;
  /** The first working day on or after `day`. */
  nextWorking(day: number): number;
}

/**
 * The longest span the arithmetic walks, day by day: far beyond any SLA or deadline Moat accepts (a deadline is at
 * most two years ahead), so reaching it means bad input, refused with a RangeError rather than computed for seconds.
 */
export const MAX_CALENDAR_SPAN_DAYS = 4_000;

/**
 * Each calendar's rules, built once: a command's deadlines and escalations ask several times, and building them parses
 * every listed date (≈60) — the most time the workflow code spent on a command after tracing (bench/README.md, eighth
 * round). Kept with the lists they were built from, so a calendar whose lists were replaced is built again; weakly, so
 * a calendar no workflow holds any more is let go. Pure, so sharing it between workflows shares no state.
 */
const rulesOfCalendar = new WeakMap<BusinessCalendar, { from: readonly unknown[]; rules: DayRules }>();

function dayRules(calendar: BusinessCalendar): DayRules {
  const from = [calendar.holidays, calendar.workdays, calendar.weekend, calendar.holidays.length, calendar.workdays.length, calendar.weekend.length];
  const known = rulesOfCalendar.get(calendar);
  if (known && known.from.every((part, index) => part === from[index])) return known.rules;
  const rules = buildDayRules(calendar);
  rulesOfCalendar.set(calendar, { from, rules });
  return rules;
}

function buildDayRules(calendar: BusinessCalendar): DayRules {
  // Day numbers, not date strings: a day's test is a few integer operations, with no Date allocated per day.
  const holidays = new Set(calendar.holidays.map(dayNumberOf));
  const workdays = new Set(calendar.workdays.map(dayNumberOf));
  const weekend = new Set(calendar.weekend);
  const isWorking = (day: number) => !holidays.has(day) && (workdays.has(day) || !weekend.has(weekdayOf(day)));
  // Every run of days off is weekend days and listed holidays, so a longer run means no working day ever comes
  // (a calendar that skipped validation): fail rather than loop forever inside a workflow task.
  const longestRunOff = Math.min(MAX_CALENDAR_SPAN_DAYS, 7 * (holidays.size + 1));
  return {
    isWorking,
    nextWorking(day) {
      for (let next = day; next < day + longestRunOff; next++) if (isWorking(next)) return next;
      throw new RangeError(`the calendar has no working day in the ${longestRunOff} days from ${dateOfDayNumber(day)}`);
    },
  };
}

function requireSpan(days: number, what: string): void {
  if (days > MAX_CALENDAR_SPAN_DAYS) {
    throw new RangeError(`${what} spans ${Math.ceil(days)} days, more than the ${MAX_CALENDAR_SPAN_DAYS} the calendar computes`);
  }
}

/**
 * Whether `date` (YYYY-MM-DD, a local date of the calendar) is a working day. Answers from the data even when the
 * calendar is disabled: `enabled` decides how SLAs count, not what the holidays are.
 */
export function isWorkingDay(calendar: BusinessCalendar, date: string): boolean {
  if (!isCalendarDate(date)) throw new RangeError(`"${date}" is not a calendar date YYYY-MM-DD`);
  return dayRules(calendar).isWorking(dayNumberOf(date));
}

/**
 * How many working days (as `isWorkingDay` answers) fall from `from` to `to`, both included; 0 when `to` is
 * before `from`. Capacity is counted on the same days the SLAs are, so a holiday week is no week of capacity.
 * Whole weeks are counted, not walked, so a report over a long window costs as little as one over a week.
 */
export function workingDaysIn(calendar: BusinessCalendar, from: string, to: string): number {
  for (const date of [from, to]) if (!isCalendarDate(date)) throw new RangeError(`"${date}" is not a calendar date YYYY-MM-DD`);
  const first = dayNumberOf(from);
  const last = dayNumberOf(to);
  if (last < first) return 0;
  const weekend = new Set(calendar.weekend);
  const weeks = Math.floor((last - first + 1) / 7);
  let days = weeks * (7 - weekend.size);
  for (let day = first + weeks * 7; day <= last; day++) if (!weekend.has(weekdayOf(day))) days++;
  // Then the listed exceptions in the window, each once: holidays off a weekday, make-up days worked on the weekend.
  const inWindow = (day: number) => day >= first && day <= last;
  const holidays = new Set(calendar.holidays.map(dayNumberOf));
  for (const day of holidays) if (inWindow(day) && !weekend.has(weekdayOf(day))) days--;
  for (const day of new Set(calendar.workdays.map(dayNumberOf))) {
    if (inWindow(day) && !holidays.has(day) && weekend.has(weekdayOf(day))) days++;
  }
  return days;
}

/** The calendar's local date (YYYY-MM-DD) at an instant: what "today" is in the office. */
export function localDateOf(calendar: BusinessCalendar, iso: string): string {
  const local = instantOf(iso, 'instant') + calendar.timeZoneOffsetMinutes * 60_000;
  return dateOfDayNumber(Math.floor(local / MS_PER_DAY));
}

/**
 * The instant `hours` of business time after `startIso`: the earliest instant by which that much working time
 * has passed. Counting starts at the start, or at the next working day's local midnight if the start falls on a
 * day off; a deadline that uses up a working day exactly is that day's end, not the next working morning.
 * Hours are rounded to the millisecond, the resolution of the instants.
 */
export function addBusinessHours(calendar: BusinessCalendar, startIso: string, hours: number): string {
  const start = instantOf(startIso, 'start');
  if (!(Number.isFinite(hours) && hours >= 0)) throw new RangeError(`hours must be a finite number ≥ 0, not ${hours}`);
  // Business hours never pass faster than calendar hours, so this bounds the days walked below.
  requireSpan(hours / 24, 'the business time to add');
  let remaining = Math.round(hours * MS_PER_HOUR);
  if (!calendar.enabled || remaining === 0) return new Date(start + remaining).toISOString();
  const lastDay = Math.floor((start + calendar.timeZoneOffsetMinutes * 60_000) / MS_PER_DAY) + MAX_CALENDAR_SPAN_DAYS;

  const offset = calendar.timeZoneOffsetMinutes * 60_000;
  const rules = dayRules(calendar);
  let local = start + offset;
  let day = Math.floor(local / MS_PER_DAY);
  for (;;) {
    const working = rules.nextWorking(day);
    if (working !== day) {
      day = working;
      local = day * MS_PER_DAY;
    }
    const dayEnd = (day + 1) * MS_PER_DAY;
    if (remaining <= dayEnd - local) return new Date(local + remaining - offset).toISOString();
    remaining -= dayEnd - local;
    local = dayEnd;
    day += 1;
    // Days off stretch the walk past the hours; beyond the cap the calendar has too few working days to go on.
    if (day > lastDay) throw new RangeError(`${hours} business hours end more than ${MAX_CALENDAR_SPAN_DAYS} days after ${startIso}`);
  }
}

/**
 * The business time, in hours, from `fromIso` to `toIso`: the inverse of `addBusinessHours`. Negative when `toIso`
 * is earlier, so "how far past its deadline" reads the same way before and after the deadline.
 */
export function businessHoursBetween(calendar: BusinessCalendar, fromIso: string, toIso: string): number {
  const from = instantOf(fromIso, 'from');
  const to = instantOf(toIso, 'to');
  if (to < from) {
    const back = businessHoursBetween(calendar, toIso, fromIso);
    return back === 0 ? 0 : -back;
  }
  if (!calendar.enabled) return (to - from) / MS_PER_HOUR;
  requireSpan((to - from) / MS_PER_DAY, `the time from ${fromIso} to ${toIso}`);

  const offset = calendar.timeZoneOffsetMinutes * 60_000;
  const rules = dayRules(calendar);
  const [localFrom, localTo] = [from + offset, to + offset];
  let ms = 0;
  for (let day = Math.floor(localFrom / MS_PER_DAY); day * MS_PER_DAY < localTo; day++) {
    if (!rules.isWorking(day)) continue;
    ms += Math.min(localTo, (day + 1) * MS_PER_DAY) - Math.max(localFrom, day * MS_PER_DAY);
  }
  return ms / MS_PER_HOUR;
}

/** The calendar date `days` after `date` (both YYYY-MM-DD; negative goes back), by the proleptic UTC calendar. */
export function addCalendarDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
