import { periodResults, type PerformanceResult, type ScoredProject } from '../domain/performance';
import type { PerformanceAppealLine, PerformancePersonRow, PerformanceReport } from './performance-read-model';
import type { Period } from '../domain/targets';
import { holdsAny, SEES_ALL_PROJECTS, SEES_ALL_SCORES } from '../domain/visibility';
import { rolesOfPeople, scoresClosedIn } from './performance-record';
import { currentPolicy } from './policies';
import { peopleAtOrBelow } from './people';
import type { Pool } from './pool';
import { visibleProjects, type Viewer } from './visibility';

/**
 * 绩效打分 as read: a closed period's stored results, or (before its close) a preview computed from the record
 * under the current policy. A person's result is pay evidence: it shows to the person, to everyone above them and
 * to directors and admins (the rule for scores); a project of it is named only where the viewer may see it.
 */

export type { PerformanceAppealLine, PerformancePersonRow, PerformanceReport };

interface PeriodRow {
  status: 'appeal' | 'frozen';
  policyVersion: number;
  closedAt: Date;
  closedEarly: boolean;
  appealUntil: Date;
  frozenAt: Date | null;
  companyMean: string | null;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

async function storedResults(pool: Pool, period: Period): Promise<{ head: PeriodRow; people: PerformanceResult[] } | undefined> {
  const { rows } = await pool.query<PeriodRow>(
    `select status, policy_version as "policyVersion", closed_at as "closedAt", closed_early as "closedEarly",
            appeal_until as "appealUntil", frozen_at as "frozenAt", company_mean as "companyMean"
     from performance_periods where period = $1`,
    [period],
  );
  if (!rows[0]) return undefined;
  const { rows: people } = await pool.query<{ personId: string; role: PerformanceResult['role']; result: string; share: number; pay: number; projects: ScoredProject[] }>(
    `select person_id as "personId", role, result, score_share_basis_points as share, pay_factor_basis_points as pay, projects
     from performance_results where period = $1 order by person_id`,
    [period],
  );
  return {
    head: rows[0],
    people: people.map((p) => ({ personId: p.personId, role: p.role, projects: p.projects, result: Number(p.result), scoreShareBasisPoints: p.share, payFactorBasisPoints: p.pay })),
  };
}

/** The people among `ids` whose results `viewer` may see, with their names and offices. */
async function visiblePeople(pool: Pool, viewer: Viewer, ids: string[]): Promise<Map<string, { name: string; officeId: string | null }>> {
  const everyone = holdsAny(viewer, SEES_ALL_SCORES);
  const { rows } = await pool.query<{ id: string; name: string; officeId: string | null }>(
    `with recursive ${peopleAtOrBelow('$1')}
     select id, name, office_id as "officeId" from people where id = any($2::uuid[]) and ($3 or id in (select id from tree))`,
    [viewer.id, ids, everyone],
  );
  return new Map(rows.map((r) => [r.id, { name: r.name, officeId: r.officeId }]));
}

async function visibleProjectNames(pool: Pool, viewer: Viewer, ids: string[]): Promise<Map<string, string>> {
  const { rows } = holdsAny(viewer, SEES_ALL_PROJECTS)
    ? await pool.query<{ id: string; name: string }>('select id, name from projects where id = any($1::uuid[])', [ids])
    : await pool.query<{ id: string; name: string }>(
        `with recursive ${visibleProjects('$1')} select p.id, p.name from projects p where p.id = any($2::uuid[]) and p.id in (select id from visible_projects)`,
        [viewer.id, ids],
      );
  return new Map(rows.map((r) => [r.id, r.name]));
}

async function appealsOf(pool: Pool, period: Period, personIds: string[]): Promise<Array<PerformanceAppealLine & { personId: string }>> {
  const { rows } = await pool.query<PerformanceAppealLine & { personId: string; raisedAt: Date; decidedAt: Date | null }>(
    `select id as "appealId", person_id as "personId", project_id as "projectId", scorer_id as "scorerId", decider_id as "deciderId", status,
            reason, raised_at as "raisedAt", decided_by_id as "decidedById", decided_at as "decidedAt", decision_reason as "decisionReason",
            amended_score as "amendedScore"
     from performance_appeals where period = $1 and person_id = any($2::uuid[]) order by raised_at, id`,
    [period, personIds],
  );
  return rows.map((r) => ({ ...r, raisedAt: iso(r.raisedAt)!, decidedAt: iso(r.decidedAt) }));
}

/** The period's results as `viewer` may see them: stored once closed, a preview before. People by name. */
export async function performanceReport(pool: Pool, viewer: Viewer, period: Period): Promise<PerformanceReport> {
  const stored = await storedResults(pool, period);
  let head: Omit<PerformanceReport, 'people' | 'period'>;
  let results: PerformanceResult[];
  if (stored) {
    const h = stored.head;
    head = { status: h.status, policyVersion: h.policyVersion, closedAt: iso(h.closedAt), closedEarly: h.closedEarly, appealUntil: iso(h.appealUntil), frozenAt: iso(h.frozenAt), companyMean: h.companyMean === null ? null : Number(h.companyMean) };
    results = stored.people;
  } else {
    const policy = await currentPolicy(pool);
    const scores = await scoresClosedIn(pool, period);
    const computed = periodResults(policy.document.assessment, scores, await rolesOfPeople(pool, [...new Set(scores.map((s) => s.personId))]));
    head = { status: 'preview', policyVersion: policy.version, closedAt: null, closedEarly: false, appealUntil: null, frozenAt: null, companyMean: computed.companyMean };
    results = computed.people;
  }
  const people = await visiblePeople(pool, viewer, results.map((r) => r.personId));
  const shown = results.filter((r) => people.has(r.personId));
  const projectNames = await visibleProjectNames(pool, viewer, [...new Set(shown.flatMap((r) => r.projects.map((p) => p.projectId)))]);
  const appeals = stored ? await appealsOf(pool, period, shown.map((r) => r.personId)) : [];
  const rows = shown.map((r): PerformancePersonRow => ({
    ...r,
    ...people.get(r.personId)!,
    projects: r.projects.map((p) => ({ ...p, projectId: projectNames.has(p.projectId) ? p.projectId : null, projectName: projectNames.get(p.projectId) ?? null })),
    daysWorked: r.projects.reduce((sum, p) => sum + p.daysWorked, 0),
    appeals: appeals
      .filter((a) => a.personId === r.personId)
      .map(({ personId: _, ...a }) => ({ ...a, projectId: a.projectId && projectNames.has(a.projectId) ? a.projectId : null })),
  }));
  rows.sort((a, b) => a.name.localeCompare(b.name) || a.personId.localeCompare(b.personId));
  return { period, ...head, people: rows };
}

/** The appeals `viewer` filed or must decide (directors: also those of scorers without a manager), newest first. */
export async function appealsFor(pool: Pool, viewer: Viewer, filter: { period?: Period; status?: 'open' | 'decided' }) {
  const director = viewer.roles.includes('director');
  type Row = Omit<PerformanceAppealLine, 'projectId'> & { period: string; personId: string; personName: string; projectId: string; projectName: string };
  const { rows } = await pool.query<Row & { raisedAt: Date; decidedAt: Date | null }>(
    `select a.id as "appealId", a.period, a.person_id as "personId", pe.name as "personName", a.project_id as "projectId", pr.name as "projectName",
            a.scorer_id as "scorerId", a.decider_id as "deciderId", a.status, a.reason, a.raised_at as "raisedAt", a.decided_by_id as "decidedById",
            a.decided_at as "decidedAt", a.decision_reason as "decisionReason", a.amended_score as "amendedScore"
     from performance_appeals a join people pe on pe.id = a.person_id join projects pr on pr.id = a.project_id
     where (a.person_id = $1 or a.decider_id = $1 or ($2 and a.decider_id is null))
       and ($3::text is null or a.period = $3)
       and ($4::text is null or ($4 = 'open') = (a.status = 'open'))
     order by a.raised_at desc, a.id
     limit 500`,
    [viewer.id, director, filter.period ?? null, filter.status ?? null],
  );
  return rows.map((r) => ({ ...r, raisedAt: iso(r.raisedAt)!, decidedAt: iso(r.decidedAt) }));
}
