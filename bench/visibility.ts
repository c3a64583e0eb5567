/*
 * `npm run bench:visibility`: how much reading through the visibility rules costs with many projects (issue 9).
 * Builds an organisation (offices with a manager tree, sales and presales, delivery centers) and N projects
 * (default 10,000) straight in an embedded Postgres, with owners, handoffs and bookings-like participation, then
 * times, per kind of viewer, the first and a deep page of GET /api/projects' query, the first page of tier C projects
 * (a fifth of them: the viewers who see few see a handful) and the single-project check,
 * as ratios against the unfiltered query in the same run (a director's, which skips the filter).
 * Options: --projects N (default 10000), --rounds N (default 30), --offices N (default 10: each sales person sees 50 of
 * 10,000; 1 is the growth bench's shape, 500 each, none of them tier C), --explain (after the timings, each viewer's
 * statements for the tier C page with their plans, `explain (analyze, buffers)`, run the way the pool runs them).
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createPool, inTransaction, type Pool } from '../db/pool';
import { listProjects } from '../db/project-list';
import { canSeeProject, type Viewer } from '../db/visibility';
import { freePort } from '../runtime/processes';
import { prepareDatabase } from '../runtime/bootstrap';
import { ensureDatabase, startEmbeddedPostgres } from '../runtime/postgres-server';
import { positiveInt } from '../runtime/script-helpers';

const SALES_PER_OFFICE = 20;
const PRESALES_PER_OFFICE = 10;
const CENTERS = 4;

interface Org {
  director: Viewer;
  officeManagers: Viewer[];
  sales: Viewer[];
  presales: Viewer[];
  centerLeads: Viewer[];
  officeIds: string[];
  centerIds: string[];
}

async function buildOrg(pool: Pool, offices: number): Promise<Org> {
  return inTransaction(pool, async (client) => {
    const person = async (roles: Viewer['roles'], managerId: string | null, officeId: string | null = null): Promise<Viewer> => {
      const id = randomUUID();
      await client.query('insert into people (id, name, email, roles, manager_id, office_id) values ($1, $2, $3, $4, $5, $6)', [
        id,
        `p-${id.slice(0, 8)}`,
        `${id}@bench.local`,
        roles,
        managerId,
        officeId,
      ]);
      return { id, roles };
    };
    const director = await person(['director', 'manager'], null);
    const org: Org = { director, officeManagers: [], sales: [], presales: [], centerLeads: [], officeIds: [], centerIds: [] };
    for (let c = 0; c < CENTERS; c++) {
      const lead = await person(['manager', 'delivery'], director.id);
      const id = randomUUID();
      await client.query('insert into delivery_centers (id, name, industry, lead_id) values ($1, $2, $3, $4)', [id, `center ${c}`, `industry ${c}`, lead.id]);
      org.centerLeads.push(lead);
      org.centerIds.push(id);
    }
    for (let o = 0; o < offices; o++) {
      const manager = await person(['manager'], director.id);
      const officeId = randomUUID();
      await client.query('insert into offices (id, name, region, manager_id) values ($1, $2, $3, $4)', [officeId, `office ${o}`, 'East', manager.id]);
      await client.query('update people set office_id = $1 where id = $2', [officeId, manager.id]);
      org.officeManagers.push(manager);
      org.officeIds.push(officeId);
      for (let s = 0; s < SALES_PER_OFFICE; s++) org.sales.push(await person(['sales'], manager.id, officeId));
      for (let s = 0; s < PRESALES_PER_OFFICE; s++) org.presales.push(await person(['presales'], manager.id, officeId));
    }
    return org;
  });
}

async function buildProjects(pool: Pool, org: Org, count: number): Promise<void> {
  const offices = org.officeIds.length;
  const policy = (await pool.query<{ version: number }>('select max(version) as version from policies')).rows[0]!.version;
  const batch = 500;
  for (let start = 0; start < count; start += batch) {
    await inTransaction(pool, async (client) => {
      for (let i = start; i < Math.min(count, start + batch); i++) {
        const office = i % offices;
        const sales = org.sales[office * SALES_PER_OFFICE + (Math.floor(i / offices) % SALES_PER_OFFICE)]!;
        const presales = org.presales[office * PRESALES_PER_OFFICE + (Math.floor(i / offices) % PRESALES_PER_OFFICE)]!;
        const owner = i % 3 === 0 ? presales : sales;
        const center = i % 5 === 0 ? org.centerIds[i % CENTERS]! : null;
        const id = randomUUID();
        const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
        await client.query(
          `insert into projects (id, workflow_id, name, customer_name, industry, office_id, expected_amount, currency, channel, strategic,
             sales_owner_id, policy_version, tier, stage, stage_entered_at, stage_deadline, owner_id, status, last_seq, created_by,
             created_at, updated_at, delivery_center_id)
           values ($1, $2, $3, 'Customer', 'finance', $4, 100000000, 'CNY', false, false, $5, $6, $7, 'qualify', $8, $8, $9,
             $10, 1, $5, $8, $8, $11)`,
          [id, `bench-${id}`, `Project ${i}`, org.officeIds[office], sales.id, policy, 'ABCDE'[i % 5], at, owner.id, i % 7 === 0 ? 'won' : 'open', center],
        );
        await client.query(`insert into project_ownerships (project_id, seq, person_id, via, started_at, ended_at) values ($1, 1, $2, 'opened', $3, $4)`, [
          id,
          sales.id,
          at,
          owner === sales ? null : at,
        ]);
        if (owner !== sales) {
          await client.query(`insert into project_ownerships (project_id, seq, person_id, via, started_at) values ($1, 2, $2, 'handoff', $3)`, [id, owner.id, at]);
        }
      }
    });
  }
  await pool.query('analyze');
}

async function timeIt(rounds: number, work: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { projects: { type: 'string' }, rounds: { type: 'string' }, offices: { type: 'string' }, explain: { type: 'boolean' } } });
  const projects = positiveInt('--projects', values.projects, 10_000);
  const offices = positiveInt('--offices', values.offices, 10);
  const rounds = positiveInt('--rounds', values.rounds, 30);
  const log = (line: string) => console.log(line);
  const postgres = await startEmbeddedPostgres({
    dataDir: await mkdtemp(path.join(os.tmpdir(), 'moat-bench-visibility-')),
    port: await freePort(),
    persistent: false,
    log,
  });
  const pool = createPool(await ensureDatabase(postgres.adminUrl, 'moat_bench_visibility'));
  try {
    await prepareDatabase(pool);
    const org = await buildOrg(pool, offices);
    const built = performance.now();
    await buildProjects(pool, org, projects);
    log(`built ${projects} projects in ${((performance.now() - built) / 1000).toFixed(1)} s`);
    const deepCursor = async (viewer: Viewer) => {
      const page = await listProjects(pool, viewer, { limit: 200 });
      const last = page[page.length - 1];
      return last ? { createdAt: last.createdAt, id: last.id } : undefined;
    };
    const someProject = (await pool.query<{ id: string }>('select id from projects order by created_at limit 1 offset $1', [Math.floor(projects / 2)])).rows[0]!.id;
    const viewers: Array<[string, Viewer]> = [
      ['director (no filter: baseline)', org.director],
      ['sales person', org.sales[3]!],
      ['presales person', org.presales[5]!],
      ['office manager', org.officeManagers[2 % offices]!],
      ['center lead', org.centerLeads[1]!],
    ];
    const rows: string[] = [];
    let baseline = { first: 0, deep: 0, filtered: 0, check: 0 };
    for (const [name, viewer] of viewers) {
      const after = await deepCursor(viewer);
      const first = await timeIt(rounds, () => listProjects(pool, viewer, { limit: 51 }));
      const deep = await timeIt(rounds, () => listProjects(pool, viewer, { limit: 51, after }));
      const filtered = await timeIt(rounds, () => listProjects(pool, viewer, { limit: 51, tier: 'C' }));
      const check = await timeIt(rounds, () => canSeeProject(pool, viewer, someProject));
      const seen = (await listProjects(pool, viewer, { limit: 100_000 })).length;
      if (name.startsWith('director')) baseline = { first, deep, filtered, check };
      const ratio = (value: number, base: number) => (base > 0 ? `${(value / base).toFixed(2)}×` : '-');
      rows.push(
        `| ${name} | ${seen} of ${projects} | ${first.toFixed(2)} ms (${ratio(first, baseline.first)}) | ${deep.toFixed(2)} ms (${ratio(deep, baseline.deep)}) | ${filtered.toFixed(2)} ms (${ratio(filtered, baseline.filtered)}) | ${check.toFixed(2)} ms (${ratio(check, baseline.check)}) |`,
      );
    }
    log('');
    log(`Visibility with ${projects} projects, p50 of ${rounds} rounds (ratio against the director's unfiltered query):`);
    log('| viewer | projects visible | first page of 50 | page after 200 | first page of tier C | one project check |');
    log('|---|---|---|---|---|---|');
    for (const row of rows) log(row);
    if (values.explain) for (const [name, viewer] of viewers) await explainStatements(pool, name, () => listProjects(pool, viewer, { limit: 51, tier: 'C' }), log);
  } finally {
    await pool.end();
    await postgres.stop();
  }
}

/**
 * Runs `read` once, keeping the statements it sends through `pool`, then prints each one's plan as Postgres runs it:
 * `explain (analyze, buffers)` of the same text and values, the named ones as prepared statements (after five runs a
 * prepared statement may get a generic plan, as the pool's own do).
 */
