import type { AssessEvent } from '../domain/assess';
import { SYSTEM_ACTOR_ID, type Role } from '../domain/people';
import { SEES_ALL_SCORES } from '../domain/visibility';
import { peopleAtOrBelow } from './people';
import { notify } from './notifications';
import type { Pool, Transaction } from './pool';
import type { ProjectScoring } from './read-models';

/** Projections of the Assess events of one project, in the same transaction as the event. */
export async function applyAssessProjection(
  client: Transaction,
  projectId: string,
  event: AssessEvent & { seq: number; at: string; actorId: string },
): Promise<void> {
  const { seq, at, actorId } = event;
  const keyFor = (personId: string) => `project:${projectId}:${seq}:${personId}`;
  switch (event.type) {
    case 'credit_granted':
      for (const line of event.lines) {
        client.write(
          `insert into credit_entries (project_id, person_id, credit_role, basis_points, amount, currency, reason, idempotency_key, at, actor_id)
           values ($1, $2, $3, $4, $5, $6, 'won', $7, $8, $9) on conflict (idempotency_key) do nothing`,
          [projectId, line.personId, line.creditRole, line.basisPoints, line.amount.amount, line.amount.currency, `credit:${projectId}:0:${line.personId}:${line.creditRole}`, at, actorId],
        );
      }
      client.write(
        `insert into revenue_entries (project_id, amount, currency, reason, idempotency_key, at, actor_id)
         values ($1, $2, $3, 'won', $4, $5, $6) on conflict (idempotency_key) do nothing`,
        [projectId, event.finalValue.amount, event.finalValue.currency, `revenue:${projectId}:0`, at, actorId],
      );
      client.write('update projects set final_amount = $2 where id = $1', [projectId, event.finalValue.amount]);
      return;
    case 'scoring_requested':
      client.write(
        `insert into scoring_requests (project_id, scorer_id, participant_ids, status, due_at, requested_at)
         values ($1, $2, $3, 'open', $4, $5) on conflict (project_id) do nothing`,
        [projectId, event.scorerId, event.participants, event.dueAt, at],
      );
      notify(client, [event.scorerId], projectId, 'scoring_requested', 'Score everyone who worked on your project', { participants: event.participants, dueAt: event.dueAt }, at, keyFor);
      return;
    case 'scores_submitted':
      for (const s of event.scores) {
        client.write(
          `insert into scores (project_id, person_id, scorer_id, score, comment, scored_at) values ($1, $2, $3, $4, $5, $6)
           on conflict (project_id, person_id) do nothing`,
          [projectId, s.personId, actorId, s.score, s.comment, at],
        );
      }
      return;
    case 'scoring_completed':
      client.write(`update scoring_requests set status = 'complete', completed_at = $2 where project_id = $1`, [projectId, at]);
      return;
  }
}

/** Everyone who owned a stage, was booked, decided an approval or signed feasibility — not the scorer, not Moat. */
/** Who took part: owned a stage, was booked, decided an approval, signed feasibility. */
const TAKING_PART = `
  select person_id from project_ownerships where project_id = $1
  union select person_id from bookings where project_id = $1
  union select decided_by_id from approvals where project_id = $1 and status in ('approved', 'rejected')
  union select signed_by_id from feasibility_signoffs where project_id = $1`;

export async function scoringParticipants(pool: Pool, projectId: string, scorerId: string): Promise<string[]> {
  const { rows } = await pool.query<{ person_id: string }>(
    // People named for credit at close (a team lead named delivery manager) are scored like everyone who took part.
    `select distinct person_id from (${TAKING_PART} union select person_id from credit_entries where project_id = $1) taking_part
     where person_id is not null and person_id <> $2 and person_id <> $3
     order by person_id`,
    [projectId, scorerId, SYSTEM_ACTOR_ID],
  );
  return rows.map((r) => r.person_id);
}

/** Who may be credited on a win (双算): everyone who took part, and the delivery team lead appointed to the project. */
export async function creditEligible(pool: Pool, projectId: string): Promise<string[]> {
  const { rows } = await pool.query<{ person_id: string }>(
    `select distinct person_id from (
       ${TAKING_PART}
       union select dispatch_lead_id from projects where id = $1
     ) eligible where person_id is not null and person_id <> $2
     order by person_id`,
    [projectId, SYSTEM_ACTOR_ID],
  );
  return rows.map((r) => r.person_id);
}


