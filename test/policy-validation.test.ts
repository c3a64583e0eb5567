import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishPolicy } from '../db/policies';
import { DEFAULT_POLICY, type PolicyDocument } from '../domain/policy';
import { createOrg, projectBody, startTestMoat, type Org, type TestMoat } from './support/moat';

let moat: TestMoat;
let org: Org;

beforeAll(async () => {
  moat = await startTestMoat();
  org = await createOrg(moat);
  const reset = await moat.admin.put('/api/policy', { document: DEFAULT_POLICY, reason: 'policy validation tests start on the defaults' });
  expect(reset.status, JSON.stringify(reset.body)).toBe(201);
});

afterAll(async () => {
  await moat?.admin.put('/api/policy', { document: DEFAULT_POLICY, reason: 'restore defaults after policy validation tests' });
  await moat?.stop();
});

const policy = (change: (p: PolicyDocument) => void): PolicyDocument => {
  const copy = structuredClone(DEFAULT_POLICY);
  change(copy);
  return copy;
};
type Problem = { path: string; message: string };
const paths = (problems: Problem[]) => problems.map((p) => p.path);

/** The reported documents: every project creation 400 after it, and 5e-324 accepted as a duration and a capacity. */
const noThresholds = policy((p) => {
  p.tiers.thresholds = {};
  p.tiers.strategicA.minValue = {};
});
const denormal = policy((p) => {
  p.pipeline.stages[0]!.slaHours = 5e-324;
  p.capacityDaysPerWeek = 5e-324;
});

describe('PUT /api/policy refuses documents that would break Moat', () => {
  it('names every problem by its path and publishes nothing', async () => {
    const before = (await org.director.api.get('/api/policy')).body.version;

    const empty = await org.director.api.put('/api/policy', { document: noThresholds, reason: 'no tiers' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.code).toBe('invalid');
    expect(paths(empty.body.error.details)).toEqual(['body.document.tiers.thresholds']);

    const tiny = await org.director.api.put('/api/policy', { document: denormal, reason: 'fast' });
    expect(tiny.status).toBe(400);
    expect(paths(tiny.body.error.details)).toEqual(['body.document.pipeline.stages.0.slaHours', 'body.document.capacityDaysPerWeek']);
    expect(tiny.body.error.message).toContain('body.document.capacityDaysPerWeek');

    const misspelt = structuredClone(DEFAULT_POLICY) as unknown as Record<string, any>;
    misspelt.escalation.stepHour = 1;
    const unknown = await org.director.api.put('/api/policy', { document: misspelt, reason: 'typo' });
    expect(unknown.status).toBe(400);
    expect(paths(unknown.body.error.details)).toEqual(['body.document.escalation.stepHour']);

    const unreachable = await org.director.api.put('/api/policy', {
      document: policy((p) => (p.tiers.thresholds.CNY!.C = p.tiers.thresholds.CNY!.B)),
      reason: 'C as B',
    });
    expect(unreachable.status).toBe(400);
    expect(paths(unreachable.body.error.details)).toEqual(['body.document.tiers.thresholds.CNY.C']);

    expect((await org.director.api.get('/api/policy')).body.version).toBe(before);
    // Projects still open under the policy in force.
    const opened = await org.sales.api.post('/api/projects', projectBody(org));
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
  });

  it('checks the role before the document, then still publishes a sensible change', async () => {
    // A sales person learns nothing about the document: 403 before any check of it.
    expect((await org.sales.api.put('/api/policy', { document: { tiers: 'none' }, reason: 'mine' })).status).toBe(403);
    expect((await org.sales.api.put('/api/policy', { document: noThresholds, reason: 'mine' })).status).toBe(403);
    expect((await org.director.api.put('/api/policy', { document: { tiers: 'none' }, reason: 'mine' })).status).toBe(400);

    const next = policy((p) => {
      p.capacityDaysPerWeek = 4.5;
      p.escalation.stepHours = 4;
    });
    const published = await org.director.api.put('/api/policy', { document: next, reason: 'four and a half days for presales' });
    expect(published.status, JSON.stringify(published.body)).toBe(201);
    expect((await org.sales.api.get('/api/policy')).body).toMatchObject({ version: published.body.version, document: next });

    // As if published before these checks existed: projects may have pinned it, so it must keep parsing.
    const version = await publishPolicy(moat.pool, denormal, org.director.id, 'published before the meaning checks');
    const restored = await org.director.api.put('/api/policy', { document: DEFAULT_POLICY, reason: 'back to defaults' });
    expect(restored.status).toBe(201);
    const stored = await org.sales.api.get(`/api/policy/versions/${version}`);
    expect(stored.status).toBe(200);
    expect(stored.body.document).toMatchObject({ capacityDaysPerWeek: 5e-324 });
  });
});

describe('POST /api/policy/validate answers without publishing', () => {
  it('valid documents and every problem of invalid ones, at document paths', async () => {
    const before = (await org.director.api.get('/api/policy')).body.version;

    const ok = await org.director.api.post('/api/policy/validate', { document: DEFAULT_POLICY });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ valid: true, problems: [] });
    // What GET /api/policy answers may be sent back as it is.
    const current = (await org.director.api.get('/api/policy')).body.document;
    expect((await org.director.api.post('/api/policy/validate', { document: current })).body).toEqual({ valid: true, problems: [] });

    const empty = await moat.admin.post('/api/policy/validate', { document: noThresholds });
    expect(empty.status).toBe(200);
    expect(empty.body.valid).toBe(false);
    expect(empty.body.problems).toEqual([{ path: 'document.tiers.thresholds', message: expect.stringContaining('CNY') }]);

    const tiny = await org.director.api.post('/api/policy/validate', { document: denormal });
    expect(paths(tiny.body.problems)).toEqual(['document.pipeline.stages.0.slaHours', 'document.capacityDaysPerWeek']);

    // Shape problems too, with unknown keys, all at once.
    const shape = structuredClone(DEFAULT_POLICY) as unknown as Record<string, any>;
    shape.tiers.thresholds.CNY.A = -1;
    shape.sla.handoffOfferHour = 24;
    const both = await org.director.api.post('/api/policy/validate', { document: shape });
    expect(both.status).toBe(200);
    expect(both.body.valid).toBe(false);
    expect(paths(both.body.problems)).toEqual(expect.arrayContaining(['document.sla.handoffOfferHour', 'document.tiers.thresholds.CNY.A']));

    expect((await org.director.api.get('/api/policy')).body.version).toBe(before);

    // Documented beside PUT.
    const openapi = await moat.api.get('/openapi.json');
    expect(openapi.status).toBe(200);
    expect(openapi.body.paths['/api/policy/validate'].post.responses['200']).toBeDefined();
  });

  it('is for the people who may publish, and needs a document object', async () => {
    expect((await org.sales.api.post('/api/policy/validate', { document: DEFAULT_POLICY })).status).toBe(403);
    expect((await org.manager.api.post('/api/policy/validate', { document: DEFAULT_POLICY })).status).toBe(403);
    const missing = await org.director.api.post('/api/policy/validate', {});
    expect(missing.status).toBe(400);
    expect(paths(missing.body.error.details)).toEqual(['body.document']);
    expect((await org.director.api.post('/api/policy/validate', { document: [] })).status).toBe(400);
  });
});
