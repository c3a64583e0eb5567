import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Role } from '../domain/people';
import { actingFor } from './delegations';
import type { Pool, PoolClient } from './pool';
import type { PersonView } from './read-models';

/** A person as the database holds them: the read model's shape. */
export type PersonRow = PersonView;

export const PERSON_COLUMNS = `p.id, p.name, p.email, p.roles, p.manager_id as "managerId", p.office_id as "officeId",
  p.delivery_center_id as "deliveryCenterId", p.skills, p.industries, p.rate_level as "rateLevel",
  to_json(p.created_at) #>> '{}' as "createdAt", to_json(p.deactivated_at) #>> '{}' as "deactivatedAt"`;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newToken(): string {
  return `moat_${randomBytes(24).toString('base64url')}`;
}

/** The active person whose live token hashes to `tokenHash` (`hashToken`). */
export async function findPersonByTokenHash(db: Pool, tokenHash: string): Promise<PersonRow | undefined> {
  // Named, so each connection prepares (and plans) it once: every request with a bearer token runs it.
  const { rows } = await db.query<PersonRow>({
    name: 'person-by-token',
    text: `select ${PERSON_COLUMNS} from api_tokens t join people p on p.id = t.person_id
     where t.token_hash = $1 and t.revoked_at is null and p.deactivated_at is null`,
    values: [tokenHash],
  });
  return rows[0];
}

export async function getPerson(db: Pool | PoolClient, id: string): Promise<PersonRow | undefined> {
  const { rows } = await db.query<PersonRow>(`select ${PERSON_COLUMNS} from people p where p.id = $1`, [id]);
  return rows[0];
}

/** `chain(id, depth)`: everyone above the person `$param` names in the manager tree, nearest (depth 1) first. */
const managerChainCte = (param: string) => `chain(id, depth) as (
       select manager_id, 1 from people where id = ${param} and manager_id is not null
       union all
       select p.manager_id, c.depth + 1 from people p join chain c on p.id = c.id
       where p.manager_id is not null and c.depth < 50
     )`;

/** Everyone above `personId` in the manager tree, nearest first. */
export async function managerChain(db: Pool | PoolClient, personId: string): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(`with recursive ${managerChainCte('$1')} select id from chain order by depth`, [personId]);
  return rows.map((r) => r.id);
}

/** How `personId` stands towards `ownerId`: above them in the manager tree, and whose delegation to them is in force. */
export interface Standing {
  manages: boolean;
  actingFor: string[];
}

/**
 * SQL for a statement that also answers how `person` stands towards `owner` (SQL expressions of uuids): the `chain`
 * to put in its `with recursive`, and the columns `manages` and `actingFor` of a `Standing`.
 */
export const standingSql = (person: string, owner: string) => ({
  chain: managerChainCte(owner),
  columns: `${person}::uuid <> ${owner}::uuid and exists (select 1 from chain where id = ${person}::uuid) as manages,
    array(${actingFor(person)}) as "actingFor"`,
});

/** `Standing` in one statement (a command's actor: api/project-access.ts). */
export async function standingTowards(db: Pool | PoolClient, personId: string, ownerId: string): Promise<Standing> {
  const { chain, columns } = standingSql('$1', '$2');
  const { rows } = await db.query<Standing>({ name: 'standing-towards', text: `with recursive ${chain} select ${columns}`, values: [personId, ownerId] });
  return rows[0]!;
}

export interface NewPerson {
  id?: string;
  name: string;
  email: string;
  roles: Role[];
  managerId?: string | null;
  officeId?: string | null;
  deliveryCenterId?: string | null;
  skills?: string[];
  industries?: string[];
  rateLevel?: string | null;
}

export async function insertPerson(db: Pool | PoolClient, person: NewPerson): Promise<string> {
  const id = person.id ?? randomUUID();
  await db.query(
    `insert into people (id, name, email, roles, manager_id, office_id, delivery_center_id, skills, industries, rate_level)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      id,
      person.name,
      person.email.toLowerCase(),
      person.roles,
      person.managerId ?? null,
      person.officeId ?? null,
      person.deliveryCenterId ?? null,
      person.skills ?? [],
      person.industries ?? [],
      person.rateLevel ?? null,
    ],
  );
  return id;
}

/** Issues a token for the person; only its hash is stored. Returns the token itself, to be shown once. */
export async function issueToken(db: Pool | PoolClient, personId: string, label: string, token = newToken()): Promise<string> {
  await db.query(
    'insert into api_tokens (token_hash, person_id, label) values ($1, $2, $3) on conflict (token_hash) do nothing',
    [hashToken(token), personId, label],
  );
  return token;
}

/**
 * One step up the manager tree from the rows aliased `alias` (whose `id` is a person): `up.id`, each one's manager,
 * found by key — `limit 1` keeps it a lookup, where Postgres joined a step with a scan of every person while `people`
 * had no statistics yet (bench/README.md, eighth round). In a recursive term: `select up.id from steps a ${managerStep('a')}`.
 */
export const managerStep = (alias: string) =>
  `cross join lateral (select pe.manager_id as id from people pe where pe.id = ${alias}.id limit 1) up where up.id is not null`;

/** A `tree(id)` CTE for `with recursive` (or another name): the person in query parameter `param` and everyone below them. */
export const peopleAtOrBelow = (param: string, name = 'tree') =>
  `${name}(id) as (select ${param}::uuid union select p.id from people p join ${name} t on p.manager_id = t.id)`;
