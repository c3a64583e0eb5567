import type { Approval, MatchEvent } from '../domain/match-state';
import type { CostLedgerEntry } from '../domain/cost-ledger';
import { toldOfBooking } from '../domain/project-team';
import { notify, notifyApprover } from './notifications';
import type { Transaction } from './pool';

/** Projections of the Match events of one project, written in the same transaction as the event itself. */
export async function applyMatchProjection(
  client: Transaction,
  projectId: string,
  event: MatchEvent & { seq: number; at: string; actorId: string },
): Promise<void> {
  const { at, actorId } = event;
  const keyPrefix = `project:${projectId}:${event.seq}`;
  const notifyKey = (personId: string) => `${keyPrefix}:${personId}`;
  switch (event.type) {
    case 'budget_set':
      return;
    case 'dispatch_requested':
      insertApproval(client, projectId, event.approval);
      await notifyApprover(client, projectId, event.approval, 'dispatch_requested', 'A project waits for your dispatch decision', keyPrefix);
      return;
    case 'resource_requested': {
      const r = event.request;
      insertApproval(client, projectId, event.approval);
      client.write(
        `insert into resource_requests (id, project_id, role, skills, days, person_id, note, requested_by_id, status, approval_id, requested_at,
           extends_booking_id)
         values ($1, $2, $3, $4, $5, $6, $7, $8, 'pending', $9, $10, $11)`,
        [r.id, projectId, r.role, r.skills, r.days, r.personId, r.note, r.requestedById, r.approvalId, at, r.extendsBookingId ?? null],
      );
      await notifyApprover(client, projectId, event.approval, 'approval_requested', `A ${r.role} request for ${r.days} days waits for your approval`, keyPrefix);
      return;
    }
    case 'approval_decided': {
      // The decision and who asked for the request it decides, in one statement.
      const { rows } = await client.query<{ request_id: string | null; requester: string | null }>(
        `update approvals a set status = $2, decided_at = $3, decided_by_id = $4, decision_person_id = $5, comment = $6,
           decided_on_behalf_of = $7 where a.id = $1
         returning a.request_id, (select r.requested_by_id from resource_requests r where r.id = a.request_id) as requester`,
        [event.approvalId, event.outcome, at, actorId, event.personId, event.comment, event.onBehalfOf ?? null],
      );
      const requestId = rows[0]?.request_id ?? null;
      const requester = rows[0]?.requester ?? undefined;
      if (event.pricing && event.comment) {
        // A booking outside the project's delivery center carries its reason on the approval.
        client.write(
          `update approvals a set outside_center_reason = $2 from projects p
           where a.id = $1 and p.id = a.project_id and p.delivery_center_id is not null
             and p.delivery_center_id is distinct from (select delivery_center_id from people where id = $3)`,
          [event.approvalId, event.comment, event.pricing.personId],
        );
      }
      if (event.outcome === 'rejected' && event.kind !== 'dispatch') {
        client.write(`update resource_requests set status = 'rejected' where id = $1`, [requestId]);
      }
      if (requester) {
        notify(client, [requester], projectId, 'approval_decided', `Your resource request was ${event.outcome}`, { approvalId: event.approvalId, comment: event.comment }, at, notifyKey);
      }
      if (event.kind === 'dispatch' && event.personId && event.outcome === 'approved') {
        notify(client, [event.personId], projectId, 'appointed', 'You were appointed to lead presales on a project', { approvalId: event.approvalId }, at, notifyKey);
      }
      return;
    }
    case 'approval_cancelled':
      client.write(`update approvals set status = 'cancelled', decided_at = $2, comment = $3 where id = $1 and status = 'pending'`, [
        event.approvalId,
        at,
        event.reason,
      ]);
      client.write(`update resource_requests set status = 'cancelled' where (approval_id = $1 or exception_approval_id = $1) and status in ('pending','awaiting_exception')`, [
        event.approvalId,
      ]);
      return;
    case 'exception_requested':
      insertApproval(client, projectId, event.approval);
      client.write(`update resource_requests set status = 'awaiting_exception', exception_approval_id = $2 where id = $1`, [
        event.requestId,
        event.approval.id,
      ]);
      await notifyApprover(client, projectId, event.approval, 'approval_requested', 'A request over the presales budget waits for an exception', keyPrefix);
      return;
    case 'booking_made': {
      const b = event.booking;
      client.write(
        `insert into bookings (id, project_id, request_id, person_id, role, days, unit, rate_amount, planned_amount, currency, booked_at, level)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [b.id, projectId, b.requestId, b.personId, b.role, b.days, b.unit, b.rate.amount, b.planned.amount, b.planned.currency, at, b.level ?? null],
      );
      client.write(`update resource_requests set status = 'booked', booking_id = $2 where id = $1`, [b.requestId, b.id]);
      appendLedger(client, projectId, [event.entry], at, actorId);
      notify(client, [b.personId], projectId, 'booked', `You are booked for ${b.days} days as ${b.role}`, { bookingId: b.id }, at, notifyKey);
      // 统一指挥: office staff booked onto a center's project team were not asked for through their manager; the manager is told.
      const { rows: facts } = await client.query<{ projectCenterId: string | null; deliveryCenterId: string | null; managerId: string | null }>(
        `select p.delivery_center_id as "projectCenterId", pe.delivery_center_id as "deliveryCenterId", pe.manager_id as "managerId"
         from people pe join projects p on p.id = $1 where pe.id = $2`,
        [projectId, b.personId],
      );
      const told = facts[0] ? toldOfBooking({ deliveryCenterId: facts[0].projectCenterId }, facts[0]) : [];
      notify(client, told, projectId, 'staff_booked', `Someone of your team is booked for ${b.days} days as ${b.role} on a delivery center's project`,
        { bookingId: b.id, personId: b.personId }, at, notifyKey);
      return;
    }
    case 'team_named':
      client.write('delete from project_team_members where project_id = $1 and not (person_id = any($2::uuid[]))', [projectId, event.memberIds]);
      for (const personId of event.memberIds) {
        const { rowCount } = await client.query(
          `insert into project_team_members (project_id, person_id, named_by_id, named_at) values ($1, $2, $3, $4) on conflict do nothing`,
          [projectId, personId, actorId, at],
        );
        if (rowCount) notify(client, [personId], projectId, 'team_named', 'You are on the project team', { reason: event.reason }, at, notifyKey);
      }
      return;
    case 'booking_extended': {
      const { rows } = await client.query<{ person_id: string; days: number }>(
        `update bookings set days = days + $2, planned_amount = planned_amount + $3 where id = $1 returning person_id, days::float8 as days`,
        [event.bookingId, event.days, event.planned.amount],
      );
      client.write(`update resource_requests set status = 'booked', booking_id = $2 where id = $1`, [event.requestId, event.bookingId]);
      appendLedger(client, projectId, [event.entry], at, actorId);
      const booked = rows[0];
      if (booked) {
        notify(client, [booked.person_id], projectId, 'booked', `Your booking was extended by ${event.days} days (${booked.days} in all)`, { bookingId: event.bookingId }, at, notifyKey);
      }
      return;
    }
    case 'time_recorded':
      client.write(
        `insert into time_entries (id, project_id, booking_id, person_id, work_date, days, amount, currency, recorded_by_id, recorded_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [event.timeEntryId, projectId, event.bookingId, event.personId, event.date, event.days, event.entry.amount.amount, event.entry.amount.currency, actorId, at],
      );
      appendLedger(client, projectId, [event.entry], at, actorId);
      return;
    case 'commitments_released':
      appendLedger(client, projectId, event.entries, at, actorId);
      return;
    case 'budget_alert':
      notify(
        client,
        event.notify,
        projectId,
        'budget_alert',
        `Presales budget ${event.thresholdBasisPoints / 100}% reached`,
        { thresholdBasisPoints: event.thresholdBasisPoints, usedBasisPoints: event.usedBasisPoints },
        at,
        notifyKey,
      );
      return;
  }
}

function insertApproval(client: Transaction, projectId: string, a: Approval): void {
  client.write(
    `insert into approvals (id, project_id, kind, request_id, approver_kind, approver_id, approver_role, approver_label, status, requested_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, 'pending', $9)`,
    [a.id, projectId, a.kind, a.requestId, a.approver.kind, a.approver.personId, a.approver.role, a.approver.label, a.requestedAt],
  );
}

function appendLedger(client: Transaction, projectId: string, entries: CostLedgerEntry[], at: string, actorId: string): void {
  for (const e of entries) {
    client.write(
      `insert into cost_ledger (project_id, booking_id, kind, amount, currency, idempotency_key, at, actor_id)
       values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict (project_id, idempotency_key) do nothing`,
      [projectId, e.bookingId, e.kind, e.amount.amount, e.amount.currency, e.idempotencyKey, at, actorId],
    );
  }
}
