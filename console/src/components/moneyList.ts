import { formatMoney, type Money } from '../format';

/** Amounts per currency (reports never convert): `¥1,200 + $300`, or `—` when there are none. */
export function formatMoneyList(list: readonly Money[] | null | undefined, language: string): string {
  if (!list || list.length === 0) return '—';
  return list.map((m) => formatMoney(m, language)).join(' + ');
}

/** The amount in `currency` in major units (for charts and CSV files), 0 when the list has none. */
export function majorIn(list: readonly Money[] | null | undefined, currency: string): number {
  const money = list?.find((m) => m.currency === currency);
  return money ? toMajor(money) : 0;
}

export function toMajor(money: Money): number {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency: money.currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return money.amount / 10 ** digits;
}

/** Basis points as a percentage with one decimal: 8050 → `80.5%`; `—` for null. */
export function formatBasisPoints(bp: number | null | undefined, language: string): string {
  if (bp === null || bp === undefined) return '—';
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(bp / 10_000);
}

export function formatDays(days: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(days);
}
