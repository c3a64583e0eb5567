import { deadlineAfter } from '../domain/collaborate';
import { reject } from '../domain/errors';
import { periodFitsPolicy, periodResults, type PeriodScore, type PeriodStatus } from '../domain/performance';
import type { Role } from '../domain/people';
import type { PinnedPolicy } from '../domain/policy';
import { periodWindow, type Period } from '../domain/targets';
import { audit } from './audit';
import { IN_WINDOW } from './assess-reports';
import { notify } from './notifications';
import { currentPolicy, policyVersion } from './policies';
import { inTransaction, type Pool, type PoolClient, type Transaction } from './pool';

/**
 * 绩效打分 on record: a period's close (the scores it counts, the results) and its freeze, and the helpers its
 * appeals share (performance-appeals.ts): the period's row lock, the pinned policy, the results' recomputation,
 * notices sent once. Each write is one transaction holding the period's row lock, idempotent by its business key,
 * audited, and notifying whom it concerns; the rules are domain/performance.ts.
 */

export interface PeriodRecord {
  period: string;
  status: PeriodStatus;
  policyVersion: number;
  appealUntil: string;
  closedEarly: boolean;
}

/** When an appeal still open after `from` moves up to its decider's manager: `appealDecisionHours` of business time. */
export const decideByAfter = (policy: PinnedPolicy, from: string) => deadlineAfter(policy.document, from, policy.document.assessment.appealDecisionHours);

export async function pinnedPolicyOf(pool: Pool, period: PeriodRecord): Promise<PinnedPolicy> {
  const policy = await policyVersion(pool, period.policyVersion);
  if (!policy) throw new Error(`policy v${period.policyVersion} pinned by ${period.period} is missing`);
  return policy;
}

/** The scores of the projects whose scoring was requested (the project closed) in the period, with days worked. */
export async function scoresClosedIn(db: Pool | PoolClient, period: Period): Promise<PeriodScore[]> {
  const { from, to } = periodWindow(period);
  const { rows } = await db.query<{ projectId: string; personId: string; scorerId: string; score: number; daysWorked: string }>(
    `select s.project_id as "projectId", s.person_id as "personId", s.scorer_id as "scorerId", s.score,
            coalesce((select sum(t.days) from time_entries t where t.project_id = s.project_id and t.person_id = s.person_id), 0) as "daysWorked"
     from scores s join scoring_requests r on r.project_id = s.project_id
     where ${IN_WINDOW('r.requested_at')}
     order by s.project_id, s.person_id`,
    [from, to],
  );
  return rows.map((r) => ({ ...r, daysWorked: Number(r.daysWorked) }));
}

/** Every person's roles as on record now, for the score share their role sets. */
export async function rolesOfPeople(db: Pool | PoolClient, ids: readonly string[]): Promise<(personId: string) => readonly Role[]> {
  const { rows } = await db.query<{ id: string; roles: Role[] }>('select id, roles from people where id = any($1::uuid[])', [ids]);
  const roles = new Map(rows.map((r) => [r.id, r.roles]));
  return (personId) => roles.get(personId) ?? [];
}

export async function lockedPeriod(client: PoolClient, period: string): Promise<PeriodRecord | undefined> {
  const { rows } = await client.query<PeriodRecord>(
    `select period, status, policy_version as "policyVersion", appeal_until as "appealUntil", closed_early as "closedEarly"
     from performance_periods where period = $1 for update`,
    [period],
  );
  const row = rows[0];
  return row && { ...row, appealUntil: new Date(row.appealUntil).toISOString() };
}

/** Recomputes and stores the period's results from its stored scores, under the policy pinned at close. */
export async function storeResults(client: PoolClient, period: string, policy: PinnedPolicy): Promise<string[]> {
  const { rows: scores } = await client.query<PeriodScore & { daysWorked: string }>(
    `select project_id as "projectId", person_id as "personId", scorer_id as "scorerId", score, days_worked as "daysWorked",
            amended_score as "amendedScore"
     from performance_scores where period = $1`,
    [period],
  );
  const counted = scores.map((s) => ({ ...s, daysWorked: Number(s.daysWorked) }));
  const rolesOf = await rolesOfPeople(client, [...new Set(counted.map((s) => s.personId))]);
  const results = periodResults(policy.document.assessment, counted, rolesOf);
  await client.query('update performance_periods set company_mean = $2 where period = $1', [period, results.companyMean]);
  await client.query('delete from performance_results where period = $1', [period]);
  for (const person of results.people) {
    await client.query(
      `insert into performance_results (period, person_id, role, result, score_share_basis_points, pay_factor_basis_points, projects)
       values ($1, $2, $3, $4, $5, $6, $7)`,
      [period, person.personId, person.role, person.result, person.scoreShareBasisPoints, person.payFactorBasisPoints, JSON.stringify(person.projects)],
    );
  }
  return results.people.map((p) => p.personId);
}

