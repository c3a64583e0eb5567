import { ApplicationFailure } from '@temporalio/activity';
import { correctionLines, revenueCorrection, type CreditLine, type CreditRole } from '../domain/credit';
import { PolicyDocumentSchema } from '../domain/policy';
import { audit } from './audit';
import { inTransaction, type Pool } from './pool';

export interface CreditCorrection {
  projectId: string;
  correctionId: string;
  amount: number;
  reason: string;
  actorId: string;
}

/**
 * Appends the correcting credit and revenue entries for a won deal's new final value, in one transaction; a
 * correction already applied (same id) appends nothing. The credited people and shares come from the win and
 * the policy the project pinned.
 */
export async function correctCredit(pool: Pool, c: CreditCorrection) {
  return inTransaction(pool, async (client) => {
    const { rows } = await client.query<{ status: string; currency: string; policy_version: number; document: unknown }>(
      `select p.status, p.currency, p.policy_version, pol.document from projects p
       join policies pol on pol.version = p.policy_version where p.id = $1 for update of p`,
      [c.projectId],
    );
    const project = rows[0];
    if (!project) throw ApplicationFailure.create({ type: 'not_found', message: `no project ${c.projectId}`, nonRetryable: true });
    if (project.status !== 'won') {
      throw ApplicationFailure.create({ type: 'conflict', message: `only a won deal has a final value; this one is ${project.status}`, nonRetryable: true });
    }
    const finalValue = { amount: c.amount, currency: project.currency };
    // The correction's audit entry is written in the same transaction as its entries: its exact key says whether
    // this correction already ran, and what it did.
    const auditKey = `project:${c.projectId}:final-value:${c.correctionId}`;
    const applied = await client.query<{ data: { finalValue: { amount: number; currency: string }; entries?: number } }>(
      'select data from audit_log where idempotency_key = $1',
      [auditKey],
    );
    const done = applied.rows[0]?.data;
    if (done) return { projectId: c.projectId, finalValue: done.finalValue, entries: done.entries ?? 0 };
    const previous = await client.query<{ person_id: string; credit_role: CreditRole; amount: number; basis_points: number }>(
      'select person_id, credit_role, amount, basis_points from credit_entries where project_id = $1 order by id',
      [c.projectId],
    );

    const lines: CreditLine[] = previous.rows.map((r) => ({
      personId: r.person_id,
      creditRole: r.credit_role,
      basisPoints: r.basis_points,
      amount: { amount: r.amount, currency: project.currency },
    }));
    // Who holds each credit role: the latest entry for it with a share (a win at value 0 still names them).
    const holder = (role: CreditRole) => lines.filter((l) => l.creditRole === role && l.basisPoints > 0).at(-1)?.personId ?? null;
    const salesOwnerId = holder('sales_owner');
    if (!salesOwnerId) throw ApplicationFailure.create({ type: 'conflict', message: 'the win granted no credit to correct', nonRetryable: true });
    const policy = PolicyDocumentSchema.parse(project.document);
    const deltas = correctionLines(lines, finalValue, policy.credit, {
      salesOwnerId,
      presalesLeadId: holder('presales_lead'),
      deliveryManagerId: holder('delivery_manager'),
    });
    const revenue = await client.query<{ sum: number }>('select coalesce(sum(amount), 0)::bigint as sum from revenue_entries where project_id = $1', [c.projectId]);
    const revenueDelta = revenueCorrection({ amount: Number(revenue.rows[0]!.sum), currency: project.currency }, finalValue);
    const at = new Date().toISOString();
    const reason = `corrected: ${c.reason}`;
    for (const line of deltas) {
      await client.query(
        `insert into credit_entries (project_id, person_id, credit_role, basis_points, amount, currency, reason, idempotency_key, at, actor_id)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) on conflict (idempotency_key) do nothing`,
        [c.projectId, line.personId, line.creditRole, line.basisPoints, line.amount.amount, line.amount.currency, reason,
          `credit:${c.projectId}:${c.correctionId}:${line.personId}:${line.creditRole}`, at, c.actorId],
      );
    }
    if (revenueDelta) {
      await client.query(
        `insert into revenue_entries (project_id, amount, currency, reason, idempotency_key, at, actor_id)
         values ($1, $2, $3, $4, $5, $6, $7) on conflict (idempotency_key) do nothing`,
        [c.projectId, revenueDelta.amount, revenueDelta.currency, reason, `revenue:${c.projectId}:${c.correctionId}`, at, c.actorId],
      );
    }
    await client.query('update projects set final_amount = $2 where id = $1', [c.projectId, c.amount]);
    const entries = deltas.length + (revenueDelta ? 1 : 0);
    await audit(client, {
      actorId: c.actorId,
      action: 'final_value_corrected',
      entityType: 'project',
      entityId: c.projectId,
      reason: c.reason,
      data: { finalValue, deltas: deltas.length, entries },
      idempotencyKey: auditKey,
    });
    return { projectId: c.projectId, finalValue, entries };
  });
}
