import type { Commitment } from '../domain/commitments';
import type { PromiseEvent } from '../domain/promises';
import { notify, notifyWithDelegates } from './notifications';
import type { Transaction } from './pool';

/** Projections of the promise events of one project (domain/promises.ts), in the same transaction as the event. */

type Stamped<E> = E & { seq: number; at: string; actorId: string };

/** A list of commitments as set by the event at `seq`: a sign-off, or a change by the sales side. */
export async function recordCommitmentList(
  client: Transaction,
  projectId: string,
  list: { seq: number; source: 'signoff' | 'change'; setById: string; reason: string | null; at: string; commitments: readonly Commitment[] },
): Promise<void> {
  const inserted = await client.query(
    `insert into commitment_lists (project_id, seq, source, set_by_id, reason, set_at) values ($1, $2, $3, $4, $5, $6)
     on conflict do nothing`,
    [projectId, list.seq, list.source, list.setById, list.reason, list.at],
  );
  if (inserted.rowCount === 0) return;
  for (const [idx, c] of list.commitments.entries()) {
    client.write('insert into commitments (project_id, seq, idx, item, due_date) values ($1, $2, $3, $4, $5)', [projectId, list.seq, idx, c.item, c.dueDate]);
  }
}

export async function applyPromiseProjection(client: Transaction, projectId: string, event: Stamped<PromiseEvent>): Promise<void> {
  const { seq, at, actorId } = event;
  const keyPrefix = `project:${projectId}:${seq}`;
  const keyFor = (personId: string) => `${keyPrefix}:${personId}`;
  switch (event.type) {
    case 'commitments_changed': {
      await recordCommitmentList(client, projectId, { seq, source: 'change', setById: actorId, reason: event.reason, at, commitments: event.commitments });
      // Who signs is told; on the office path with nobody who signed yet, every delivery person of the office.
      const signers = event.signerId
        ? [event.signerId]
        : event.signerOfficeId
          ? (
              await client.query<{ id: string }>(
                `select id from people where office_id = $1 and 'delivery' = any(roles) and deactivated_at is null`,
                [event.signerOfficeId],
              )
            ).rows.map((r) => r.id)
          : [];
      notify(client, signers, projectId, 'commitments_changed', 'The commitments changed: feasibility waits for your sign-off again', {
        reason: event.reason,
        commitments: event.commitments,
      }, at, keyFor);
      return;
    }
    case 'delivery_handoff_offered': {
      client.write(
        `insert into delivery_handoffs (project_id, seq, to_person_id, via, status, offered_at, due_at) values ($1, $2, $3, $4, 'offered', $5, $6)`,
        [projectId, seq, event.toPersonId, event.via, at, event.dueAt],
      );
      for (const [idx, c] of event.commitments.entries()) {
        client.write(
          'insert into promised_commitments (project_id, idx, item, due_date) values ($1, $2, $3, $4) on conflict do nothing',
          [projectId, idx, c.item, c.dueDate],
        );
      }
      notifyWithDelegates(client, event.toPersonId, {
        projectId,
        kind: 'delivery_handoff_offered',
        title: 'A won project waits for you to accept its delivery',
        data: { via: event.via, dueAt: event.dueAt, commitments: event.commitments.length },
        at,
        keyPrefix,
      });
      return;
    }
    case 'delivery_handoff_accepted': {
      client.write(
        `update delivery_handoffs set status = 'accepted', decided_at = $2, decided_by_id = $3, decided_on_behalf_of = $4
         where project_id = $1 and status = 'offered'`,
        [projectId, at, event.toPersonId, event.onBehalfOf],
      );
      const { rows } = await client.query<{ sales_owner_id: string; owner_id: string }>('select sales_owner_id, owner_id from projects where id = $1', [projectId]);
      const told = rows.flatMap((r) => [r.sales_owner_id, r.owner_id]);
      notify(client, told, projectId, 'delivery_handoff_accepted', 'Delivery accepted the won project', { ownerId: event.toPersonId }, at, keyFor);
      return;
    }
    case 'delivery_handoff_declined':
      client.write(
        `update delivery_handoffs set status = 'declined', decided_at = $2, decided_by_id = $3, decided_on_behalf_of = $4, decision_reason = $5
         where project_id = $1 and status = 'offered'`,
        [projectId, at, actorId, event.onBehalfOf, event.reason],
      );
      return;
    case 'go_live_recorded': {
      client.write('insert into go_lives (project_id, live_on, recorded_by_id, recorded_at) values ($1, $2, $3, $4)', [projectId, event.liveOn, actorId, at]);
      for (const o of event.outcomes) {
        client.write('update promised_commitments set kept = $3, note = $4 where project_id = $1 and idx = $2', [projectId, o.index, o.kept, o.note]);
      }
      const kept = event.outcomes.filter((o) => o.kept).length;
      const { rows } = await client.query<{ sales_owner_id: string; owner_id: string }>('select sales_owner_id, owner_id from projects where id = $1', [projectId]);
      notify(client, rows.flatMap((r) => [r.sales_owner_id, r.owner_id]), projectId, 'go_live_recorded', 'The project went live', {
        liveOn: event.liveOn,
        kept,
        notKept: event.outcomes.length - kept,
      }, at, keyFor);
      return;
    }
  }
}
