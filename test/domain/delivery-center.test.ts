import { describe, expect, it } from 'vitest';
import { centerOutcomes } from '../../domain/delivery-center';

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
