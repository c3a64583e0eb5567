import { describe, expect, it } from 'vitest';
import { centerOutcomes, servingCenter } from '../../domain/delivery-center';

describe('a delivery center’s outcomes', () => {
  it('counts won and lost, rounds the win rate to four decimals, averages won cost per currency', () => {
    expect(
      centerOutcomes([
        { status: 'won', currency: 'CNY', actual: 100 },
        { status: 'won', currency: 'CNY', actual: 201 },
        { status: 'won', currency: 'USD', actual: 50 },
        { status: 'lost', currency: 'CNY', actual: 999 },
        { status: 'lost', currency: 'CNY', actual: 0 },
        { status: 'lost', currency: 'CNY', actual: 0 },
        { status: 'open', currency: 'CNY', actual: 7 },
      ]),
    ).toEqual({
      closed: { won: 3, lost: 3 },
      winRate: 0.5,
      costPerWonDeal: [
        { amount: 151, currency: 'CNY' },
        { amount: 50, currency: 'USD' },
      ],
    });
    expect(centerOutcomes([{ status: 'won', currency: 'CNY', actual: 1 }, { status: 'lost', currency: 'CNY', actual: 1 }, { status: 'lost', currency: 'CNY', actual: 1 }]).winRate).toBe(0.3333);
  });

  it('has no win rate before anything closed', () => {
    expect(centerOutcomes([{ status: 'open', currency: 'CNY', actual: 5 }])).toEqual({ closed: { won: 0, lost: 0 }, winRate: null, costPerWonDeal: [] });
  });
});

describe('the center that serves a project', () => {
  const general = { name: 'General', industry: 'general', solution: null };
  const finance = { name: 'Finance', industry: 'finance', solution: null };
  const coreBanking = { name: 'Core banking', industry: null, solution: 'core-banking' };
  const centers = [general, finance, coreBanking];

  it('is its key solution’s center first, whatever the order given', () => {
    expect(servingCenter(centers, { industry: 'finance', solution: 'core-banking' })).toBe(coreBanking);
    expect(servingCenter([...centers].reverse(), { industry: 'finance', solution: 'core-banking' })).toBe(coreBanking);
  });

  it('is its industry’s center when no center serves its solution, or it names none', () => {
    expect(servingCenter(centers, { industry: 'finance', solution: 'payments' })).toBe(finance);
    expect(servingCenter(centers, { industry: 'finance', solution: null })).toBe(finance);
    expect(servingCenter(centers, { industry: 'finance' })).toBe(finance);
  });

  it('falls back to the general center, and to none when there is no general center', () => {
    expect(servingCenter(centers, { industry: 'retail', solution: 'payments' })).toBe(general);
    expect(servingCenter([finance, coreBanking], { industry: 'retail' })).toBeUndefined();
    expect(servingCenter([], { industry: 'finance', solution: 'core-banking' })).toBeUndefined();
  });

  it('never serves a project by an empty solution or by another industry’s center', () => {
    const unnamed = { name: 'Unnamed', industry: null, solution: '' };
    expect(servingCenter([unnamed, finance], { industry: 'finance', solution: '' })).toBe(finance);
    expect(servingCenter([finance], { industry: 'energy', solution: 'core-banking' })).toBeUndefined();
  });

  it('keeps the first of equals, as given (the database orders by creation)', () => {
    const older = { ...finance, name: 'Finance (older)' };
    expect(servingCenter([older, finance], { industry: 'finance' })).toBe(older);
  });
});