async function explainStatements(pool: Pool, name: string, read: () => Promise<unknown>, log: (line: string) => void): Promise<void> {
  const sent: Array<{ name?: string; text: string; values?: unknown[] }> = [];
  const query = pool.query.bind(pool);
  const recording = ((config: unknown, values?: unknown) => {
    if (typeof config === 'object' && config !== null && 'text' in config) {
      // A copy: the list reuses its parameters' array for its second statement.
      const { name, text, values } = config as (typeof sent)[number];
      sent.push({ name, text, values: values && [...values] });
    }
    return (query as (config: unknown, values?: unknown) => unknown)(config, values);
  }) as typeof pool.query;
  pool.query = recording;
  try {
    await read();
  } finally {
    pool.query = query;
  }
  log('');
  log(`## ${name}: ${sent.length} statement(s)`);
  const client = await pool.connect();
  try {
    for (const [i, statement] of sent.entries()) {
      const explained = `explain (analyze, buffers, costs off) ${statement.text}`;
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(statement.name ? { name: `explain-${i}-${statement.name}`, text: explained, values: statement.values } : { text: explained, values: statement.values });
      log(`### statement ${i + 1}${statement.name ? ` (${statement.name})` : ''}`);
      for (const row of rows) log(row['QUERY PLAN']);
    }
  } finally {
    client.release();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
