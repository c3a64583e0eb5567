import { WithStartWorkflowOperation } from '@temporalio/client';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appealsFor, performanceReport, type PerformanceReport } from '../../db/performance-report';
import { AppealListSchema, AppealSchema, PerformanceReportSchema } from '../../db/performance-read-model';
import { currentPolicy } from '../../db/policies';
import type { Pool } from '../../db/pool';
import { periodFitsPolicy } from '../../domain/performance';
import { SCORE_MAX, SCORE_MIN } from '../../domain/scoring';
import { periodWindow, PeriodSchema } from '../../domain/targets';
import { ReasonText } from '../../domain/text';
import {
  decideAppealUpdate,
  fileAppealUpdate,
  performancePeriodWorkflow,
  performancePeriodWorkflowId,
  periodClosedUpdate,
} from '../../workflows/performance-period-workflow';
import { caller, requireRole } from '../auth';
import type { AppDeps } from '../deps';
import { httpError } from '../errors';
import { idFromIdempotencyKey, idempotent } from '../idempotency';
import { errorResponses as errors, updateIdFor } from '../project-access';
import { onlyFor } from '../route-roles';
import { todayUtc } from '../../db/reports';

/**
 * 绩效打分: a director closes a period (the results are computed, the appeal window opens, then the period freezes —
 * workflows/performance-period-workflow.ts); a scored person appeals a score; the scorer's manager decides; the
 * results are read as a report (JSON, or CSV for HR) by the person, the managers above them, directors and admins.
 */

const PeriodParams = z.object({ period: PeriodSchema });
const ScoreValue = z.number().int().min(SCORE_MIN).max(SCORE_MAX);

const PeriodViewSchema = z.object({
  period: z.string(),
  status: z.enum(['closing', 'appeal', 'frozen']),
  appealUntil: z.string().nullable(),
  policyVersion: z.number().int().nullable(),
  openAppeals: z.number().int(),
});

const CSV_COLUMNS = ['period', 'status', 'person_id', 'name', 'role', 'result', 'score_share_percent', 'pay_factor_percent', 'projects', 'days_worked', 'open_appeals'];

function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  // A leading = + - @ makes a spreadsheet run the cell as a formula: quote it as text.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) || safe !== text ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One line per person, for HR's payroll sheet. */
export function performanceCsv(report: PerformanceReport): string {
  const lines = report.people.map((p) =>
    [
      report.period,
      report.status,
      p.personId,
      p.name,
      p.role,
      p.result.toFixed(2),
      (p.scoreShareBasisPoints / 100).toFixed(2),
      (p.payFactorBasisPoints / 100).toFixed(2),
      p.projects.length,
      p.daysWorked,
      p.appeals.filter((a) => a.status === 'open').length,
    ]
      .map(csvField)
      .join(','),
  );
  return `${[CSV_COLUMNS.join(','), ...lines].join('\r\n')}\r\n`;
}

async function closedPeriod(pool: Pool, period: string): Promise<{ status: 'appeal' | 'frozen' } | undefined> {
  const { rows } = await pool.query<{ status: 'appeal' | 'frozen' }>('select status from performance_periods where period = $1', [period]);
  return rows[0];
}

/** A period whose results may still change: closed, not frozen. */
async function requireAppealOpen(pool: Pool, period: string): Promise<void> {
  const closed = await closedPeriod(pool, period);
  if (!closed) throw httpError.conflict(`${period} is not closed: there are no results to appeal yet`);
  if (closed.status === 'frozen') throw httpError.conflict(`${period} is frozen: its results no longer change`);
}

