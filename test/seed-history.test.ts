import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPool, type Pool } from '../db/pool';
import { prepareDatabase } from '../runtime/bootstrap';
import { seedDemoOrganisation, type SeededPerson } from '../runtime/demo-org';
import { ensureDatabase } from '../runtime/postgres-server';
import { openDealsNow, seedHistory, type HistoryResult } from '../runtime/seed-history';
import { startTestMoat } from './support/moat';

/**
 * `npm run seed:demo -- --history`: a past year of deals through the real API and workflows, on a time-skipping server
 * started a year back. In a database of its own (the demo organisation must not meet the other files' people).
 */
const DAY = 86_400_000;
let pool: Pool;
let result: HistoryResult;
let url: string;
let people: SeededPerson[];

beforeAll(async () => {
  url = await ensureDatabase(inject('databaseUrl'), 'moat_seed_history_test');
  pool = createPool(url, 4);
  await prepareDatabase(pool);
  people = await seedDemoOrganisation(pool);
  result = await seedHistory({ url, pool }, people, { projects: 4, seed: 7, log: () => undefined, workflowBundlePath: inject('workflowBundlePath') });
}, 600_000);

afterAll(async () => {
  await pool?.end();
});

describe('a past year of deals', () => {
  it('and the deals still open, on the running Moat, today', async () => {
    const moat = await startTestMoat({ databaseUrl: url });
    try {
      expect(await openDealsNow(moat.apiUrl, people, 4, () => undefined)).toBe(4);
    } finally {
      await moat.stop();
    }
    const { rows } = await pool.query<{ n: string }>(`select count(*) as n from projects where status = 'open' and created_at > now() - interval '1 hour'`);
    expect(Number(rows[0]!.n)).toBe(4);
    const discovery = await pool.query<{ n: string }>(`select count(*) as n from projects where status = 'open' and stage = 'discovery'`);
    expect(Number(discovery.rows[0]!.n)).toBe(1);
  });

  it('opens, walks and closes every deal through the API, leaving no workflow behind', () => {
    expect(result).toMatchObject({ opened: 4, refused: 0, stillRunning: 0 });
    expect(result.won + result.lost).toBe(4);
  });

  it('records them at the times they happened in that year, escalations included', async () => {
    const { rows } = await pool.query<{ opened: Date; closed: Date | null; status: string }>(
      `select created_at as opened, closed_at as closed, status from projects where created_at < now() - interval '1 day'`,
    );
    expect(rows).toHaveLength(4);
    const now = Date.now();
    for (const row of rows) {
      expect(row.status).not.toBe('open');
      expect(row.opened.getTime()).toBeGreaterThan(now - 366 * DAY);
      expect(row.closed!.getTime()).toBeLessThan(now);
      expect(row.closed!.getTime()).toBeGreaterThan(row.opened.getTime() + DAY);
    }
    const escalations = await pool.query<{ n: string; last: Date }>('select count(*) as n, max(at) as last from escalations');
    expect(Number(escalations.rows[0]!.n)).toBe(result.escalations);
    expect(result.escalations).toBeGreaterThan(0);
    expect(escalations.rows[0]!.last.getTime()).toBeLessThan(now);
    const worked = await pool.query<{ n: string }>('select count(*) as n from time_entries');
    expect(Number(worked.rows[0]!.n)).toBeGreaterThan(0);
  });
});
