import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RATE_CARD,
  isCalendarDate,
  plannedCost,
  plannedCostForDays,
  QuantitySchema,
  RateCardSchema,
  rateFor,
  type RateCard,
} from '../../domain/rate-card';
import { rejection, schemaIssues } from '../support/pure';

const fen = (amount: number) => ({ amount, currency: 'CNY' });
const yuan = (n: number) => fen(n * 100);

const card: RateCard = {
  currency: 'CNY',
  entries: [
    { role: 'presales', level: 'P2', unit: 'day', rate: yuan(2_800), effectiveFrom: '2026-07-01' },
    { role: 'presales', level: 'P2', unit: 'day', rate: yuan(2_500), effectiveFrom: '2025-01-01' },
    { role: 'presales', level: 'P3', unit: 'day', rate: yuan(3_500), effectiveFrom: '2025-01-01' },
    { role: 'hotline', level: 'H1', unit: 'hour', rate: yuan(150), effectiveFrom: '2025-01-01' },
  ],
};

const issues = (value: unknown) => schemaIssues(RateCardSchema, value);

describe('DEFAULT_RATE_CARD', () => {
  it('is valid: P1–P4 per day for every presales resource role, H1–H2 per hour for the hotline', () => {
    expect(RateCardSchema.parse(DEFAULT_RATE_CARD)).toEqual(DEFAULT_RATE_CARD);
    for (const role of ['presales', 'solution', 'test', 'delivery', 'after_sales', 'custom_dev'] as const) {
      const rates = ['P1', 'P2', 'P3', 'P4'].map((level) => rateFor(DEFAULT_RATE_CARD, role, level, '2026-11-26'));
      expect(rates.every((r) => r?.unit === 'day')).toBe(true);
      const amounts = rates.map((r) => r!.rate.amount);
      expect(amounts).toEqual([...amounts].sort((a, b) => a - b));
    }
    expect(rateFor(DEFAULT_RATE_CARD, 'hotline', 'H1', '2026-11-26')).toMatchObject({ unit: 'hour', rate: yuan(150) });
    expect(rateFor(DEFAULT_RATE_CARD, 'hotline', 'H2', '2026-11-26')).toMatchObject({ unit: 'hour', rate: yuan(250) });
    expect(rateFor(DEFAULT_RATE_CARD, 'sales', 'P1', '2026-11-26')).toBeUndefined();
  });
});

describe('rateFor', () => {
  it('takes the latest entry effective on or before the date, whatever the order of the card', () => {
    expect(rateFor(card, 'presales', 'P2', '2024-12-31')).toBeUndefined();
    expect(rateFor(card, 'presales', 'P2', '2025-01-01')?.rate).toEqual(yuan(2_500));
    expect(rateFor(card, 'presales', 'P2', '2026-06-30')?.rate).toEqual(yuan(2_500));
    expect(rateFor(card, 'presales', 'P2', '2026-07-01')?.rate).toEqual(yuan(2_800));
    expect(rateFor(card, 'presales', 'P2', '2030-01-01')?.rate).toEqual(yuan(2_800));
    expect(rateFor({ ...card, entries: [...card.entries].reverse() }, 'presales', 'P2', '2026-06-30')?.rate).toEqual(yuan(2_500));
  });

  it('knows nothing of a level or role the card does not price', () => {
    expect(rateFor(card, 'presales', 'P9', '2026-07-01')).toBeUndefined();
    expect(rateFor(card, 'test', 'P2', '2026-07-01')).toBeUndefined();
  });

  it('asks for a calendar date, not an instant', () => {
    expect(() => rateFor(card, 'presales', 'P2', '2026-07-01T00:00:00Z')).toThrow(RangeError);
    expect(() => rateFor(card, 'presales', 'P2', '2026-02-30')).toThrow(/calendar date/);
  });
});

