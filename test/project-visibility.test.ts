import { describe, expect, it } from 'vitest';
import { getPerson } from '../db/people';
import { listProjects, stageTotals, type ProjectPage } from '../db/project-list';
import { canSeeProject, viewerTree, visibleProject, visibleProjectIds, type Viewer } from '../db/visibility';
import { projectDetailFor } from '../db/project-detail';
import { projectBody, beforeAllWithMoat, uniqueSuffix, type Member, type TestMoat } from './support/moat';
import { createVisibilitySetting, type VisibilityFixture, type VisibilityOrg } from './support/visibility-org';

/** Issue 9: who sees a project, its rates and its people (domain/visibility.ts; the README's table). */

let moat: TestMoat;
let org: VisibilityOrg;
let fx: VisibilityFixture;

beforeAllWithMoat(createVisibilitySetting, (started, built) => {
  moat = started;
  ({ org, fx } = built);
});

const status = async (who: Member, path: string) => (await who.api.get(path)).status;

async function listedIds(who: Member, query = ''): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page: { status: number; body: any } = await who.api.get(`/api/projects?limit=2${query}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(page.status, JSON.stringify(page.body)).toBe(200);
    ids.push(...page.body.items.map((p: { id: string }) => p.id));
    cursor = page.body.nextCursor;
  } while (cursor);
  return ids;
}

describe('a project is seen by those who took part, their managers, its leads, directors and admins', () => {
  it('each identity reads the Beijing project or is told it does not exist, and lists exactly what it may read', async () => {
    const sees = {
      'sales owner': [org.sales, true],
      'the Beijing sales person offered the handoff': [org.sales2, true],
      'another Beijing sales person': [org.otherSales, false],
      'Shanghai sales': [org.shanghaiSales, false],
      'presales booked on it': [org.presalesP2, true],
      'presales not on it': [org.presales, false],
      'appointed team lead': [org.teamLead, true],
      'Beijing office manager (over the owner)': [org.manager, true],
      'Shanghai office manager': [org.shanghaiManager, false],
      'center lead it was dispatched to': [org.centerLead, true],
      'hotline lead (a tier A project is not the hotline’s)': [org.hotlineLead, false],
      'the office’s delivery person (tier A: the team lead signs)': [org.delivery, false],
      director: [org.director, true],
    } as const;
    for (const [who, [member, visible]] of Object.entries(sees)) {
      expect(await status(member, `/api/projects/${fx.projectId}`), who).toBe(visible ? 200 : 404);
      expect((await listedIds(member)).includes(fx.projectId), who).toBe(visible);
    }
    expect((await moat.admin.get(`/api/projects/${fx.projectId}`)).status).toBe(200);
  });

  it('a Beijing sales person sees none of Shanghai’s projects, on any route that names one', async () => {
    expect(await listedIds(org.sales)).not.toContain(fx.shanghaiProjectId);
    expect(await listedIds(org.manager)).not.toContain(fx.shanghaiProjectId);
    for (const path of ['', '/scoring', '/live']) {
      expect(await status(org.sales, `/api/projects/${fx.shanghaiProjectId}${path}`), path).toBe(404);
    }
    const missing = await org.sales.api.get(`/api/projects/${fx.shanghaiProjectId}`);
    const none = await org.sales.api.get('/api/projects/00000000-0000-4000-8000-00000000abcd');
    expect(missing.body.error.code).toBe(none.body.error.code);
    // Commands too, whatever their body: an outsider learns nothing from a 400 either.
    const advance = await org.sales.api.post(`/api/projects/${fx.shanghaiProjectId}/advance`, { bogus: true });
    expect(advance.status).toBe(404);
    expect(await listedIds(org.shanghaiManager)).toContain(fx.shanghaiProjectId);
    expect(await listedIds(org.shanghaiManager)).not.toContain(fx.projectId);
  });

  it('handoffs, approvals and resource requests follow their project', async () => {
    for (const path of [`/api/handoffs/${fx.handoffId}`, `/api/approvals/${fx.pendingApprovalId}`, `/api/resource-requests/${fx.pendingRequestId}`, `/api/resource-requests/${fx.pendingRequestId}/candidates`]) {
      expect(await status(org.teamLead, path), path).toBe(200);
      expect(await status(org.otherSales, path), path).toBe(404);
      expect(await status(org.shanghaiSales, path), path).toBe(404);
    }
    // A nominee sees what they are offered; someone who sees the project but may not act is refused, not hidden.
    expect(await status(org.sales2, `/api/handoffs/${fx.handoffId}`)).toBe(200);
    expect((await org.presalesP2.api.post(`/api/projects/${fx.projectId}/advance`, {})).status).toBe(403);
  });

  it('the hotline lead sees the tier E and channel projects of the offices it serves, and no others', async () => {
    const small = await org.sales.api.post('/api/projects', projectBody(org, { expectedValue: { amount: 10_000_000, currency: 'CNY' } }));
    expect(small.status, JSON.stringify(small.body)).toBe(201);
    expect(small.body.tier).toBe('E');
    const channel = await org.sales.api.post('/api/projects', projectBody(org, { channel: true, expectedValue: { amount: 300_000_000, currency: 'CNY' } }));
    expect(channel.status, JSON.stringify(channel.body)).toBe(201);
    const inShanghai = await org.shanghaiSales.api.post(
      '/api/projects',
      projectBody(org, { officeId: org.shanghaiOfficeId, salesOwnerId: org.shanghaiSales.id, expectedValue: { amount: 10_000_000, currency: 'CNY' } }),
    );
    expect(inShanghai.status).toBe(201);
    const listed = await listedIds(org.hotlineLead);
    expect(listed).toContain(small.body.id);
    expect(listed).toContain(channel.body.id);
    expect(listed).not.toContain(inShanghai.body.id);
    expect(listed).not.toContain(fx.projectId);
    // The office's delivery person signs feasibility on these paths, so sees them.
    expect(await status(org.delivery, `/api/projects/${small.body.id}`)).toBe(200);
  });

  it('a delegate sees what the person they act for sees, only while the delegation runs', async () => {
    expect(await status(org.presales, `/api/projects/${fx.projectId}`)).toBe(404);
    const from = new Date(Date.now() - 60_000).toISOString();
    const until = new Date(Date.now() + 3_600_000).toISOString();
    expect((await org.teamLead.api.put('/api/me/delegation', { delegateId: org.presales.id, from, until })).status).toBe(200);
    try {
      expect(await status(org.presales, `/api/projects/${fx.projectId}`)).toBe(200);
      expect(await listedIds(org.presales)).toContain(fx.projectId);
    } finally {
      await org.teamLead.api.request('DELETE', '/api/me/delegation');
    }
    expect(await status(org.presales, `/api/projects/${fx.projectId}`)).toBe(404);
  });

  it('a delivery center’s page names only the projects the reader may see, and rate levels as the rules say', async () => {
    const center = async (who: Member) => {
      const reply = await who.api.get(`/api/delivery-centers/${org.centerId}`);
      expect(reply.status).toBe(200);
      const members = Object.values(reply.body.members as Record<string, Array<{ id: string; rateLevel: string | null }>>).flat();
      return { served: reply.body.projectsServed.map((p: { id: string }) => p.id), p3: members.find((m) => m.id === org.presalesP3.id)?.rateLevel };
    };
    expect(await center(org.sales)).toMatchObject({ p3: null });
    expect((await center(org.sales)).served).toContain(fx.projectId);
    expect((await center(org.otherSales)).served).not.toContain(fx.projectId);
    expect((await center(org.otherSales)).served).not.toContain(fx.shanghaiProjectId);
    expect(await center(org.director)).toMatchObject({ p3: 'P3' });
    expect((await center(org.director)).served).toEqual(expect.arrayContaining([fx.projectId, fx.shanghaiProjectId]));
  });

  it('filters and paging apply within what one may see', async () => {
    const all = await listedIds(org.director, '&tier=A');
    const mine = await listedIds(org.sales, '&tier=A');
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((id) => all.includes(id))).toBe(true);
    expect(all).toContain(fx.shanghaiProjectId);
    expect(mine).not.toContain(fx.shanghaiProjectId);
  });
});

describe('the rule read three ways (db/visibility.ts): row by row, the viewer’s projects collected by index, one project by its id', () => {
  const everyone = () => [org.sales, org.sales2, org.otherSales, org.shanghaiSales, org.presales, org.presalesP2, org.teamLead, org.manager,
    org.shanghaiManager, org.centerLead, org.hotlineLead, org.delivery];
  const viewerOf = async (member: Member): Promise<Viewer> => (await getPerson(moat.pool, member.id))!;

  const byRow = async (viewer: Viewer) =>
    (await moat.pool.query<{ id: string }>(`with recursive ${viewerTree('$1')} select p.id from projects p where ${visibleProject('p', '$1')} order by p.id`, [viewer.id])).rows.map((r) => r.id);

  it('all three find the same projects for every identity, with and without a delegation in force', async () => {
    const byIndex = async (viewer: Viewer) =>
      (await moat.pool.query<{ id: string }>(`with recursive ${viewerTree('$1')}, v(id) as (${visibleProjectIds('$1')}) select id from v order by id`, [viewer.id])).rows.map((r) => r.id);
    // Each project checked alone, as a route's visibility check does (the manager tree read upwards from its people).
    const oneByOne = async (viewer: Viewer) => {
      const { rows: projects } = await moat.pool.query<{ id: string }>('select id from projects order by id');
      const seen: string[] = [];
      for (const { id } of projects) if (await canSeeProject(moat.pool, viewer, id)) seen.push(id);
      return seen;
    };
    const compare = async () => {
      for (const member of everyone()) {
        const viewer = await viewerOf(member);
        const seen = await byRow(viewer);
        expect(await byIndex(viewer), member.id).toEqual(seen);
        expect(await oneByOne(viewer), `${member.id}, one project at a time`).toEqual(seen);
      }
    };
    await compare();
    expect(await byRow(await viewerOf(org.sales))).toContain(fx.projectId);
    const from = new Date(Date.now() - 60_000).toISOString();
    const until = new Date(Date.now() + 3_600_000).toISOString();
    expect((await org.teamLead.api.put('/api/me/delegation', { delegateId: org.presales.id, from, until })).status).toBe(200);
    try {
      expect(await byIndex(await viewerOf(org.presales))).toContain(fx.projectId);
      await compare();
    } finally {
      await org.teamLead.api.request('DELETE', '/api/me/delegation');
    }
  });

  it('two levels down the manager tree: the manager above both sees the project, its rates, one project at a time as in a list', async () => {
    // A team under the Beijing office manager: a lead, a senior under them, and the senior's junior, who owns a project.
    const tag = uniqueSuffix();
    const person = async (name: string, managerId: string): Promise<Member> => {
      const created = (await moat.admin.post('/api/people', { name, email: `${name}.${tag}@example.cn`, roles: ['sales'], managerId, officeId: org.officeId })).body as { id: string; token: string };
      return { id: created.id, token: created.token, api: moat.api.as(created.token) };
    };
    const lead = await person('team-lead-of-sales', org.manager.id);
    const senior = await person('senior-sales', lead.id);
    const junior = await person('junior-sales', senior.id);
    const opened = await junior.api.post('/api/projects', projectBody(org, { salesOwnerId: junior.id, industry: org.industry }));
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    const projectId = (opened.body as { id: string }).id;
    for (const [member, sees] of [[lead, true], [senior, true], [junior, true], [org.otherSales, false], [org.shanghaiManager, false]] as const) {
      const viewer = await viewerOf(member);
      expect(await canSeeProject(moat.pool, viewer, projectId), member.id).toBe(sees);
      expect((await byRow(viewer)).includes(projectId), `${member.id} in a list`).toBe(sees);
      expect(await status(member, `/api/projects/${projectId}`)).toBe(sees ? 200 : 404);
    }
    const sightOf = async (member: Member) => (await projectDetailFor(moat.pool, projectId, await viewerOf(member)))!.sight;
    expect((await sightOf(lead)).seesRateOf(junior.id), 'the junior is below the lead').toBe(true);
    expect((await sightOf(senior)).seesRateOf(junior.id)).toBe(true);
    expect((await sightOf(junior)).seesRateOf(lead.id), 'the lead is above the junior, not below').toBe(false);
  });

  it('a page read by key, or found after a walk of one project, page by page, is the page a long walk finds', async () => {
    const pages = async (viewer: Viewer, page: Omit<ProjectPage, 'limit' | 'after'>, limit: number) => {
      const ids: string[] = [];
      let after: ProjectPage['after'];
      for (;;) {
        const items = await listProjects(moat.pool, viewer, { ...page, limit, after });
        ids.push(...items.map((p) => p.id));
        if (items.length < limit) return ids;
        after = { createdAt: items[limit - 1]!.createdAt, id: items[limit - 1]!.id };
      }
    };
    for (const member of everyone()) {
      const viewer = await viewerOf(member);
      for (const filter of [{}, { tier: 'A' as const }, { status: 'open' }]) {
        const whole = await pages(viewer, { ...filter, read: 'walk' }, 1_000);
        const ways: Array<Omit<ProjectPage, 'limit' | 'after'>> = [{ read: 'walk', walk: 1 }, { read: 'walk', walk: 2 }, { read: 'byKey' }, {}];
        for (const way of ways) expect(await pages(viewer, { ...filter, ...way }, 2), `${member.id} ${JSON.stringify(filter)} ${JSON.stringify(way)}`).toEqual(whole);
        expect(await stageTotals(moat.pool, viewer, filter, 'byKey'), `${member.id} board`).toEqual(await stageTotals(moat.pool, viewer, filter, 'walk'));
      }
    }
  });
});

describe('rates and costs: the person, their managers, the approver, directors and admins', () => {
  const booking = async (who: Member) => {
    const reply = await who.api.get(`/api/projects/${fx.projectId}`);
    expect(reply.status).toBe(200);
    const booked = reply.body.bookings.find((b: { personId: string }) => b.personId === org.presalesP2.id);
    const event = reply.body.timeline.find((e: { type: string }) => e.type === 'booking_made');
    const ledger = reply.body.ledger.find((l: { bookingId: string }) => l.bookingId === booked.id);
    return { rate: booked.rate, planned: booked.planned, eventRate: event.data.booking.rate, ledgerAmount: ledger.amount };
  };

  it('the sales owner and the office manager see the booking but not its price; the person, the approver and directors do', async () => {
    for (const who of [org.sales, org.manager, org.centerLead]) {
      expect(await booking(who)).toEqual({ rate: null, planned: null, eventRate: null, ledgerAmount: null });
    }
    for (const who of [org.presalesP2, org.teamLead, org.director]) {
      const seen = await booking(who);
      expect(seen.rate).toMatchObject({ currency: 'CNY' });
      expect(seen.rate.amount).toBeGreaterThan(0);
      expect(seen.eventRate).toEqual(seen.rate);
      expect(seen.ledgerAmount.amount).toBe(seen.planned.amount);
    }
    // The project's own totals are the project's, seen by all who see it.
    expect((await org.sales.api.get(`/api/projects/${fx.projectId}`)).body.committed.amount).toBeGreaterThan(0);
  });

  it('the running workflow’s unredacted state is for directors and admins', async () => {
    expect(await status(org.sales, `/api/projects/${fx.projectId}/live`)).toBe(403);
    expect(await status(org.director, `/api/projects/${fx.projectId}/live`)).toBe(200);
  });

  it('the directory shows everyone to everyone, a rate level only to the person, their managers, directors and admins', async () => {
    const level = async (who: Member, personId: string) => {
      const reply = await who.api.get(`/api/people/${personId}`);
      expect(reply.status).toBe(200);
      expect(JSON.stringify(reply.body)).not.toMatch(/token/i);
      return reply.body.rateLevel;
    };
    expect(await level(org.sales, org.presalesP2.id)).toBeNull();
    expect(await level(org.presalesP2, org.presalesP2.id)).toBe('P2');
    expect(await level(org.director, org.presalesP2.id)).toBe('P2');
    expect(await level(org.teamLead, org.presalesP2.id)).toBeNull();
    const listed = await org.shanghaiSales.api.get('/api/people');
    expect(listed.body.items.find((p: { id: string }) => p.id === org.presalesP2.id)).toMatchObject({ name: 'presales-p2', rateLevel: null });
  });
});
