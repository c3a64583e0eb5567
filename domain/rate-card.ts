import { z } from 'zod';
import { reject } from './errors';
import { buildMoneySchemas, type Money } from './money';
import { buildRoleSchema, type Role } from './people';

/**
 * 定价: what an hour or a day of a presales resource costs, by role and level, versioned by effective date. A
 * booking pins the entry in effect on its approval date, so a later rate change never alters a booked cost.
 */

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * Rates change on business dates, not instants: the caller turns an instant into the business date of the
 * office it concerns before asking, so a rate change at midnight in Beijing is not decided by UTC.
 */
export function isCalendarDate(value: string): boolean {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!parts) return false;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lastDay = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
  return day <= lastDay;
}

/**
 * Work is planned and logged in quarter days (or quarter hours): fine enough for a two-hour workshop, coarse
 * enough that every quantity is exact in binary floating point, so `quantity × 4` is always a whole number.
 */
export function isQuarterStep(quantity: number): boolean {
  return Number.isFinite(quantity) && Number.isInteger(quantity * 4);
}

export const RATE_UNITS = ['day', 'hour'] as const;

/** The rate card's schemas, built afresh on each call (built-once.ts says why a workflow needs its own). */
export function buildRateCardSchemas() {
  const RoleSchema = buildRoleSchema();
  const { CurrencySchema, MoneySchema } = buildMoneySchemas();
  const CalendarDateSchema = z.string().refine(isCalendarDate, 'a calendar date YYYY-MM-DD, e.g. "2026-03-01"');

  const QuantitySchema = z
    .number()
    .positive()
    .refine(isQuarterStep, 'in quarter steps: 0.25, 0.5, 0.75, 1, 1.25 …');

  const RateUnitSchema = z.enum(RATE_UNITS);

  const RateEntrySchema = z
    .object({
      role: RoleSchema,
      /** P1–P4 for staff, H1–H2 for the hotline in the default card; any label the people records use. */
      level: z.string().min(1),
      unit: RateUnitSchema,
      /** Cost of one unit (a day, or an hour for the hotline), in minor units. */
      rate: MoneySchema,
      effectiveFrom: CalendarDateSchema,
    })
    .refine((entry) => (entry.role === 'hotline') === (entry.unit === 'hour'), {
      message: 'the hotline is priced per hour and every other role per day',
      path: ['unit'],
    });

  /** One currency per card: budgets and the cost ledger compare amounts only within a currency. */
  const RateCardSchema = z
    .object({
      currency: CurrencySchema,
      entries: z.array(RateEntrySchema).min(1),
    })
    .superRefine((card, ctx) => {
      const seen = new Set<string>();
      card.entries.forEach((entry, i) => {
        if (entry.rate.currency !== card.currency) {
          ctx.addIssue({
            code: 'custom',
            path: ['entries', i, 'rate', 'currency'],
            message: `the card is priced in ${card.currency}, not ${entry.rate.currency}`,
          });
        }
        const key = `${entry.role}\u0000${entry.level}\u0000${entry.effectiveFrom}`;
        if (seen.has(key)) {
          ctx.addIssue({
            code: 'custom',
            path: ['entries', i],
            message: `${entry.role} ${entry.level} has two rates effective from ${entry.effectiveFrom}; keep one`,
          });
        }
        seen.add(key);
      });
    });
  return { CalendarDateSchema, QuantitySchema, RateUnitSchema, RateEntrySchema, RateCardSchema };
}
export const { CalendarDateSchema, QuantitySchema, RateUnitSchema, RateEntrySchema, RateCardSchema } = buildRateCardSchemas();
export type RateUnit = z.infer<typeof RateUnitSchema>;
export type RateEntry = z.infer<typeof RateEntrySchema>;
export type RateCard = z.infer<typeof RateCardSchema>;

/** The entry in effect on `onDate` (the latest `effectiveFrom` on or before it), or undefined if none yet. */
export function rateFor(card: RateCard, role: Role, level: string, onDate: string): RateEntry | undefined {
  if (!isCalendarDate(onDate)) throw new RangeError(`"${onDate}" is not a calendar date YYYY-MM-DD`);
  let inEffect: RateEntry | undefined;
  for (const entry of card.entries) {
    if (entry.role !== role || entry.level !== level || entry.effectiveFrom > onDate) continue;
    if (!inEffect || entry.effectiveFrom > inEffect.effectiveFrom) inEffect = entry;
  }
  return inEffect;
}

/**
 * `quantity` units (days, or hours for an hourly rate) at `rate`, in quarter steps. The product is exact in
 * BigInt and rounded half-up to a whole minor unit, so the same booking always costs the same fen.
 */
export function plannedCost(rate: Money, quantity: number): Money {
  if (!(quantity >= 0) || !isQuarterStep(quantity)) {
    throw reject.invalid(`a quantity is counted in quarter steps (0.25, 0.5, 1.75 …); ${quantity} is not one`);
  }
  const quarterUnits = BigInt(rate.amount) * BigInt(quantity * 4);
  const amount = (quarterUnits + 2n) / 4n;
  if (amount > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw reject.invalid(`${quantity} × ${rate.amount} ${rate.currency} minor units is too large to book`);
  }
  return { amount: Number(amount), currency: rate.currency };
}

/** Requests and time entries count days for everyone; an hourly (hotline) day is this many hours. */
export const HOURS_PER_WORKING_DAY = 8;

/** The cost of `days` of work at `entry`, converting days to hours for an hourly rate. */
export function plannedCostForDays(entry: RateEntry, days: number): Money {
  return plannedCost(entry.rate, entry.unit === 'hour' ? days * HOURS_PER_WORKING_DAY : days);
}

const yuan = (n: number): Money => ({ amount: n * 100, currency: 'CNY' });

const DAILY_RATES_IN_YUAN: Partial<Record<Role, [number, number, number, number]>> = {
  presales: [1_500, 2_500, 3_500, 5_000],
  solution: [2_000, 3_000, 4_500, 6_000],
  test: [1_200, 2_000, 3_000, 4_000],
  delivery: [1_500, 2_500, 3_500, 4_500],
  after_sales: [1_000, 1_800, 2_600, 3_500],
  custom_dev: [1_500, 2_500, 3_500, 5_000],
};

const DEFAULT_EFFECTIVE_FROM = '2025-01-01';

/** Internal cost rates (not prices to customers) for every presales resource role, in CNY. */
export const DEFAULT_RATE_CARD: RateCard = {
  currency: 'CNY',
  entries: [
    ...Object.entries(DAILY_RATES_IN_YUAN).flatMap(([role, rates]) =>
      rates.map((rate, i) => ({
        role: role as Role,
        level: `P${i + 1}`,
        unit: 'day' as const,
        rate: yuan(rate),
        effectiveFrom: DEFAULT_EFFECTIVE_FROM,
      })),
    ),
    { role: 'hotline', level: 'H1', unit: 'hour', rate: yuan(150), effectiveFrom: DEFAULT_EFFECTIVE_FROM },
    { role: 'hotline', level: 'H2', unit: 'hour', rate: yuan(250), effectiveFrom: DEFAULT_EFFECTIVE_FROM },
  ],
};