describe('RateCardSchema', () => {
  it('refuses two rates for the same role and level from the same date, but keeps a rate history', () => {
    const duplicate = { ...card, entries: [...card.entries, { ...card.entries[1]!, rate: yuan(2_600) }] };
    expect(issues(duplicate)).toEqual(['entries.4: presales P2 has two rates effective from 2025-01-01; keep one']);
  });

  it('prices the hotline per hour and everyone else per day', () => {
    const bad = {
      ...card,
      entries: [
        { role: 'hotline', level: 'H1', unit: 'day', rate: yuan(1_200), effectiveFrom: '2025-01-01' },
        { role: 'presales', level: 'P1', unit: 'hour', rate: yuan(200), effectiveFrom: '2025-01-01' },
      ],
    };
    expect(issues(bad)).toEqual([
      'entries.0.unit: the hotline is priced per hour and every other role per day',
      'entries.1.unit: the hotline is priced per hour and every other role per day',
    ]);
  });

  it('keeps one currency', () => {
    const usd = { ...card, entries: [...card.entries, { role: 'test', level: 'P1', unit: 'day', rate: { amount: 1_200, currency: 'USD' }, effectiveFrom: '2025-01-01' }] };
    expect(issues(usd)).toEqual(['entries.4.rate.currency: the card is priced in CNY, not USD']);
  });

  it('wants integer minor units and real dates', () => {
    const bad = {
      currency: 'CNY',
      entries: [
        { role: 'test', level: 'P2', unit: 'day', rate: { amount: 12.5, currency: 'CNY' }, effectiveFrom: '2025-01-01' },
        { role: 'test', level: 'P3', unit: 'day', rate: yuan(3_000), effectiveFrom: '2025-02-29' },
      ],
    };
    const messages = issues(bad);
    expect(messages.some((m) => m.startsWith('entries.0.rate.amount'))).toBe(true);
    expect(messages).toContain('entries.1.effectiveFrom: a calendar date YYYY-MM-DD, e.g. "2026-03-01"');
  });

  it('knows leap days', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('2100-02-29')).toBe(false);
    expect(isCalendarDate('2026-04-31')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-1-01')).toBe(false);
  });
});

describe('plannedCost', () => {
  it('multiplies a rate by days in quarter steps', () => {
    expect(plannedCost(yuan(2_500), 3)).toEqual(yuan(7_500));
    expect(plannedCost(yuan(2_500), 2.5)).toEqual(yuan(6_250));
    expect(plannedCost(yuan(2_500), 0.25)).toEqual(yuan(625));
    expect(plannedCost(yuan(2_500), 0)).toEqual(yuan(0));
  });

  it('rounds half-up to a whole fen', () => {
    expect(plannedCost(fen(333), 0.25)).toEqual(fen(83)); // 83.25
    expect(plannedCost(fen(333), 0.5)).toEqual(fen(167)); // 166.5
    expect(plannedCost(fen(333), 0.75)).toEqual(fen(250)); // 249.75
    expect(plannedCost(fen(1), 0.5)).toEqual(fen(1));
    expect(plannedCost(fen(1), 0.25)).toEqual(fen(0));
  });

  it('stays exact where a float product would not', () => {
    expect(plannedCost(fen(2 ** 50 + 1), 4)).toEqual(fen(2 ** 52 + 4));
    expect(plannedCost(fen(3), 1.25)).toEqual(fen(4)); // 3.75
  });

  it('refuses quantities off the quarter grid, negative or too large', () => {
    for (const quantity of [0.3, 1 / 3, 0.1 + 0.2, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(rejection(() => plannedCost(yuan(2_500), quantity)).code).toBe('invalid');
    }
    expect(rejection(() => plannedCost(fen(Number.MAX_SAFE_INTEGER), 2)).message).toMatch(/too large/);
  });

  it('turns days into hours for the hotline', () => {
    const h1 = rateFor(card, 'hotline', 'H1', '2026-01-01')!;
    expect(plannedCostForDays(h1, 2)).toEqual(yuan(2_400));
    expect(plannedCostForDays(h1, 0.25)).toEqual(yuan(300));
    const p3 = rateFor(card, 'presales', 'P3', '2026-01-01')!;
    expect(plannedCostForDays(p3, 1.5)).toEqual(yuan(5_250));
  });
});

describe('QuantitySchema', () => {
  it('accepts positive quarter steps only', () => {
    expect(QuantitySchema.safeParse(0.25).success).toBe(true);
    expect(QuantitySchema.safeParse(10.75).success).toBe(true);
    expect(QuantitySchema.safeParse(0).success).toBe(false);
    expect(QuantitySchema.safeParse(1.1).success).toBe(false);
  });
});
