import { DEFAULT_POLICY, PolicyDocumentSchema, type PinnedPolicy } from '../domain/policy';
import type { Pool } from './pool';

function parse(row: { version: number; document: unknown }): PinnedPolicy {
  return { version: row.version, document: PolicyDocumentSchema.parse(row.document) };
}

export async function currentPolicy(pool: Pool): Promise<PinnedPolicy> {
  const { rows } = await pool.query('select version, document from policies order by version desc limit 1');
  if (!rows[0]) throw new Error('no policy stored: run the bootstrap (migrations seed version 1)');
  return parse(rows[0]);
}

export async function policyVersion(pool: Pool, version: number): Promise<PinnedPolicy | undefined> {
  const { rows } = await pool.query('select version, document from policies where version = $1', [version]);
  return rows[0] ? parse(rows[0]) : undefined;
}

/** Stores SPEC's default policy as version 1 when no policy exists yet. */
export async function ensureDefaultPolicy(pool: Pool): Promise<void> {
  await pool.query(
    `insert into policies (version, document, reason) values (1, $1, 'SPEC defaults') on conflict (version) do nothing`,
    [JSON.stringify(PolicyDocumentSchema.parse(DEFAULT_POLICY))],
  );
}
