/*
 * Long because a what-if simulation (≈390 lines) reads every recorded fact its rules need in a few set-based queries
 * per batch (projects, requests, stages and owners, handoff offers, ledger, credit), keeps the organisation the
 * ladders climb, and stores the batches' outcomes and the report; the arithmetic is in domain/policy-simulation.ts.
 */
import { randomUUID } from 'node:crypto';
import type { ApproverKind } from '../domain/approval-chain';
import { servingCenter } from '../domain/delivery-center';
import type { PolicyDocument } from '../domain/policy';
import {
  simulateBoth,
  simulationReport,
  type SimulatedProject,
  type SimulationOrganisation,
  type SimulationProjectFacts,
  type SimulationReport,
} from '../domain/policy-simulation';
import type { Tier } from '../domain/tier';
import { getPerson } from './people';
import { currentPolicy, policyVersion } from './policies';
import type { Pool, PoolClient } from './pool';
import { reportScope } from './reports';
import type { Viewer } from './visibility';

/**
 * What-if simulations (issue 15): a candidate policy re-run on the projects opened in a window, beside the current
 * policy. Everything here reads the record and writes only the simulation's own tables: no project, ledger entry or
 * notification is touched. A simulation is stored as it runs (`done` of `total` projects), its per-project outcomes
 * beside it, and its report once every batch is in.
 */

export interface SimulationRequest {
  from: string;
  to: string;
  officeIds: string[] | null;
}

