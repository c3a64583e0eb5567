import { z } from 'zod';

/** Money is always an integer count of minor units (fen for CNY) with its ISO 4217 currency; never a float. */
export const CurrencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, 'an ISO 4217 code in capitals, e.g. "CNY"');

export const MoneySchema = z.object({
  amount: z
    .number()
    .int('an integer number of minor units (12,000,000 CNY is 1200000000)')
    .nonnegative()
    .max(Number.MAX_SAFE_INTEGER),
  currency: CurrencySchema,
});
export type Money = z.infer<typeof MoneySchema>;

export function money(amount: number, currency: string): Money {
  return MoneySchema.parse({ amount, currency });
}

/** `pct` in basis points (1% = 100), rounded half-up to a whole minor unit. */
export function percentOf(value: Money, basisPoints: number): Money {
  return { amount: Math.round((value.amount * basisPoints) / 10_000), currency: value.currency };
}
