import { describe, expect, it } from 'vitest';
import type { Role } from '../../domain/people';
import { levelMix, roiOf, type WorkedDays } from '../../domain/roi';

/** 投入产出: the arithmetic of the ROI report (the report itself, over the API, is test/roi.test.ts). */

const senior = new Map<Role, Set<string>>([['presales', new Set(['P3', 'P4'])], ['solution', new Set(['S3'])]]);
const worked = (role: Role, level: string | null, tier: WorkedDays['tier'], days: number): WorkedDays => ({ role, level, tier, days });

describe('a group’s return on presales', () => {
  it('derives win rate, cost per won deal, cost against won value and credit net of cost', () => {
    expect(roiOf({ closed: 4, won: 3, wonValue: 3_000_000, presalesCost: 90_000, credit: 6_000_000 })).toEqual({
      winRateBasisPoints: 7_500,
      costPerWonDeal: 30_000,
      costBasisPointsOfWonValue: 300,
      creditNetOfCost: 5_910_000,
    });
  });

  it('rounds the win rate and the cost share down, the cost per won deal to the nearest minor unit', () => {
    const thirds = roiOf({ closed: 3, won: 2, wonValue: 3, presalesCost: 2, credit: 0 });
    expect(thirds.winRateBasisPoints).toBe(6_666);
    expect(thirds.costBasisPointsOfWonValue).toBe(6_666);
    expect(roiOf({ closed: 2, won: 2, wonValue: 1, presalesCost: 11, credit: 0 }).costPerWonDeal).toBe(6);
    expect(roiOf({ closed: 3, won: 3, wonValue: 1, presalesCost: 10, credit: 0 }).costPerWonDeal).toBe(3);
  });

  it('has no rate, no cost per deal and no share where it would divide by zero', () => {
    expect(roiOf({ closed: 0, won: 0, wonValue: 0, presalesCost: 50_000, credit: 0 })).toEqual({
      winRateBasisPoints: null,
      costPerWonDeal: null,
      costBasisPointsOfWonValue: null,
      creditNetOfCost: -50_000,
    });
    const allLost = roiOf({ closed: 2, won: 0, wonValue: 0, presalesCost: 1_000, credit: 0 });
    expect([allLost.winRateBasisPoints, allLost.costPerWonDeal, allLost.costBasisPointsOfWonValue]).toEqual([0, null, null]);
  });

  it('keeps the cost share exact for amounts whose product passes 2^53', () => {
    expect(roiOf({ closed: 1, won: 1, wonValue: 1_000_000_000_000_000, presalesCost: 999_999_999_999_999, credit: 0 }).costBasisPointsOfWonValue).toBe(9_999);
  });

  it('counts credit net of cost below zero when presales cost more than the credit', () => {
    expect(roiOf({ closed: 1, won: 1, wonValue: 100, presalesCost: 250, credit: 100 }).creditNetOfCost).toBe(-150);
  });
});

describe('the level mix', () => {
  it('splits days by seniority and by tier class, A and B against C to E', () => {
    const mix = levelMix(
      [worked('presales', 'P4', 'A', 3), worked('presales', 'P3', 'B', 1), worked('presales', 'P3', 'C', 1), worked('presales', 'P1', 'A', 1), worked('solution', 'S1', 'E', 2), worked('solution', 'S3', 'D', 0.5)],
      senior,
    );
    expect(mix).toEqual({
      seniorDays: { topTiers: 4, otherTiers: 1.5 },
      otherDays: { topTiers: 1, otherTiers: 2 },
      // 4 of 5.5 senior days on A/B; 5 of 8.5 days in all; both rounded down.
      seniorShareOnTopTiersBasisPoints: 7_272,
      allShareOnTopTiersBasisPoints: 5_882,
    });
  });

  it('counts a day without a level, or of a role the card does not rank, as not senior', () => {
    const mix = levelMix([worked('presales', null, 'A', 2), worked('test', 'P4', 'A', 1)], senior);
    expect(mix.seniorDays).toEqual({ topTiers: 0, otherTiers: 0 });
    expect(mix.otherDays).toEqual({ topTiers: 3, otherTiers: 0 });
    expect(mix.seniorShareOnTopTiersBasisPoints).toBeNull();
    expect(mix.allShareOnTopTiersBasisPoints).toBe(10_000);
  });

  it('has no shares without days', () => {
    expect(levelMix([], senior)).toEqual({
      seniorDays: { topTiers: 0, otherTiers: 0 },
      otherDays: { topTiers: 0, otherTiers: 0 },
      seniorShareOnTopTiersBasisPoints: null,
      allShareOnTopTiersBasisPoints: null,
    });
  });
});
