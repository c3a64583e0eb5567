import { standingSql, type Standing } from './people';
import type { Pool } from './pool';
import type { HandoffRow, ProjectSummary } from './read-models';
import { seesAllProjects, visibleSingleProject, type Viewer } from './visibility';

/** Read models for the API: projections written by the project workflow's activities. */

/** SQL: a timestamp column as its ISO 8601 text. */
export const iso = (column: string) => `to_json(${column}) #>> '{}'`;

export const PROJECT_COLUMNS = `p.id, p.name, p.customer_name as "customerName", p.industry, p.solution, p.quality, p.office_id as "officeId",
  json_build_object('amount', p.expected_amount, 'currency', p.currency) as "expectedValue", p.channel, p.strategic,
  p.tier, p.stage, ${iso('p.stage_entered_at')} as "stageEnteredAt", ${iso('p.stage_deadline')} as "stageDeadline",
  p.owner_id as "ownerId", p.sales_owner_id as "salesOwnerId", p.status, p.close_reason as "closeReason",
  p.policy_version as "policyVersion", ${iso('p.created_at')} as "createdAt", ${iso('p.updated_at')} as "updatedAt",
  ${iso('p.closed_at')} as "closedAt",
  json_build_object('amount', p.budget_amount, 'currency', p.currency) as budget,
  json_build_object('amount', p.committed_amount, 'currency', p.currency) as committed,
  json_build_object('amount', p.actual_amount, 'currency', p.currency) as actual,
  json_build_object('amount', greatest(0, p.budget_amount - p.committed_amount - p.actual_amount), 'currency', p.currency) as remaining,
  json_build_object('status', p.dispatch_status, 'leadId', p.dispatch_lead_id, 'deliveryCenterId', p.delivery_center_id) as dispatch,
  (select max(e.level) from escalations e
    where e.project_id = p.id and e.kind = 'stage' and e.ref_id = p.stage and e.at >= p.stage_entered_at) as "stageEscalation"`;

export const HANDOFF_COLUMNS = `h.id, h.project_id as "projectId", h.kind, h.from_person_id as "fromPersonId",
  h.to_person_id as "toPersonId", h.proposed_by_id as "proposedById", h.reason, h.status,
  ${iso('h.proposed_at')} as "proposedAt", ${iso('h.decided_at')} as "decidedAt", h.decided_by_id as "decidedById",
  h.decision_reason as "decisionReason"`;

export async function getProject(pool: Pool, id: string): Promise<ProjectSummary | undefined> {
  const { rows } = await pool.query<ProjectSummary>({ name: 'get-project', text: `select ${PROJECT_COLUMNS} from projects p where p.id = $1`, values: [id] });
  return rows[0];
}

const OWNER = '(select owner_id from projects where id = $2::uuid)';
const { chain: OWNER_CHAIN, columns: STANDING_COLUMNS } = standingSql('$1', OWNER);

/** `getVisibleProject`'s statement for a viewer who does not see every project: $1 the viewer, $2 the project. */
export const VISIBLE_PROJECT_SQL = `with recursive ${visibleSingleProject('$1', '$2')}, ${OWNER_CHAIN}
  select ${PROJECT_COLUMNS}, ${STANDING_COLUMNS} from projects p where p.id = $2 and exists (select 1 from visible_project)`;

/** The same for one who sees every project. */
const PROJECT_WITH_STANDING_SQL = `with recursive ${OWNER_CHAIN} select ${PROJECT_COLUMNS}, ${STANDING_COLUMNS} from projects p where p.id = $2`;

/**
 * Project `id` if `viewer` may see it (db/visibility.ts canSeeProject), and how the viewer stands towards its owner
 * (a command's actor, api/project-access.ts), in one statement: the API's visibility check of a command on a project,
 * whose answers the route's checks and the command then use (api/visibility.ts).
 */
export async function getVisibleProject(pool: Pool, viewer: Viewer, id: string): Promise<{ project: ProjectSummary; standing: Standing } | undefined> {
  const text = seesAllProjects(viewer) ? PROJECT_WITH_STANDING_SQL : VISIBLE_PROJECT_SQL;
  const { rows } = await pool.query<ProjectSummary & Standing>(text, [viewer.id, id]);
  const row = rows[0];
  if (!row) return undefined;
  const { manages, actingFor, ...project } = row;
  return { project, standing: { manages, actingFor } };
}

export async function getHandoff(pool: Pool, id: string): Promise<HandoffRow | undefined> {
  const { rows } = await pool.query<HandoffRow>(`select ${HANDOFF_COLUMNS} from handoffs h where h.id = $1`, [id]);
  return rows[0];
}

export type { HandoffRow, ProjectSummary };
