import { actingFor } from './delegations';
import type { Pool } from './pool';
import type { ApprovalRow } from './read-models';
import { peopleAtOrBelow } from './people';

/** Read models of Match for the API. */

const iso = (column: string) => `to_json(${column}) #>> '{}'`;

export const APPROVAL_COLUMNS = `a.id, a.project_id as "projectId", a.kind, a.request_id as "requestId",
  a.approver_kind as "approverKind", a.approver_id as "approverId", a.approver_role as "approverRole",
  a.approver_label as "approverLabel", a.status, ${iso('a.requested_at')} as "requestedAt", ${iso('a.decided_at')} as "decidedAt",
  a.decided_by_id as "decidedById", a.decision_person_id as "decisionPersonId", a.comment`;

export const REQUEST_COLUMNS = `r.id, r.project_id as "projectId", r.role, r.skills, r.days::float8 as days,
  r.person_id as "personId", r.note, r.requested_by_id as "requestedById", r.status, r.approval_id as "approvalId",
  r.exception_approval_id as "exceptionApprovalId", r.booking_id as "bookingId", r.extends_booking_id as "extendsBookingId",
  ${iso('r.requested_at')} as "requestedAt"`;

export const BOOKING_COLUMNS = `b.id, b.project_id as "projectId", b.request_id as "requestId", b.person_id as "personId", b.role,
  b.days::float8 as days, b.unit, json_build_object('amount', b.rate_amount, 'currency', b.currency) as rate,
  json_build_object('amount', b.planned_amount, 'currency', b.currency) as planned, ${iso('b.booked_at')} as "bookedAt",
  json_build_object('amount', coalesce((select sum(amount) from cost_ledger l where l.booking_id = b.id and l.kind = 'accrue'), 0),
    'currency', b.currency) as actual,
  coalesce((select sum(days) from time_entries t where t.booking_id = b.id), 0)::float8 as "daysWorked"`;

export async function getApproval(pool: Pool, id: string): Promise<ApprovalRow | undefined> {
  const { rows } = await pool.query<ApprovalRow>(`select ${APPROVAL_COLUMNS} from approvals a where a.id = $1`, [id]);
  return rows[0];
}

export async function pendingApprovalsFor(pool: Pool, personId: string, roles: string[]): Promise<ApprovalRow[]> {
  const { rows } = await pool.query<ApprovalRow>(
    `select ${APPROVAL_COLUMNS} from approvals a
     where a.status = 'pending' and (
       a.approver_id = $1
       or (a.approver_id is null and a.approver_role = any($2::text[]))
       or a.approver_id in (${actingFor('$1')})
       or exists (select 1 from escalations e where e.obligation_key = 'approval:' || a.id and e.target_id = $1 and e.level >= 1))
     order by a.requested_at`,
    [personId, roles],
  );
  return rows;
}

/** The project's dispatch approval still waiting for a decision, if any. */
export async function pendingDispatchApproval(pool: Pool, projectId: string): Promise<string | undefined> {
  const { rows } = await pool.query<{ id: string }>(`select id from approvals where project_id = $1 and kind = 'dispatch' and status = 'pending'`, [projectId]);
  return rows[0]?.id;
}

export async function getResourceRequest(pool: Pool, id: string) {
  const { rows } = await pool.query(`select ${REQUEST_COLUMNS} from resource_requests r where r.id = $1`, [id]);
  return rows[0];
}

/** Days the person booked on `bookingId` already has on record for `date`, across all their bookings. */
export async function daysOnDateOfBooking(pool: Pool, bookingId: string, date: string): Promise<number> {
  const { rows } = await pool.query<{ days: number }>(
    `select coalesce(sum(t.days), 0)::float8 as days from bookings b
     join time_entries t on t.person_id = b.person_id and t.work_date = $2::date
     where b.id = $1`,
    [bookingId, date],
  );
  return rows[0]?.days ?? 0;
}

/**
 * Whose rates `viewer` may see on a resource request's candidates: everyone's while they decide one of its pending
 * approvals (as the approver, one of an approver pool, or the approver's delegate) or as a director or admin;
 * otherwise their own and those of the people below them in the manager tree.
 */
export async function rateVisibility(
  pool: Pool,
  viewer: { id: string; roles: readonly string[] },
  requestId: string,
): Promise<{ all: boolean; people: Set<string> }> {
  const [deciding, tree] = await Promise.all([
    pool.query(
      `select 1 from resource_requests r join approvals a on a.id in (r.approval_id, r.exception_approval_id)
       where r.id = $1 and a.status = 'pending'
         and (a.approver_id = $2 or (a.approver_id is null and a.approver_role = any($3::text[]))
              or a.approver_id in (${actingFor('$2')}))`,
      [requestId, viewer.id, [...viewer.roles]],
    ),
    pool.query<{ id: string }>(
      `with recursive ${peopleAtOrBelow('$1')} select id from tree`,
      [viewer.id],
    ),
  ]);
  const all = (deciding.rowCount ?? 0) > 0 || viewer.roles.includes('director') || viewer.roles.includes('admin');
  return { all, people: new Set(tree.rows.map((r) => r.id)) };
}

export type { ApprovalRow };
