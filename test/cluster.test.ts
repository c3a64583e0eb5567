import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type Cluster } from '../deploy/cluster';

/**
 * The production shape as `npm run cluster` starts it (deploy/cluster.ts): Postgres, the real Temporal server on it,
 * two APIs and two workers as `npm run start:*` processes. Its processes hold no state: with a worker and an API
 * killed (and not started again), the others carry every command.
 */

let cluster: Cluster;
let dir: string;
const adminToken = 'cluster-test-admin-token-0123456789';
const lines: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'moat-cluster-test-'));
  cluster = await startCluster({
    dir,
    ports: 'free',
    apis: 2,
    workers: 2,
    namespace: 'default',
    taskQueue: 'moat-cluster-test',
    adminToken,
    env: { LOG_LEVEL: 'warn', SMTP_HOST: '', MOAT_WEBHOOK_SECRET: '', MOAT_PUBLIC_URL: '' },
    onUnexpectedExit: (child, how, tail) => lines.push(`${child.name} exited on its own (${how}): ${tail}`),
    log: (line) => lines.push(line),
  });
}, 900_000);

afterAll(async () => {
  await cluster?.stop();
  await rm(dir, { recursive: true, force: true });
}, 120_000);

async function call<T = any>(api: number, token: string, method: string, route: string, body?: unknown, key?: string): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (key) headers['idempotency-key'] = key;
  const response = await fetch(`${cluster.apiUrls[api]}${route}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as T };
}

describe('npm run cluster: the production shape', () => {
  it('runs the real Temporal server on Postgres, with the schemas, the namespace and Moat\'s search attributes', async () => {
    expect(cluster.apis).toHaveLength(2);
    expect(cluster.workers).toHaveLength(2);
    expect(cluster.workers.every((worker) => worker.running)).toBe(true);
    const metrics = await (await fetch(cluster.temporal.metricsUrl)).text();
    expect(metrics).toMatch(/^persistence_requests/m);
    for (const url of cluster.workerMetricsUrls) expect(await (await fetch(url)).text()).toMatch(/^temporal_/m);
    expect(lines.join('\n')).toMatch(/Temporal schema temporal_visibility: up to date/);
    for (const url of cluster.apiUrls) expect((await fetch(`${url}/readyz`)).status).toBe(200);
  });

  it('serves one record from either API, and carries on with a worker and an API killed', async () => {
    const person = async (name: string, roles: string[], extra: Record<string, unknown> = {}) => {
      const { status, body } = await call<{ id: string; token: string }>(0, adminToken, 'POST', '/api/people', { name, email: `${name}@cluster.test`, roles, ...extra }, `person-${name}`);
      expect(status).toBe(201);
      return body;
    };
    const director = await person('director', ['director', 'manager']);
    const office = await call<{ id: string }>(1, adminToken, 'POST', '/api/offices', { name: 'Cluster office', region: 'East', managerId: director.id }, 'office');
    expect(office.status).toBe(201);
    const sales = await person('sales', ['sales'], { managerId: director.id, officeId: office.body.id });
    const presales = await person('presales', ['presales'], { managerId: director.id, officeId: office.body.id });
    const project = (api: number, n: number) =>
      call<{ id: string; stage: string }>(api, sales.token, 'POST', '/api/projects', {
        name: `Cluster project ${n}`,
        customerName: 'Bank of the East',
        industry: 'finance',
        officeId: office.body.id,
        expectedValue: { amount: 1_200_000_000, currency: 'CNY' },
        salesOwnerId: sales.id,
      }, `project-${n}`);

    const first = await project(0, 1);
    expect(first.status).toBe(201);
    const readOnOther = await call<{ id: string; stage: string }>(1, sales.token, 'GET', `/api/projects/${first.body.id}`);
    expect(readOnOther).toMatchObject({ status: 200, body: { id: first.body.id, stage: 'qualify' } });

    // One worker and one API gone for good: nothing of Moat's lived only in them.
    await cluster.workers[0]!.kill();
    await cluster.apis[0]!.kill();
    await expect(fetch(`${cluster.apiUrls[0]}/readyz`)).rejects.toThrow();
    for (let n = 2; n <= 4; n++) {
      const opened = await project(1, n);
      expect(opened.status, JSON.stringify(opened.body)).toBe(201);
      const advanced = await call<{ stage: string }>(1, sales.token, 'POST', `/api/projects/${opened.body.id}/advance`, { nomineeId: presales.id }, `advance-${n}`);
      expect(advanced.status, JSON.stringify(advanced.body)).toBe(200);
      expect(advanced.body.stage).toBe('discovery');
    }
    const { body: list } = await call<{ items: Array<{ name: string }> }>(1, director.token, 'GET', '/api/projects?limit=50');
    expect(list.items.map((p) => p.name).sort()).toEqual(['Cluster project 1', 'Cluster project 2', 'Cluster project 3', 'Cluster project 4']);
    expect(lines.filter((line) => line.includes('exited on its own'))).toEqual([]);
  }, 180_000);
});