export interface SimulationRow {
  id: string;
  requestedBy: string;
  from: string;
  to: string;
  officeIds: string[] | null;
  currentVersion: number;
  candidate: PolicyDocument;
  status: 'running' | 'done' | 'failed';
  total: number;
  done: number;
  report: SimulationReport | null;
  error: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

/** One page of the window, in opening order: (created_at, id) after the cursor. */
export interface SimulationCursor {
  createdAt: string;
  id: string;
}

const SUMMARY_COLUMNS = `id, requested_by as "requestedBy", to_char(window_from, 'YYYY-MM-DD') as "from",
  to_char(window_to, 'YYYY-MM-DD') as "to", office_ids as "officeIds", current_version as "currentVersion", status,
  total, done, error, created_at as "createdAt", finished_at as "finishedAt"`;
const SIMULATION_COLUMNS = `${SUMMARY_COLUMNS}, candidate, report`;

/** The projects of the window the requester may see (the report rules), as a condition on `p` with $1 the requester. */
function windowCondition(viewer: Viewer): string {
  const scope = reportScope(viewer, '$1');
  return `p.created_at >= $2::date and p.created_at < ($3::date + 1)
    and ($4::uuid[] is null or p.office_id = any($4::uuid[])) and ${scope.project('p.id')}`;
}

export async function countWindow(db: Pool | PoolClient, viewer: Viewer, request: SimulationRequest): Promise<number> {
  const { rows } = await db.query<{ n: string }>(`select count(*) as n from projects p where ${windowCondition(viewer)}`, [
    viewer.id,
    request.from,
    request.to,
    request.officeIds,
  ]);
  return Number(rows[0]!.n);
}

export async function createSimulation(
  pool: Pool,
  input: { viewer: Viewer; request: SimulationRequest; candidate: PolicyDocument; at: string },
): Promise<SimulationRow> {
  const current = await currentPolicy(pool);
  const total = await countWindow(pool, input.viewer, input.request);
  const { rows } = await pool.query<SimulationRow>(
    `insert into policy_simulations (id, requested_by, window_from, window_to, office_ids, current_version, candidate, status, total, done, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, 'running', $8, 0, $9) returning ${SIMULATION_COLUMNS}`,
    [randomUUID(), input.viewer.id, input.request.from, input.request.to, input.request.officeIds, current.version, JSON.stringify(input.candidate), total, input.at],
  );
  return rows[0]!;
}

export async function getSimulation(db: Pool | PoolClient, id: string): Promise<SimulationRow | undefined> {
  const { rows } = await db.query<SimulationRow>(`select ${SIMULATION_COLUMNS} from policy_simulations where id = $1`, [id]);
  return rows[0];
}

export async function listSimulations(db: Pool | PoolClient, limit: number): Promise<Array<Omit<SimulationRow, 'candidate' | 'report'>>> {
  const { rows } = await db.query<Omit<SimulationRow, 'candidate' | 'report'>>(
    `select ${SUMMARY_COLUMNS} from policy_simulations order by created_at desc, id desc limit $1`,
    [limit],
  );
  return rows;
}

// ---------------------------------------------------------------------------------------------------------------
// The organisation: who holds each post, and how deep each person sits in the manager tree.

interface Organisation extends SimulationOrganisation {
  posts(project: { officeId: string; industry: string; solution: string | null; teamLeadId: string | null }): Partial<Record<ApproverKind, string | null>>;
}

async function readOrganisation(db: Pool | PoolClient): Promise<Organisation> {
  const [people, offices, hotlines, centers] = await Promise.all([
    db.query<{ id: string; manager_id: string | null }>('select id, manager_id from people'),
    db.query<{ id: string; manager_id: string; hotline_id: string | null }>('select id, manager_id, hotline_id from offices'),
    db.query<{ id: string; lead_id: string }>('select id, lead_id from hotlines order by created_at'),
    db.query<{ lead_id: string; industry: string | null; solution: string | null }>('select lead_id, industry, solution from delivery_centers order by created_at'),
  ]);
  const managerOf = new Map(people.rows.map((p) => [p.id, p.manager_id]));
  const depths = new Map<string, number>();
  const managerDepth = (personId: string): number => {
    const known = depths.get(personId);
    if (known !== undefined) return known;
    let depth = 0;
    const seen = new Set([personId]);
    for (let m = managerOf.get(personId); m && !seen.has(m); m = managerOf.get(m)) {
      seen.add(m);
      depth += 1;
    }
    depths.set(personId, depth);
    return depth;
  };
  const officeById = new Map(offices.rows.map((o) => [o.id, o]));
  const hotlineLead = new Map(hotlines.rows.map((h) => [h.id, h.lead_id]));
  return {
    managerDepth,
    posts: ({ officeId, industry, solution, teamLeadId }) => {
      const office = officeById.get(officeId);
      // As db/approvers.ts resolves them: the office's hotline, else the first one set up.
      const hotline = (office?.hotline_id && hotlineLead.get(office.hotline_id)) ?? hotlines.rows[0]?.lead_id ?? null;
      return {
        delivery_center_lead: servingCenter(centers.rows, { industry, solution })?.lead_id ?? null,
        office_manager: office?.manager_id ?? null,
        hotline_lead: hotline,
        delivery_team_lead: teamLeadId,
      };
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The facts of one batch.

interface ProjectRow {
  id: string;
  name: string;
  officeId: string;
  salesOwnerId: string;
  createdAt: Date;
  status: 'open' | 'won' | 'lost';
  amount: string;
  currency: string;
  industry: string;
  solution: string | null;
  channel: boolean;
  strategic: boolean;
  quality: SimulationProjectFacts['quality'];
  tier: Tier;
  budget: string;
  policyVersion: number;
  finalAmount: string | null;
  teamLeadId: string | null;
  tierOverride: Tier | null;
  dispatchFrom: Date | null;
  dispatchTo: Date | null;
}

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

function groupBy<T extends { projectId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(row.projectId, [...(map.get(row.projectId) ?? []), row]);
  return map;
}

async function readBatch(db: Pool | PoolClient, viewer: Viewer, request: SimulationRequest, after: SimulationCursor | null, limit: number) {
  const { rows: projects } = await db.query<ProjectRow>(
    `select p.id, p.name, p.office_id as "officeId", p.sales_owner_id as "salesOwnerId", p.created_at as "createdAt", p.status,
       p.expected_amount as amount, p.currency, p.industry, p.solution, p.channel, p.strategic, p.quality, p.tier,
       p.budget_amount as budget, p.policy_version as "policyVersion", p.final_amount as "finalAmount", p.dispatch_lead_id as "teamLeadId",
       (select e.payload->>'to' from project_events e where e.project_id = p.id and e.type = 'tier_overridden' order by e.seq desc limit 1) as "tierOverride",
       d.requested_at as "dispatchFrom", d.decided_at as "dispatchTo"
     from projects p
     left join lateral (select requested_at, decided_at from approvals a where a.project_id = p.id and a.kind = 'dispatch'
                        order by requested_at limit 1) d on true
     where ${windowCondition(viewer)} and ($5::timestamptz is null or (p.created_at, p.id) > ($5::timestamptz, $6::uuid))
     order by p.created_at, p.id limit $7`,
    [viewer.id, request.from, request.to, request.officeIds, after?.createdAt ?? null, after?.id ?? null, limit],
  );
  const ids = projects.map((p) => p.id);
  const [requests, stages, owners, offers, ledger, days, credit] = await Promise.all([
    db.query<{ projectId: string; from: Date; to: Date | null; pricedAt: Date | null; planned: string | null; exFrom: Date | null; exTo: Date | null }>(
      `select r.project_id as "projectId", a.requested_at as "from", a.decided_at as "to", priced.at as "pricedAt", priced.planned,
         x.requested_at as "exFrom", x.decided_at as "exTo"
       from resource_requests r join approvals a on a.id = r.approval_id
       left join approvals x on x.id = r.exception_approval_id
       left join lateral (select e.at, e.payload->'pricing'->'planned'->>'amount' as planned from project_events e
                          where e.project_id = r.project_id and e.type = 'approval_decided' and e.payload->>'approvalId' = a.id::text
                            and jsonb_typeof(e.payload->'pricing') = 'object' limit 1) priced on true
       where r.project_id = any($1::uuid[]) order by r.project_id, a.requested_at, r.id`,
      [ids],
    ),
    db.query<{ projectId: string; stage: string; from: Date; to: Date | null }>(
      `select project_id as "projectId", stage, entered_at as "from", left_at as "to" from stage_history
       where project_id = any($1::uuid[]) order by project_id, entered_at, seq`,
      [ids],
    ),
    db.query<{ projectId: string; personId: string; from: Date; to: Date | null }>(
      `select project_id as "projectId", person_id as "personId", started_at as "from", ended_at as "to" from project_ownerships
       where project_id = any($1::uuid[]) order by project_id, started_at, seq`,
      [ids],
    ),
    db.query<{ projectId: string; toPersonId: string; from: Date; to: Date | null }>(
      `select project_id as "projectId", to_person_id as "toPersonId", proposed_at as "from", decided_at as "to" from handoffs
       where project_id = any($1::uuid[]) order by project_id, proposed_at`,
      [ids],
    ),
    db.query<{ projectId: string; at: Date; change: string }>(
      `select project_id as "projectId", at, case kind when 'commit' then amount else -amount end as change from cost_ledger
       where project_id = any($1::uuid[]) and kind in ('commit', 'release') order by project_id, at, id`,
      [ids],
    ),
    db.query<{ projectId: string; days: string }>(
      `select project_id as "projectId", sum(days) as days from bookings where project_id = any($1::uuid[]) and unit = 'day' group by project_id`,
      [ids],
    ),
    db.query<{ projectId: string; role: string; personId: string }>(
      `select distinct on (project_id, credit_role) project_id as "projectId", credit_role as role, person_id as "personId" from credit_entries
       where project_id = any($1::uuid[]) and idempotency_key like 'credit:%:0:%' order by project_id, credit_role, id`,
      [ids],
    ),
  ]);
  return {
    projects,
    requests: groupBy(requests.rows),
    stages: groupBy(stages.rows),
    owners: groupBy(owners.rows),
    offers: groupBy(offers.rows),
    ledger: groupBy(ledger.rows),
    days: new Map(days.rows.map((d) => [d.projectId, Number(d.days)])),
    credit: groupBy(credit.rows),
  };
}

/** The owners during a stage: the one holding it when it started, then everyone who took it over before it ended. */
function stageOwners(stage: { from: Date; to: Date | null }, owners: ReadonlyArray<{ personId: string; from: Date; to: Date | null }>) {
  const start = stage.from.getTime();
  const end = stage.to?.getTime() ?? Infinity;
  const first = owners.filter((o) => o.from.getTime() <= start && (o.to === null || o.to.getTime() > start)).at(-1);
  const later = owners.filter((o) => o.from.getTime() > start && o.from.getTime() < end);
  return [
    ...(first ? [{ personId: first.personId, from: stage.from.toISOString() }] : []),
    ...later.map((o) => ({ personId: o.personId, from: o.from.toISOString() })),
  ];
}

function factsOf(p: ProjectRow, batch: Awaited<ReturnType<typeof readBatch>>, org: Organisation): SimulationProjectFacts {
  const credit = batch.credit.get(p.id) ?? [];
  const creditOf = (role: string) => credit.find((c) => c.role === role)?.personId ?? null;
  const owners = batch.owners.get(p.id) ?? [];
  const salesOwnerId = creditOf('sales_owner');
  return {
    projectId: p.id,
    name: p.name,
    officeId: p.officeId,
    salesOwnerId: p.salesOwnerId,
    openedAt: p.createdAt.toISOString(),
    status: p.status,
    expectedValue: { amount: Number(p.amount), currency: p.currency },
    industry: p.industry,
    channel: p.channel,
    strategic: p.strategic,
    quality: p.quality,
    tierOverride: p.tierOverride,
    recorded: { tier: p.tier, budget: Number(p.budget), policyVersion: p.policyVersion },
    posts: org.posts({ officeId: p.officeId, industry: p.industry, solution: p.solution, teamLeadId: p.teamLeadId }),
    dispatch: p.dispatchFrom ? { from: p.dispatchFrom.toISOString(), to: iso(p.dispatchTo) } : null,
    requests: (batch.requests.get(p.id) ?? []).map((r) => ({
      approval: { from: r.from.toISOString(), to: iso(r.to) },
      priced: r.pricedAt && r.planned !== null ? { at: r.pricedAt.toISOString(), planned: Number(r.planned) } : null,
      exception: r.exFrom ? { from: r.exFrom.toISOString(), to: iso(r.exTo) } : null,
    })),
    ledger: (batch.ledger.get(p.id) ?? []).map((e) => ({ at: e.at.toISOString(), change: Number(e.change) })),
    presalesDays: batch.days.get(p.id) ?? 0,
    stages: (batch.stages.get(p.id) ?? []).map((s) => ({ stage: s.stage, from: s.from.toISOString(), to: iso(s.to), owners: stageOwners(s, owners) })),
    handoffOffers: (batch.offers.get(p.id) ?? []).map((o) => ({ toPersonId: o.toPersonId, from: o.from.toISOString(), to: iso(o.to) })),
    win:
      p.status === 'won' && p.finalAmount !== null && salesOwnerId
        ? {
            finalValue: { amount: Number(p.finalAmount), currency: p.currency },
            people: { salesOwnerId, presalesLeadId: creditOf('presales_lead'), deliveryManagerId: creditOf('delivery_manager') },
          }
        : null,
  };
}

/** How many projects one batch simulates: one activity's work. */
export const SIMULATION_BATCH_SIZE = 500;

/**
 * Simulates the next batch of the window after `after` and stores each project's outcome (idempotent: a batch run
 * again writes the same rows once). Answers how many it did and where the next batch starts (null: the window is done).
 */
export async function simulateBatch(
  pool: Pool,
  input: { simulationId: string; after: SimulationCursor | null; limit?: number },
): Promise<{ simulated: number; next: SimulationCursor | null }> {
  const simulation = await getSimulation(pool, input.simulationId);
  if (!simulation) throw new Error(`no simulation ${input.simulationId}`);
  // The requester's sight, and the version in force when the simulation began as the rules read it (sections added since default).
  const [requester, current] = await Promise.all([getPerson(pool, simulation.requestedBy), policyVersion(pool, simulation.currentVersion)]);
  if (!current) throw new Error(`no policy version ${simulation.currentVersion}`);
  const viewer: Viewer = { id: simulation.requestedBy, roles: requester?.roles ?? [] };
  const limit = input.limit ?? SIMULATION_BATCH_SIZE;
  const request = { from: simulation.from, to: simulation.to, officeIds: simulation.officeIds };
  const [batch, org] = await Promise.all([readBatch(pool, viewer, request, input.after, limit), readOrganisation(pool)]);
  const asOf = simulation.createdAt.toISOString();
  const outcomes = batch.projects.map((p) => simulateBoth(current.document, simulation.candidate, factsOf(p, batch, org), org, asOf));
  if (outcomes.length > 0) {
    await pool.query(
      `with stored as (
         insert into policy_simulation_projects (simulation_id, project_id, opened_at, outcome)
         select $1, p.id, p.created_at, o from jsonb_array_elements($2::jsonb) as t(o) join projects p on p.id = (o->>'projectId')::uuid
         on conflict (simulation_id, project_id) do nothing returning 1)
       update policy_simulations set done = done + (select count(*) from stored) where id = $1`,
      [input.simulationId, JSON.stringify(outcomes)],
    );
  }
  const last = batch.projects.at(-1);
  return {
    simulated: outcomes.length,
    next: last && batch.projects.length === limit ? { createdAt: last.createdAt.toISOString(), id: last.id } : null,
  };
}

/** Adds up the stored outcomes into the report and marks the simulation done. */
export async function finishSimulation(pool: Pool, input: { simulationId: string; at: string }): Promise<SimulationReport> {
  const { rows } = await pool.query<{ outcome: SimulatedProject }>(
    'select outcome from policy_simulation_projects where simulation_id = $1 order by opened_at, project_id',
    [input.simulationId],
  );
  const report = simulationReport(rows.map((r) => r.outcome));
  await pool.query(
    `update policy_simulations set status = 'done', report = $2, finished_at = coalesce(finished_at, $3), total = greatest(total, done)
     where id = $1 and status <> 'failed'`,
    [input.simulationId, JSON.stringify(report), input.at],
  );
  return report;
}

export async function failSimulation(pool: Pool, input: { simulationId: string; error: string; at: string }): Promise<void> {
  await pool.query(`update policy_simulations set status = 'failed', error = $2, finished_at = $3 where id = $1 and status = 'running'`, [
    input.simulationId,
    input.error.slice(0, 2000),
    input.at,
  ]);
}

/** Every batch of the window, one after another, then the report: the small windows the API answers at once. */
export async function runSimulation(pool: Pool, simulationId: string, at: string): Promise<SimulationReport> {
  let after: SimulationCursor | null = null;
  do {
    ({ next: after } = await simulateBatch(pool, { simulationId, after }));
  } while (after);
  return finishSimulation(pool, { simulationId, at });
}
