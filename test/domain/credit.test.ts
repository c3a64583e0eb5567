import { describe, expect, it } from 'vitest';
import {
  correctionLines,
  creditKey,
  creditLines,
  revenueCorrection,
  revenueKey,
  revenueOf,
  type CreditLine,
  type CreditPeople,
  type CreditPolicy,
} from '../../domain/credit';
import { DEFAULT_POLICY } from '../../domain/policy';
import { mulberry32, rejection } from '../support/pure';

const fen = (amount: number) => ({ amount, currency: 'CNY' });
const yuan = (n: number) => fen(n * 100);

const defaults: CreditPolicy = DEFAULT_POLICY.credit;
const everyone: CreditPeople = { salesOwnerId: 'sales-1', presalesLeadId: 'presales-1', deliveryManagerId: 'delivery-1' };

/** Per person and role, the sum of every line granted. */
function sums(lines: readonly CreditLine[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const line of lines) {
    const key = `${line.personId}/${line.creditRole}`;
    out[key] = (out[key] ?? 0) + line.amount.amount;
  }
  return Object.fromEntries(Object.entries(out).filter(([, amount]) => amount !== 0));
}

describe('credit on a win (背数字, 双算)', () => {
  it('credits the whole value to each of the three under the default policy: 300% of the value, revenue once', () => {
    const value = fen(1_234_567_891);
    const lines = creditLines(defaults, value, everyone);
    expect(lines).toEqual([
      { personId: 'sales-1', creditRole: 'sales_owner', basisPoints: 10_000, amount: value },
      { personId: 'presales-1', creditRole: 'presales_lead', basisPoints: 10_000, amount: value },
      { personId: 'delivery-1', creditRole: 'delivery_manager', basisPoints: 10_000, amount: value },
    ]);
    expect(lines.reduce((s, l) => s + l.amount.amount, 0)).toBe(3 * 1_234_567_891);
    expect(revenueOf(value)).toEqual(value);
  });

  it('applies custom shares, rounding each half-up to a whole fen', () => {
    const policy: CreditPolicy = { salesOwnerBasisPoints: 10_000, presalesLeadBasisPoints: 3_333, deliveryManagerBasisPoints: 2_500 };
    // 1,000,001 × 33.33% = 333,300.3333 → 333,300; × 25% = 250,000.25 → 250,000
    expect(creditLines(policy, fen(1_000_001), everyone).map((l) => [l.creditRole, l.basisPoints, l.amount.amount])).toEqual([
      ['sales_owner', 10_000, 1_000_001],
      ['presales_lead', 3_333, 333_300],
      ['delivery_manager', 2_500, 250_000],
    ]);
  });

  it('rounds exactly half up, and just under half down', () => {
    const share = (bp: number, amount: number) =>
      creditLines({ ...defaults, salesOwnerBasisPoints: bp }, fen(amount), { salesOwnerId: 's' })[0]!.amount.amount;
    expect(share(5_000, 1)).toBe(1); // 0.5
    expect(share(5_000, 3)).toBe(2); // 1.5
    expect(share(4_999, 1)).toBe(0); // 0.4999
    expect(share(15_000, 7)).toBe(11); // 10.5
  });

  it('stays exact when value × basis points passes 2^53', () => {
    // (2^52 + 1) × 150% = 6,755,399,441,055,745.5 → …746; a float product would have lost the last digits.
    const lines = creditLines({ ...defaults, salesOwnerBasisPoints: 15_000 }, fen(4_503_599_627_370_497), { salesOwnerId: 's' });
    expect(lines[0]!.amount.amount).toBe(6_755_399_441_055_746);
    const tooMuch = creditLines.bind(null, { ...defaults, salesOwnerBasisPoints: 20_000 }, fen(Number.MAX_SAFE_INTEGER), { salesOwnerId: 's' });
    expect(rejection(tooMuch).code).toBe('conflict');
  });

  it('credits only the people named, and no role whose share is 0', () => {
    expect(creditLines(defaults, yuan(100), { salesOwnerId: 's' }).map((l) => l.creditRole)).toEqual(['sales_owner']);
    expect(
      creditLines(defaults, yuan(100), { salesOwnerId: 's', presalesLeadId: null, deliveryManagerId: 'd' }).map((l) => l.creditRole),
    ).toEqual(['sales_owner', 'delivery_manager']);
    const noLeadShare = { ...defaults, presalesLeadBasisPoints: 0 };
    expect(creditLines(noLeadShare, yuan(100), everyone).map((l) => l.creditRole)).toEqual(['sales_owner', 'delivery_manager']);
  });

  it('gives one person holding two roles a line for each role', () => {
    const lines = creditLines(defaults, yuan(100), { salesOwnerId: 's', presalesLeadId: 'p', deliveryManagerId: 'p' });
    expect(lines.filter((l) => l.personId === 'p').map((l) => l.creditRole)).toEqual(['presales_lead', 'delivery_manager']);
    const keys = lines.map((l) => creditKey('project-1', 0, l.personId, l.creditRole));
    expect(new Set(keys).size).toBe(3);
  });

  it('credits a zero-value win with zero amounts, and refuses a value that is not whole non-negative minor units', () => {
    expect(creditLines(defaults, fen(0), everyone).map((l) => l.amount.amount)).toEqual([0, 0, 0]);
    const negative = rejection(() => creditLines(defaults, fen(-1), everyone));
    expect(negative.code).toBe('invalid');
    expect(negative.details.map((d) => d.path)).toEqual(['finalValue.amount']);
    expect(rejection(() => revenueOf(fen(10.5))).details[0]?.path).toBe('finalValue.amount');
    expect(rejection(() => revenueOf({ amount: 1, currency: 'cny' })).details[0]?.path).toBe('finalValue.currency');
  });
});

