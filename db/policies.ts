import { DEFAULT_POLICY, PolicyDocumentSchema, type PinnedPolicy, type PolicyDocument } from '../domain/policy';
import { audit } from './audit';
import { inTransaction, type Pool } from './pool';

/**
 * Parsed documents by pool (one database) and version. A stored version never changes (policies are only ever
 * inserted), and parsing its document is the costly part of reading it: the profile of a loaded bench showed the
 * current policy parsed for every new project, pipeline read and activity (bench/README.md). Frozen, as every caller
 * shares the one parsed document. Bounded: a long-lived process that sees many versions keeps the latest ones.
 */
const parsedDocuments = new WeakMap<Pool, Map<number, PolicyDocument>>();
const PARSED_VERSIONS_KEPT = 32;

function parse(pool: Pool, row: { version: number; document: unknown }): PinnedPolicy {
  let byVersion = parsedDocuments.get(pool);
  if (!byVersion) parsedDocuments.set(pool, (byVersion = new Map()));
  let document = byVersion.get(row.version);
  if (!document) {
    document = deepFreeze(PolicyDocumentSchema.parse(row.document));
    if (byVersion.size >= PARSED_VERSIONS_KEPT) byVersion.delete(Math.min(...byVersion.keys()));
    byVersion.set(row.version, document);
  }
  return { version: row.version, document };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

export async function currentPolicy(pool: Pool): Promise<PinnedPolicy> {
  const { rows } = await pool.query('select version, document from policies order by version desc limit 1');
  if (!rows[0]) throw new Error('no policy stored: run the bootstrap (migrations seed version 1)');
  return parse(pool, rows[0]);
}

export async function policyVersion(pool: Pool, version: number): Promise<PinnedPolicy | undefined> {
  const { rows } = await pool.query('select version, document from policies where version = $1', [version]);
  return rows[0] ? parse(pool, rows[0]) : undefined;
}

/** Stores the default policy (DEFAULT_POLICY) as version 1 when no policy exists yet. */
export async function ensureDefaultPolicy(pool: Pool): Promise<void> {
  await pool.query(
    `insert into policies (version, document, reason) values (1, $1, 'SPEC defaults') on conflict (version) do nothing`,
    [JSON.stringify(PolicyDocumentSchema.parse(DEFAULT_POLICY))],
  );
}

export interface PolicyVersionRow {
  version: number;
  document: PolicyDocument;
  createdBy: string | null;
  reason: string | null;
  createdAt: string;
}

const VERSION_COLUMNS = `version, document, created_by as "createdBy", reason, to_json(created_at) #>> '{}' as "createdAt"`;

export async function listPolicyVersions(pool: Pool): Promise<Omit<PolicyVersionRow, 'document'>[]> {
  const { rows } = await pool.query(
    `select version, created_by as "createdBy", reason, to_json(created_at) #>> '{}' as "createdAt" from policies order by version desc`,
  );
  return rows;
}

export async function getPolicyVersion(pool: Pool, version?: number): Promise<PolicyVersionRow | undefined> {
  const { rows } = await pool.query<PolicyVersionRow>(
    version === undefined
      ? `select ${VERSION_COLUMNS} from policies order by version desc limit 1`
      : `select ${VERSION_COLUMNS} from policies where version = $1`,
    version === undefined ? [] : [version],
  );
  return rows[0];
}

/** Stores a validated document as the next version; running projects keep the version they pinned. */
export async function publishPolicy(
  pool: Pool,
  document: PolicyDocument,
  createdBy: string,
  reason: string,
): Promise<number> {
  return inTransaction(pool, async (client) => {
    await client.query('lock table policies in exclusive mode');
    const { rows } = await client.query<{ next: number }>('select coalesce(max(version), 0) + 1 as next from policies');
    const version = rows[0]!.next;
    await client.query('insert into policies (version, document, created_by, reason) values ($1, $2, $3, $4)', [
      version,
      JSON.stringify(PolicyDocumentSchema.parse(document)),
      createdBy,
      reason,
    ]);
    await audit(client, {
      actorId: createdBy,
      action: 'policy_published',
      entityType: 'policy',
      entityId: String(version),
      reason,
      idempotencyKey: `policy:${version}:published`,
    });
    return version;
  });
}
