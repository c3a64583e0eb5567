import { describe, expect, it } from 'vitest';
import { formatBasisPoints, formatDays, formatMoneyList, majorIn } from './moneyList';

describe('report figures', () => {
  it('show amounts per currency, with ¥ and grouping', () => {
    expect(formatMoneyList([{ amount: 1_200_000_000, currency: 'CNY' }], 'zh-CN')).toBe('¥12,000,000');
    expect(formatMoneyList([{ amount: 150, currency: 'CNY' }, { amount: 30_000, currency: 'USD' }], 'en')).toBe('¥1.50 + $300');
    expect(formatMoneyList([], 'en')).toBe('—');
    expect(formatMoneyList(null, 'en')).toBe('—');
  });

  it('give charts the amount of one currency in major units', () => {
    const list = [{ amount: 1_234_56, currency: 'CNY' }, { amount: 5, currency: 'JPY' }];
    expect(majorIn(list, 'CNY')).toBe(1234.56);
    expect(majorIn(list, 'JPY')).toBe(5);
    expect(majorIn(list, 'USD')).toBe(0);
  });

  it('show basis points as percentages and days with up to 2 decimals', () => {
    expect(formatBasisPoints(8050, 'en')).toBe('80.5%');
    expect(formatBasisPoints(12000, 'zh-CN')).toBe('120%');
    expect(formatBasisPoints(null, 'en')).toBe('—');
    expect(formatDays(2.25, 'en')).toBe('2.25');
    expect(formatDays(1234.5, 'zh-CN')).toBe('1,234.5');
  });
});
