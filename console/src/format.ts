/** Money as the API sends it: an integer of minor units with its currency (12,000,000 CNY is 1,200,000,000 fen). */
export interface Money {
  amount: number;
  currency: string;
}

/** How many minor units a currency's major unit has, as digits: 2 for CNY (fen), 0 for JPY. */
export function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

function majorUnits(money: Money): { value: number; digits: number; whole: boolean } {
  const digits = minorDigits(money.currency);
  const scale = 10 ** digits;
  return { value: money.amount / scale, digits, whole: money.amount % scale === 0 };
}

/** `¥12,000,000` (cents shown only when there are any), grouped the viewer's way. */
export function formatMoney(money: Money, language: string): string {
  const { value, digits, whole } = majorUnits(money);
  return new Intl.NumberFormat(language, {
    style: 'currency',
    currency: money.currency,
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: whole ? 0 : digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/**
 * Short amounts for cards and column totals: in Chinese by 万 (10⁴) and 亿 (10⁸) — `¥1,200万`, `¥3.5亿` — as Chinese
 * readers count; otherwise the locale's compact form (`¥12M`). Below 10,000 the full amount.
 */
export function formatMoneyCompact(money: Money, language: string): string {
  const { value } = majorUnits(money);
  const magnitude = Math.abs(value);
  if (magnitude < 10_000) return formatMoney(money, language);
  if (language.toLowerCase().startsWith('zh')) {
    const [unit, size] = magnitude >= 1e8 ? (['亿', 1e8] as const) : (['万', 1e4] as const);
    const number = new Intl.NumberFormat(language, {
      style: 'currency',
      currency: money.currency,
      currencyDisplay: 'narrowSymbol',
      maximumFractionDigits: 2,
      minimumFractionDigits: 0,
    }).format(value / size);
    return `${number}${unit}`;
  }
  return new Intl.NumberFormat(language, {
    style: 'currency',
    currency: money.currency,
    currencyDisplay: 'narrowSymbol',
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }).format(value);
}

/** The viewer's own time zone (the browser's), unless a test names one. */
export function formatDateTime(iso: string, language: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
}

export function formatDate(iso: string, language: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone }).format(new Date(iso));
}
