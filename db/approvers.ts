import type { ApproverKind } from '../domain/approval-chain';
import { GENERAL_CENTER_INDUSTRY, servingCenter } from '../domain/delivery-center';
import type { ProjectFacts } from '../domain/project';
import type { ApproverRef } from '../domain/match-state';
import type { Pool } from './pool';

/** Where nobody holds the post, any director decides; the approval keeps the kind of post it was meant for. */
const anyDirector = (kind: ApproverKind, why: string): ApproverRef => ({ kind, personId: null, role: 'director', label: `any director (${why})` });

/**
 * Who holds an approver post for a project, read from the organisation now: the lead of the delivery center that
 * serves it (domain/delivery-center.ts `servingCenter`), the office's manager, the hotline lead. Where nobody holds the post the
 * decision goes to the directors rather than nowhere.
 */
export async function resolveApprover(pool: Pool, kind: ApproverKind, facts: Pick<ProjectFacts, 'industry' | 'officeId' | 'solution'>): Promise<ApproverRef> {
  switch (kind) {
    case 'delivery_center_lead': {
      // The candidates only (one center per industry and per solution): servingCenter makes the choice.
      const { rows } = await pool.query<{ id: string; name: string; lead_id: string; industry: string | null; solution: string | null }>(
        `select id, name, lead_id, industry, solution from delivery_centers where solution = $2 or industry in ($1, $3) order by created_at`,
        [facts.industry, facts.solution ?? null, GENERAL_CENTER_INDUSTRY],
      );
      const center = servingCenter(rows, facts);
      if (!center) return anyDirector(kind, `no delivery center for ${facts.industry} and no general center`);
      return { kind, personId: center.lead_id, role: null, label: `the lead of ${center.name}`, deliveryCenterId: center.id };
    }
    case 'office_manager': {
      const { rows } = await pool.query<{ name: string; manager_id: string }>('select name, manager_id from offices where id = $1', [facts.officeId]);
      const office = rows[0];
      if (!office) return anyDirector(kind, 'the office is gone');
      return { kind, personId: office.manager_id, role: null, label: `the manager of ${office.name}` };
    }
    case 'hotline_lead': {
      const { rows } = await pool.query<{ name: string; lead_id: string }>(
        `select h.name, h.lead_id from hotlines h left join offices o on o.hotline_id = h.id and o.id = $1
         order by (o.id is not null) desc, h.created_at limit 1`,
        [facts.officeId],
      );
      const hotline = rows[0];
      if (!hotline) return anyDirector(kind, 'no hotline is set up');
      return { kind, personId: hotline.lead_id, role: null, label: `the lead of ${hotline.name}` };
    }
    case 'director':
      return anyDirector(kind, 'over-budget exceptions');
    case 'delivery_team_lead':
      throw new Error('the delivery team lead is appointed at dispatch and read from the project, not the organisation');
  }
}
