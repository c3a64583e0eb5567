import type { Role } from '../domain/people';
import { holdsAny, SEES_ALL_RATES } from '../domain/visibility';
import type { PersonRow } from './people';
import type { Pool } from './pool';
import { viewerTree, type Viewer } from './visibility';

/**
 * The people directory as a viewer reads it: name, roles, office, e-mail, manager, skills to everyone signed in;
 * a rate level only to that person, their manager chain, directors and admins (domain/visibility.ts). Never a
 * token: tokens live in api_tokens, which the directory does not read.
 */

const DIRECTORY_COLUMNS = `p.id, p.name, p.email, p.roles, p.manager_id as "managerId", p.office_id as "officeId",
  p.delivery_center_id as "deliveryCenterId", p.skills, p.industries,
  case when $1::boolean or p.id in (select id from viewer_tree) then p.rate_level end as "rateLevel",
  to_json(p.created_at) #>> '{}' as "createdAt", to_json(p.deactivated_at) #>> '{}' as "deactivatedAt"`;

const VIEWER_TREE = viewerTree('$2');

const seesAllRates = (viewer: Viewer) => holdsAny(viewer, SEES_ALL_RATES);

export async function directory(pool: Pool, viewer: Viewer, filter: { role?: Role; officeId?: string }): Promise<PersonRow[]> {
  const { rows } = await pool.query<PersonRow>(
    `with recursive ${VIEWER_TREE}
     select ${DIRECTORY_COLUMNS} from people p
     where ($3::text is null or $3 = any(p.roles)) and ($4::uuid is null or p.office_id = $4)
     order by p.name, p.id`,
    [seesAllRates(viewer), viewer.id, filter.role ?? null, filter.officeId ?? null],
  );
  return rows;
}

export async function directoryEntry(pool: Pool, viewer: Viewer, id: string): Promise<PersonRow | undefined> {
  const { rows } = await pool.query<PersonRow>(
    `with recursive ${VIEWER_TREE} select ${DIRECTORY_COLUMNS} from people p where p.id = $3`,
    [seesAllRates(viewer), viewer.id, id],
  );
  return rows[0];
}
