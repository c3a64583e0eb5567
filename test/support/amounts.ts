/** Amounts and dates as the API tests write them. */

/** Minor units (fen) of `n` yuan. */
export const yuan = (n: number): number => n * 100;

/** A CNY amount in minor units, as the API takes and answers money. */
export const CNY = (amount: number) => ({ amount, currency: 'CNY' });

export const DAY_MS = 86_400_000;

/** The UTC date when the test file loaded, YYYY-MM-DD. */
export const today = new Date().toISOString().slice(0, 10);

/** The UTC date `days` from today (negative: before), YYYY-MM-DD. */
export const shift = (days: number): string => new Date(Date.parse(`${today}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
