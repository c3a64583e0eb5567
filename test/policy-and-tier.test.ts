import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../domain/policy';
import { createOrg, projectBody, startTestMoat, type Org, type TestMoat } from './support/moat';

let moat: TestMoat;
let org: Org;

beforeAll(async () => {
  moat = await startTestMoat();
  org = await createOrg(moat);
});

afterAll(async () => {
  // The policy is global to the test database: leave the defaults current for the other files.
  await moat?.admin.put('/api/policy', { document: DEFAULT_POLICY, reason: 'restore defaults after policy tests' });
  await moat?.stop();
});

const yuan = (n: number) => ({ amount: n * 100, currency: 'CNY' });

describe('policy is versioned data; projects pin the version they started under', () => {
  it('reads the current policy and refuses bad or unauthorised publications', async () => {
    const current = await org.sales.api.get('/api/policy');
    expect(current.status).toBe(200);
    expect(current.body.document.pipeline.closeWonFrom).toBe('negotiation');

    expect((await org.sales.api.put('/api/policy', { document: DEFAULT_POLICY, reason: 'mine' })).status).toBe(403);
    const broken = structuredClone(DEFAULT_POLICY);
    broken.tiers.thresholds.CNY!.A = -1;
    const invalid = await org.director.api.put('/api/policy', { document: broken, reason: 'typo' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.details.map((d: { path: string }) => d.path)).toContain('body.document.tiers.thresholds.CNY.A');
    const noReason = await org.director.api.put('/api/policy', { document: DEFAULT_POLICY });
    expect(noReason.status).toBe(400);
    expect((await org.sales.api.get('/api/policy')).body.version).toBe(current.body.version);
  });

  it('a new version changes new projects only', async () => {
    const before = await org.sales.api.post('/api/projects', projectBody(org, { expectedValue: yuan(2_500_000) }));
    expect(before.body).toMatchObject({ tier: 'C' });

    const next = structuredClone(DEFAULT_POLICY);
    next.tiers.thresholds.CNY!.B = yuan(2_000_000).amount;
    next.pipeline.stages[1] = { ...next.pipeline.stages[1]!, ownerRole: 'sales' };
    const published = await org.director.api.put('/api/policy', { document: next, reason: 'lower B threshold; sales run discovery' });
    expect(published.status).toBe(201);
    const versions = await org.sales.api.get('/api/policy/versions');
    expect(versions.body.items[0]).toMatchObject({ version: published.body.version, createdBy: org.director.id });
    expect((await org.sales.api.get(`/api/policy/versions/${published.body.version}`)).body.document).toEqual(next);

    const after = await org.sales.api.post('/api/projects', projectBody(org, { expectedValue: yuan(2_500_000) }));
    expect(after.body).toMatchObject({ tier: 'B', policyVersion: published.body.version });
    const advancedNew = await org.sales.api.post(`/api/projects/${after.body.id}/advance`, {});
    expect(advancedNew.status).toBe(200);
    expect(advancedNew.body).toMatchObject({ stage: 'discovery', ownerId: org.sales.id, pendingHandoff: null });

    // The older project still follows the policy it pinned: discovery belongs to presales there.
    const advancedOld = await org.sales.api.post(`/api/projects/${before.body.id}/advance`, {});
    expect(advancedOld.status).toBe(400);
    expect(advancedOld.body.error.details[0].path).toBe('nomineeId');
    expect((await org.sales.api.get(`/api/projects/${before.body.id}`)).body).toMatchObject({ tier: 'C', policyVersion: before.body.policyVersion });

    const audit = await moat.pool.query(`select actor_id, reason from audit_log where action = 'policy_published' and entity_id = $1`, [
      String(published.body.version),
    ]);
    expect(audit.rows).toEqual([{ actor_id: org.director.id, reason: 'lower B threshold; sales run discovery' }]);
    const restored = await org.director.api.put('/api/policy', { document: DEFAULT_POLICY, reason: 'back to defaults' });
    expect(restored.status).toBe(201);
  });
});

describe('a director overrides a tier, with a reason, audited', () => {
  it('only a director, only with a reason, only to a different tier', async () => {
    const created = await org.sales.api.post('/api/projects', projectBody(org, { channel: true }));
    expect(created.body.tier).toBe('C');
    const id = created.body.id;
    expect((await org.manager.api.post(`/api/projects/${id}/tier`, { tier: 'A', reason: 'strategic' })).status).toBe(403);
    const noReason = await org.director.api.post(`/api/projects/${id}/tier`, { tier: 'A', reason: '' });
    expect(noReason.status).toBe(400);
    expect((await org.director.api.post(`/api/projects/${id}/tier`, { tier: 'Q', reason: 'x' })).status).toBe(400);
    expect((await org.director.api.post(`/api/projects/${id}/tier`, { tier: 'C', reason: 'same' })).status).toBe(409);

    const overridden = await org.director.api.post(`/api/projects/${id}/tier`, { tier: 'A', reason: 'channel partner, but our flagship bank' });
    expect(overridden.status).toBe(200);
    expect(overridden.body.tier).toBe('A');
    expect(overridden.body.timeline.find((e: { type: string }) => e.type === 'tier_overridden')).toMatchObject({
      type: 'tier_overridden',
      actorId: org.director.id,
      data: { from: 'C', to: 'A', reason: 'channel partner, but our flagship bank' },
    });
    const audit = await moat.pool.query(`select actor_id, reason from audit_log where entity_id = $1 and action = 'tier_overridden'`, [id]);
    expect(audit.rows).toEqual([{ actor_id: org.director.id, reason: 'channel partner, but our flagship bank' }]);

    // The new tier decides the pipeline from now on: an A project walks the proof of concept.
    await org.sales.api.post(`/api/projects/${id}/advance`, { nomineeId: org.presales.id });
    const pending = (await org.sales.api.get(`/api/projects/${id}`)).body.pendingHandoff;
    await org.presales.api.post(`/api/handoffs/${pending.id}/accept`);
    await org.presales.api.post(`/api/projects/${id}/advance`, {});
    expect((await org.presales.api.post(`/api/projects/${id}/advance`, {})).body.stage).toBe('poc');
  });

  it('updates racing on one project are both applied and recorded exactly once each', async () => {
    const created = await org.sales.api.post('/api/projects', projectBody(org));
    const id = created.body.id;
    const [proposed, overridden] = await Promise.all([
      org.sales.api.post(`/api/projects/${id}/handoffs`, { toPersonId: org.sales2.id, reason: 'holiday' }),
      org.director.api.post(`/api/projects/${id}/tier`, { tier: 'B', reason: 'smaller scope than announced' }),
    ]);
    expect(proposed.status).toBe(201);
    expect(overridden.status).toBe(200);
    const events = await moat.pool.query('select seq, type from project_events where project_id = $1 order by seq', [id]);
    expect(events.rows.map((r) => r.seq)).toEqual(events.rows.map((_, i) => i + 1));
    const types = events.rows.map((r) => r.type);
    expect(types.filter((t) => t === 'handoff_proposed' || t === 'tier_overridden').sort()).toEqual(['handoff_proposed', 'tier_overridden']);
    const audited = await moat.pool.query(`select count(*)::int as n from audit_log where entity_type = 'project' and entity_id = $1`, [id]);
    expect(audited.rows[0].n).toBe(types.length);
    const project = (await org.sales.api.get(`/api/projects/${id}`)).body;
    expect(project).toMatchObject({ tier: 'B', pendingHandoff: { toPersonId: org.sales2.id } });
  });
});
