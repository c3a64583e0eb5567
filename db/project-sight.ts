import type { Sight } from '../domain/project-redaction';
import { holdsAny, SEES_ALL_RATES, SEES_ALL_SCORES } from '../domain/visibility';
import { pendingApprovalsFor } from './match-queries';
import type { Pool } from './pool';
import { viewerTree, type Viewer } from './visibility';

/**
 * What `viewer` may read of project `projectId`'s people (domain/visibility.ts): rates and costs of their own work
 * and of the people below them, of the bookings they approved, all of them while deciding one of the project's
 * approvals; the scores they gave,
 * got, or that people below them got. Directors and admins see all.
 */
export async function projectSight(pool: Pool, viewer: Viewer, projectId: string): Promise<Sight> {
  const allRates = holdsAny(viewer, SEES_ALL_RATES);
  const allScores = holdsAny(viewer, SEES_ALL_SCORES);
  if (allRates && allScores) return { seesRateOf: () => true, seesScore: () => true };
  const [below, approved, pending] = await Promise.all([
    pool.query<{ id: string }>(
      `with recursive ${viewerTree('$1')} select id from viewer_tree where id in (select person_id from project_participants where project_id = $2)`,
      [viewer.id, projectId],
    ),
    // The people whose booking the viewer approved (or approved an exception for): its price was their decision.
    pool.query<{ person_id: string }>(
      `select b.person_id from bookings b join resource_requests r on r.id = b.request_id
       join approvals a on a.id in (r.approval_id, r.exception_approval_id)
       where b.project_id = $2 and (a.approver_id = $1 or a.decided_by_id = $1)`,
      [viewer.id, projectId],
    ),
    pendingApprovalsFor(pool, viewer.id, [...viewer.roles]),
  ]);
  const tree = new Set(below.rows.map((r) => r.id));
  const priced = new Set(approved.rows.map((r) => r.person_id));
  tree.add(viewer.id);
  const deciding = pending.some((approval) => approval.projectId === projectId);
  return {
    seesRateOf: (personId) => allRates || deciding || tree.has(personId) || priced.has(personId),
    seesScore: (scorerId, personId) => allScores || scorerId === viewer.id || tree.has(personId),
  };
}
