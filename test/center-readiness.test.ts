import { describe, expect, it } from 'vitest';
import { centerReadiness, DEFAULT_CENTER_FUNCTIONS, teamLeadRefusal } from '../domain/center-functions';
import { InboxSchema } from '../db/read-models';
import { createMatchOrg, type MatchOrg } from './support/match-org';
import { beforeAllWithMoat, projectBody, uniqueSuffix, type TestMoat } from './support/moat';

/** 多位一体: a delivery center covers the functions the policy requires, or says which it lacks — also where it is dispatched to. */

describe('readiness (pure)', () => {
  it('counts members per required function and names the missing ones', () => {
    expect(centerReadiness(['presales', 'test'], [['presales', 'manager'], ['presales']])).toEqual({
      required: ['presales', 'test'],
      covered: { presales: 2, test: 0 },
      missing: ['test'],
      ready: false,
    });
    expect(centerReadiness(['presales'], [['presales']]).ready).toBe(true);
    expect(centerReadiness(DEFAULT_CENTER_FUNCTIONS, []).missing).toEqual([...DEFAULT_CENTER_FUNCTIONS]);
  });
});

describe('a center’s readiness, through the API', () => {
  let moat: TestMoat;
  let org: MatchOrg & { industry: string };
  beforeAllWithMoat(createMatchOrg, (started, built) => {
    moat = started;
    org = built;
  });

  const readinessOf = async () => {
    const list = await org.director.api.get('/api/delivery-centers');
    const page = await org.director.api.get(`/api/delivery-centers/${org.centerId}`);
    const listed = list.body.items.find((c: { id: string }) => c.id === org.centerId).readiness;
    expect(page.body.readiness).toEqual(listed);
    return listed;
  };

  it('a center of presales people lacks test, delivery, after-sales and custom development; its dispatches say so until it has them', async () => {
    // The center has a presales team lead and a P3 presales engineer.
    expect(await readinessOf()).toEqual({
      required: ['presales', 'test', 'delivery', 'after_sales', 'custom_dev'],
      covered: { presales: 2, test: 0, delivery: 0, after_sales: 0, custom_dev: 0 },
      missing: ['test', 'delivery', 'after_sales', 'custom_dev'],
      ready: false,
    });
    const opened = await org.sales.api.post('/api/projects', projectBody(org, { industry: org.industry }));
    const inbox = async () => (await org.centerLead.api.read('/api/me/inbox', InboxSchema)).approvals.find((a) => a.project.id === opened.body.id)!;
    expect((await inbox()).centerMissingFunctions).toEqual(['test', 'delivery', 'after_sales', 'custom_dev']);

    const allRounder = await moat.admin.post('/api/people', {
      name: 'all-rounder',
      email: `all-rounder.${uniqueSuffix()}@example.cn`,
      roles: ['test', 'delivery', 'after_sales', 'custom_dev'],
      deliveryCenterId: org.centerId,
    });
    expect(allRounder.status, JSON.stringify(allRounder.body)).toBe(201);
    expect(await readinessOf()).toMatchObject({ missing: [], ready: true, covered: { test: 1, custom_dev: 1 } });
    expect((await inbox()).centerMissingFunctions).toEqual([]);

    // Deactivated people do not count.
    expect((await moat.admin.post(`/api/people/${allRounder.body.id}/deactivate`, { reason: 'left the company' })).status).toBe(200);
    expect((await readinessOf()).missing).toEqual(['test', 'delivery', 'after_sales', 'custom_dev']);
  });
});

describe('the team lead of a center’s project (统一指挥, pure)', () => {
  it('is a member of the center or its lead', () => {
    const center = { id: 'c1', name: 'Finance center', leadId: 'lee' };
    expect(teamLeadRefusal(center, { id: 'tina', deliveryCenterId: 'c1' })).toBeUndefined();
    expect(teamLeadRefusal(center, { id: 'lee', deliveryCenterId: null })).toBeUndefined();
    expect(teamLeadRefusal(center, { id: 'pete', deliveryCenterId: 'c2' })).toMatch(/one of its members/);
    expect(teamLeadRefusal(center, { id: 'olga' })).toMatch(/Finance center/);
  });
});
