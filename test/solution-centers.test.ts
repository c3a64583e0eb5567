import { describe, expect, it } from 'vitest';
import { today } from './support/amounts';
import { createMatchOrg, type MatchOrg } from './support/match-org';
import { beforeAllWithMoat, projectBody, readProject, uniqueSuffix, type Member, type TestMoat } from './support/moat';
import { walkAndWin } from './support/walk';

/**
 * 多位一体 for a key solution: a delivery center may serve a solution rather than an industry; a project naming that
 * solution is dispatched by it before its industry's center, and the revenue share is reported per solution too.
 */

let moat: TestMoat;
let org: MatchOrg & { industry: string };
let solutionLead: Member;
let solutionCenterId: string;
const solution = `core-banking-${uniqueSuffix()}`;

beforeAllWithMoat(
  async (started) => {
    const built = await createMatchOrg(started);
    const lead = await started.admin.post('/api/people', { name: 'solution lead', email: `solution-lead.${uniqueSuffix()}@example.cn`, roles: ['manager', 'delivery'] });
    expect(lead.status).toBe(201);
    const center = await started.admin.post('/api/delivery-centers', { name: `Core banking center ${uniqueSuffix()}`, solution, leadId: lead.body.id });
    expect(center.status, JSON.stringify(center.body)).toBe(201);
    return { built, lead: { id: lead.body.id, token: lead.body.token, api: started.api.as(lead.body.token) }, centerId: center.body.id as string };
  },
  (started, { built, lead, centerId }) => {
    moat = started;
    org = built;
    solutionLead = lead;
    solutionCenterId = centerId;
  },
);

describe('多位一体: centers for a key solution', () => {
  it('serves an industry or a solution, exactly one, once each', async () => {
    const create = (body: object) => moat.admin.post('/api/delivery-centers', { name: `Center ${uniqueSuffix()}`, leadId: solutionLead.id, ...body });
    expect((await create({ industry: `x-${uniqueSuffix()}`, solution: `y-${uniqueSuffix()}` })).status).toBe(400);
    expect((await create({})).status).toBe(400);
    const twice = await create({ solution });
    expect([twice.status, twice.body.error.details]).toEqual([409, [{ path: 'body.solution', message: 'one center per industry or solution' }]]);
    const listed = (await org.sales.api.get('/api/delivery-centers')).body.items.find((c: { id: string }) => c.id === solutionCenterId);
    expect(listed).toMatchObject({ industry: null, solution });
    expect((await org.director.api.get(`/api/delivery-centers/${solutionCenterId}`)).body).toMatchObject({ industry: null, solution });
    const utilization = await org.director.api.get('/api/reports/utilization?from=2026-01-01&to=2026-01-31');
    expect(utilization.body.deliveryCenters.find((c: { deliveryCenterId: string }) => c.deliveryCenterId === solutionCenterId)).toMatchObject({ industry: null, solution });
  });

  it('dispatches a project naming the solution from its center, before the industry’s; reports its revenue per solution', async () => {
    const withSolution = await org.sales.api.post('/api/projects', projectBody(org, { industry: org.industry, solution: solution.toUpperCase() }));
    expect(withSolution.status, JSON.stringify(withSolution.body)).toBe(201);
    expect(withSolution.body.solution, 'stored as the label it names, lower case').toBe(solution);
    const project = await readProject(org.sales.api, withSolution.body.id);
    expect(project.approvals.find((a) => a.kind === 'dispatch')).toMatchObject({ approverId: solutionLead.id });

    const industryOnly = await org.sales.api.post('/api/projects', projectBody(org, { industry: org.industry }));
    expect((await readProject(org.sales.api, industryOnly.body.id)).approvals.find((a) => a.kind === 'dispatch')).toMatchObject({ approverId: org.centerLead.id });

    expect((await solutionLead.api.post(`/api/projects/${withSolution.body.id}/dispatch`, { teamLeadId: solutionLead.id })).status).toBe(200);
    await walkAndWin(org, withSolution.body.id, solutionLead, 900_000_000);
    const share = await org.director.api.get(`/api/reports/revenue-share?from=${today}&to=${today}`);
    expect(share.status).toBe(200);
    expect(share.body.solutions).toContainEqual({
      solution, currency: 'CNY', revenue: 900_000_000, projects: 1, shareBasisPoints: expect.any(Number), centers: [{ id: solutionCenterId, name: expect.any(String) }],
    });
  });
});
