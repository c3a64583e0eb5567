import { audit } from '../db/audit';
import { migrate } from '../db/migrate';
import { insertPerson, issueToken } from '../db/people';
import { ensureDefaultPolicy } from '../db/policies';
import { inTransaction, type Pool } from '../db/pool';

export const BOOTSTRAP_ADMIN_EMAIL = 'admin@moat.local';

/** Migrations, the default policy, and the first admin: everything a fresh database needs before the API serves. */
export async function prepareDatabase(pool: Pool): Promise<void> {
  await migrate(pool);
  await ensureDefaultPolicy(pool);
}

/**
 * Makes sure an admin exists. With `MOAT_ADMIN_TOKEN` that token is (also) the admin's; without it a token is
 * generated at the first start and returned once, to be printed.
 */
export async function ensureBootstrapAdmin(pool: Pool, configuredToken?: string): Promise<{ generatedToken?: string }> {
  return inTransaction(pool, async (client) => {
    await client.query('select pg_advisory_xact_lock(4242002)');
    const existing = await client.query<{ id: string }>('select id from people where email = $1', [BOOTSTRAP_ADMIN_EMAIL]);
    let adminId = existing.rows[0]?.id;
    const isNew = !adminId;
    if (!adminId) {
      adminId = await insertPerson(client, { name: 'Moat administrator', email: BOOTSTRAP_ADMIN_EMAIL, roles: ['admin', 'director'] });
      await audit(client, {
        actorId: null,
        action: 'person_created',
        entityType: 'person',
        entityId: adminId,
        reason: 'bootstrap administrator',
        idempotencyKey: `person:${adminId}:created`,
      });
    }
    if (configuredToken) {
      await issueToken(client, adminId, 'MOAT_ADMIN_TOKEN', configuredToken);
      return {};
    }
    if (isNew) return { generatedToken: await issueToken(client, adminId, 'generated at first start') };
    return {};
  });
}

