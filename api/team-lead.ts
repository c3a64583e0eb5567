import { getCenter } from '../db/delivery-centers';
import type { PersonRow } from '../db/people';
import type { Pool } from '../db/pool';
import type { ProjectSummary } from '../db/read-models';
import { teamLeadRefusal } from '../domain/center-functions';
import { httpError } from './errors';

/** Refuses (400 at `path`) a team lead who is neither a member nor the lead of the center serving the project. */
export async function requireServingCenterMember(pool: Pool, project: ProjectSummary, person: PersonRow, path: string): Promise<void> {
  const centerId = project.dispatch.deliveryCenterId;
  if (!centerId) return;
  const center = await getCenter(pool, centerId);
  const refusal = center && teamLeadRefusal(center, person);
  if (refusal) throw httpError.badRequest(refusal, [{ path, message: 'not a member of the serving delivery center' }]);
}
