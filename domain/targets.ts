import { z } from 'zod';
import { CREDIT_ROLES, CreditRoleSchema, type CreditRole } from './credit';
import { MoneyInputSchema } from './money';
import type { Role } from './people';

/**
 * 背销售数字: everyone who shares credit carries a number. A target is an amount per person, credit role and period
 * (a quarter "2026Q4" or a year "2026"); attainment is the credit the ledger holds for that role in the period
 * against it.
 */

/** Targets are set for the roles the credit ledger credits (credit_entries.credit_role). */
export { CREDIT_ROLES, CreditRoleSchema, type CreditRole };

/**
 * Who carries each credit role's number, by the roles people hold: the people a director sets that role's targets
 * for (sales the sales owner's, presales the presales lead's, delivery people and managers the delivery manager's).
 */
export const TARGET_CARRIERS = {
  sales_owner: ['sales'],
  presales_lead: ['presales'],
  delivery_manager: ['delivery', 'manager'],
} as const satisfies Record<CreditRole, readonly Role[]>;

const PERIOD = /^2\d{3}(Q[1-4])?$/;

/** A quarter (2026Q4) or a year (2026), from 2000 to 2999. */
export const PeriodSchema = z.string().regex(PERIOD, 'a quarter such as 2026Q4 or a year such as 2026');
export type Period = z.infer<typeof PeriodSchema>;

/** The first and last business dates of a period, YYYY-MM-DD, both included. */
export function periodWindow(period: Period): { from: string; to: string } {
  // A malformed period would otherwise make a window of months that do not exist.
  if (!PERIOD.test(period)) throw new RangeError(`a period is a quarter such as 2026Q4 or a year such as 2026, not "${period}"`);
  const year = Number(period.slice(0, 4));
  const quarter = period.length === 6 ? Number(period.slice(5)) : undefined;
  const firstMonth = quarter === undefined ? 1 : (quarter - 1) * 3 + 1;
  const lastMonth = quarter === undefined ? 12 : quarter * 3;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return { from: `${year}-${pad(firstMonth)}-01`, to: `${year}-${pad(lastMonth)}-${pad(lastDay)}` };
}

export const TargetSchema = z.object({
  personId: z.uuid(),
  role: CreditRoleSchema,
  period: PeriodSchema,
  amount: MoneyInputSchema,
});
export type Target = z.infer<typeof TargetSchema>;

/** At most this many targets in one PUT: a year of quarters for a few hundred people. */
export const MAX_TARGETS_PER_CHANGE = 2_000;

/** The same person, role and period twice in one change: the second would silently win. */
export function duplicateTargets(targets: readonly Target[]): Array<{ index: number; key: string }> {
  const seen = new Set<string>();
  const duplicates: Array<{ index: number; key: string }> = [];
  targets.forEach((t, index) => {
    const key = `${t.personId}/${t.role}/${t.period}`;
    if (seen.has(key)) duplicates.push({ index, key });
    seen.add(key);
  });
  return duplicates;
}

/**
 * credit / target in basis points, rounded down (towards minus infinity: corrections can leave credit negative);
 * null without a target to measure against. Exact in BigInt: credit × 10,000 passes 2^53 long before credit does.
 */
export function attainmentBasisPoints(credit: number, target: number): number | null {
  const whole = BigInt(Math.trunc(target));
  if (whole <= 0n) return null;
  const scaled = BigInt(Math.trunc(credit)) * 10_000n;
  const quotient = scaled / whole;
  // BigInt division truncates towards zero; below zero, a remainder means one step further down.
  return Number(scaled % whole < 0n ? quotient - 1n : quotient);
}
