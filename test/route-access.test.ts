import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestMoat, type ApiClient, type TestMoat } from './support/moat';
import { createVisibilityFixture, createVisibilityOrg, type VisibilityFixture, type VisibilityOrg } from './support/visibility-org';

/**
 * Every route × every kind of person, held against test/fixtures/route-access.txt (issue 9). The routes come from
 * /openapi.json (and HIDDEN_ROUTES, the few it leaves out), so a new route has no row until someone writes down who
 * may call it: the suite fails until then.
 * Reads are sent as they are; writes with the body `[]`, which no route accepts, so what a write answers is who
 * may reach it (401, 404 for a project one may not see, 403 for a role one lacks, 400 for the rest); the few
 * writes that read no body act for real, after every read, always in the same order. To rewrite the table after a
 * deliberate change: MOAT_UPDATE_ROUTE_ACCESS=1 npx vitest run test/route-access.test.ts — then read its diff.
 */

const TABLE = path.join(__dirname, 'fixtures', 'route-access.txt');
const UPDATE = process.env.MOAT_UPDATE_ROUTE_ACCESS === '1';

/** Routes left out of /openapi.json (for operators, not clients) that the table covers all the same. */
const HIDDEN_ROUTES = ['GET /metrics'];

/** Query strings a read needs to be answered at all (otherwise everyone gets the same 400). */
const QUERIES: Record<string, string> = {
  'GET /api/reports/utilization': '?from=2026-01-01&to=2026-12-31',
  'GET /api/reports/credits': '?from=2026-01-01&to=2026-12-31',
  'GET /api/reports/scores': '?from=2026-01-01&to=2026-12-31',
  'GET /api/reports/allocation': '?from=2026-01-01&to=2026-12-31',
  'GET /api/reports/performance': '?period=2023Q1',
  'GET /api/reports/promises': '?from=2026-01-01&to=2026-12-31',
};

let moat: TestMoat;
let org: VisibilityOrg;
let fx: VisibilityFixture;
let identities: Array<[name: string, client: ApiClient]>;

beforeAll(async () => {
  moat = await startTestMoat();
  org = await createVisibilityOrg(moat);
  fx = await createVisibilityFixture(org);
  identities = [
    ['none', moat.api.as(undefined)],
    ['bad', moat.api.as('moat_not-a-token')],
    ['sales', org.sales.api],
    ['salesOther', org.otherSales.api],
    ['salesSH', org.shanghaiSales.api],
    ['presalesIn', org.presalesP2.api],
    ['presalesOut', org.presales.api],
    ['teamLead', org.teamLead.api],
    ['officeMgr', org.manager.api],
    ['otherMgr', org.shanghaiManager.api],
    ['centerLead', org.centerLead.api],
    ['hotlineLead', org.hotlineLead.api],
    ['director', org.director.api],
    ['admin', moat.admin],
  ];
}, 60_000);

afterAll(async () => {
  await moat?.stop();
});

/** The concrete path for an OpenAPI path: each parameter filled with a thing of the fixture. */
function concrete(route: string): string {
  return route.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const scope = route.split('/')[2];
    const value: Record<string, string | undefined> = {
      'projects:id': fx.projectId,
      'handoffs:id': fx.handoffId,
      'approvals:id': fx.pendingApprovalId,
      'resource-requests:id': fx.pendingRequestId,
      'people:id': org.presalesP2.id,
      'delivery-centers:id': org.centerId,
      'delivery-centers:personId': org.presalesP3.id,
      'me:id': fx.notificationId,
      'policy:version': '1',
      'policy:id': '00000000-0000-4000-8000-0000000051a1',
      'performance:period': '2023Q1',
      'performance:appealId': '00000000-0000-4000-8000-00000000a99e',
    };
    const filled = value[`${scope}:${name}`];
    if (!filled) throw new Error(`route-access: no fixture value for {${name}} in ${route}; add one to concrete()`);
    return filled;
  });
}

type Table = Map<string, Map<string, number>>;

function parseTable(text: string): { columns: string[]; table: Table } {
  const lines = text.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));
  const [header, ...rows] = lines;
  const columns = header!.trim().split(/\s+/).slice(2);
  const table: Table = new Map();
  for (const row of rows) {
    const [method, route, ...cells] = row.trim().split(/\s+/);
    table.set(`${method} ${route}`, new Map(columns.map((c, i) => [c, Number(cells[i])])));
  }
  return { columns, table };
}

function formatTable(columns: string[], table: Table): string {
  const keys = [...table.keys()];
  const width = Math.max(...keys.map((k) => k.length)) + 2;
  const head = `${'method route'.padEnd(width)}${columns.map((c) => c.padStart(12)).join('')}`;
  const rows = keys.map((key) => `${key.padEnd(width)}${columns.map((c) => String(table.get(key)!.get(c)).padStart(12)).join('')}`);
  return [
    '# Who gets what from each route: the HTTP status each kind of person gets (test/route-access.test.ts).',
    '# Reads as they are; writes with the body [] (so: 401 not signed in, 404 may not see the project, 403 lacks the',
    '# role, 400 may reach it). Identities: none/bad = no or a wrong token; sales = the project’s sales owner;',
    '# salesOther = Beijing sales not on it; salesSH = Shanghai sales; presalesIn/Out = booked on it / not;',
    '# teamLead = its appointed delivery team lead; officeMgr = Beijing’s office manager; otherMgr = Shanghai’s;',
    '# centerLead = lead of the center it went to; hotlineLead = Beijing’s hotline lead (not its path); director; admin.',
    head,
    ...rows,
    '',
  ].join('\n');
}

describe('every route × every identity answers as the table in the repository says', () => {
  it('matches test/fixtures/route-access.txt', async () => {
    const spec = (await moat.api.get('/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(spec.paths)
      .flatMap(([route, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${route}`))
      .concat(HIDDEN_ROUTES)
      .sort((a, b) => {
        const read = (k: string) => (k.startsWith('GET ') ? 0 : 1);
        return read(a) - read(b) || (a.split(' ')[1]! < b.split(' ')[1]! ? -1 : a.split(' ')[1]! > b.split(' ')[1]! ? 1 : a < b ? -1 : 1);
      });
    const seen: Table = new Map();
    for (const route of routes) {
      const [method, openapiPath] = route.split(' ') as [string, string];
      const url = concrete(openapiPath) + (QUERIES[route] ?? '');
      const row = new Map<string, number>();
      for (const [name, client] of identities) {
        const reply = method === 'GET' || method === 'DELETE' ? await client.request(method, url) : await client.request(method, url, []);
        row.set(name, reply.status);
      }
      seen.set(route, row);
    }
    const columns = identities.map(([name]) => name);
    if (UPDATE) {
      await writeFile(TABLE, formatTable(columns, seen));
      return;
    }
    const expected = parseTable(await readFile(TABLE, 'utf8'));
    expect(expected.columns, 'the table’s identities').toEqual(columns);
    const missing = routes.filter((route) => !expected.table.has(route));
    expect(missing, 'routes without a row in test/fixtures/route-access.txt: say who may call them').toEqual([]);
    const gone = [...expected.table.keys()].filter((route) => !seen.has(route));
    expect(gone, 'rows for routes that no longer exist').toEqual([]);
    const differences = routes.flatMap((route) =>
      columns
        .filter((c) => expected.table.get(route)!.get(c) !== seen.get(route)!.get(c))
        .map((c) => `${route} as ${c}: expected ${expected.table.get(route)!.get(c)}, got ${seen.get(route)!.get(c)}`),
    );
    expect(differences).toEqual([]);
  }, 120_000);
});
