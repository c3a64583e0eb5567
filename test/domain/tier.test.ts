import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, PolicyDocumentSchema } from '../../domain/policy';
import { classifyTier } from '../../domain/tier-classification';

const yuan = (n: number) => ({ amount: n * 100, currency: 'CNY' });
const facts = (value: number, extra: Partial<{ industry: string; channel: boolean; strategic: boolean }> = {}) => ({
  expectedValue: yuan(value),
  industry: 'retail',
  channel: false,
  strategic: false,
  ...extra,
});

describe('classifyTier (default thresholds)', () => {
  it.each([
    [10_000_000, 'A'],
    [9_999_999, 'B'],
    [3_000_000, 'B'],
    [2_999_999, 'C'],
    [1_000_000, 'C'],
    [300_000, 'D'],
    [299_999, 'E'],
    [0, 'E'],
  ])('%i CNY is tier %s', (value, tier) => {
    expect(classifyTier(DEFAULT_POLICY, facts(value)).tier).toBe(tier);
  });

  it('a strategic project in a key industry reaches A from 5,000,000', () => {
    expect(classifyTier(DEFAULT_POLICY, facts(5_000_000, { strategic: true, industry: 'Finance' })).tier).toBe('A');
    expect(classifyTier(DEFAULT_POLICY, facts(4_999_999, { strategic: true, industry: 'finance' })).tier).toBe('B');
    expect(classifyTier(DEFAULT_POLICY, facts(5_000_000, { strategic: true, industry: 'retail' })).tier).toBe('B');
    expect(classifyTier(DEFAULT_POLICY, facts(5_000_000, { strategic: false, industry: 'finance' })).tier).toBe('B');
  });

  it('channel projects take the C/D/E path', () => {
    const capped = classifyTier(DEFAULT_POLICY, facts(20_000_000, { channel: true }));
    expect(capped.tier).toBe('C');
    expect(capped.reason).toMatch(/channel/);
    expect(classifyTier(DEFAULT_POLICY, facts(400_000, { channel: true })).tier).toBe('D');
  });

  it('refuses a currency the policy has no thresholds for', () => {
    expect(() => classifyTier(DEFAULT_POLICY, { ...facts(1), expectedValue: { amount: 1, currency: 'USD' } })).toThrow(/USD/);
  });
});

describe('PolicyDocumentSchema', () => {
  it('accepts the defaults', () => {
    expect(PolicyDocumentSchema.parse(DEFAULT_POLICY)).toEqual(DEFAULT_POLICY);
  });

  it('rejects thresholds out of order, duplicate stages and an unknown closing stage', () => {
    const bad = structuredClone(DEFAULT_POLICY);
    bad.tiers.thresholds.CNY!.B = bad.tiers.thresholds.CNY!.A + 1;
    bad.pipeline.stages.push({ ...bad.pipeline.stages[0]! });
    bad.pipeline.closeWonFrom = 'signing';
    const result = PolicyDocumentSchema.safeParse(bad);
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^tiers\.thresholds\.CNY/),
        'pipeline.stages: stage "qualify" appears twice',
        'pipeline.closeWonFrom: must name a pipeline stage',
      ]),
    );
  });
});
