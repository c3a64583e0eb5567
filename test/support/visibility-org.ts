import { createMatchOrg, type MatchOrg } from './match-org';
import { projectBody, uniqueSuffix, type ApiClient, type Member, type TestMoat } from './moat';

/**
 * Two offices and one project with something of everything, for the visibility tests: Beijing (the match
 * organisation's office, its delivery center and hotline) and Shanghai (a manager, a sales person and a hotline of its own).
 * Beijing's tier A project is dispatched to the center, a team lead appointed, a presales person booked, a second
 * request waiting for the team lead's approval, a handoff offered to the second sales person; Shanghai has a project of its own.
 */
export interface VisibilityOrg extends MatchOrg {
  industry: string;
  shanghaiManager: Member;
  shanghaiSales: Member;
  shanghaiOfficeId: string;
  /** A Beijing sales person with no part in the fixture's project. */
  otherSales: Member;
}

export interface VisibilityFixture {
  /** Beijing's tier A project and the things on it. */
  projectId: string;
  handoffId: string;
  bookedRequestId: string;
  pendingRequestId: string;
  pendingApprovalId: string;
  /** A notification of Beijing's sales person. */
  notificationId: string;
  shanghaiProjectId: string;
}

async function expectStatus(reply: Promise<{ status: number; body: unknown }>, status: number, what: string) {
  const answer = await reply;
  if (answer.status !== status) throw new Error(`${what}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body as Record<string, any>;
}

export async function createVisibilityOrg(moat: TestMoat): Promise<VisibilityOrg> {
  const org = await createMatchOrg(moat);
  const tag = uniqueSuffix();
  const person = async (name: string, body: Record<string, unknown>): Promise<Member> => {
    const created = await expectStatus(moat.admin.post('/api/people', { name, email: `${name}.${tag}@example.cn`, ...body }), 201, name);
    return { id: created.id, token: created.token, api: moat.api.as(created.token) };
  };
  const shanghaiManager = await person('shanghai-manager', { roles: ['manager'], managerId: org.director.id });
  const office = await expectStatus(
    moat.admin.post('/api/offices', { name: `Shanghai ${tag}`, region: 'East', managerId: shanghaiManager.id }),
    201,
    'office',
  );
  const shanghaiSales = await person('shanghai-sales', { roles: ['sales'], managerId: shanghaiManager.id, officeId: office.id });
  const shanghaiHotlineLead = await person('shanghai-hotline-lead', { roles: ['hotline', 'manager'], managerId: org.director.id });
  await expectStatus(
    moat.admin.post('/api/hotlines', { name: `Shanghai hotline ${tag}`, leadId: shanghaiHotlineLead.id, officeIds: [office.id] }),
    201,
    'hotline',
  );
  const otherSales = await person('beijing-sales', { roles: ['sales'], managerId: org.manager.id, officeId: org.officeId });
  return { ...org, shanghaiManager, shanghaiSales, shanghaiOfficeId: office.id, otherSales };
}

/** The two offices and the fixture's projects, as one setup for `beforeAllWithMoat`. */
export async function createVisibilitySetting(moat: TestMoat): Promise<{ org: VisibilityOrg; fx: VisibilityFixture }> {
  const org = await createVisibilityOrg(moat);
  return { org, fx: await createVisibilityFixture(org) };
}

export async function createVisibilityFixture(org: VisibilityOrg): Promise<VisibilityFixture> {
  const as = (member: Member): ApiClient => member.api;
  const project = await expectStatus(as(org.sales).post('/api/projects', projectBody(org, { industry: org.industry })), 201, 'open');
  await expectStatus(as(org.centerLead).post(`/api/projects/${project.id}/dispatch`, { teamLeadId: org.teamLead.id }), 200, 'dispatch');
  const booked = await expectStatus(
    as(org.sales).post(`/api/projects/${project.id}/resource-requests`, { role: 'presales', days: 2, personId: org.presalesP2.id, note: 'workshop' }),
    201,
    'request',
  );
  await expectStatus(as(org.teamLead).post(`/api/approvals/${booked.approvalId}/approve`, { comment: 'go' }), 200, 'approve');
  const pending = await expectStatus(
    as(org.sales).post(`/api/projects/${project.id}/resource-requests`, { role: 'presales', days: 1, personId: org.presalesP3.id, note: 'demo' }),
    201,
    'second request',
  );
  const handoff = await expectStatus(
    as(org.sales).post(`/api/projects/${project.id}/handoffs`, { toPersonId: org.sales2.id, reason: 'going on leave' }),
    201,
    'handoff',
  );
  const notifications = await expectStatus(as(org.sales).get('/api/me/notifications'), 200, 'notifications');
  const shanghai = await expectStatus(
    as(org.shanghaiSales).post(
      '/api/projects',
      projectBody(org, { officeId: org.shanghaiOfficeId, salesOwnerId: org.shanghaiSales.id, industry: org.industry, customerName: 'Port of Shanghai' }),
    ),
    201,
    'shanghai project',
  );
  if (!notifications.items[0]) throw new Error('Beijing sales has no notification to probe');
  return {
    projectId: project.id,
    handoffId: handoff.id,
    bookedRequestId: booked.id,
    pendingRequestId: pending.id,
    pendingApprovalId: pending.approvalId,
    notificationId: notifications.items[0].id,
    shanghaiProjectId: shanghai.id,
  };
}
