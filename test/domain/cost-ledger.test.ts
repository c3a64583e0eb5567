import { describe, expect, it } from 'vitest';
import {
  appendOnce,
  bookingBalances,
  CostLedgerEntrySchema,
  ledgerKey,
  ledgerTotals,
  releaseAtClose,
  type CostLedgerEntry,
} from '../../domain/cost-ledger';
import type { Rejection } from '../../domain/errors';
import { mulberry32, rejection } from '../support/pure';

const fen = (amount: number) => ({ amount, currency: 'CNY' });
const yuan = (n: number) => fen(n * 100);

const commit = (bookingId: string, amount: number, key = ledgerKey.commit(bookingId)): CostLedgerEntry => ({
  kind: 'commit',
  bookingId,
  amount: fen(amount),
  idempotencyKey: key,
});
const accrue = (bookingId: string, amount: number, timeEntryId: string): CostLedgerEntry => ({
  kind: 'accrue',
  bookingId,
  amount: fen(amount),
  idempotencyKey: ledgerKey.accrue(timeEntryId),
});
const release = (bookingId: string, amount: number, key = ledgerKey.release(bookingId)): CostLedgerEntry => ({
  kind: 'release',
  bookingId,
  amount: fen(amount),
  idempotencyKey: key,
});

function build(...entries: CostLedgerEntry[]): readonly CostLedgerEntry[] {
  return entries.reduce<readonly CostLedgerEntry[]>((ledger, e) => appendOnce(ledger, e).entries, []);
}

function totalsInFen(entries: readonly CostLedgerEntry[]) {
  const t = ledgerTotals(entries, 'CNY');
  return { committed: t.committed.amount, actual: t.actual.amount, total: t.total.amount };
}

describe('a booking on the ledger', () => {
  it('commits at approval, and each time entry turns commitment into actual cost', () => {
    let ledger = build(commit('b1', 750_000));
    expect(totalsInFen(ledger)).toEqual({ committed: 750_000, actual: 0, total: 750_000 });
    ledger = appendOnce(ledger, accrue('b1', 250_000, 't1')).entries;
    expect(totalsInFen(ledger)).toEqual({ committed: 500_000, actual: 250_000, total: 750_000 });
  });

  it('releases what was not worked at close, leaving only actual cost', () => {
    const ledger = build(commit('b1', 750_000), accrue('b1', 250_000, 't1'), commit('b2', 100_000));
    const releases = releaseAtClose(ledger);
    expect(releases).toEqual([release('b1', 500_000), release('b2', 100_000)]);
    const closed = build(...ledger, ...releases);
    expect(totalsInFen(closed)).toEqual({ committed: 0, actual: 250_000, total: 250_000 });
    expect(releaseAtClose(closed)).toEqual([]);
  });

  it('counts work beyond the booking as actual cost, with no negative commitment', () => {
    const ledger = build(commit('b1', 750_000), accrue('b1', 500_000, 't1'), accrue('b1', 375_000, 't2'));
    expect(totalsInFen(ledger)).toEqual({ committed: 0, actual: 875_000, total: 875_000 });
    expect(releaseAtClose(ledger)).toEqual([]);
  });

  it('lets an extension commitment absorb earlier overwork, whatever the order', () => {
    const ledger = build(commit('b1', 100_000), accrue('b1', 150_000, 't1'), commit('b1', 100_000, 'extend:b1'));
    // max(commits − releases, actual) = max(200,000, 150,000)
    expect(totalsInFen(ledger)).toEqual({ committed: 50_000, actual: 150_000, total: 200_000 });
    expect(totalsInFen([...ledger].reverse())).toEqual(totalsInFen(ledger));
  });

  it('shows each booking on its own, in the order bookings were made', () => {
    const ledger = build(commit('b2', 300), commit('b1', 500), accrue('b1', 200, 't1'), release('b1', 100));
    expect(bookingBalances(ledger)).toEqual([
      { bookingId: 'b2', committed: fen(300), consumed: fen(0), released: fen(0), outstanding: fen(300), actual: fen(0) },
      { bookingId: 'b1', committed: fen(500), consumed: fen(200), released: fen(100), outstanding: fen(200), actual: fen(200) },
    ]);
  });
});

describe('appendOnce', () => {
  it('ignores a retry of the same entry, without a new array', () => {
    const ledger = build(commit('b1', 750_000));
    const retry = appendOnce(ledger, commit('b1', 750_000));
    expect(retry).toEqual({ entries: ledger, appended: false });
    expect(retry.entries).toBe(ledger);
  });

  it('refuses an idempotency key reused for a different entry', () => {
    const ledger = build(commit('b1', 750_000));
    const error = rejection(() => appendOnce(ledger, commit('b1', 800_000)));
    expect(error.code).toBe('conflict');
    expect(error.details[0]?.path).toBe('idempotencyKey');
  });

  it('keeps one currency', () => {
    const ledger = build(commit('b1', 750_000));
    const usd: CostLedgerEntry = { ...commit('b2', 1), amount: { amount: 1, currency: 'USD' } };
    expect(rejection(() => appendOnce(ledger, usd)).message).toMatch(/kept in CNY/);
    expect(rejection(() => ledgerTotals([...ledger, usd])).code).toBe('conflict');
    expect(rejection(() => ledgerTotals(ledger, 'USD')).code).toBe('conflict');
  });

  it('refuses time or a release against a booking with no commitment', () => {
    expect(rejection(() => appendOnce([], accrue('b1', 1, 't1'))).details[0]?.path).toBe('bookingId');
    expect(rejection(() => appendOnce(build(commit('b1', 10)), release('b2', 1))).code).toBe('conflict');
  });

  it('accepts time on a zero-cost booking', () => {
    const ledger = build(commit('b1', 0), accrue('b1', 0, 't1'));
    expect(totalsInFen(ledger)).toEqual({ committed: 0, actual: 0, total: 0 });
  });

  it('releases no more than is outstanding', () => {
    const ledger = build(commit('b1', 1_000), accrue('b1', 400, 't1'));
    expect(rejection(() => appendOnce(ledger, release('b1', 601))).details[0]).toEqual({ path: 'amount', message: 'at most 600' });
    expect(appendOnce(ledger, release('b1', 600)).appended).toBe(true);
  });

  it('refuses totals past the largest exact amount', () => {
    const ledger = build(commit('b1', Number.MAX_SAFE_INTEGER));
    expect(rejection(() => appendOnce(ledger, commit('b2', 1))).code).toBe('conflict');
  });
});

