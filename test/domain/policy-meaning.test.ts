import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPolicyDocument, POLICY_LIMITS } from '../../domain/policy-checks';
import { DEFAULT_POLICY, PolicyDocumentSchema, type PolicyDocument } from '../../domain/policy';
import { TIERS, type Tier } from '../../domain/tier';
import { classifyTier } from '../../domain/tier-classification';
import { mulberry32 } from '../support/pure';

const policy = (change: (p: PolicyDocument) => void = () => undefined): PolicyDocument => {
  const copy = structuredClone(DEFAULT_POLICY);
  change(copy);
  return copy;
};
const problems = (document: unknown, today?: string) => checkPolicyDocument(document, { today }).problems;
const pathsOf = (document: unknown, today?: string) => problems(document, today).map((p) => p.path);

/** Every policy document inside the saved workflow histories (payloads are base64 JSON). */
function storedDocuments(): unknown[] {
  const dir = path.join(__dirname, '..', 'fixtures', 'histories');
  const found: unknown[] = [];
  const collect = (_key: string, value: unknown) => {
    if (value && typeof value === 'object' && 'pipeline' in value && 'tiers' in value) found.push(value);
    return value;
  };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    for (const [, data] of text.matchAll(/"data":\s*"([A-Za-z0-9+/=]{100,})"/g)) {
      try {
        JSON.parse(Buffer.from(data!, 'base64').toString('utf8'), collect);
      } catch {
        // Not JSON: some other payload.
      }
    }
  }
  return found;
}

describe('the default policy and every stored one', () => {
  it('the default policy may be published', () => {
    expect(problems(DEFAULT_POLICY, '2026-06-01')).toEqual([]);
  });

  it('documents pinned by saved histories still parse, and would still be published', () => {
    const documents = storedDocuments();
    expect(documents.length).toBeGreaterThan(10);
    for (const document of documents) {
      expect(PolicyDocumentSchema.safeParse(document).success).toBe(true);
      expect(problems(document)).toEqual([]);
    }
  });

  it('the stored schema stays lenient: a document the meaning checks refuse still parses', () => {
    const odd = policy((p) => {
      p.capacityDaysPerWeek = 5e-324;
      p.pipeline.stages[0]!.slaHours = 5e-324;
    });
    expect(PolicyDocumentSchema.safeParse(odd).success).toBe(true);
    expect(pathsOf(odd)).toEqual(['pipeline.stages.0.slaHours', 'capacityDaysPerWeek']);
  });
});

describe('tiers: every tier reachable by classification', () => {
  it('refuses a document without thresholds for the rate card currency', () => {
    const empty = policy((p) => {
      p.tiers.thresholds = {};
      p.tiers.strategicA.minValue = {};
    });
    expect(problems(empty)).toEqual([{ path: 'tiers.thresholds', message: expect.stringContaining('no project can be opened') }]);
  });

  it('refuses equal or inverted thresholds, a zero D and an unreachable A, at the tier concerned', () => {
    const equal = policy((p) => {
      p.tiers.thresholds.CNY = { A: 500, B: 500, C: 400, D: 400 };
      p.tiers.strategicA.minValue.CNY = 100;
    });
    expect(pathsOf(equal)).toEqual(['tiers.thresholds.CNY.B', 'tiers.thresholds.CNY.D']);
    const zero = policy((p) => {
      p.tiers.thresholds.CNY!.D = 0;
    });
    expect(pathsOf(zero)).toEqual(['tiers.thresholds.CNY.D']);
    const huge = policy((p) => {
      p.tiers.thresholds.CNY!.A = POLICY_LIMITS.maxMinorUnits + 1;
    });
    expect(pathsOf(huge)).toEqual(['tiers.thresholds.CNY.A']);
  });

  it('refuses thresholds in a currency the rate card cannot price', () => {
    const usd = policy((p) => {
      p.tiers.thresholds.USD = { A: 4, B: 3, C: 2, D: 1 };
    });
    expect(pathsOf(usd)).toEqual(['tiers.thresholds.USD']);
  });

  it('no thresholds pass the check unless the classification rule reaches every tier (random documents)', () => {
    const random = mulberry32(12);
    const pick = () => [0, 1, 2, 100, 1_000, 1e15, 1e15 + 1][Math.floor(random() * 7)]!;
    for (let run = 0; run < 3_000; run++) {
      const thresholds = { A: pick(), B: pick(), C: pick(), D: pick() };
      const document = policy((p) => {
        p.tiers.thresholds.CNY = thresholds;
        p.tiers.strategicA.minValue.CNY = 0;
      });
      const parsed = PolicyDocumentSchema.safeParse(document);
      if (!parsed.success) continue; // the stored schema already refuses increasing thresholds
      const candidates = Object.values(thresholds).flatMap((v) => [v, v - 1]).filter((v) => v >= 0 && v <= Number.MAX_SAFE_INTEGER);
      const reached = new Set<Tier>(
        candidates.map((amount) => classifyTier(parsed.data, { expectedValue: { amount, currency: 'CNY' }, industry: 'retail', channel: false, strategic: false }).tier),
      );
      const publishable = problems(document).length === 0;
      expect(publishable, JSON.stringify(thresholds)).toBe(TIERS.every((t) => reached.has(t)) && thresholds.A <= 1e15);
    }
  });

  it('refuses a strategic minimum at or above A and key industries that could never match', () => {
    const doc = policy((p) => {
      p.tiers.strategicA.minValue.CNY = p.tiers.thresholds.CNY!.A;
      p.tiers.strategicA.keyIndustries = ['Finance', 'energy', 'energy', ' telecom', 'x'.repeat(101)];
    });
    expect(pathsOf(doc)).toEqual([
      'tiers.strategicA.minValue.CNY',
      'tiers.strategicA.keyIndustries.0',
      'tiers.strategicA.keyIndustries.2',
      'tiers.strategicA.keyIndustries.3',
      'tiers.strategicA.keyIndustries.4',
    ]);
  });
});

