/**
 * Money typed by a person in major units: `12000000`, `12,000,000.5`, `¥1,200.00` in yuan (2 minor digits), or in
 * any currency given its minor digits (0 for JPY, 3 for KWD). The API takes integer minor units, so the text is read
 * digit by digit — never through a float — and `12,000,000.00` becomes exactly 1200000000.
 */
export type YuanParse = { ok: true; minorUnits: number } | { ok: false; problem: 'empty' | 'notANumber' | 'tooPrecise' | 'tooLarge' };
export type MoneyProblem = Exclude<YuanParse, { ok: true }>['problem'];

/** The API's ceiling for any money field a client sends (domain/money.ts MAX_MONEY_MINOR_UNITS). */
export const MAX_MINOR_UNITS = 10 ** 15;

export function parseYuan(text: string, minorDigits = 2): YuanParse {
  const cleaned = text.trim().replace(/^[¥￥]\s*/, '').replace(/[,，\s]/g, '');
  if (cleaned === '') return { ok: false, problem: 'empty' };
  const match = /^(\d+)(?:\.(\d*))?$/.exec(cleaned);
  if (!match) return { ok: false, problem: 'notANumber' };
  const fraction = match[2] ?? '';
  if (fraction.length > minorDigits) return { ok: false, problem: 'tooPrecise' };
  const whole = match[1]!.replace(/^0+(?=\d)/, '');
  if (whole.length > 16) return { ok: false, problem: 'tooLarge' };
  const minorUnits = Number(whole) * 10 ** minorDigits + Number(fraction.padEnd(minorDigits, '0'));
  if (!Number.isSafeInteger(minorUnits) || minorUnits > MAX_MINOR_UNITS) return { ok: false, problem: 'tooLarge' };
  return { ok: true, minorUnits };
}

/** An antd form rule for an amount in major units; `message` gives the text of each problem. */
export function yuanRule(message: (problem: MoneyProblem) => string, required = true, minorDigits = 2) {
  return {
    validator: async (_: unknown, value: string | undefined) => {
      if (!required && (value ?? '').trim() === '') return;
      const parsed = parseYuan(value ?? '', minorDigits);
      if (!parsed.ok) throw new Error(message(parsed.problem));
    },
  };
}
