import type { CollaborationEvent } from '../domain/collaborate';
import type { Transaction } from './pool';
import { notify, notifyRole } from './notifications';
import { recordCommitmentList } from './promises-record';

/** Projections of the Collaborate events of one project, in the same transaction as the event. */
export async function applyCollaborationProjection(
  client: Transaction,
  projectId: string,
  event: CollaborationEvent & { seq: number; at: string; actorId: string },
): Promise<void> {
  const { seq, at, actorId } = event;
  const keyFor = (personId: string) => `project:${projectId}:${seq}:${personId}`;
  switch (event.type) {
    case 'feasibility_signed':
      client.write(
        'insert into feasibility_signoffs (project_id, seq, approved, note, signed_by_id, signed_at) values ($1, $2, $3, $4, $5, $6)',
        [projectId, seq, event.approved, event.note, actorId, at],
      );
      if (event.commitments) {
        await recordCommitmentList(client, projectId, { seq, source: 'signoff', setById: actorId, reason: null, at, commitments: event.commitments });
      }
      return;
    case 'deadline_extended':
      client.write('update stage_history set deadline = $2 where project_id = $1 and left_at is null', [projectId, event.to]);
      return;
    case 'ownership_reassigned':
      if (event.stageDeadline) client.write('update stage_history set deadline = $2 where project_id = $1 and left_at is null', [projectId, event.stageDeadline]);
      client.write('update project_ownerships set ended_at = $2 where project_id = $1 and ended_at is null', [projectId, at]);
      client.write(
        `insert into project_ownerships (project_id, seq, person_id, via, started_at) values ($1, $2, $3, 'reassignment', $4)`,
        [projectId, seq, event.toPersonId, at],
      );
      notify(client, [event.toPersonId, event.fromPersonId], projectId, 'reassigned', 'A project was reassigned by a manager', { reason: event.reason }, at, keyFor);
      return;
    case 'escalated':
      client.write(
        `insert into escalations (project_id, seq, obligation_key, kind, ref_id, level, responsible_id, target_id, target_role, due_at, reason, at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [projectId, seq, event.key, event.kind, event.refId, event.level, event.responsibleId, event.targetId, event.targetRole, event.dueAt, event.reason, at],
      );
      if (event.kind === 'stage') {
        client.write('update projects set escalation_level = greatest(escalation_level, $2) where id = $1', [projectId, event.level]);
      }
      {
        const title = event.level === 0 ? 'Reminder: something waits for you' : 'Escalated to you: a project is overdue';
        const data = { kind: event.kind, refId: event.refId, level: event.level, reason: event.reason, responsibleId: event.responsibleId };
        if (event.targetId) notify(client, [event.targetId], projectId, event.level === 0 ? 'reminder' : 'escalation', title, data, at, keyFor);
        else if (event.targetRole) await notifyRole(client, event.targetRole, { projectId, kind: 'escalation', title, data, at, keyFor });
      }
      return;
  }
}