describe('ledgerTotals', () => {
  it('needs the project currency only for an empty ledger', () => {
    expect(ledgerTotals([], 'CNY')).toEqual({ committed: yuan(0), actual: yuan(0), total: yuan(0) });
    expect(() => ledgerTotals([])).toThrow(RangeError);
    expect(releaseAtClose([])).toEqual([]);
  });

  it('entries validate as stored rows', () => {
    expect(CostLedgerEntrySchema.parse(commit('b1', 5))).toEqual(commit('b1', 5));
    expect(CostLedgerEntrySchema.safeParse({ ...commit('b1', 5), kind: 'refund' }).success).toBe(false);
    expect(CostLedgerEntrySchema.safeParse({ ...commit('b1', 5), amount: fen(-1) }).success).toBe(false);
  });
});

describe('ledger invariants over random sequences', () => {
  /** Commits, time entries, partial releases and retries of earlier entries, in a seeded random order. */
  function randomAttempts(random: () => number, length: number): CostLedgerEntry[] {
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const amount = () => Math.floor(random() * 1_000_000);
    const bookings: string[] = [];
    const attempts: CostLedgerEntry[] = [];
    for (let i = 0; i < length; i++) {
      const roll = random();
      if (bookings.length === 0 || roll < 0.2) {
        const id = `b${bookings.length + 1}`;
        bookings.push(id);
        attempts.push(commit(id, amount()));
      } else if (roll < 0.3) {
        attempts.push(commit(pick(bookings), amount(), `extend:${i}`));
      } else if (roll < 0.75) {
        attempts.push(accrue(pick(bookings), amount(), `t${i}`));
      } else if (roll < 0.85) {
        attempts.push(release(pick(bookings), amount(), `release:${i}`));
      } else {
        attempts.push(pick(attempts));
      }
    }
    return attempts;
  }

  function shuffled<T>(items: readonly T[], random: () => number): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  }

  const sum = (entries: readonly CostLedgerEntry[], kind: CostLedgerEntry['kind'], bookingId?: string) =>
    entries
      .filter((e) => e.kind === kind && (bookingId === undefined || e.bookingId === bookingId))
      .reduce((s, e) => s + e.amount.amount, 0);

  it('totals equal the sums of the entries, whatever their order, and retries change nothing', () => {
    const seen = { retries: 0, releases: 0, refusedReleases: 0, overwork: 0 };
    for (let seed = 1; seed <= 200; seed++) {
      const random = mulberry32(seed);
      let ledger: readonly CostLedgerEntry[] = [];
      for (const entry of randomAttempts(random, 60)) {
        const before = ledger;
        const seenBefore = before.some((e) => e.idempotencyKey === entry.idempotencyKey);
        let appended: boolean;
        try {
          ({ entries: ledger, appended } = appendOnce(ledger, entry));
        } catch (error) {
          // Only a release larger than the outstanding commitment may be refused in these sequences.
          expect(entry.kind).toBe('release');
          expect((error as Rejection).code).toBe('conflict');
          seen.refusedReleases++;
          continue;
        }
        expect(appended).toBe(!seenBefore);
        if (seenBefore) expect(ledger).toBe(before);
        if (seenBefore) seen.retries++;
        else if (entry.kind === 'release') seen.releases++;

        const totals = totalsInFen(ledger);
        expect(totals.total).toBe(totals.committed + totals.actual);
        expect(totals.actual).toBe(sum(ledger, 'accrue'));
        expect(totals.committed).toBeLessThanOrEqual(sum(ledger, 'commit') - sum(ledger, 'release'));
        const perBooking = bookingBalances(ledger);
        for (const b of perBooking) {
          const net = sum(ledger, 'commit', b.bookingId) - sum(ledger, 'release', b.bookingId);
          expect(b.outstanding.amount).toBeGreaterThanOrEqual(0);
          expect(b.outstanding.amount + b.actual.amount).toBe(Math.max(net, b.actual.amount));
          expect(b.committed.amount).toBe(b.consumed.amount + b.released.amount + b.outstanding.amount);
          if (b.actual.amount > net) seen.overwork++;
        }
        expect(perBooking.reduce((s, b) => s + b.outstanding.amount, 0)).toBe(totals.committed);
      }

      expect(new Set(ledger.map((e) => e.idempotencyKey)).size).toBe(ledger.length);
      expect(totalsInFen(shuffled(ledger, random))).toEqual(totalsInFen(ledger));

      const closed = build(...ledger, ...releaseAtClose(ledger));
      const after = totalsInFen(closed);
      expect(after).toEqual({ committed: 0, actual: totalsInFen(ledger).actual, total: totalsInFen(ledger).actual });
      expect(releaseAtClose(closed)).toEqual([]);
    }
    // The sequences exercised every path, not just the easy one.
    expect(Math.min(seen.retries, seen.releases, seen.refusedReleases, seen.overwork)).toBeGreaterThan(0);
  });
});
