import { describe, expect, it } from 'vitest';
import { giniOf, lorenzCurve } from './lorenz';

describe('the Lorenz curve of presales days', () => {
  it('is the diagonal when everyone gets the same', () => {
    const points = lorenzCurve([3, 3, 3]);
    expect(points.map((p) => [p.people, p.days].map((x) => Number(x.toFixed(3))))).toEqual([[0, 0], [0.333, 0.333], [0.667, 0.667], [1, 1]]);
    expect(giniOf(points)).toBeCloseTo(0, 10);
  });

  it('sags when one person gets everything, least served first', () => {
    const points = lorenzCurve([0, 8, 0, 0]);
    expect(points.map((p) => p.days)).toEqual([0, 0, 0, 0, 1]);
    expect(giniOf(points)).toBeCloseTo(0.75, 10);
  });

  it('sorts the values and leaves out what is not a number of days', () => {
    const points = lorenzCurve([3, 1, Number.NaN, -2]);
    expect(points.map((p) => p.days)).toEqual([0, 0.25, 1]);
    expect(giniOf(points)).toBeCloseTo(0.25, 10);
  });

  it('is the diagonal with nobody or no days at all', () => {
    expect(lorenzCurve([])).toEqual([{ people: 0, days: 0 }, { people: 1, days: 1 }]);
    expect(giniOf(lorenzCurve([0, 0]))).toBeCloseTo(0, 10);
  });
});