describe('numbers within sane bounds', () => {
  it('refuses 5e-324 (and a year and more) wherever a duration is', () => {
    const tiny = 5e-324;
    const doc = policy((p) => {
      p.pipeline.stages[1]!.slaHours = tiny;
      p.pipeline.stages[2]!.slaHoursByTier = { A: 10_000 };
      p.sla = { approvalHours: { dispatch: tiny, resource: tiny, over_budget: 8_761 }, handoffOfferHours: tiny, scoringHours: tiny };
      p.escalation.stepHours = tiny;
    });
    expect(pathsOf(doc)).toEqual([
      'pipeline.stages.1.slaHours',
      'pipeline.stages.2.slaHoursByTier.A',
      'sla.approvalHours.dispatch',
      'sla.approvalHours.resource',
      'sla.approvalHours.over_budget',
      'sla.handoffOfferHours',
      'sla.scoringHours',
      'escalation.stepHours',
    ]);
    // One second is the floor: escalation tests run their ladders in seconds.
    expect(problems(policy((p) => (p.escalation.stepHours = 1 / 3_600)))).toEqual([]);
  });

  it.each([5e-324, 0.25, 7.25, 4.3])('refuses capacityDaysPerWeek %s', (value) => {
    expect(pathsOf(policy((p) => (p.capacityDaysPerWeek = value)))).toEqual(['capacityDaysPerWeek']);
  });

  it.each([0.5, 4.5, 7])('accepts capacityDaysPerWeek %s', (value) => {
    expect(problems(policy((p) => (p.capacityDaysPerWeek = value)))).toEqual([]);
  });

  it('bounds money, rates, alerts, credit and hotline hours', () => {
    const doc = policy((p) => {
      p.rateCard.entries[0]!.rate.amount = 0;
      p.rateCard.entries[1]!.rate.amount = POLICY_LIMITS.maxMinorUnits + 1;
      p.budget.alertThresholds = [5_000, 100_001];
      p.credit.presalesLeadBasisPoints = 10_001;
      p.budget.tiers.E = { kind: 'hotline_hours', hours: 10_000.25, rateLevel: 'H1' };
    });
    expect(pathsOf(doc)).toEqual([
      'budget.tiers.E.hours',
      'budget.alertThresholds.1',
      'rateCard.entries.0.rate.amount',
      'rateCard.entries.1.rate.amount',
      'credit.presalesLeadBasisPoints',
    ]);
  });

  it('bounds the calendar: years, list lengths, quarter-hour offsets', () => {
    const doc = policy((p) => {
      p.calendar.holidays = [...p.calendar.holidays, '1999-12-31', '2101-01-01'];
      p.calendar.timeZoneOffsetMinutes = 481;
      p.rateCard.entries[0]!.effectiveFrom = '1970-01-01';
    });
    const n = DEFAULT_POLICY.calendar.holidays.length;
    expect(pathsOf(doc)).toEqual([
      'rateCard.entries.0.effectiveFrom',
      'calendar.timeZoneOffsetMinutes',
      `calendar.holidays.${n}`,
      `calendar.holidays.${n + 1}`,
    ]);
    const days = Array.from({ length: POLICY_LIMITS.maxHolidays + 1 }, (_, i) => new Date(Date.UTC(2030, 0, 1) + i * 86_400_000).toISOString().slice(0, 10));
    expect(pathsOf(policy((p) => (p.calendar.holidays = days)))).toEqual(['calendar.holidays']);
  });

  it('answers a flood of problems with a readable number of them', () => {
    const flood = policy((p) => {
      p.calendar.holidays = Array.from({ length: 500 }, (_, i) => `2026-13-${String(i).padStart(2, '0')}`);
    });
    const found = problems(flood);
    expect(found).toHaveLength(100);
    expect(found.at(-1)).toEqual({ path: '', message: 'and 401 more problems' });
  });

  it('bounds the pipeline: stage count, key and label', () => {
    const many = policy((p) => {
      const last = p.pipeline.stages.at(-1)!;
      p.pipeline.stages = [
        ...p.pipeline.stages,
        ...Array.from({ length: POLICY_LIMITS.maxStages }, (_, i) => ({ ...last, key: `extra_${i}` })),
      ];
    });
    expect(pathsOf(many)).toEqual(['pipeline.stages']);
    const labels = policy((p) => {
      p.pipeline.stages[1]!.label = 'evil\u202Etxt.exe';
      p.pipeline.stages[2]!.label = 'x'.repeat(201);
      p.pipeline.stages[3]!.key = `k${'x'.repeat(40)}`;
    });
    expect(pathsOf(labels)).toEqual(['pipeline.stages.1.label', 'pipeline.stages.2.label', 'pipeline.stages.3.key']);
  });
});

