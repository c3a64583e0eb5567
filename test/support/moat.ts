import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, inject } from 'vitest';
import { installWorkerLogging } from '../../runtime/logging';
import { startMoat, type MoatOptions, type RunningMoat } from '../../runtime/system';
import { ProjectDetailSchema, ScoringSchema, type ProjectDetail } from '../../db/read-models';
import { ApiClient, type Reply } from './api-client';

export { ApiClient, type Reply };

export interface TestMoat extends RunningMoat {
  api: ApiClient;
  admin: ApiClient;
  taskQueue: string;
}

export function uniqueSuffix(): string {
  return randomBytes(4).toString('hex');
}

/** The API and (unless told otherwise) a worker, on the run's shared servers, with a task queue of their own. */
export async function startTestMoat(overrides: Partial<MoatOptions> = {}): Promise<TestMoat> {
  installWorkerLogging('WARN');
  const adminToken = `test-admin-${randomBytes(12).toString('hex')}`;
  const taskQueue = `moat-test-${uniqueSuffix()}`;
  const moat = await startMoat({
    databaseUrl: inject('databaseUrl'),
    temporalAddress: inject('temporalAddress'),
    namespace: 'default',
    taskQueue,
    apiPort: 0,
    apiHost: '127.0.0.1',
    adminToken,
    logLevel: (process.env.MOAT_TEST_LOG_LEVEL as 'silent' | undefined) ?? 'silent',
    workflowBundlePath: inject('workflowBundlePath'),
    ...overrides,
  });
  const api = new ApiClient(moat.apiUrl);
  return { ...moat, api, admin: api.as(adminToken), taskQueue };
}

export interface Member {
  id: string;
  token: string;
  api: ApiClient;
}

export interface Org {
  manager: Member;
  /** A delivery person of the office: signs feasibility on C–E projects. */
  delivery: Member;
  director: Member;
  sales: Member;
  sales2: Member;
  presales: Member;
  presales2: Member;
  outsider: Member;
  officeId: string;
}

/** A small organisation: an office whose manager manages sales and presales people (created through `moat.admin`). */
export async function createOrg(moat: Pick<TestMoat, 'api' | 'admin'>): Promise<Org> {
  const tag = uniqueSuffix();
  const person = async (name: string, roles: string[], managerId?: string, officeId?: string): Promise<Member> => {
    const reply = await moat.admin.post('/api/people', { name, email: `${name}.${tag}@example.cn`, roles, managerId, officeId });
    if (reply.status !== 201) throw new Error(`creating ${name}: ${reply.status} ${JSON.stringify(reply.body)}`);
    return { id: reply.body.id, token: reply.body.token, api: moat.api.as(reply.body.token) };
  };
  const director = await person('director', ['director', 'manager']);
  const manager = await person('manager', ['manager'], director.id);
  const office = await moat.admin.post('/api/offices', { name: `Office ${tag}`, region: 'East', managerId: manager.id });
  if (office.status !== 201) throw new Error(`creating office: ${JSON.stringify(office.body)}`);
  return {
    director,
    manager,
    sales: await person('sales', ['sales'], manager.id, office.body.id),
    sales2: await person('sales2', ['sales'], manager.id, office.body.id),
    presales: await person('presales', ['presales'], manager.id, office.body.id),
    presales2: await person('presales2', ['presales'], manager.id, office.body.id),
    outsider: await person('outsider', ['sales', 'presales']),
    delivery: await person('delivery', ['delivery'], manager.id, office.body.id),
    officeId: office.body.id,
  };
}

export function projectBody(org: Org, overrides: Record<string, unknown> = {}) {
  return {
    name: `Core banking ${uniqueSuffix()}`,
    customerName: 'Bank of the East',
    industry: 'finance',
    officeId: org.officeId,
    expectedValue: { amount: 1_200_000_000, currency: 'CNY' },
    salesOwnerId: org.sales.id,
    ...overrides,
  };
}

/**
 * What entering proposal needs (`requiresFeasibility` in the default pipeline): a positive feasibility sign-off. On the A/B path the dispatcher
 * (here any director, as the test organisation has no delivery center) appoints a team lead, who signs; on the
 * C–E path the office's delivery person signs.
 */
