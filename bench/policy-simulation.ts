/*
 * `npm run bench:simulation`: how long a what-if takes over a year of projects (issue 15: 5,000 under a minute).
 * Builds an organisation and N projects (default 5,000) opened over a year straight in an embedded Postgres, each with
 * what the simulator reads — stages walked with their owners, a dispatch approval, a resource request priced and booked
 * with its ledger entry, a handoff offer, credit on the won ones — then times the simulation of a candidate policy
 * (A at 8 M CNY instead of 10 M, shorter SLAs) over the whole year, batch by batch as the workflow runs it.
 * Options: --projects N (default 5000), --rounds N (default 3).
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createSimulation, runSimulation } from '../db/policy-simulation';
import { createPool, inTransaction, type Pool } from '../db/pool';
import type { Viewer } from '../db/visibility';
import { DEFAULT_POLICY } from '../domain/policy';
import { prepareDatabase } from '../runtime/bootstrap';
import { ensureDatabase, startEmbeddedPostgres } from '../runtime/postgres-server';
import { freePort } from '../runtime/processes';
import { positiveInt } from '../runtime/script-helpers';

const OFFICES = 10;
const SALES_PER_OFFICE = 10;
const HOUR = 3_600_000;
const YEAR_START = Date.UTC(2025, 0, 1);

interface Org {
  director: Viewer;
  sales: Array<{ id: string; officeId: string }>;
  presales: string[];
}

async function buildOrg(pool: Pool): Promise<Org> {
  return inTransaction(pool, async (client) => {
    const person = async (roles: string[], managerId: string | null, officeId: string | null = null) => {
      const id = randomUUID();
      await client.query('insert into people (id, name, email, roles, manager_id, office_id, rate_level) values ($1, $2, $3, $4, $5, $6, $7)', [
        id, `p-${id.slice(0, 8)}`, `${id}@bench.local`, roles, managerId, officeId, roles.includes('presales') ? 'P2' : null,
      ]);
      return id;
    };
    const director = await person(['director', 'manager'], null);
    const lead = await person(['manager', 'delivery'], director);
    await client.query(`insert into delivery_centers (id, name, industry, lead_id) values ($1, 'finance center', 'finance', $2)`, [randomUUID(), lead]);
    const org: Org = { director: { id: director, roles: ['director', 'manager'] }, sales: [], presales: [] };
    for (let o = 0; o < OFFICES; o++) {
      const manager = await person(['manager'], director);
      const officeId = randomUUID();
      await client.query('insert into offices (id, name, region, manager_id) values ($1, $2, $3, $4)', [officeId, `office ${o}`, 'East', manager]);
      for (let s = 0; s < SALES_PER_OFFICE; s++) org.sales.push({ id: await person(['sales'], manager, officeId), officeId });
      org.presales.push(await person(['presales'], manager, officeId));
    }
    return org;
  });
}

/** Expected values spread over every tier, a year of openings, a third won, a third lost. */
async function buildProjects(pool: Pool, org: Org, count: number): Promise<void> {
  const policy = (await pool.query<{ version: number }>('select max(version) as version from policies')).rows[0]!.version;
  const values = [1_500_000_000, 900_000_000, 500_000_000, 200_000_000, 50_000_000, 10_000_000];
  for (let start = 0; start < count; start += 250) {
    await inTransaction(pool, async (client) => {
      for (let i = start; i < Math.min(count, start + 250); i++) {
        const sales = org.sales[i % org.sales.length]!;
        const presales = org.presales[i % org.presales.length]!;
        const opened = YEAR_START + Math.floor((i * 365 * 24 * HOUR) / count);
        const at = (hours: number) => new Date(opened + hours * HOUR).toISOString();
        const status = ['won', 'lost', 'open'][i % 3]!;
        const amount = values[i % values.length]!;
        const id = randomUUID();
        await client.query(
          `insert into projects (id, workflow_id, name, customer_name, industry, office_id, expected_amount, currency, channel, strategic,
             sales_owner_id, policy_version, tier, stage, stage_entered_at, stage_deadline, owner_id, status, last_seq, created_by,
             created_at, updated_at, budget_amount, final_amount, closed_at)
           values ($1, $2, $3, 'Customer', 'finance', $4, $5, 'CNY', $6, false, $7, $8, 'C', $9, $10, $10, $11, $12, 3, $7, $13, $13, $14, $15, $16)`,
          [id, `bench-${id}`, `Project ${i}`, sales.officeId, amount, i % 11 === 0, sales.id, policy, status === 'open' ? 'discovery' : 'negotiation',
           at(100), status === 'open' ? presales : sales.id, status, at(0), Math.floor(amount * 0.03), status === 'won' ? amount : null,
           status === 'open' ? null : at(400)],
        );
        await client.query(`insert into project_ownerships (project_id, seq, person_id, via, started_at, ended_at) values ($1, 1, $2, 'opened', $3, $4)`, [id, sales.id, at(0), at(130)]);
        await client.query(`insert into project_ownerships (project_id, seq, person_id, via, started_at, ended_at) values ($1, 2, $2, 'handoff', $3, $4)`, [
          id, presales, at(130), status === 'open' ? null : at(300),
        ]);
        if (status !== 'open') await client.query(`insert into project_ownerships (project_id, seq, person_id, via, started_at, ended_at) values ($1, 3, $2, 'handoff', $3, $4)`, [id, sales.id, at(300), at(400)]);
        await client.query(`insert into stage_history (project_id, seq, stage, entered_at, deadline, left_at) values ($1, 1, 'qualify', $2, $2, $3), ($1, 2, 'discovery', $3, $3, $4)`, [
          id, at(0), at(100), status === 'open' ? null : at(300),
        ]);
        if (status !== 'open') await client.query(`insert into stage_history (project_id, seq, stage, entered_at, deadline, left_at) values ($1, 3, 'negotiation', $2, $2, $3)`, [id, at(300), at(400)]);
        await client.query(`insert into handoffs (id, project_id, kind, from_person_id, to_person_id, proposed_by_id, reason, status, proposed_at, decided_at)
          values ($1, $2, 'stage', $3, $4, $3, 'discovery', 'accepted', $5, $6)`, [randomUUID(), id, sales.id, presales, at(100), at(130)]);
        const dispatch = randomUUID();
        await client.query(`insert into approvals (id, project_id, kind, approver_kind, approver_role, approver_label, status, requested_at, decided_at)
          values ($1, $2, 'dispatch', 'office_manager', 'manager', 'bench', 'approved', $3, $4)`, [dispatch, id, at(0), at(20)]);
        const approval = randomUUID();
        const request = randomUUID();
        const booking = randomUUID();
        const planned = 250_000 * (1 + (i % 8));
        await client.query(`insert into approvals (id, project_id, kind, request_id, approver_kind, approver_role, approver_label, status, requested_at, decided_at)
          values ($1, $2, 'resource', $3, 'office_manager', 'manager', 'bench', 'approved', $4, $5)`, [approval, id, request, at(30), at(40)]);
        await client.query(`insert into resource_requests (id, project_id, role, days, person_id, note, requested_by_id, status, approval_id, requested_at, booking_id)
          values ($1, $2, 'presales', $3, $4, 'bench', $5, 'booked', $6, $7, $8)`, [request, id, 1 + (i % 8), presales, sales.id, approval, at(30), booking]);
        await client.query(`insert into bookings (id, project_id, request_id, person_id, role, days, unit, rate_amount, planned_amount, currency, booked_at, level)
          values ($1, $2, $3, $4, 'presales', $5, 'day', 250000, $6, 'CNY', $7, 'P2')`, [booking, id, request, presales, 1 + (i % 8), planned, at(40)]);
        await client.query(`insert into cost_ledger (project_id, booking_id, kind, amount, currency, idempotency_key, at) values ($1, $2, 'commit', $3, 'CNY', $4, $5)`, [
          id, booking, planned, `commit:${booking}`, at(40),
        ]);
        await client.query(`insert into project_events (project_id, seq, type, actor_id, at, payload) values ($1, 1, 'approval_decided', $2, $3, $4)`, [
          id, sales.id, at(40), JSON.stringify({ approvalId: approval, kind: 'resource', outcome: 'approved', pricing: { planned: { amount: planned, currency: 'CNY' } } }),
        ]);
        if (status === 'won') {
          for (const [role, person] of [['sales_owner', sales.id], ['presales_lead', presales]] as const) {
            await client.query(`insert into credit_entries (project_id, person_id, credit_role, basis_points, amount, currency, reason, idempotency_key, at)
              values ($1, $2, $3, 10000, $4, 'CNY', 'won', $5, $6)`, [id, person, role, amount, `credit:${id}:0:${person}:${role}`, at(400)]);
          }
        }
      }
    });
  }
  await pool.query('analyze');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { projects: { type: 'string' }, rounds: { type: 'string' } } });
  const projects = positiveInt('--projects', values.projects, 5_000);
  const rounds = positiveInt('--rounds', values.rounds, 3);
  const log = (line: string) => console.log(line);
  const postgres = await startEmbeddedPostgres({ dataDir: await mkdtemp(path.join(os.tmpdir(), 'moat-bench-simulation-')), port: await freePort(), persistent: false, log });
  const pool = createPool(await ensureDatabase(postgres.adminUrl, 'moat_bench_simulation'));
  try {
    await prepareDatabase(pool);
    const org = await buildOrg(pool);
    const built = performance.now();
    await buildProjects(pool, org, projects);
    log(`built ${projects} projects over a year in ${((performance.now() - built) / 1000).toFixed(1)} s`);
    const candidate = structuredClone(DEFAULT_POLICY);
    candidate.tiers.thresholds.CNY!.A = 800_000_000;
    candidate.pipeline.stages = candidate.pipeline.stages.map((s) => ({ ...s, slaHours: s.slaHours / 2 }));
    const times: number[] = [];
    let last;
    for (let round = 0; round < rounds; round++) {
      const started = performance.now();
      const simulation = await createSimulation(pool, { viewer: org.director, request: { from: '2025-01-01', to: '2025-12-31', officeIds: null }, candidate, at: new Date().toISOString() });
      last = await runSimulation(pool, simulation.id, new Date().toISOString());
      times.push(performance.now() - started);
      if (last.projects !== projects) throw new Error(`simulated ${last.projects} of ${projects}`);
    }
    times.sort((a, b) => a - b);
    log('');
    log(`What-if over ${projects} projects opened in a year (all batches of 500, then the report), ${rounds} rounds:`);
    log(`  p50 ${(times[Math.floor(times.length / 2)]! / 1000).toFixed(2)} s, min ${(times[0]! / 1000).toFixed(2)} s, max ${(times.at(-1)! / 1000).toFixed(2)} s (goal: under 60 s)`);
    log(`  ${last!.changed.length} projects change; A now ${last!.current.tiers.A.projects} → ${last!.candidate.tiers.A.projects}; escalations now ${JSON.stringify(last!.current.escalationsByLevel)} → ${JSON.stringify(last!.candidate.escalationsByLevel)}`);
  } finally {
    await pool.end();
    await postgres.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
