import { describe, expect, it } from 'vitest';
import { documentPath, jsonDiff } from './jsonDiff';

describe('the diff between two policy versions', () => {
  it('finds nothing between equal documents', () => {
    const doc = { tiers: { thresholds: { CNY: { A: 5, B: 3 } } }, stages: [{ key: 'lead', slaHours: 8 }] };
    expect(jsonDiff(doc, structuredClone(doc))).toEqual([]);
  });

  it('names each path added, removed or changed, in key order', () => {
    const before = { capacityDaysPerWeek: 4, tiers: { thresholds: { CNY: { A: 500, B: 300 } }, keyIndustries: ['finance'] }, old: true };
    const after = { capacityDaysPerWeek: 4.5, tiers: { thresholds: { CNY: { A: 500, B: 250 }, USD: { A: 1 } }, keyIndustries: ['finance', 'energy'] } };
    expect(jsonDiff(before, after)).toEqual([
      { path: 'capacityDaysPerWeek', kind: 'changed', before: 4, after: 4.5 },
      { path: 'old', kind: 'removed', before: true },
      { path: 'tiers.keyIndustries[1]', kind: 'added', after: 'energy' },
      { path: 'tiers.thresholds.CNY.B', kind: 'changed', before: 300, after: 250 },
      { path: 'tiers.thresholds.USD', kind: 'added', after: { A: 1 } },
    ]);
  });

  it('compares arrays by position and treats a change of type as one change', () => {
    expect(jsonDiff({ stages: [{ slaHours: 8 }, { slaHours: 24 }] }, { stages: [{ slaHours: 8 }] })).toEqual([
      { path: 'stages[1]', kind: 'removed', before: { slaHours: 24 } },
    ]);
    expect(jsonDiff({ a: { b: 1 } }, { a: [1] })).toEqual([{ path: 'a', kind: 'changed', before: { b: 1 }, after: [1] }]);
    expect(jsonDiff({ a: null }, { a: 0 })).toEqual([{ path: 'a', kind: 'changed', before: null, after: 0 }]);
  });

  it('quotes keys that are not plain names', () => {
    expect(jsonDiff({ holidays: { '2026-10-01': 'National Day' } }, { holidays: {} })).toEqual([
      { path: 'holidays["2026-10-01"]', kind: 'removed', before: 'National Day' },
    ]);
  });
});

describe('the API problem paths', () => {
  it('become paths inside the document, in the diff notation', () => {
    expect(documentPath('document.tiers.thresholds.CNY.B')).toBe('tiers.thresholds.CNY.B');
    expect(documentPath('body.document.pipeline.stages.2.slaHours')).toBe('pipeline.stages[2].slaHours');
    expect(documentPath('document')).toBe('');
    expect(documentPath('reason')).toBe('reason');
  });
});
