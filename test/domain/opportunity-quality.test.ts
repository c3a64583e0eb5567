import { describe, expect, it } from 'vitest';
import { adjustForQuality, decideRescoreQuality, DEFAULT_QUALITY_POLICY, qualityScore, QualityPolicySchema, type QualityFactors } from '../../domain/opportunity-quality';
import { evolve } from '../../domain/lifecycle';
import { DEFAULT_POLICY } from '../../domain/policy';
import { classifyTier } from '../../domain/tier-classification';
import { applied, boss, director, given, sally, stranger, walked } from '../support/domain-given';
import { rejection } from '../support/pure';

/** 商机质量: weighted factors beside value move the tier one step; re-scored once per stage gate. */

const strong: QualityFactors = { winProbability: 5, strategicValue: 5, competitivePosition: 4, customerImportance: 5 };
const weak: QualityFactors = { winProbability: 1, strategicValue: 2, competitivePosition: 1, customerImportance: 2 };
const middling: QualityFactors = { winProbability: 3, strategicValue: 3, competitivePosition: 3, customerImportance: 3 };
const facts = { expectedValue: { amount: 150_000_000, currency: 'CNY' }, industry: 'retail', channel: false, strategic: false };

describe('商机质量: the tier from value and quality', () => {
  it('weighs the factors by the policy', () => {
    // 40 % win probability, 20 % each of the others: 5×0.4 + 5×0.2 + 4×0.2 + 5×0.2.
    expect(qualityScore(DEFAULT_QUALITY_POLICY, strong)).toBe(4.8);
    expect(qualityScore(DEFAULT_QUALITY_POLICY, weak)).toBe(1.4);
    expect(qualityScore(DEFAULT_QUALITY_POLICY, middling)).toBe(3);
  });

  it('lifts or lowers the value tier one step, never past A or E, and says why', () => {
    expect(classifyTier(DEFAULT_POLICY, facts).tier).toBe('C');
    const lifted = classifyTier(DEFAULT_POLICY, { ...facts, quality: strong });
    expect(lifted.tier).toBe('B');
    expect(lifted.reason).toMatch(/opportunity quality 4.8 ≥ 4.5: one tier up$/);
    expect(classifyTier(DEFAULT_POLICY, { ...facts, quality: weak }).tier).toBe('D');
    expect(classifyTier(DEFAULT_POLICY, { ...facts, quality: middling }).tier).toBe('C');
    expect(adjustForQuality(DEFAULT_QUALITY_POLICY, 'A', strong).tier).toBe('A');
    expect(adjustForQuality(DEFAULT_QUALITY_POLICY, 'E', weak).tier).toBe('E');
    // The channel cap still applies after quality.
    expect(classifyTier(DEFAULT_POLICY, { ...facts, expectedValue: { amount: 400_000_000, currency: 'CNY' }, channel: true, quality: strong }).tier).toBe('C');
  });

  it('refuses weights that do not add up and thresholds that overlap', () => {
    const bad = { ...DEFAULT_QUALITY_POLICY, weights: { ...DEFAULT_QUALITY_POLICY.weights, winProbability: 1_000 }, demoteBelowScore: 4.5 };
    expect(QualityPolicySchema.safeParse(bad).error?.issues.map((i) => i.path.join('.'))).toEqual(['weights', 'demoteBelowScore']);
  });
});

describe('商机质量: re-scored at stage gates', () => {
  const reclassify = (quality: QualityFactors) => classifyTier(DEFAULT_POLICY, { ...facts, quality }).tier;

  it('by the owner or a director, once per stage, with what changed', () => {
    const state = given({ tier: 'C' });
    const [event] = decideRescoreQuality(state, { actor: sally, factors: strong, reason: 'budget confirmed' }, (_, q) => reclassify(q));
    expect(event).toEqual({ type: 'quality_rescored', factors: strong, score: 4.8, stage: 'qualify', from: 'C', to: 'B', reason: 'budget confirmed' });
    const after = applied(state, [event!]);
    expect(after.tier).toBe('B');
    expect(rejection(() => decideRescoreQuality(after, { actor: sally, factors: weak, reason: 'lost the sponsor' }, (_, q) => reclassify(q))).code).toBe('conflict');
    // The next gate: once more.
    const next = applied(after, walked('discovery'));
    expect(decideRescoreQuality(next, { actor: director, factors: weak, reason: 'lost the sponsor' }, (_, q) => reclassify(q))[0]).toMatchObject({ from: 'B', to: 'D' });
    for (const who of [stranger, boss]) expect(rejection(() => decideRescoreQuality(state, { actor: who, factors: strong, reason: 'x' }, (_, q) => reclassify(q))).code).toBe('forbidden');
    expect(rejection(() => decideRescoreQuality(state, { actor: sally, factors: strong, reason: ' ' }, (_, q) => reclassify(q))).code).toBe('invalid');
  });

  it('leaves a director’s override standing', () => {
    const overridden = evolve(given({ tier: 'C' }), { type: 'tier_overridden', from: 'C', to: 'A', reason: 'board priority', seq: 5, at: '2026-11-26T09:00:00.000Z', actorId: 'dina' });
    const [event] = decideRescoreQuality(overridden, { actor: sally, factors: weak, reason: 'lost the sponsor' }, (_, q) => reclassify(q));
    expect(event).toMatchObject({ from: 'A', to: 'A', score: 1.4 });
  });
});
