import { z } from 'zod';
import { reject } from './errors';
import { safeParseMoney, type Money } from './money';
import type { PolicyDocument } from './policy';

/**
 * 背数字, 双算: on a win the final value is credited to the sales owner AND, per the pinned policy, to the
 * presales lead and the future delivery manager (default 100% each), so credit may sum past 100% of the value
 * while revenue is counted once. Credit is append-only: a corrected final value adds correcting lines (deltas,
 * possibly negative) so that every line ever granted for a project sums to what the new value earns.
 */
export const CREDIT_ROLES = ['sales_owner', 'presales_lead', 'delivery_manager'] as const;
export const CreditRoleSchema = z.enum(CREDIT_ROLES);
export type CreditRole = z.infer<typeof CreditRoleSchema>;

export type CreditPolicy = PolicyDocument['credit'];

/** Who won it. The presales lead and the delivery manager are optional: nobody named, nobody credited. */
export const CreditPeopleSchema = z.object({
  salesOwnerId: z.string().min(1),
  presalesLeadId: z.string().min(1).nullish(),
  deliveryManagerId: z.string().min(1).nullish(),
});
export type CreditPeople = z.infer<typeof CreditPeopleSchema>;

/**
 * One credit entry. `basisPoints` is the share the person holds in that role (after a correction: the share
 * they hold from then on, 0 when the correction takes their credit away). `amount` is never negative on a win;
 * on a correction it is the delta and may be negative (its `Money` type is then outside `MoneySchema`).
 */
export interface CreditLine {
  personId: string;
  creditRole: CreditRole;
  basisPoints: number;
  amount: Money;
}

/** Keys from business facts: `version` is the correction number, 0 for the win itself. */
export function creditKey(projectId: string, version: number, personId: string, role: CreditRole): string {
  return `credit:${projectId}:${correctionVersion(version)}:${personId}:${role}`;
}

export function revenueKey(projectId: string, version: number): string {
  return `revenue:${projectId}:${correctionVersion(version)}`;
}

function correctionVersion(version: number): number {
  if (!Number.isSafeInteger(version) || version < 0) {
    throw new RangeError(`a credit version is 0 for the win or the correction number; ${version} is neither`);
  }
  return version;
}

function checkedFinalValue(finalValue: Money): Money {
  const parsed = safeParseMoney(finalValue);
  if (!parsed.success) {
    throw reject.invalid(
      'the final value is a non-negative integer of minor units with its currency',
      parsed.error.issues.map((issue) => ({ path: ['finalValue', ...issue.path].join('.'), message: issue.message })),
    );
  }
  return parsed.data;
}

function exactSum(a: number, b: number): number {
  const sum = a + b;
  if (!Number.isSafeInteger(sum)) throw reject.conflict('a credit total would exceed the largest exact amount');
  return sum;
}

/**
 * `basisPoints` of `value`, rounded half-up to a whole minor unit. Computed in BigInt: a credit share may exceed
 * 100%, and value × basis points can pass 2^53 long before the credited amount does.
 */
function shareOf(value: Money, basisPoints: number): Money {
  const twice = (BigInt(value.amount) * BigInt(basisPoints) * 2n + 10_000n) / 20_000n;
  const amount = Number(twice);
  if (!Number.isSafeInteger(amount)) throw reject.conflict('a credit amount would exceed the largest exact amount');
  return { amount, currency: value.currency };
}

/**
 * The credit a win of `finalValue` earns: the sales owner at `salesOwnerBasisPoints`, the presales lead and the
 * delivery manager at theirs when named. A role whose policy share is 0 earns no line. One person holding two
 * roles (say, presales lead and delivery manager) gets a line for each: the policy credits roles, not heads.
 */
export function creditLines(policyCredit: CreditPolicy, finalValue: Money, people: CreditPeople): CreditLine[] {
  const value = checkedFinalValue(finalValue);
  const holders: [CreditRole, string | null | undefined, number][] = [
    ['sales_owner', people.salesOwnerId, policyCredit.salesOwnerBasisPoints],
    ['presales_lead', people.presalesLeadId, policyCredit.presalesLeadBasisPoints],
    ['delivery_manager', people.deliveryManagerId, policyCredit.deliveryManagerBasisPoints],
  ];
  const lines: CreditLine[] = [];
  for (const [creditRole, personId, basisPoints] of holders) {
    if (!personId || basisPoints === 0) continue;
    lines.push({ personId, creditRole, basisPoints, amount: shareOf(value, basisPoints) });
  }
  return lines;
}

/** Revenue is the final value, once, whoever is credited. */
export function revenueOf(finalValue: Money): Money {
  return checkedFinalValue(finalValue);
}

function requireCurrency(currency: string, amounts: readonly Money[], path: string): void {
  const stranger = amounts.find((m) => m.currency !== currency);
  if (stranger) {
    throw reject.invalid(`the project's credit is kept in ${stranger.currency}; give the final value in ${stranger.currency}`, [
      { path, message: `must be ${stranger.currency}` },
    ]);
  }
}

const lineKey = (personId: string, role: CreditRole) => `${role}\u0000${personId}`;

/**
 * The correcting lines for a new final value: for each person and role, what `creditLines(newFinalValue)` earns
 * minus what `previous` (every line granted so far, win and corrections) already gave. Zero deltas are left
 * out, so an unchanged value yields no lines; a person no longer named gets their credit taken back at 0 bp.
 * Adding the result to `previous` makes every person's and role's sum equal a fresh win at the new value.
 */
export function correctionLines(
  previous: readonly CreditLine[],
  newFinalValue: Money,
  policyCredit: CreditPolicy,
  people: CreditPeople,
): CreditLine[] {
  const target = creditLines(policyCredit, newFinalValue, people);
  requireCurrency(
    newFinalValue.currency,
    previous.map((line) => line.amount),
    'finalValue.currency',
  );
  const granted = new Map<string, { personId: string; creditRole: CreditRole; amount: number }>();
  for (const line of previous) {
    const key = lineKey(line.personId, line.creditRole);
    const sum = granted.get(key) ?? { personId: line.personId, creditRole: line.creditRole, amount: 0 };
    sum.amount = exactSum(sum.amount, line.amount.amount);
    granted.set(key, sum);
  }
  const deltas: CreditLine[] = [];
  for (const line of target) {
    const key = lineKey(line.personId, line.creditRole);
    const delta = exactSum(line.amount.amount, -(granted.get(key)?.amount ?? 0));
    granted.delete(key);
    if (delta !== 0) deltas.push({ ...line, amount: { amount: delta, currency: newFinalValue.currency } });
  }
  for (const taken of granted.values()) {
    if (taken.amount === 0) continue;
    deltas.push({
      personId: taken.personId,
      creditRole: taken.creditRole,
      basisPoints: 0,
      amount: { amount: -taken.amount, currency: newFinalValue.currency },
    });
  }
  return deltas;
}

/**
 * The revenue entry that brings `previousRevenue` (the sum recorded so far) to the new final value, or null when
 * it is already there.
 */
export function revenueCorrection(previousRevenue: Money, newFinalValue: Money): Money | null {
  const value = checkedFinalValue(newFinalValue);
  requireCurrency(value.currency, [previousRevenue], 'finalValue.currency');
  const delta = exactSum(value.amount, -previousRevenue.amount);
  return delta === 0 ? null : { amount: delta, currency: value.currency };
}
