import { describe, expect, it } from 'vitest';
import { projectBody, scoreEveryone, beforeAllWithMoat, type Member } from './support/moat';
import { createVisibilitySetting, type VisibilityFixture, type VisibilityOrg } from './support/visibility-org';

/** GET /api/projects/:id/actions: what the caller may do now, from the running workflow's state (domain/available-actions.ts). */

let org: VisibilityOrg;
let fx: VisibilityFixture;

beforeAllWithMoat(createVisibilitySetting, (_, built) => {
  ({ org, fx } = built);
});

async function actionsOf(who: Member, projectId: string): Promise<Array<{ action: string } & Record<string, unknown>>> {
  const reply = await who.api.get(`/api/projects/${projectId}/actions`);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return reply.body.actions;
}

const names = (actions: Array<{ action: string }>) => actions.map((a) => a.action).sort();

describe('what each person may do on an open project', () => {
  it('the owner, the booked presales person, the team lead, the center lead and a director each get their own', async () => {
    const owner = await actionsOf(org.sales, fx.projectId);
    // A handoff is pending (to the second sales person): no new one, and no advance until it is answered.
    expect(names(owner)).toEqual(['changeCommitments', 'close', 'recordTime', 'requestResource', 'rescoreQuality']);
    expect(owner).toContainEqual({ action: 'close', canWin: false });
    expect(names(await actionsOf(org.presalesP2, fx.projectId))).toEqual(['recordTime']);
    // 统一指挥: the team lead raises and assigns requests and names the team.
    expect(names(await actionsOf(org.teamLead, fx.projectId))).toEqual(['nameTeam', 'requestResource', 'signFeasibility']);
    expect(await actionsOf(org.centerLead, fx.projectId)).toEqual([]);
    expect(names(await actionsOf(org.director, fx.projectId))).toEqual(expect.arrayContaining(['extendDeadline', 'overrideTier', 'reassign', 'setBudget']));
  });

  it('follows the project: once the handoff is declined the owner may advance, naming a presales nominee', async () => {
    expect((await org.sales2.api.post(`/api/handoffs/${fx.handoffId}/decline`, { reason: 'busy' })).status).toBe(200);
    const owner = await actionsOf(org.sales, fx.projectId);
    expect(owner).toContainEqual({ action: 'advance', nextStage: 'discovery', nomineeRole: 'presales' });
    expect(owner).toContainEqual({ action: 'proposeHandoff', role: 'sales' });
    // The listed advance goes through when done as the action says.
    const advanced = await org.sales.api.post(`/api/projects/${fx.projectId}/advance`, { nomineeId: org.presalesP2.id });
    expect(advanced.status, JSON.stringify(advanced.body)).toBe(200);
    expect(names(await actionsOf(org.sales, fx.projectId))).not.toContain('advance');
  });

  it('is as secret as the project: 404 for who may not see it', async () => {
    expect((await org.shanghaiSales.api.get(`/api/projects/${fx.projectId}/actions`)).status).toBe(404);
    expect((await org.sales.api.get(`/api/projects/00000000-0000-4000-8000-000000000000/actions`)).status).toBe(404);
  });
});

describe('after close', () => {
  it('the owner scores while scores are owed; then only a director may correct a won deal’s value', async () => {
    const created = await org.sales.api.post('/api/projects', projectBody(org, { industry: org.industry }));
    const id = created.body.id;
    await org.centerLead.api.post(`/api/projects/${id}/dispatch`, { teamLeadId: org.teamLead.id });
    expect((await org.sales.api.post(`/api/projects/${id}/close`, { outcome: 'lost', reason: 'no budget' })).status).toBe(200);
    const owed = await actionsOf(org.sales, id);
    expect(names(owed)).toEqual(['score']);
    expect((owed[0]!.missing as string[]).length).toBeGreaterThan(0);
    await scoreEveryone(org.sales.api, id);
    expect(await actionsOf(org.sales, id)).toEqual([]);
    // Lost: nothing to correct, not even for a director.
    expect(await actionsOf(org.director, id)).toEqual([]);
  });
});
