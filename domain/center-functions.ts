import { z } from 'zod';
import type { Role } from './people';

/**
 * 多位一体: a delivery center brings together presales, solution, test, delivery, after-sales and custom development as
 * one team. The policy names the functions every center must cover (the article lists presales, test, delivery,
 * after-sales and custom development); a center missing one is not ready.
 */
export const CENTER_FUNCTIONS = ['presales', 'solution', 'test', 'delivery', 'after_sales', 'custom_dev'] as const satisfies readonly Role[];
export const buildCenterFunctionSchema = () => z.enum(CENTER_FUNCTIONS);
export const CenterFunctionSchema = buildCenterFunctionSchema();
export type CenterFunction = z.infer<typeof CenterFunctionSchema>;

export const DEFAULT_CENTER_FUNCTIONS: readonly CenterFunction[] = ['presales', 'test', 'delivery', 'after_sales', 'custom_dev'];

export interface CenterReadiness {
  required: CenterFunction[];
  /** Members per function the policy requires. */
  covered: Partial<Record<CenterFunction, number>>;
  missing: CenterFunction[];
  ready: boolean;
}

/** Whether the members (by their roles) cover every function `required`. */
export function centerReadiness(required: readonly CenterFunction[], memberRoles: ReadonlyArray<readonly Role[]>): CenterReadiness {
  const covered: Partial<Record<CenterFunction, number>> = {};
  for (const fn of required) covered[fn] = memberRoles.filter((roles) => roles.includes(fn)).length;
  const missing = required.filter((fn) => !covered[fn]);
  return { required: [...required], covered, missing, ready: missing.length === 0 };
}

/** Each industry's share of the revenue in its currency, in basis points rounded down (null when the total is not positive). */
export function revenueShares<T extends { currency: string; revenue: number }>(rows: readonly T[]): Array<T & { shareBasisPoints: number | null }> {
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(row.currency, (totals.get(row.currency) ?? 0) + row.revenue);
  return rows.map((row) => {
    const total = totals.get(row.currency)!;
    return { ...row, shareBasisPoints: total > 0 ? Number((BigInt(Math.trunc(row.revenue)) * 10_000n) / BigInt(Math.trunc(total))) : null };
  });
}

/**
 * 统一指挥: on the A/B path the team lead appointed at dispatch commands the project's presales for the serving
 * center, so must be one of its members (or its lead). Why `candidate` may not be appointed, or undefined.
 */
export function teamLeadRefusal(center: { id: string; name: string; leadId: string }, candidate: { id: string; deliveryCenterId?: string | null }): string | undefined {
  if (candidate.id === center.leadId || candidate.deliveryCenterId === center.id) return undefined;
  return `the team lead of a project served by ${center.name} is one of its members`;
}
