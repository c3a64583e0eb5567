/*
 * 绩效打分 appeals on record: filed against one score, decided by the scorer's manager (the results computed again on
 * an amendment), moved up the manager tree when their decider lets them wait. Each write holds the period's row lock
 * and is idempotent, audited and notified, as the period's close and freeze are (performance-record.ts).
 */
import { reject } from '../domain/errors';
import {
  appealDecider,
  checkAppeal,
  checkAppealDecision,
  escalatedDecider,
  type AppealDecision,
  type PeriodAppeal,
} from '../domain/performance';
import type { Role } from '../domain/people';
import type { Period } from '../domain/targets';
import { audit } from './audit';
import { managerChain } from './people';
import { decideByAfter, directors, notifyOnce, pinnedPolicyOf, requirePeriod, storeResults } from './performance-record';
import { inTransaction, type Pool, type PoolClient } from './pool';

async function appealsOf(client: PoolClient, period: string): Promise<PeriodAppeal[]> {
  const { rows } = await client.query<PeriodAppeal>(
    `select id as "appealId", project_id as "projectId", person_id as "personId", scorer_id as "scorerId", decider_id as "deciderId", status
     from performance_appeals where period = $1`,
    [period],
  );
  return rows;
}

export interface AppealFiling {
  appealId: string;
  period: Period;
  personId: string;
  projectId: string;
  reason: string;
  at: string;
}

/** Files an appeal against one score (once per score; the same appeal id again answers the first). */
export async function fileAppeal(pool: Pool, filing: AppealFiling): Promise<{ appeal: PeriodAppeal; notificationIds: number[] }> {
  return inTransaction(pool, async (client) => {
    const period = await requirePeriod(client, filing.period);
    const appeals = await appealsOf(client, filing.period);
    const filed = appeals.find((a) => a.appealId === filing.appealId);
    if (filed) return { appeal: filed, notificationIds: [] };
    const { rows: scored } = await client.query<{ projectId: string; personId: string; scorerId: string; managerId: string | null }>(
      `select s.project_id as "projectId", s.person_id as "personId", s.scorer_id as "scorerId", m.manager_id as "managerId"
       from performance_scores s join people m on m.id = s.scorer_id where s.period = $1`,
      [filing.period],
    );
    checkAppeal(period, scored, appeals, filing);
    const score = scored.find((s) => s.projectId === filing.projectId && s.personId === filing.personId)!;
    const appeal: PeriodAppeal = {
      appealId: filing.appealId,
      projectId: filing.projectId,
      personId: filing.personId,
      scorerId: score.scorerId,
      deciderId: appealDecider(score.managerId, filing.personId),
      status: 'open',
    };
    await client.query(
      `insert into performance_appeals (id, period, project_id, person_id, scorer_id, decider_id, reason, status, raised_at)
       values ($1, $2, $3, $4, $5, $6, $7, 'open', $8)`,
      [appeal.appealId, filing.period, appeal.projectId, appeal.personId, appeal.scorerId, appeal.deciderId, filing.reason, filing.at],
    );
    const notified = await notifyOnce(client, appeal.deciderId ? [appeal.deciderId] : await directors(client), `performance-appeal:${appeal.appealId}`, {
      projectId: appeal.projectId,
      kind: 'performance_appeal',
      title: `A ${filing.period} score is appealed: decide it`,
      data: { period: filing.period, appealId: appeal.appealId },
      at: filing.at,
    });
    await audit(client, {
      actorId: filing.personId,
      action: 'performance_appeal_filed',
      entityType: 'performance_appeal',
      entityId: appeal.appealId,
      reason: filing.reason,
      data: { period: filing.period, projectId: appeal.projectId, scorerId: appeal.scorerId, deciderId: appeal.deciderId },
      idempotencyKey: `performance-appeal-filed:${appeal.appealId}`,
      at: filing.at,
    });
    return { appeal, notificationIds: notified };
  });
}

export interface AppealRuling extends AppealDecision {
  appealId: string;
  period: Period;
  decider: { id: string; roles: Role[] };
  reason: string;
  at: string;
}