describe('idempotency keys', () => {
  it('come from the project, the correction number, the person and the role', () => {
    expect(creditKey('p1', 0, 'u1', 'sales_owner')).toBe('credit:p1:0:u1:sales_owner');
    expect(creditKey('p1', 2, 'u1', 'presales_lead')).toBe('credit:p1:2:u1:presales_lead');
    expect(revenueKey('p1', 0)).toBe('revenue:p1:0');
    expect(() => creditKey('p1', -1, 'u1', 'sales_owner')).toThrow(RangeError);
    expect(() => revenueKey('p1', 1.5)).toThrow(RangeError);
  });
});

describe('a corrected final value', () => {
  const win = creditLines(defaults, fen(1_000_000), everyone);

  it('adds the exact difference upwards, for each person and role', () => {
    expect(correctionLines(win, fen(1_200_000), defaults, everyone)).toEqual([
      { personId: 'sales-1', creditRole: 'sales_owner', basisPoints: 10_000, amount: fen(200_000) },
      { personId: 'presales-1', creditRole: 'presales_lead', basisPoints: 10_000, amount: fen(200_000) },
      { personId: 'delivery-1', creditRole: 'delivery_manager', basisPoints: 10_000, amount: fen(200_000) },
    ]);
    expect(revenueCorrection(fen(1_000_000), fen(1_200_000))).toEqual(fen(200_000));
  });

  it('takes back the exact difference downwards, as negative lines', () => {
    expect(correctionLines(win, fen(900_000), defaults, everyone).map((l) => l.amount)).toEqual([
      fen(-100_000),
      fen(-100_000),
      fen(-100_000),
    ]);
    expect(revenueCorrection(fen(1_000_000), fen(900_000))).toEqual(fen(-100_000));
  });

  it('corrects rounded shares by the difference of the rounded amounts', () => {
    const policy: CreditPolicy = { ...defaults, presalesLeadBasisPoints: 3_333 };
    const before = creditLines(policy, fen(1_000_001), everyone); // lead: 333,300.3333 → 333,300
    // 1,000,004 × 33.33% = 333,301.3332 → 333,301: the lead gains 1 fen, the others 3.
    expect(correctionLines(before, fen(1_000_004), policy, everyone).map((l) => [l.creditRole, l.amount.amount])).toEqual([
      ['sales_owner', 3],
      ['presales_lead', 1],
      ['delivery_manager', 3],
    ]);
  });

  it('writes nothing when the value does not change', () => {
    expect(correctionLines(win, fen(1_000_000), defaults, everyone)).toEqual([]);
    expect(revenueCorrection(fen(1_000_000), fen(1_000_000))).toBeNull();
  });

  it('moves credit from a person no longer named to the one named now', () => {
    const lines = correctionLines(win, fen(1_000_000), defaults, { ...everyone, deliveryManagerId: 'delivery-2' });
    expect(lines).toEqual([
      { personId: 'delivery-2', creditRole: 'delivery_manager', basisPoints: 10_000, amount: fen(1_000_000) },
      { personId: 'delivery-1', creditRole: 'delivery_manager', basisPoints: 0, amount: fen(-1_000_000) },
    ]);
    expect(sums([...win, ...lines])).toEqual(sums(creditLines(defaults, fen(1_000_000), { ...everyone, deliveryManagerId: 'delivery-2' })));
  });

  it('refuses a value in another currency than the credit already granted', () => {
    const error = rejection(() => correctionLines(win, { amount: 1_000_000, currency: 'USD' }, defaults, everyone));
    expect(error.code).toBe('invalid');
    expect(error.message).toMatch(/kept in CNY/);
    expect(error.details).toEqual([{ path: 'finalValue.currency', message: 'must be CNY' }]);
    expect(rejection(() => revenueCorrection(fen(1), { amount: 1, currency: 'USD' })).details[0]?.path).toBe('finalValue.currency');
  });

  it('sums, over any number of corrections, to exactly a fresh win at the latest value', () => {
    const ids = ['a', 'b', 'c', 'd'];
    let negatives = 0;
    for (let seed = 1; seed <= 100; seed++) {
      const random = mulberry32(seed);
      const pick = () => ids[Math.floor(random() * ids.length)]!;
      const maybe = () => (random() < 0.25 ? null : pick());
      const policy: CreditPolicy = {
        salesOwnerBasisPoints: 10_000,
        presalesLeadBasisPoints: Math.floor(random() * 15_000),
        deliveryManagerBasisPoints: Math.floor(random() * 15_000),
      };
      let people: CreditPeople = { salesOwnerId: pick(), presalesLeadId: maybe(), deliveryManagerId: maybe() };
      let value = fen(Math.floor(random() * 10_000_000_000));
      const ledger = creditLines(policy, value, people).map((line) => ({ line, key: creditKey('p', 0, line.personId, line.creditRole) }));
      let revenue = revenueOf(value).amount;

      for (let version = 1; version <= 12; version++) {
        if (random() < 0.3) people = { salesOwnerId: people.salesOwnerId, presalesLeadId: maybe(), deliveryManagerId: maybe() };
        value = fen(Math.floor(random() * 10_000_000_000));
        const deltas = correctionLines(
          ledger.map((e) => e.line),
          value,
          policy,
          people,
        );
        expect(deltas.every((l) => l.amount.amount !== 0)).toBe(true);
        negatives += deltas.filter((l) => l.amount.amount < 0).length;
        ledger.push(...deltas.map((line) => ({ line, key: creditKey('p', version, line.personId, line.creditRole) })));
        revenue += revenueCorrection(fen(revenue), value)?.amount ?? 0;

        expect(sums(ledger.map((e) => e.line))).toEqual(sums(creditLines(policy, value, people)));
        expect(revenue).toBe(value.amount);
      }
      expect(new Set(ledger.map((e) => e.key)).size).toBe(ledger.length);
    }
    expect(negatives).toBeGreaterThan(0);
  });
});