/** Notifies `personIds` once each (keyed by `keyPrefix` and the person) and answers the notifications' ids, for delivery. */
export async function notifyOnce(
  client: Transaction,
  personIds: readonly string[],
  keyPrefix: string,
  notice: { projectId: string | null; kind: string; title: string; data: Record<string, unknown>; at: string },
): Promise<number[]> {
  const keyFor = (personId: string) => `${keyPrefix}:${personId}`;
  notify(client, personIds, notice.projectId, notice.kind, notice.title, notice.data, notice.at, keyFor);
  const { rows } = await client.query<{ id: string }>('select id from notifications where idempotency_key = any($1::text[])', [personIds.map(keyFor)]);
  return rows.map((r) => Number(r.id));
}

export async function directors(client: PoolClient): Promise<string[]> {
  const { rows } = await client.query<{ id: string }>(`select id from people where 'director' = any(roles) order by id`);
  return rows.map((r) => r.id);
}

export interface PeriodClose {
  period: Period;
  closedById: string;
  reason: string;
  /** Closing a period before its last day: its later scores are not counted. */
  early: boolean;
  at: string;
}

/**
 * Closes `period` once: stores the scores it counts and the results under the current policy, opens the appeal
 * window (business hours on the policy calendar) and notifies every scored person. A second close answers the first.
 */
export async function closePeriod(pool: Pool, close: PeriodClose): Promise<PeriodRecord & { decideBy: string; notificationIds: number[] }> {
  const policy = await currentPolicy(pool);
  const assessment = policy.document.assessment;
  if (!periodFitsPolicy(assessment, close.period)) {
    throw reject.invalid(`the policy closes results per ${assessment.period}: ${close.period} is not one`, [{ path: 'period', message: `a ${assessment.period}` }]);
  }
  return inTransaction(pool, async (client) => {
    await client.query('select pg_advisory_xact_lock(hashtext($1))', [`performance-period:${close.period}`]);
    const existing = await lockedPeriod(client, close.period);
    if (existing) return { ...existing, decideBy: decideByAfter(await pinnedPolicyOf(pool, existing), existing.appealUntil), notificationIds: [] };
    const appealUntil = deadlineAfter(policy.document, close.at, assessment.appealWindowHours);
    await client.query(
      `insert into performance_periods (period, status, policy_version, closed_by_id, closed_at, closed_early, reason, appeal_until)
       values ($1, 'appeal', $2, $3, $4, $5, $6, $7)`,
      [close.period, policy.version, close.closedById, close.at, close.early, close.reason, appealUntil],
    );
    for (const s of await scoresClosedIn(client, close.period)) {
      await client.query(
        `insert into performance_scores (period, project_id, person_id, scorer_id, score, days_worked) values ($1, $2, $3, $4, $5, $6)`,
        [close.period, s.projectId, s.personId, s.scorerId, s.score, s.daysWorked],
      );
    }
    const scored = await storeResults(client, close.period, policy);
    const notified = await notifyOnce(client, scored, `performance-closed:${close.period}`, {
      projectId: null,
      kind: 'performance_closed',
      title: `Your ${close.period} result is out: you may appeal a score until ${appealUntil}`,
      data: { period: close.period, appealUntil },
      at: close.at,
    });
    await audit(client, {
      actorId: close.closedById,
      action: 'performance_period_closed',
      entityType: 'performance_period',
      entityId: close.period,
      reason: close.reason,
      data: { policyVersion: policy.version, people: scored.length, appealUntil, early: close.early },
      idempotencyKey: `performance-period-closed:${close.period}`,
      at: close.at,
    });
    return {
      period: close.period,
      status: 'appeal',
      policyVersion: policy.version,
      appealUntil,
      closedEarly: close.early,
      decideBy: decideByAfter(policy, appealUntil),
      notificationIds: notified,
    };
  });
}

export async function requirePeriod(client: PoolClient, period: string): Promise<PeriodRecord> {
  const record = await lockedPeriod(client, period);
  if (!record) throw reject.conflict(`${period} is not closed: there are no results to appeal yet`);
  return record;
}

/** Freezes the period: its results no longer change. Idempotent. */
export async function freezePeriod(pool: Pool, input: { period: Period; at: string }): Promise<void> {
  await inTransaction(pool, async (client) => {
    const period = await requirePeriod(client, input.period);
    if (period.status === 'frozen') return;
    await client.query(`update performance_periods set status = 'frozen', frozen_at = $2 where period = $1`, [input.period, input.at]);
    await audit(client, {
      actorId: null,
      action: 'performance_period_frozen',
      entityType: 'performance_period',
      entityId: input.period,
      idempotencyKey: `performance-period-frozen:${input.period}`,
      at: input.at,
    });
  });
}
