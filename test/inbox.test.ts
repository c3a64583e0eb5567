import { describe, expect, it } from 'vitest';
import { InboxSchema, type Inbox } from '../db/read-models';
import { CNY, yuan } from './support/amounts';
import { projectBody, scoreEveryone, beforeAllWithMoat, type Member } from './support/moat';
import { createVisibilitySetting, type VisibilityFixture, type VisibilityOrg } from './support/visibility-org';

/** 待办 (GET /api/me/inbox): waiting, decided by me, raised by me; feasibility and scores owed; why each item is mine. */

let org: VisibilityOrg;
let fx: VisibilityFixture;

beforeAllWithMoat(createVisibilitySetting, (_, built) => {
  ({ org, fx } = built);
});

const inbox = (who: Member, tab: Inbox['tab'] = 'waiting') => who.api.read(`/api/me/inbox?tab=${tab}`, InboxSchema);
const ids = (items: Array<{ id: string }>) => items.map((i) => i.id);
const projectIds = (items: Array<{ project: { id: string } }>) => items.map((i) => i.project.id);

describe('waiting', () => {
  it('the team lead: the resource request to approve, with what was asked and its project; feasibility owed on the project they lead', async () => {
    const box = await inbox(org.teamLead);
    const approval = box.approvals.find((a) => a.id === fx.pendingApprovalId);
    expect(approval).toMatchObject({
      kind: 'resource',
      status: 'pending',
      via: 'self',
      onBehalfOf: null,
      project: { id: fx.projectId, tier: 'A', stage: 'qualify', ownerId: org.sales.id, status: 'open' },
      request: { id: fx.pendingRequestId, personId: org.presalesP3.id, days: 1, requestedById: org.sales.id },
    });
    expect(box.feasibility).toEqual([{ project: expect.objectContaining({ id: fx.projectId }), via: 'self', onBehalfOf: null, signOff: null, reopened: false }]);
    expect(box.handoffs).toEqual([]);
  });

  it('the nominee: the handoff offer; the person they stand in for is marked when a delegate sees it', async () => {
    expect((await inbox(org.sales2)).handoffs).toEqual([
      expect.objectContaining({ id: fx.handoffId, via: 'self', onBehalfOf: null, waitsForNominee: null, project: expect.objectContaining({ id: fx.projectId }) }),
    ]);
    const from = new Date(Date.now() - 60_000).toISOString();
    const until = new Date(Date.now() + 3_600_000).toISOString();
    expect((await org.sales2.api.put('/api/me/delegation', { delegateId: org.otherSales.id, from, until })).status).toBe(200);
    try {
      expect((await inbox(org.otherSales)).handoffs).toEqual([expect.objectContaining({ id: fx.handoffId, via: 'delegate', onBehalfOf: org.sales2.id })]);
    } finally {
      await org.sales2.api.delete('/api/me/delegation');
    }
    expect((await inbox(org.otherSales)).handoffs).toEqual([]);
  });

  it('someone with nothing to do has an empty inbox, and a tab that does not exist is refused', async () => {
    expect(await inbox(org.shanghaiSales)).toEqual({ tab: 'waiting', handoffs: [], approvals: [], feasibility: [], scoring: [], deliveryHandoffs: [] });
    const bad = await org.sales.api.get('/api/me/inbox?tab=everything');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toMatch(/tab/);
  });

  it('feasibility on a tier C project is owed by the office’s delivery people until one of them signs it positively', async () => {
    const created = await org.sales.api.post('/api/projects', projectBody(org, { industry: org.industry, expectedValue: CNY(yuan(1_500_000)) }));
    expect(created.status).toBe(201);
    expect(created.body.tier).toBe('C');
    const id = created.body.id;
    expect(projectIds((await inbox(org.delivery)).feasibility)).toContain(id);
    expect(projectIds((await inbox(org.teamLead)).feasibility)).not.toContain(id);

    const negative = await org.delivery.api.post(`/api/projects/${id}/feasibility`, { approved: false, note: 'no integration team free' });
    expect(negative.status).toBe(201);
    const stillOwed = (await inbox(org.delivery)).feasibility.find((f) => f.project.id === id);
    expect(stillOwed?.signOff).toMatchObject({ approved: false, signedById: org.delivery.id });
    expect((await org.delivery.api.post(`/api/projects/${id}/feasibility`, { approved: true, note: 'team found' })).status).toBe(201);
    expect(projectIds((await inbox(org.delivery)).feasibility)).not.toContain(id);
    const given = (await inbox(org.delivery, 'decided')).feasibility.filter((f) => f.project.id === id);
    expect(given.map((f) => f.signOff?.approved)).toEqual([true, false]);
  });
});