export async function signFeasibility(org: Org, projectId: string): Promise<void> {
  const project = await readProject(org.director.api, projectId);
  if (project.tier === 'A' || project.tier === 'B') {
    let leadId = project.dispatch.leadId;
    if (project.dispatch.status === 'pending') {
      const dispatched = await org.director.api.post(`/api/projects/${projectId}/dispatch`, { teamLeadId: org.manager.id });
      if (dispatched.status !== 200) throw new Error(`dispatch: ${JSON.stringify(dispatched.body)}`);
      leadId = org.manager.id;
    }
    const signer = leadId === org.manager.id ? org.manager : org.director;
    const signed = await signer.api.post(`/api/projects/${projectId}/feasibility`, { approved: true, note: 'delivery can ship it' });
    if (signed.status !== 201) throw new Error(`feasibility: ${JSON.stringify(signed.body)}`);
    return;
  }
  const signed = await org.delivery.api.post(`/api/projects/${projectId}/feasibility`, { approved: true, note: 'delivery can ship it' });
  if (signed.status !== 201) throw new Error(`feasibility: ${JSON.stringify(signed.body)}`);
}

/** A project as `api`'s person sees it, checked against its read model. */
export function readProject(api: ApiClient, projectId: string): Promise<ProjectDetail> {
  return api.read(`/api/projects/${projectId}`, ProjectDetailSchema);
}

/** The primary owner scores everyone still missing (4, "solid work"), completing the project's scoring. */
export async function scoreEveryone(scorer: ApiClient, projectId: string): Promise<void> {
  const scoring = await scorer.read(`/api/projects/${projectId}/scoring`, ScoringSchema);
  if (scoring.status !== 'open' || scoring.missing.length === 0) return;
  const reply = await scorer.post(`/api/projects/${projectId}/scores`, {
    scores: scoring.missing.map((personId) => ({ personId, score: 4, comment: 'solid work' })),
  });
  if (reply.status !== 200) throw new Error(`scores: ${JSON.stringify(reply.body)}`);
}

/**
 * A careful client: retries with the same Idempotency-Key while Moat answers 503 (a dependency did not answer in
 * time) or 409 `in_progress` (the first attempt's claim has not run out), waiting as `Retry-After` says.
 */
export async function retryingWhileUnavailable<T>(send: () => Promise<Reply<T>>, attempts = 30): Promise<Reply<T>> {
  for (let attempt = 1; ; attempt++) {
    const reply = await send();
    const body = reply.body as { error?: { code?: string } } | undefined;
    const retryable = reply.status === 503 || (reply.status === 409 && body?.error?.code === 'in_progress');
    if (!retryable || attempt >= attempts) return reply;
    const seconds = Number(reply.headers.get('retry-after') ?? '1');
    await new Promise((resolve) => setTimeout(resolve, Math.min(Math.max(seconds, 0.2), 5) * 1000));
  }
}

/**
 * The setup of a test file or `describe` that keeps what it builds in variables of its own: in `beforeAll` an API and
 * worker of its own, then `setup` on them, both handed to `ready`; stopped in `afterAll`.
 */
export function beforeAllWithMoat<T>(setup: (moat: TestMoat) => Promise<T>, ready: (moat: TestMoat, built: T) => void, overrides: Partial<MoatOptions> = {}): void {
  let started: TestMoat | undefined;
  beforeAll(async () => {
    started = await startTestMoat(overrides);
    ready(started, await setup(started));
  });
  afterAll(async () => {
    await started?.stop();
  });
}

/**
 * The usual setup of a test file or `describe`: an API and worker of its own and a fresh organisation, ready in
 * `beforeAll` and stopped in `afterAll`. Read them as `ctx.moat` and `ctx.org` inside tests.
 */
export function withMoatAndOrg(overrides: Partial<MoatOptions> = {}): { moat: TestMoat; org: Org } {
  const ctx = {} as { moat: TestMoat; org: Org };
  beforeAll(async () => {
    ctx.moat = await startTestMoat(overrides);
    ctx.org = await createOrg(ctx.moat);
  });
  afterAll(async () => {
    await ctx.moat?.stop();
  });
  return ctx;
}
