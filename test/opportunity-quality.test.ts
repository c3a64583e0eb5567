import { describe, expect, it } from 'vitest';
import { CNY, yuan } from './support/amounts';
import { createMatchOrg, type MatchOrg } from './support/match-org';
import { beforeAllWithMoat, projectBody, readProject, type TestMoat } from './support/moat';
import { advance } from './support/walk';

/** 商机质量 through the API: quality scored at opening moves the tier; a re-score at a gate re-routes dispatch and budget. */

let org: MatchOrg & { industry: string };

beforeAllWithMoat(
  (moat: TestMoat) => createMatchOrg(moat),
  (_, built) => {
    org = built;
  },
);

const strong = { winProbability: 5, strategicValue: 5, competitivePosition: 4, customerImportance: 5 };
const weak = { winProbability: 1, strategicValue: 2, competitivePosition: 1, customerImportance: 2 };

describe('商机质量: opportunity quality in the tier', () => {
  it('lifts a C-value deal to B at opening, and a re-score at the next gate lowers it to D, re-dispatched and re-budgeted', async () => {
    const opened = await org.sales.api.post('/api/projects', projectBody(org, { industry: org.industry, expectedValue: CNY(yuan(1_500_000)), quality: strong }));
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    expect(opened.body).toMatchObject({ tier: 'B', quality: { factors: strong, score: 4.8 } });
    const id: string = opened.body.id;
    const dispatchB = (await readProject(org.sales.api, id)).approvals.find((a) => a.kind === 'dispatch')!;
    expect(dispatchB.approverId).toBe(org.centerLead.id);

    const rescore = (who: typeof org.sales, factors: object, reason = 'the sponsor left') => who.api.post(`/api/projects/${id}/quality`, { factors, reason });
    expect((await rescore(org.sales, weak)).status, 'scored at this gate already, when opening').toBe(409);
    expect((await rescore(org.manager, weak)).status).toBe(403);
    const invalid = await rescore(org.sales, { ...weak, winProbability: 7 });
    expect([invalid.status, invalid.body.error.details[0].path]).toEqual([400, 'body.factors.winProbability']);

    await advance(org.sales, id, org.presales);
    const lowered = await rescore(org.presales, weak);
    expect(lowered.status, JSON.stringify(lowered.body)).toBe(200);
    expect(lowered.body).toMatchObject({ tier: 'D', quality: { score: 1.4 } });
    const project = await readProject(org.sales.api, id);
    expect(project.approvals.find((a) => a.id === dispatchB.id)).toMatchObject({ status: 'cancelled' });
    const dispatchD = project.approvals.find((a) => a.kind === 'dispatch' && a.status === 'pending')!;
    expect(dispatchD.approverKind).toBe('office_manager');
    const rescored = project.timeline.find((e) => e.type === 'quality_rescored')!;
    expect(rescored.data).toMatchObject({ from: 'B', to: 'D', stage: 'discovery', reason: 'the sponsor left' });
    expect(project.timeline.some((e) => e.type === 'budget_set' && String(e.data.reason).startsWith('opportunity quality re-scored B → D'))).toBe(true);
    expect((await rescore(org.presales, strong)).status, 'once per gate').toBe(409);
  });
});
