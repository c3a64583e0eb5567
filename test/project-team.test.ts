import { describe, expect, it } from 'vitest';
import { createMatchOrg, type MatchOrg } from './support/match-org';
import { beforeAllWithMoat, projectBody, readProject, type TestMoat } from './support/moat';

/**
 * 统一指挥 through the API: on a tier A project the delivery team lead appointed at dispatch raises resource requests
 * and assigns people at once, names the project team, and the manager of office staff booked onto it is told.
 */

let moat: TestMoat;
let org: MatchOrg & { industry: string };
let projectId: string;

beforeAllWithMoat(
  async (started) => {
    const built = await createMatchOrg(started);
    const opened = await built.sales.api.post('/api/projects', projectBody(built, { industry: built.industry }));
    expect(opened.body.tier).toBe('A');
    expect((await built.centerLead.api.post(`/api/projects/${opened.body.id}/dispatch`, { teamLeadId: built.teamLead.id })).status).toBe(200);
    return { built, id: opened.body.id as string };
  },
  (started, { built, id }) => {
    moat = started;
    org = built;
    projectId = id;
  },
);

const request = (body: Record<string, unknown>) =>
  org.teamLead.api.post(`/api/projects/${projectId}/resource-requests`, { role: 'presales', skills: [], days: 2, note: 'solution workshop', ...body });

describe('统一指挥: the team lead in command of an A/B project', () => {
  it('assigns a center member at once, and an office person with a reason, their manager told rather than asked', async () => {
    const member = await request({ personId: org.presalesP3.id });
    expect(member.status, JSON.stringify(member.body)).toBe(201);
    expect(member.body).toMatchObject({ status: 'booked', requestedById: org.teamLead.id, personId: org.presalesP3.id });

    const office = await request({ personId: org.presalesP2.id, note: 'the only one who knows their core banking' });
    expect(office.status, JSON.stringify(office.body)).toBe(201);
    expect(office.body.status).toBe('booked');
    const project = await readProject(org.teamLead.api, projectId);
    expect(project.bookings.map((b) => b.personId).sort()).toEqual([org.presalesP2.id, org.presalesP3.id].sort());
    const approval = project.approvals.find((a) => a.requestId === office.body.id)!;
    expect(approval).toMatchObject({ status: 'approved', decidedById: org.teamLead.id });

    // presalesP2's manager (the director in this organisation) is told; the center member's manager is not.
    const told = await moat.pool.query(`select person_id from notifications where kind = 'staff_booked' and project_id = $1`, [projectId]);
    expect(told.rows).toEqual([{ person_id: org.director.id }]);

    const unnamed = await request({});
    expect(unnamed.body.status, 'without a person it waits for the team lead to choose one').toBe('pending');
    expect((await org.presales.api.post(`/api/projects/${projectId}/resource-requests`, { role: 'presales', skills: [], days: 1, note: 'x' })).status).toBe(404);
  });

  it('names the project team, who then see the project; only the team lead does', async () => {
    const put = (who: typeof org.teamLead, body: unknown) => who.api.put(`/api/projects/${projectId}/team`, body);
    expect((await org.presales2.api.get(`/api/projects/${projectId}`)).status).toBe(404);
    expect((await put(org.sales, { memberIds: [org.presales2.id], reason: 'x' })).status).toBe(403);
    const unknown = await put(org.teamLead, { memberIds: ['00000000-0000-4000-8000-0000000000ff'], reason: 'x' });
    expect([unknown.status, unknown.body.error.details]).toEqual([400, [{ path: 'body.memberIds.0', message: 'not found' }]]);

    const named = await put(org.teamLead, { memberIds: [org.presales2.id], reason: 'joins for the proof of concept' });
    expect(named.status, JSON.stringify(named.body)).toBe(200);
    const team = named.body.team.map((m: { personId: string; lead: boolean; named: boolean }) => [m.personId, m.lead, m.named]);
    expect(team).toContainEqual([org.teamLead.id, true, false]);
    expect(team).toContainEqual([org.presales2.id, false, true]);
    expect(team).toContainEqual([org.presalesP3.id, false, false]);
    expect((await org.presales2.api.get(`/api/projects/${projectId}`)).status).toBe(200);
    const notices = (await org.presales2.api.get('/api/me/notifications')).body.items;
    expect(notices.filter((n: { kind: string }) => n.kind === 'team_named')).toHaveLength(1);

    const actions = (await org.teamLead.api.get(`/api/projects/${projectId}/actions`)).body.actions;
    expect(actions).toContainEqual({ action: 'nameTeam' });
    expect(actions).toContainEqual({ action: 'requestResource', assignsDirectly: true });
  });
});
