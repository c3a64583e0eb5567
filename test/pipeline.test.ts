import { beforeAll, describe, expect, it } from 'vitest';
import { ProjectDetailSchema, type ProjectSummary } from '../db/read-models';
import { DEFAULT_POLICY } from '../domain/policy';
import { CNY, yuan } from './support/amounts';
import { projectBody, readProject, beforeAllWithMoat, type Member } from './support/moat';
import { createVisibilitySetting, type VisibilityFixture, type VisibilityOrg } from './support/visibility-org';

/** The pipeline board (GET /api/pipeline) and the new-project preview (POST /api/projects/preview) the console uses. */

let org: VisibilityOrg;
let fx: VisibilityFixture;
/** A second, smaller Beijing project (tier C), advanced nowhere. */
let small: ProjectSummary;

interface Column {
  stage: string;
  label: string;
  count: number;
  expectedValue: Array<{ amount: number; currency: string; capped: boolean }>;
}

beforeAllWithMoat(createVisibilitySetting, (_, built) => {
  ({ org, fx } = built);
});

beforeAll(async () => {
  const created = await org.sales.api.post('/api/projects', projectBody(org, { industry: org.industry, expectedValue: CNY(yuan(1_500_000)) }));
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  small = created.body;
});


async function board(who: Member, query: string): Promise<Column[]> {
  const reply = await who.api.get(`/api/pipeline?${query}`);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return reply.body.stages;
}

async function listAll(who: Member, query: string): Promise<ProjectSummary[]> {
  const items: ProjectSummary[] = [];
  let cursor: string | null = null;
  do {
    const page: { status: number; body: { items: ProjectSummary[]; nextCursor: string | null } } = await who.api.get(`/api/projects?limit=50&${query}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(page.status, JSON.stringify(page.body)).toBe(200);
    items.push(...page.body.items);
    cursor = page.body.nextCursor;
  } while (cursor);
  return items;
}

/** What the board should say, worked out from the list with the same filters. */
function columnsFromList(items: ProjectSummary[]): Record<string, { count: number; amount: number }> {
  const out: Record<string, { count: number; amount: number }> = {};
  for (const item of items) {
    const column = (out[item.stage] ??= { count: 0, amount: 0 });
    column.count += 1;
    column.amount += item.expectedValue.amount;
  }
  return out;
}

describe('the pipeline board', () => {
  it('has a column per stage of the current policy, in order, whose counts and values are those of the list', async () => {
    const query = `officeId=${org.officeId}`;
    const columns = await board(org.director, query);
    expect(columns.map((c) => c.stage)).toEqual(DEFAULT_POLICY.pipeline.stages.map((s) => s.key));
    expect(columns[0]!.label).toBe(DEFAULT_POLICY.pipeline.stages[0]!.label);
    const expected = columnsFromList(await listAll(org.director, `${query}&status=open`));
    expect(Object.values(expected).reduce((n, c) => n + c.count, 0)).toBe(2);
    for (const column of columns) {
      const want = expected[column.stage];
      expect(column.count, column.stage).toBe(want?.count ?? 0);
      expect(column.expectedValue, column.stage).toEqual(want ? [{ amount: want.amount, currency: 'CNY', capped: false }] : []);
    }
  });

  it('filters by tier, industry, owner and status, as the list does', async () => {
    const total = (columns: Column[]) => columns.reduce((n, c) => n + c.count, 0);
    const base = `officeId=${org.officeId}`;
    expect(total(await board(org.director, `${base}&tier=${small.tier}`))).toBe(1);
    expect(total(await board(org.director, `${base}&industry=${org.industry.toUpperCase()}`))).toBe(2);
    expect(total(await board(org.director, `${base}&industry=retail`))).toBe(0);
    expect(total(await board(org.director, `${base}&ownerId=${org.sales.id}`))).toBe(2);
    expect(total(await board(org.director, `${base}&status=won`))).toBe(0);
    expect((await org.director.api.get(`/api/pipeline?tier=Z`)).status).toBe(400);
    expect((await org.director.api.get(`/api/pipeline?officeId=nope`)).status).toBe(400);
  });

  it('counts only what the viewer may see', async () => {
    const total = async (who: Member, query = '') => (await board(who, query)).reduce((n, c) => n + c.count, 0);
    // Shanghai's sales person sees Shanghai's project and nothing of Beijing's.
    expect(await total(org.shanghaiSales, `officeId=${org.officeId}`)).toBe(0);
    expect(await total(org.shanghaiSales)).toBe(1);
    // The second sales person of Beijing was offered a handoff on the tier A project, not the small one.
    expect(await total(org.sales2)).toBe(1);
    expect(await total(org.otherSales)).toBe(0);
    expect(await total(org.sales)).toBe(2);
  });

  it('shows how far the current stage has escalated: none yet on a fresh project', async () => {
    const listed = await listAll(org.sales, `officeId=${org.officeId}`);
    expect(listed.find((p) => p.id === small.id)?.stageEscalation).toBeNull();
    expect((await readProject(org.sales.api, fx.projectId)).stageEscalation).toBeNull();
  });
});

describe('previewing a new project', () => {
  it('answers the tier, budget and dispatcher the project then gets, and creates nothing', async () => {
    const body = projectBody(org, { industry: org.industry, name: 'Previewed core banking' });
    const before = await listAll(org.sales, `officeId=${org.officeId}`);
    const preview = await org.sales.api.post('/api/projects/preview', body);
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body).toMatchObject({ tier: 'A', dispatch: { kind: 'delivery_center_lead', personId: org.centerLead.id } });
    expect(preview.body.tierReason).toEqual(expect.any(String));
    expect(await listAll(org.sales, `officeId=${org.officeId}`)).toHaveLength(before.length);

    const opened = await org.sales.api.post('/api/projects', body);
    expect(opened.status).toBe(201);
    const project = await org.director.api.read(`/api/projects/${opened.body.id}`, ProjectDetailSchema);
    expect(project.tier).toBe(preview.body.tier);
    expect(project.budget).toEqual(preview.body.budget);
    expect(project.policyVersion).toBe(preview.body.policyVersion);
    expect(project.approvals.find((a) => a.kind === 'dispatch')).toMatchObject({ approverId: preview.body.dispatch.personId, approverLabel: preview.body.dispatch.label });
  });

  it('a small channel deal goes to the hotline or the office, as its tier says', async () => {
    const preview = await org.sales.api.post('/api/projects/preview', projectBody(org, { expectedValue: CNY(yuan(50_000)), channel: true }));
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(['D', 'E']).toContain(preview.body.tier);
    expect(preview.body.dispatch.kind).toMatch(/hotline_lead|office_manager/);
  });

  it('refuses what opening would refuse, field by field, and people who may not open projects', async () => {
    const usd = await org.sales.api.post('/api/projects/preview', projectBody(org, { expectedValue: { amount: 100, currency: 'USD' } }));
    expect(usd.status).toBe(400);
    expect(usd.body.error.details[0].path).toBe('body.expectedValue.currency');
    const noName = await org.sales.api.post('/api/projects/preview', projectBody(org, { name: '' }));
    expect(noName.status).toBe(400);
    expect(noName.body.error.details.map((d: { path: string }) => d.path)).toContain('body.name');
    const nowhere = await org.sales.api.post('/api/projects/preview', projectBody(org, { officeId: '00000000-0000-4000-8000-000000000000' }));
    expect(nowhere.status).toBe(400);
    expect((await org.presales.api.post('/api/projects/preview', projectBody(org))).status).toBe(403);
  });
});
