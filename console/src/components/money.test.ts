import { describe, expect, it } from 'vitest';
import { parseYuan } from './money';

describe('money typed in yuan', () => {
  it('becomes exact integer minor units', () => {
    expect(parseYuan('12000000')).toEqual({ ok: true, minorUnits: 1_200_000_000 });
    expect(parseYuan('¥12,000,000.00')).toEqual({ ok: true, minorUnits: 1_200_000_000 });
    expect(parseYuan(' 1，234.5 ')).toEqual({ ok: true, minorUnits: 123_450 });
    expect(parseYuan('0.07')).toEqual({ ok: true, minorUnits: 7 });
    // 0.29 * 100 is 28.999999999999996 in floating point: the digits are read, not multiplied.
    expect(parseYuan('0.29')).toEqual({ ok: true, minorUnits: 29 });
    expect(parseYuan('10000000000000')).toEqual({ ok: true, minorUnits: 10 ** 15 });
  });

  it('refuses what is not an amount of at most 2 decimals within the API ceiling', () => {
    expect(parseYuan('')).toEqual({ ok: false, problem: 'empty' });
    expect(parseYuan('12万')).toEqual({ ok: false, problem: 'notANumber' });
    expect(parseYuan('-5')).toEqual({ ok: false, problem: 'notANumber' });
    expect(parseYuan('1e6')).toEqual({ ok: false, problem: 'notANumber' });
    expect(parseYuan('1.234')).toEqual({ ok: false, problem: 'tooPrecise' });
    expect(parseYuan('10000000000000.01')).toEqual({ ok: false, problem: 'tooLarge' });
    expect(parseYuan('99999999999999999999')).toEqual({ ok: false, problem: 'tooLarge' });
  });

  it('reads other currencies by their minor digits', () => {
    expect(parseYuan('1,200', 0)).toEqual({ ok: true, minorUnits: 1_200 });
    expect(parseYuan('1200.', 0)).toEqual({ ok: true, minorUnits: 1_200 });
    expect(parseYuan('1200.5', 0)).toEqual({ ok: false, problem: 'tooPrecise' });
    expect(parseYuan('1.234', 3)).toEqual({ ok: true, minorUnits: 1_234 });
    expect(parseYuan('1.2', 3)).toEqual({ ok: true, minorUnits: 1_200 });
    expect(parseYuan('1000000000000000', 0)).toEqual({ ok: true, minorUnits: 10 ** 15 });
    expect(parseYuan('1000000000000.001', 3)).toEqual({ ok: false, problem: 'tooLarge' });
  });
});
