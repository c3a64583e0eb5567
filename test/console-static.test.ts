import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Client } from '@temporalio/client';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../api/app';
import { CONSOLE_CONTENT_SECURITY_POLICY } from '../api/console-static';
import type { Pool } from '../db/pool';

/**
 * The console as Moat serves it, from a tiny stand-in for console/dist: no Postgres, no Temporal, no browser. The
 * only query answered is the bearer-token lookup, so /api requests get past authentication to the router.
 */
const person = {
  id: '00000000-0000-4000-8000-000000000001', name: 'Tester', email: 'tester@example.com', roles: ['sales'], managerId: null,
  officeId: null, deliveryCenterId: null, skills: [], industries: [], rateLevel: null, createdAt: '2026-01-01T00:00:00.000Z', deactivatedAt: null,
};
// Changes to people are listened for on a loopback port nobody answers: nothing is ever kept, every request reads.
const pool = {
  query: async () => ({ rows: [person], rowCount: 1 }),
  on: () => undefined,
  off: () => undefined,
  options: { connectionString: 'postgres://moat:moat@127.0.0.1:1/none' },
} as unknown as Pool;
const temporal = { connection: { withDeadline: (_deadline: number, fn: () => Promise<unknown>) => fn() } } as unknown as Client;
const bearer = { authorization: 'Bearer a-token-the-stub-pool-accepts' };

async function appServing(dist: string): Promise<FastifyInstance> {
  return buildApp({ pool, temporal, taskQueue: 'console-static-test' }, { logLevel: 'silent', consoleDist: dist });
}

describe('the console served by Moat', () => {
  let dist: string;
  let app: FastifyInstance;
  const indexHtml = '<!doctype html><html><head><script type="module" src="/assets/index-Abc123.js"></script></head><body><div id="root"></div></body></html>';

  beforeAll(async () => {
    dist = await mkdtemp(path.join(os.tmpdir(), 'moat-console-dist-'));
    await mkdir(path.join(dist, 'assets'));
    await writeFile(path.join(dist, 'index.html'), indexHtml);
    await writeFile(path.join(dist, 'assets', 'index-Abc123.js'), 'console.log("console");\n');
    await writeFile(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    app = await appServing(dist);
  });
  afterAll(async () => {
    await app?.close();
    await rm(dist, { recursive: true, force: true });
  });

  it('answers / with index.html, never cached, under the console content policy', async () => {
    const res = await app.inject({ url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toBe(indexHtml);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-security-policy']).toBe(CONSOLE_CONTENT_SECURITY_POLICY);
    expect(res.headers['x-frame-options']).toBe('DENY');
  });

  it('answers a deep link with index.html, so a link in an e-mail opens the item', async () => {
    for (const url of ['/inbox', '/inbox/approval/7d0b6a1e-3c0a-4e43-9a53-2b7d1c1f0a11', '/projects/new?tier=A']) {
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).toBe(indexHtml);
      expect(res.headers['cache-control'], url).toBe('no-cache');
    }
    expect((await app.inject({ method: 'HEAD', url: '/pipeline' })).statusCode).toBe(200);
  });

  it('caches hashed assets for a year and other files not at all', async () => {
    const asset = await app.inject({ url: '/assets/index-Abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const icon = await app.inject({ url: '/favicon.svg' });
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it('keeps JSON 404s for /api, for missing files and for writes to console paths', async () => {
    for (const [method, url, headers] of [
      ['GET', '/api/nope', bearer],
      ['GET', '/api', bearer],
      ['GET', '/assets/index-Missing.js', {}],
      ['POST', '/inbox', {}],
    ] as const) {
      const res = await app.inject({ method, url, headers });
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect(res.json(), `${method} ${url}`).toMatchObject({ error: { code: 'not_found' } });
      expect(res.headers['content-security-policy'], `${method} ${url}`).toMatch(/^default-src 'none';/);
    }
    // Without credentials /api stays a 401, as before the console.
    expect((await app.inject({ url: '/api/nope' })).statusCode).toBe(401);
  });

  it('leaves /openapi.json and /docs to the API', async () => {
    const openapi = await app.inject({ url: '/openapi.json' });
    expect(openapi.statusCode).toBe(200);
    expect(openapi.json()).toHaveProperty('openapi');
    const docs = await app.inject({ url: '/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
    expect(docs.body).not.toBe(indexHtml);
  });

  it('says how to build the console when it is not built', async () => {
    const bare = await appServing(path.join(dist, 'no-such-build'));
    try {
      for (const url of ['/', '/inbox']) {
        const res = await bare.inject({ url });
        expect(res.statusCode, url).toBe(503);
        expect(res.body, url).toContain('npm run console:build');
      }
      expect((await bare.inject({ url: '/api/nope', headers: bearer })).statusCode).toBe(404);
    } finally {
      await bare.close();
    }
  });
});