export interface ProjectCredit {
  /** The final value now: the revenue entries summed (the win, then every correction); null before a win. */
  finalValue: { amount: number; currency: string } | null;
  /** Each credited person and role with their credit now, the win's entry and its corrections summed. */
  holders: Array<{ personId: string; creditRole: string; amount: { amount: number; currency: string } }>;
  /** Every credit entry in order: the win's, then each correction's. */
  entries: Array<{ personId: string; creditRole: string; basisPoints: number; amount: { amount: number; currency: string }; reason: string; at: string }>;
}

/** 背数字, 双算 on one project: the final value and everyone's credit as they stand, corrections included. */
export async function projectCredit(pool: Pool, projectId: string): Promise<ProjectCredit> {
  const [revenue, entries] = await Promise.all([
    pool.query<{ amount: number; currency: string }>(
      'select sum(amount)::float8 as amount, currency from revenue_entries where project_id = $1 group by currency order by currency',
      [projectId],
    ),
    pool.query<ProjectCredit['entries'][number]>(
      `select person_id as "personId", credit_role as "creditRole", basis_points as "basisPoints",
         json_build_object('amount', amount, 'currency', currency) as amount, reason, to_json(at) #>> '{}' as at
       from credit_entries where project_id = $1 order by at, id`,
      [projectId],
    ),
  ]);
  const holders = new Map<string, ProjectCredit['holders'][number]>();
  for (const e of entries.rows) {
    const key = `${e.personId}/${e.creditRole}/${e.amount.currency}`;
    const held = holders.get(key) ?? { personId: e.personId, creditRole: e.creditRole, amount: { amount: 0, currency: e.amount.currency } };
    held.amount = { ...held.amount, amount: held.amount.amount + e.amount.amount };
    holders.set(key, held);
  }
  return { finalValue: revenue.rows[0] ?? null, holders: [...holders.values()], entries: entries.rows };
}

/** Whether scores are still owed on the project (its workflow waits for them). */
export async function scoringOpenOnRecord(pool: Pool, projectId: string): Promise<boolean> {
  const { rows } = await pool.query<{ open: boolean }>(`select status = 'open' as open from scoring_requests where project_id = $1`, [projectId]);
  return rows[0]?.open ?? false;
}

/**
 * Who is to be scored and who is missing, with the scores `viewer` may see: those they gave, those given to them,
 * those given to people below them in the manager tree, and all of them for directors and admins — as the scores
 * report shows them. Who is still missing is no secret (the scorer is reminded of it); a score and its comment are.
 */
export async function projectScoring(pool: Pool, projectId: string, viewer: { id: string; roles: readonly Role[] }): Promise<ProjectScoring> {
  const all = SEES_ALL_SCORES.some((role) => viewer.roles.includes(role));
  const [request, scores] = await Promise.all([
    pool.query<Omit<ProjectScoring, 'missing' | 'scores'>>(
      `select scorer_id as "scorerId", participant_ids as participants, status, to_json(due_at) #>> '{}' as "dueAt"
       from scoring_requests where project_id = $1`,
      [projectId],
    ),
    pool.query<ProjectScoring['scores'][number] & { visible: boolean }>(
      `with recursive ${peopleAtOrBelow('$2')}
       select person_id as "personId", score, comment, to_json(scored_at) #>> '{}' as "scoredAt",
              ($3::boolean or scorer_id = $2 or person_id in (select id from tree)) as visible
       from scores where project_id = $1 order by scored_at, person_id`,
      [projectId, viewer.id, all],
    ),
  ]);
  const row = request.rows[0];
  if (!row) return { status: 'not_requested', scorerId: null, dueAt: null, participants: [], missing: [], scores: [] };
  const scored = new Set(scores.rows.map((s) => s.personId));
  const visible = scores.rows.filter((s) => s.visible).map(({ visible: _, ...score }) => score);
  return { ...row, missing: row.participants.filter((p) => !scored.has(p)), scores: visible };
}