/** Decides an appeal; an amended score replaces the one given and the period's results are computed again. */
export async function decideAppeal(pool: Pool, ruling: AppealRuling): Promise<{ appeal: PeriodAppeal; notificationIds: number[] }> {
  return inTransaction(pool, async (client) => {
    const period = await requirePeriod(client, ruling.period);
    const appeal = (await appealsOf(client, ruling.period)).find((a) => a.appealId === ruling.appealId);
    if (!appeal) throw reject.notFound(`no appeal ${ruling.appealId} in ${ruling.period}`);
    const { rows: decided } = await client.query<{ decidedById: string | null }>('select decided_by_id as "decidedById" from performance_appeals where id = $1', [appeal.appealId]);
    // The same decision delivered again (a retried activity) answers the first.
    if (appeal.status !== 'open' && decided[0]?.decidedById === ruling.decider.id && appeal.status === ruling.outcome) {
      return { appeal, notificationIds: [] };
    }
    if (period.status === 'frozen') throw reject.conflict('the period is frozen: its results no longer change');
    checkAppealDecision(appeal, ruling.decider, ruling);
    await client.query(
      `update performance_appeals set status = $2, decided_by_id = $3, decided_at = $4, decision_reason = $5, amended_score = $6 where id = $1`,
      [appeal.appealId, ruling.outcome, ruling.decider.id, ruling.at, ruling.reason, ruling.score ?? null],
    );
    if (ruling.outcome === 'amended') {
      await client.query('update performance_scores set amended_score = $4 where period = $1 and project_id = $2 and person_id = $3', [
        ruling.period, appeal.projectId, appeal.personId, ruling.score,
      ]);
      await storeResults(client, ruling.period, await pinnedPolicyOf(pool, period));
    }
    const notified = await notifyOnce(client, [appeal.personId], `performance-appeal-decided:${appeal.appealId}`, {
      projectId: appeal.projectId,
      kind: 'performance_appeal_decided',
      title: `Your appeal of a ${ruling.period} score was ${ruling.outcome}`,
      data: { period: ruling.period, appealId: appeal.appealId, outcome: ruling.outcome, score: ruling.score ?? null },
      at: ruling.at,
    });
    await audit(client, {
      actorId: ruling.decider.id,
      action: 'performance_appeal_decided',
      entityType: 'performance_appeal',
      entityId: appeal.appealId,
      reason: ruling.reason,
      data: { period: ruling.period, outcome: ruling.outcome, score: ruling.score ?? null },
      idempotencyKey: `performance-appeal-decided:${appeal.appealId}`,
      at: ruling.at,
    });
    return { appeal: { ...appeal, status: ruling.outcome }, notificationIds: notified };
  });
}

/**
 * The appeals still open when their decider's time is up move to the decider's manager (the directors at the top),
 * each told and audited; answers when the next move falls due. `at` names the step: a retried activity moves none twice.
 */
export async function escalateOpenAppeals(pool: Pool, input: { period: Period; at: string }): Promise<{ escalated: number; decideBy: string; notificationIds: number[] }> {
  return inTransaction(pool, async (client) => {
    const period = await requirePeriod(client, input.period);
    const policy = await pinnedPolicyOf(pool, period);
    const notificationIds: number[] = [];
    let escalated = 0;
    for (const appeal of (await appealsOf(client, input.period)).filter((a) => a.status === 'open')) {
      const key = `performance-appeal-escalated:${appeal.appealId}:${input.at}`;
      const { rowCount } = await client.query('select 1 from audit_log where idempotency_key = $1', [key]);
      if (rowCount) continue;
      const deciderId = escalatedDecider(appeal.deciderId, appeal.deciderId ? await managerChain(client, appeal.deciderId) : [], appeal.personId);
      await client.query('update performance_appeals set decider_id = $2 where id = $1', [appeal.appealId, deciderId]);
      notificationIds.push(
        ...(await notifyOnce(client, deciderId ? [deciderId] : await directors(client), key, {
          projectId: appeal.projectId,
          kind: 'performance_appeal',
          title: `A ${input.period} appeal has waited too long: decide it`,
          data: { period: input.period, appealId: appeal.appealId, escalatedFrom: appeal.deciderId },
          at: input.at,
        })),
      );
      await audit(client, {
        actorId: null,
        action: 'performance_appeal_escalated',
        entityType: 'performance_appeal',
        entityId: appeal.appealId,
        data: { period: input.period, from: appeal.deciderId, to: deciderId },
        idempotencyKey: key,
        at: input.at,
      });
      escalated++;
    }
    return { escalated, decideBy: decideByAfter(policy, input.at), notificationIds };
  });
}
