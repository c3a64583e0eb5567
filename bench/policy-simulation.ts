/*
 * `npm run bench:simulation`: how long a what-if takes over a year of projects (issue 15: 5,000 under a minute).
 * Builds an organisation and N projects (default 5,000) opened over a year straight in an embedded Postgres, each with
 * what the simulator reads — stages walked with their owners, a dispatch approval, a resource request priced and booked
 * with its ledger entry, a handoff offer, credit on the won ones — then times the simulation of a candidate policy
 * (A at 8 M CNY instead of 10 M, shorter SLAs) over the whole year: its batches run one after another in this process,
 * and as a director asks for it through the API (a Temporal dev server and a worker: the workflow's batch activities).
 * Options: --projects N (default 5000), --rounds N (default 3).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createSimulation, runSimulation } from '../db/policy-simulation';
import type { SimulationReport } from '../domain/policy-simulation';
import { loadConfig } from '../runtime/config';
import { startInfrastructure, startMoat, type Infrastructure, type RunningMoat } from '../runtime/system';
import { inTransaction, type Pool } from '../db/pool';
import type { Viewer } from '../db/visibility';
import { DEFAULT_POLICY } from '../domain/policy';
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
  const config = loadConfig();
  const runId = randomBytes(4).toString('hex');
  const adminToken = randomBytes(24).toString('base64url');
  let infrastructure: Infrastructure | undefined;
  let moat: RunningMoat | undefined;
  try {
    infrastructure = await startInfrastructure(config, { persistent: false, database: `moat_bench_simulation_${runId}` }, log);
    moat = await startMoat({
      databaseUrl: infrastructure.databaseUrl,
      temporalAddress: infrastructure.temporalAddress,
      namespace: config.TEMPORAL_NAMESPACE,
      taskQueue: `moat-bench-simulation-${runId}`,
      apiPort: 0,
      apiHost: '127.0.0.1',
      adminToken,
      logLevel: 'warn',
    });
    const pool = moat.pool;
    const org = await buildOrg(pool);
    const built = performance.now();
    await buildProjects(pool, org, projects);
    log(`built ${projects} projects over a year in ${((performance.now() - built) / 1000).toFixed(1)} s`);
    const candidate = structuredClone(DEFAULT_POLICY);
    candidate.tiers.thresholds.CNY!.A = 800_000_000;
    candidate.pipeline.stages = candidate.pipeline.stages.map((s) => ({ ...s, slaHours: s.slaHours / 2 }));
    const window = { from: '2025-01-01', to: '2025-12-31' };

    // The batches one after another in this process: the work itself.
    const inline: number[] = [];
    let last: SimulationReport | undefined;
    for (let round = 0; round < rounds; round++) {
      const started = performance.now();
      const simulation = await createSimulation(pool, { viewer: org.director, request: { ...window, officeIds: null }, candidate, at: new Date().toISOString() });
      last = await runSimulation(pool, simulation.id, new Date().toISOString());
      inline.push(performance.now() - started);
      if (last.projects !== projects) throw new Error(`simulated ${last.projects} of ${projects}`);
    }

    // As a director asks for it: POST /api/policy/simulate (202 past 500 projects), then GET until it is done.
    const headers = { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' };
    const throughApi: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const started = performance.now();
      const reply = await fetch(`${moat.apiUrl}/api/policy/simulate`, { method: 'POST', headers, body: JSON.stringify({ document: candidate, ...window }) });
      const view = (await reply.json()) as { id: string; status: string };
      if (reply.status !== 202 && reply.status !== 201) throw new Error(`POST /api/policy/simulate: ${reply.status} ${JSON.stringify(view)}`);
      let status = view.status;
      while (status === 'running') {
        await new Promise((resolve) => setTimeout(resolve, 100));
        const polled = (await (await fetch(`${moat.apiUrl}/api/policy/simulations/${view.id}`, { headers })).json()) as { status: string; report: SimulationReport | null };
        status = polled.status;
        if (status === 'done' && polled.report?.projects !== projects) throw new Error(`simulated ${polled.report?.projects} of ${projects}`);
      }
      if (status !== 'done') throw new Error(`the simulation ended ${status}`);
      throughApi.push(performance.now() - started);
    }
    const p50 = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]! / 1000;
    const range = (times: number[]) => `min ${(Math.min(...times) / 1000).toFixed(2)} s, max ${(Math.max(...times) / 1000).toFixed(2)} s`;
    log('');
    log(`What-if over ${projects} projects opened in a year, ${rounds} rounds each (goal: under 60 s):`);
    log(`  batches of 500 in this process, then the report: p50 ${p50(inline).toFixed(2)} s (${range(inline)})`);
    log(`  through the API (POST, the workflow's batch activities, GET until done): p50 ${p50(throughApi).toFixed(2)} s (${range(throughApi)})`);
    log(`  ${last!.changed.length} projects change; A now ${last!.current.tiers.A.projects} → ${last!.candidate.tiers.A.projects}; escalations now ${JSON.stringify(last!.current.escalationsByLevel)} → ${JSON.stringify(last!.candidate.escalationsByLevel)}`);
  } finally {
    await moat?.stop();
    await infrastructure?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
