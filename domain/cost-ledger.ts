import { z } from 'zod';
import { reject } from './errors';
import { MoneySchema, type Money } from './money';

/**
 * The cost ledger (成本台账): append-only, one idempotency key per entry, and the only source of every cost
 * total (committed, actual, the budget alerts). Totals are computed from the entries alone and do not depend on their order, so a
 * projection rebuilt from Postgres in any order agrees with the workflow's.
 *
 * Per booking, with C = its commits, A = its accruals and R = its releases:
 *   outstanding commitment = max(0, C − R − A)
 *   actual                 = A
 *   counted against budget = outstanding + actual = max(C − R, A)
 * Work beyond what was booked is real cost: it raises `actual` and leaves no negative commitment behind.
 */
export const LEDGER_ENTRY_KINDS = ['commit', 'accrue', 'release'] as const;
export const LedgerEntryKindSchema = z.enum(LEDGER_ENTRY_KINDS);
export type LedgerEntryKind = z.infer<typeof LedgerEntryKindSchema>;

export const CostLedgerEntrySchema = z.object({
  /** commit: planned cost pinned at approval; accrue: a time entry's actual cost; release: unused commitment at close. */
  kind: LedgerEntryKindSchema,
  bookingId: z.string().min(1),
  amount: MoneySchema,
  idempotencyKey: z.string().min(1),
});
export type CostLedgerEntry = z.infer<typeof CostLedgerEntrySchema>;

/** Keys from business facts, so a retried activity or a re-run workflow step writes the same key again. */
export const ledgerKey = {
  commit: (bookingId: string) => `commit:${bookingId}`,
  /** More days on a booking, committed by the request that extended it. */
  extend: (bookingId: string, requestId: string) => `commit:${bookingId}:${requestId}`,
  accrue: (timeEntryId: string) => `accrue:${timeEntryId}`,
  release: (bookingId: string) => `release:${bookingId}`,
};

export interface BookingBalance {
  bookingId: string;
  committed: Money;
  /** The part of the commitment that actual work has used up. */
  consumed: Money;
  released: Money;
  outstanding: Money;
  actual: Money;
}

export interface LedgerTotals {
  /** Outstanding commitment: commits − consumed − released. */
  committed: Money;
  actual: Money;
  /** committed + actual: what counts against the budget. */
  total: Money;
}

function ledgerCurrency(entries: readonly CostLedgerEntry[], currency: string | undefined): string {
  const expected = currency ?? entries[0]?.amount.currency;
  if (expected === undefined) throw new RangeError('an empty ledger has no currency: pass the project currency');
  const stranger = entries.find((e) => e.amount.currency !== expected);
  if (stranger) {
    throw reject.conflict(
      `the cost ledger is kept in ${expected}; entry ${stranger.idempotencyKey} is in ${stranger.amount.currency}`,
      [{ path: 'amount.currency', message: `must be ${expected}` }],
    );
  }
  return expected;
}

function add(a: number, b: number): number {
  const sum = a + b;
  if (!Number.isSafeInteger(sum)) throw reject.conflict('a ledger total would exceed the largest exact amount');
  return sum;
}

/** Balances per booking, in the order bookings first appear in the ledger. */
export function bookingBalances(entries: readonly CostLedgerEntry[], currency?: string): BookingBalance[] {
  if (entries.length === 0) return [];
  const cur = ledgerCurrency(entries, currency);
  const sums = new Map<string, { commit: number; accrue: number; release: number }>();
  for (const entry of entries) {
    const sum = sums.get(entry.bookingId) ?? { commit: 0, accrue: 0, release: 0 };
    sum[entry.kind] = add(sum[entry.kind], entry.amount.amount);
    sums.set(entry.bookingId, sum);
  }
  return [...sums].map(([bookingId, s]) => {
    const net = Math.max(0, s.commit - s.release);
    const consumed = Math.min(s.accrue, net);
    const m = (amount: number): Money => ({ amount, currency: cur });
    return {
      bookingId,
      committed: m(s.commit),
      consumed: m(consumed),
      released: m(s.release),
      outstanding: m(net - consumed),
      actual: m(s.accrue),
    };
  });
}

/** `currency` is needed only for an empty ledger (the project's currency); otherwise it is checked. */
export function ledgerTotals(entries: readonly CostLedgerEntry[], currency?: string): LedgerTotals {
  const cur = ledgerCurrency(entries, currency);
  let committed = 0;
  let actual = 0;
  for (const balance of bookingBalances(entries, cur)) {
    committed = add(committed, balance.outstanding.amount);
    actual = add(actual, balance.actual.amount);
  }
  return {
    committed: { amount: committed, currency: cur },
    actual: { amount: actual, currency: cur },
    total: { amount: add(committed, actual), currency: cur },
  };
}

function sameEntry(a: CostLedgerEntry, b: CostLedgerEntry): boolean {
  return (
    a.kind === b.kind &&
    a.bookingId === b.bookingId &&
    a.amount.amount === b.amount.amount &&
    a.amount.currency === b.amount.currency
  );
}

/**
 * Appends `entry` unless its idempotency key is already there (then nothing changes: a retry). Refuses a key
 * reused for a different entry, a currency other than the ledger's, an accrual or release on a booking that
 * has no commitment, and a release of more than the booking's outstanding commitment.
 */
export function appendOnce(
  entries: readonly CostLedgerEntry[],
  entry: CostLedgerEntry,
): { entries: readonly CostLedgerEntry[]; appended: boolean } {
  const existing = entries.find((e) => e.idempotencyKey === entry.idempotencyKey);
  if (existing) {
    if (!sameEntry(existing, entry)) {
      throw reject.conflict(`idempotency key ${entry.idempotencyKey} was already used for a different ledger entry`, [
        { path: 'idempotencyKey', message: 'already used' },
      ]);
    }
    return { entries, appended: false };
  }
  const next = [...entries, entry];
  ledgerCurrency(next, undefined);
  if (entry.kind !== 'commit') {
    const balance = bookingBalances(entries).find((b) => b.bookingId === entry.bookingId);
    if (!balance || !entries.some((e) => e.kind === 'commit' && e.bookingId === entry.bookingId)) {
      throw reject.conflict(`booking ${entry.bookingId} has no commitment on the ledger; nothing to ${entry.kind} against`, [
        { path: 'bookingId', message: 'no commit entry' },
      ]);
    }
    if (entry.kind === 'release' && entry.amount.amount > balance.outstanding.amount) {
      throw reject.conflict(
        `booking ${entry.bookingId} has ${balance.outstanding.amount} ${balance.outstanding.currency} minor units outstanding; cannot release ${entry.amount.amount}`,
        [{ path: 'amount', message: `at most ${balance.outstanding.amount}` }],
      );
    }
  }
  // Refuses a ledger whose totals would no longer be exact.
  ledgerTotals(next);
  return { entries: next, appended: true };
}

/** At close, one release per booking of whatever commitment work did not use up. */
export function releaseAtClose(entries: readonly CostLedgerEntry[]): CostLedgerEntry[] {
  if (entries.length === 0) return [];
  return bookingBalances(entries)
    .filter((b) => b.outstanding.amount > 0)
    .map((b) => ({
      kind: 'release' as const,
      bookingId: b.bookingId,
      amount: b.outstanding,
      idempotencyKey: ledgerKey.release(b.bookingId),
    }));
}