describe('every project can be opened, budgeted and won', () => {
  it('the first stage is owned by sales and needs no feasibility sign-off', () => {
    const doc = policy((p) => {
      p.pipeline.stages[0] = { ...p.pipeline.stages[0]!, ownerRole: 'presales', requiresFeasibility: true };
    });
    expect(pathsOf(doc)).toEqual(['pipeline.stages.0.ownerRole', 'pipeline.stages.0.requiresFeasibility']);
  });

  it('close-won is from a stage every tier walks', () => {
    expect(pathsOf(policy((p) => (p.pipeline.closeWonFrom = 'poc')))).toEqual(['pipeline.closeWonFrom']);
    expect(problems(policy((p) => (p.pipeline.closeWonFrom = 'proposal')))).toEqual([]);
  });

  it('a hotline-hours budget names a hotline level on the card, in effect today', () => {
    expect(pathsOf(policy((p) => (p.budget.tiers.E = { kind: 'hotline_hours', hours: 16, rateLevel: 'H9' })))).toEqual(['budget.tiers.E.rateLevel']);
    const future = policy((p) => {
      p.rateCard.entries = p.rateCard.entries.map((e) => (e.role === 'hotline' ? { ...e, effectiveFrom: '2030-01-01' } : e));
    });
    expect(pathsOf(future, '2026-06-01')).toEqual(['budget.tiers.E.rateLevel']);
    expect(problems(future, '2030-01-01')).toEqual([]);
  });
});

describe('unknown keys and shape', () => {
  it('names every unknown key, nested ones included, instead of silently dropping it', () => {
    const doc = structuredClone(DEFAULT_POLICY) as unknown as Record<string, any>;
    doc.slaHours = 24;
    doc.pipeline.stages[1].slaHour = 3;
    doc.calendar.holiday = ['2026-01-02'];
    doc.tiers.thresholds.CNY.E = 0;
    doc.budget.tiers.E.rate = 1;
    expect(pathsOf(doc).sort()).toEqual(
      ['budget.tiers.E.rate', 'calendar.holiday', 'pipeline.stages.1.slaHour', 'slaHours', 'tiers.thresholds.CNY.E'].sort(),
    );
  });

  it('reports shape errors with their paths, and no meaning checks on a document that does not parse', () => {
    const broken = policy((p) => (p.tiers.thresholds.CNY!.A = -1));
    expect(pathsOf(broken)).toContain('tiers.thresholds.CNY.A');
    expect(problems(null)).toEqual([{ path: '', message: expect.any(String) }]);
    expect(checkPolicyDocument(broken).document).toBeUndefined();
    expect(checkPolicyDocument(DEFAULT_POLICY).document).toEqual(DEFAULT_POLICY);
  });
});