export function performanceRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { pool, temporal, taskQueue } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const periodHandle = (period: string) => temporal.workflow.getHandle(performancePeriodWorkflowId(period));

  r.post(
    '/api/performance/periods/:period/close',
    {
      config: onlyFor('director'),
      schema: {
        tags: ['assess'],
        summary: '绩效打分: close a period — results computed, every scored person told, the appeal window opened, then frozen',
        description:
          'Directors. Counts the scores of the projects closed in the period (their scoring requested in it). A period that has not ended ' +
          'is closed only with early: true (its later scores are then not counted); one that has not begun, never. Once per period.',
        params: PeriodParams,
        body: z.object({ reason: ReasonText(), early: z.boolean().default(false) }),
        response: { 200: PeriodViewSchema, ...errors },
      },
    },
    async (request, reply) => {
      return idempotent(pool, request, reply, 200, async () => {
        const director = requireRole(request, 'director');
        const { period } = request.params;
        const { from, to } = periodWindow(period);
        const today = todayUtc();
        if (today < from) throw httpError.badRequest(`${period} has not begun`, [{ path: 'params.period', message: `begins ${from}` }]);
        if (today <= to && !request.body.early) {
          throw httpError.conflict(`${period} runs to ${to}: send early: true to close it now (scores given later in it are then not counted)`);
        }
        const policy = await currentPolicy(pool);
        if (!periodFitsPolicy(policy.document.assessment, period)) {
          throw httpError.badRequest(`the policy closes results per ${policy.document.assessment.period}: ${period} is not one`, [
            { path: 'params.period', message: `a ${policy.document.assessment.period}` },
          ]);
        }
        const closed = await closedPeriod(pool, period);
        // The same request again (its Idempotency-Key) is answered by `idempotent`; another close of a closed period is refused.
        if (closed) throw httpError.conflict(`${period} is already closed (${closed.status})`);
        return temporal.workflow.executeUpdateWithStart(periodClosedUpdate, {
          updateId: updateIdFor(request, `close-${period}`),
          startWorkflowOperation: new WithStartWorkflowOperation(performancePeriodWorkflow, {
            workflowId: performancePeriodWorkflowId(period),
            taskQueue,
            args: [{ period, closedById: director.id, reason: request.body.reason, early: today <= to }],
            workflowIdConflictPolicy: 'USE_EXISTING',
          }),
        });
      });
    },
  );

  r.post(
    '/api/performance/periods/:period/appeals',
    {
      schema: {
        tags: ['assess'],
        summary: '绩效打分: appeal one of your scores of a closed period, with a reason; the scorer’s manager decides',
        description: 'Only the person scored, only while the appeal window is open, once per score.',
        params: PeriodParams,
        body: z.object({ projectId: z.uuid(), reason: ReasonText() }),
        response: { 200: AppealSchema, ...errors },
      },
    },
    async (request, reply) => {
      return idempotent(pool, request, reply, 200, async () => {
        const person = caller(request);
        const { period } = request.params;
        await requireAppealOpen(pool, period);
        const appealId = idFromIdempotencyKey(request, 'performance-appeal');
        return periodHandle(period).executeUpdate(fileAppealUpdate, {
          args: [{ appealId, personId: person.id, projectId: request.body.projectId, reason: request.body.reason }],
          updateId: `appeal-${appealId}`,
        });
      });
    },
  );

  r.post(
    '/api/performance/periods/:period/appeals/:appealId/decision',
    {
      schema: {
        tags: ['assess'],
        summary: '绩效打分: the scorer’s manager upholds an appealed score or amends it; the results are computed again',
        description: 'A director decides where the scorer has no manager. An amended score is counted as given, not corrected for the scorer.',
        params: PeriodParams.extend({ appealId: z.uuid() }),
        body: z
          .object({ outcome: z.enum(['upheld', 'amended']), score: ScoreValue.optional().describe('the new score; only when amended'), reason: ReasonText() })
          .refine((b) => (b.outcome === 'amended') === (b.score !== undefined), { message: 'a score exactly when amended', path: ['score'] }),
        response: { 200: AppealSchema, ...errors },
      },
    },
    async (request, reply) => {
      return idempotent(pool, request, reply, 200, async () => {
        const person = caller(request);
        const { period, appealId } = request.params;
        await requireAppealOpen(pool, period);
        const { outcome, score, reason } = request.body;
        return periodHandle(period).executeUpdate(decideAppealUpdate, {
          args: [{ appealId, decider: { id: person.id, roles: [...person.roles] }, outcome, ...(score === undefined ? {} : { score }), reason }],
          updateId: updateIdFor(request, `appeal-decision-${appealId}`),
        });
      });
    },
  );

  r.get(
    '/api/performance/appeals',
    {
      schema: {
        tags: ['assess'],
        summary: 'The appeals the caller filed or must decide (directors: also those of scorers without a manager)',
        querystring: z.object({ period: PeriodSchema.optional(), status: z.enum(['open', 'decided']).optional() }),
        response: { 200: AppealListSchema, ...errors },
      },
    },
    async (request) => ({ items: await appealsFor(pool, caller(request), request.query) }),
  );

  r.get(
    '/api/reports/performance',
    {
      schema: {
        tags: ['reports'],
        summary: '绩效打分: each person’s projects, scores, weighted result and pay factor for a period (format=csv for HR)',
        description:
          'A person’s result shows to them, to the managers above them, and to directors and admins; a project in it is named only where the ' +
          'caller may see it. Before the period is closed the answer is a preview under the current policy.',
        querystring: z.object({ period: PeriodSchema, format: z.enum(['json', 'csv']).default('json') }),
        response: { 200: PerformanceReportSchema.or(z.string().describe('CSV, one line per person')), ...errors },
      },
    },
    async (request, reply) => {
      const report = await performanceReport(pool, caller(request), request.query.period);
      if (request.query.format === 'json') return report;
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="performance-${request.query.period}.csv"`)
        .send(performanceCsv(report));
    },
  );
}
