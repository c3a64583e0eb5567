import { z } from 'zod';
import { builtOnce } from './built-once';

/** Money is always an integer count of minor units (fen for CNY) with its ISO 4217 currency; never a float. */
export function buildMoneySchemas() {
  const CurrencySchema = z
    .string()
    .regex(/^[A-Z]{3}$/, 'an ISO 4217 code in capitals, e.g. "CNY"');
  const MoneySchema = z.object({
    amount: z
      .number()
      .int('an integer number of minor units (12,000,000 CNY is 1200000000)')
      .nonnegative()
      .max(Number.MAX_SAFE_INTEGER),
    currency: CurrencySchema,
  });
  return { CurrencySchema, MoneySchema };
}
export const { CurrencySchema, MoneySchema } = buildMoneySchemas();
/** MoneySchema for the functions below, which workflows call (built-once.ts). */
const moneySchema = builtOnce(() => buildMoneySchemas().MoneySchema);

/**
 * The largest amount a client may send in any one money field: 10^15 minor units (10 trillion CNY), far above
 * any deal and far enough below 2^53 that what Moat derives from it (shares, sums, ledgers) stays exact.
 */
export const MAX_MONEY_MINOR_UNITS = 1_000_000_000_000_000;

export const MinorUnitsInputSchema = z
  .number()
  .int('an integer number of minor units (12,000,000 CNY is 1200000000)')
  .nonnegative()
  .max(MAX_MONEY_MINOR_UNITS, `at most ${MAX_MONEY_MINOR_UNITS} minor units`);

/** Money as a client sends it: bounded by MAX_MONEY_MINOR_UNITS. */
export const MoneyInputSchema = z.object({ amount: MinorUnitsInputSchema, currency: CurrencySchema });

/**
 * A total over many records (reports): a whole number of minor units, exact up to 2^53 and the nearest
 * double beyond — never an error, however many projects are summed.
 */
export const MinorUnitsTotalSchema = z.number().multipleOf(1);

/** A total or a signed amount (a correction) in a currency: any whole number of minor units. */
export const MoneyTotalSchema = z.object({ amount: MinorUnitsTotalSchema, currency: CurrencySchema });

/** Sums amounts of minor units exactly (BigInt), returning the nearest number: exact whenever it is below 2^53. */
export function sumMinorUnits(amounts: Iterable<number>): number {
  let total = 0n;
  for (const amount of amounts) total += BigInt(amount);
  return Number(total);
}
export type Money = z.infer<typeof MoneySchema>;

export function money(amount: number, currency: string): Money {
  return moneySchema().parse({ amount, currency });
}

/** MoneySchema's verdict on `value`, for code a workflow runs. */
export function safeParseMoney(value: unknown) {
  return moneySchema().safeParse(value);
}

/** `pct` in basis points (1% = 100), rounded half-up to a whole minor unit. */
export function percentOf(value: Money, basisPoints: number): Money {
  return { amount: Math.round((value.amount * basisPoints) / 10_000), currency: value.currency };
}
