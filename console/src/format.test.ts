import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMoney, formatMoneyCompact } from './format';

const cny = (amount: number) => ({ amount, currency: 'CNY' });

describe('money from integer minor units', () => {
  it('shows yuan with grouping, cents only when there are any', () => {
    expect(formatMoney(cny(1_200_000_000), 'zh-CN')).toBe('¥12,000,000');
    expect(formatMoney(cny(1_200_000_000), 'en')).toBe('¥12,000,000');
    expect(formatMoney(cny(123_456_789), 'en')).toBe('¥1,234,567.89');
    expect(formatMoney(cny(5), 'zh-CN')).toBe('¥0.05');
    expect(formatMoney(cny(-150), 'en')).toBe('-¥1.50');
  });

  it('stays exact up to 10^15 minor units', () => {
    expect(formatMoney(cny(1e15), 'en')).toBe('¥10,000,000,000,000');
    expect(formatMoney(cny(999_999_999_999_999), 'en')).toBe('¥9,999,999,999,999.99');
  });

  it('counts by 万 and 亿 in Chinese when compact', () => {
    expect(formatMoneyCompact(cny(1_200_000_000), 'zh-CN')).toBe('¥1,200万');
    expect(formatMoneyCompact(cny(35_000_000_000), 'zh-CN')).toBe('¥3.5亿');
    expect(formatMoneyCompact(cny(12_345_678), 'zh-CN')).toBe('¥12.35万');
    expect(formatMoneyCompact(cny(999_900), 'zh-CN')).toBe('¥9,999');
  });

  it('uses the locale compact form in English', () => {
    expect(formatMoneyCompact(cny(1_200_000_000), 'en')).toBe('¥12M');
    expect(formatMoneyCompact(cny(35_000_000_000), 'en')).toBe('¥350M');
  });
});

describe("dates in the viewer's zone", () => {
  const instant = '2026-03-31T17:30:00.000Z';

  it('shows the same instant as each viewer’s local time', () => {
    expect(formatDateTime(instant, 'en', 'Asia/Shanghai')).toBe('Apr 1, 2026, 1:30 AM');
    expect(formatDateTime(instant, 'en', 'Europe/London')).toBe('Mar 31, 2026, 6:30 PM');
    expect(formatDateTime(instant, 'zh-CN', 'Asia/Shanghai')).toBe('2026年4月1日 01:30');
  });

  it('puts the date on the viewer’s side of midnight', () => {
    expect(formatDate(instant, 'zh-CN', 'Asia/Shanghai')).toBe('2026年4月1日');
    expect(formatDate(instant, 'zh-CN', 'America/New_York')).toBe('2026年3月31日');
  });
});
