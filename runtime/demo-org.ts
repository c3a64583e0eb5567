import { randomUUID } from 'node:crypto';
import { hashPassword } from '../api/password-hash';
import { audit } from '../db/audit';
import { insertPerson, issueToken } from '../db/people';
import { inTransaction, type Pool, type PoolClient } from '../db/pool';
import { setPasswordHash } from '../db/sign-in';
import type { Role } from '../domain/people';

interface DemoPerson {
  key: string;
  name: string;
  roles: Role[];
  manager?: string;
  office?: 'shanghai' | 'beijing';
  center?: boolean;
  skills?: string[];
  industries?: string[];
  rateLevel?: string;
}

/** A small organisation with every role: two offices, a finance delivery center (多位一体), a hotline. */
const DEMO_PEOPLE: DemoPerson[] = [
  { key: 'director', name: 'Zhao Min (director)', roles: ['director', 'manager'] },
  { key: 'sh-manager', name: 'Wang Lei (Shanghai office manager)', roles: ['manager', 'sales'], manager: 'director', office: 'shanghai' },
  { key: 'bj-manager', name: 'Li Na (Beijing office manager)', roles: ['manager', 'sales'], manager: 'director', office: 'beijing' },
  { key: 'center-lead', name: 'Lin Tao (finance delivery center lead)', roles: ['manager', 'delivery'], manager: 'director', center: true, industries: ['finance'] },
  { key: 'sales-sh', name: 'Chen Jie (sales, Shanghai)', roles: ['sales'], manager: 'sh-manager', office: 'shanghai', industries: ['finance', 'manufacturing'] },
  { key: 'sales-bj', name: 'Liu Yang (sales, Beijing)', roles: ['sales'], manager: 'bj-manager', office: 'beijing', industries: ['government'] },
  { key: 'presales-sh', name: 'Zhang Wei (presales, Shanghai)', roles: ['presales'], manager: 'sh-manager', office: 'shanghai', skills: ['core-banking', 'data-platform'], rateLevel: 'P3' },
  { key: 'presales-center', name: 'Huang Li (presales, finance center)', roles: ['presales'], manager: 'center-lead', center: true, skills: ['core-banking'], industries: ['finance'], rateLevel: 'P4' },
  { key: 'solution', name: 'Zhou Fang (solution architect)', roles: ['solution', 'presales'], manager: 'center-lead', center: true, skills: ['architecture'], rateLevel: 'P4' },
  { key: 'test', name: 'Wu Hao (test engineer)', roles: ['test'], manager: 'center-lead', center: true, skills: ['performance'], rateLevel: 'P2' },
  { key: 'delivery', name: 'Xu Jing (delivery manager)', roles: ['delivery'], manager: 'center-lead', center: true, rateLevel: 'P3' },
  { key: 'after-sales', name: 'Sun Qiang (after-sales)', roles: ['after_sales'], manager: 'center-lead', center: true, rateLevel: 'P2' },
  { key: 'custom-dev', name: 'Ma Lin (custom development)', roles: ['custom_dev'], manager: 'center-lead', center: true, skills: ['java'], rateLevel: 'P3' },
  { key: 'hotline', name: 'Guo Ying (hotline lead)', roles: ['hotline', 'manager'], manager: 'director', rateLevel: 'H1' },
  { key: 'admin', name: 'He Ping (demo administrator)', roles: ['admin'] },
];

/** Every demo person signs in with this password (README, "Signing in"); seeding again sets it again. */
export const DEMO_PASSWORD = 'moat-demo-password';

export interface SeededPerson {
  name: string;
  email: string;
  password: string;
  roles: Role[];
  token: string;
}

/**
 * Loads the demo organisation once (matched by e-mail under @demo.moat.local), issues every demo person a fresh
 * token and sets their password to DEMO_PASSWORD, so running it again prints working credentials without
 * duplicating anyone.
 */
export async function seedDemoOrganisation(pool: Pool): Promise<SeededPerson[]> {
  // Hashed before the transaction (each hash is deliberately slow), each with a salt of its own.
  const passwordHashes = await Promise.all(DEMO_PEOPLE.map(() => hashPassword(DEMO_PASSWORD)));
  return inTransaction(pool, async (client) => {
    await client.query('select pg_advisory_xact_lock(4242003)');
    const ids = new Map<string, string>();
    const emailOf = (p: DemoPerson) => `${p.key}@demo.moat.local`;
    const existing = await client.query<{ id: string; email: string }>(`select id, email from people where email like '%@demo.moat.local'`);
    for (const row of existing.rows) ids.set(row.email.split('@')[0]!, row.id);

    if (!ids.has('director')) {
      // People first without offices/centers (their managers and leads must exist), then the organisation.
      for (const p of DEMO_PEOPLE) {
        const id = await insertPerson(client, {
          name: p.name,
          email: emailOf(p),
          roles: p.roles,
          managerId: p.manager ? ids.get(p.manager) : null,
          skills: p.skills,
          industries: p.industries,
          rateLevel: p.rateLevel,
        });
        ids.set(p.key, id);
        await auditDemo(client, 'person', id);
      }
      const offices = {
        shanghai: await createOffice(client, 'Shanghai office (demo)', 'East China', ids.get('sh-manager')!),
        beijing: await createOffice(client, 'Beijing office (demo)', 'North China', ids.get('bj-manager')!),
      };
      const centerId = randomUUID();
      await client.query(`insert into delivery_centers (id, name, industry, lead_id) values ($1, $2, 'finance', $3)
                          on conflict (industry) do nothing`, [centerId, 'Finance delivery center (demo)', ids.get('center-lead')]);
      const center = await client.query<{ id: string }>(`select id from delivery_centers where industry = 'finance'`);
      await auditDemo(client, 'delivery_center', center.rows[0]!.id);
      for (const p of DEMO_PEOPLE) {
        await client.query('update people set office_id = $2, delivery_center_id = $3 where id = $1', [
          ids.get(p.key),
          p.office ? offices[p.office] : null,
          p.center ? center.rows[0]!.id : null,
        ]);
      }
    }
    const seeded: SeededPerson[] = [];
    for (const [i, p] of DEMO_PEOPLE.entries()) {
      await setPasswordHash(client, ids.get(p.key)!, passwordHashes[i]!);
      seeded.push({
        name: p.name,
        email: emailOf(p),
        password: DEMO_PASSWORD,
        roles: p.roles,
        token: await issueToken(client, ids.get(p.key)!, 'demo seed'),
      });
    }
    return seeded;
  });
}

async function createOffice(client: PoolClient, name: string, region: string, managerId: string): Promise<string> {
  const id = randomUUID();
  await client.query('insert into offices (id, name, region, manager_id) values ($1, $2, $3, $4)', [id, name, region, managerId]);
  await auditDemo(client, 'office', id);
  return id;
}

async function auditDemo(client: PoolClient, entityType: string, entityId: string): Promise<void> {
  await audit(client, {
    actorId: null,
    action: `${entityType}_created`,
    entityType,
    entityId,
    reason: 'demo organisation (npm run seed:demo)',
    idempotencyKey: `${entityType}:${entityId}:created`,
  });
}

export function printDemoTokens(people: SeededPerson[], log: (line: string) => void): void {
  log(`demo organisation loaded; sign in with an e-mail below and the password "${DEMO_PASSWORD}" (POST /api/session),`);
  log('or use a bearer token (new ones each time you seed):');
  for (const p of people) log(`  ${p.name.padEnd(42)} ${p.email.padEnd(34)} ${p.roles.join(',').padEnd(22)} ${p.token}`);
}