describe('decided by me and raised by me', () => {
  it('the center lead decided the dispatch, the team lead the booking; the sales owner raised the requests, the dispatch and the handoff', async () => {
    const centerLead = await inbox(org.centerLead, 'decided');
    expect(centerLead.approvals).toEqual([expect.objectContaining({ kind: 'dispatch', status: 'approved', decisionPersonId: org.teamLead.id })]);
    const teamLead = await inbox(org.teamLead, 'decided');
    expect(teamLead.approvals.map((a) => [a.kind, a.status, a.request?.id])).toEqual([['resource', 'approved', fx.bookedRequestId]]);

    const raised = await inbox(org.sales, 'raised');
    expect(ids(raised.handoffs)).toContain(fx.handoffId);
    const onFixture = raised.approvals.filter((a) => a.project.id === fx.projectId);
    expect(onFixture.map((a) => a.kind).sort()).toEqual(['dispatch', 'resource', 'resource']);
    expect(onFixture.map((a) => a.request?.id).filter(Boolean).sort()).toEqual([fx.bookedRequestId, fx.pendingRequestId].sort());
    expect(raised.approvals.every((a) => a.request?.requestedById === org.sales.id || a.kind === 'dispatch')).toBe(true);
    expect(raised.feasibility).toEqual([]);
    expect(raised.scoring).toEqual([]);
    // Decided tabs show what the person decided, nothing raised by them.
    expect((await inbox(org.sales, 'decided')).approvals).toEqual([]);
  });

  it('a declined handoff moves from the nominee’s waiting tab to their decided tab', async () => {
    const created = await org.shanghaiSales.api.post(
      '/api/projects',
      projectBody(org, { officeId: org.shanghaiOfficeId, salesOwnerId: org.shanghaiSales.id, industry: org.industry }),
    );
    const offered = await org.shanghaiSales.api.post(`/api/projects/${created.body.id}/handoffs`, { toPersonId: org.shanghaiManager.id, reason: 'x' });
    // The Shanghai manager holds no sales role: the offer is refused, and nothing is waiting.
    expect(offered.status).toBe(400);
    const toManager = await org.shanghaiManager.api.post(`/api/projects/${created.body.id}/handoffs`, { toPersonId: org.sales.id, reason: 'Beijing takes it' });
    expect(toManager.status, JSON.stringify(toManager.body)).toBe(201);
    expect(ids((await inbox(org.sales)).handoffs)).toContain(toManager.body.id);
    expect((await org.sales.api.post(`/api/handoffs/${toManager.body.id}/decline`, { reason: 'no time' })).status).toBe(200);
    expect(ids((await inbox(org.sales)).handoffs)).not.toContain(toManager.body.id);
    expect((await inbox(org.sales, 'decided')).handoffs).toEqual([
      expect.objectContaining({ id: toManager.body.id, status: 'declined', decisionReason: 'no time', decidedById: org.sales.id }),
    ]);
    expect(ids((await inbox(org.shanghaiManager, 'raised')).handoffs)).toEqual([toManager.body.id]);
  });
});

describe('scores owed (主负责人打分)', () => {
  it('after a close the owner owes scores for everyone who took part; once all are given it moves to decided', async () => {
    const created = await org.sales.api.post('/api/projects', projectBody(org, { industry: org.industry }));
    const id = created.body.id;
    await org.centerLead.api.post(`/api/projects/${id}/dispatch`, { teamLeadId: org.teamLead.id });
    expect((await org.sales.api.post(`/api/projects/${id}/close`, { outcome: 'lost', reason: 'budget frozen' })).status).toBe(200);
    const owed = (await inbox(org.sales)).scoring.find((s) => s.project.id === id);
    expect(owed).toMatchObject({ via: 'self', project: { status: 'lost' } });
    expect(owed!.participants.length).toBeGreaterThan(0);
    expect(owed!.missing).toEqual(owed!.participants);
    expect(projectIds((await inbox(org.sales, 'decided')).scoring)).not.toContain(id);

    await scoreEveryone(org.sales.api, id);
    expect(projectIds((await inbox(org.sales)).scoring)).not.toContain(id);
    expect((await inbox(org.sales, 'decided')).scoring.find((s) => s.project.id === id)?.missing).toEqual([]);
  });
});

describe('notifications (GET /api/me/notifications)', () => {
  it('pages newest first, counts the unread, filters to the unread, and reading one takes it off that list', async () => {
    type Page = { items: Array<{ id: string; readAt: string | null }>; unread: number; nextCursor: string | null };
    const all: Page['items'] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: Page } = await org.sales.api.get(`/api/me/notifications?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      all.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(all.length).toBeGreaterThan(2);
    const ids = all.map((n) => BigInt(n.id));
    expect(ids).toEqual([...ids].sort((a, b) => (a > b ? -1 : 1)));
    expect(new Set(ids).size).toBe(ids.length);

    const before: Page = (await org.sales.api.get('/api/me/notifications?unread=true&limit=200')).body;
    expect(before.unread).toBe(all.filter((n) => n.readAt === null).length);
    expect(before.items.every((n) => n.readAt === null)).toBe(true);
    const first = before.items[0]!;
    expect((await org.sales.api.post(`/api/me/notifications/${first.id}/read`)).body).toEqual({ read: true });
    const after: Page = (await org.sales.api.get('/api/me/notifications?unread=true&limit=200')).body;
    expect(after.unread).toBe(before.unread - 1);
    expect(after.items.map((n) => n.id)).not.toContain(first.id);
    // Someone else's notification is not theirs to read.
    expect((await org.sales2.api.post(`/api/me/notifications/${first.id}/read`)).status).toBe(404);
    expect((await org.sales.api.get('/api/me/notifications?cursor=abc')).status).toBe(400);
  });
});
