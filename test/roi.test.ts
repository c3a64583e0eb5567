import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revenueShares } from '../domain/center-functions';
import { seniorLevels } from '../domain/roi';
import { DEFAULT_POLICY } from '../domain/policy';
import { CNY, shift, today, yuan } from './support/amounts';
import { createMatchOrg, P2_DAY, P3_DAY, type MatchOrg } from './support/match-org';
import { projectBody, startTestMoat, type Member, type TestMoat } from './support/moat';
import { walkAndWin } from './support/walk';

/** 投入产出 (GET /api/reports/roi): presales cost against won value, and where the senior people worked. */

let moat: TestMoat;
let org: MatchOrg & { industry: string };
let won: string;
let lost: string;
const WON = 1_200_000_000;

/** The owner asks for `person` for `days`; `approver` approves; the person records a day on `date`. */
async function bookAndWork(projectId: string, person: Member, approver: Member, date: string): Promise<void> {
  const asked = await org.sales.api.post(`/api/projects/${projectId}/resource-requests`, { role: 'presales', days: 2, personId: person.id, note: 'workshop' });
  expect(asked.status, JSON.stringify(asked.body)).toBe(201);
  const approved = await approver.api.post(`/api/approvals/${asked.body.approvalId}/approve`, { comment: 'go' });
  expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  const booking = approved.body.bookings.find((b: { personId: string }) => b.personId === person.id);
  const worked = await person.api.post(`/api/projects/${projectId}/time-entries`, { bookingId: booking.id, date, days: 1 });
  expect(worked.status, JSON.stringify(worked.body)).toBe(201);
}

beforeAll(async () => {
  moat = await startTestMoat();
  org = await createMatchOrg(moat);
  // Won, tier A: a P2 day and a P3 day of presales.
  won = (await org.sales.api.post('/api/projects', projectBody(org, { industry: org.industry }))).body.id;
  expect((await org.centerLead.api.post(`/api/projects/${won}/dispatch`, { teamLeadId: org.teamLead.id })).status).toBe(200);
  await bookAndWork(won, org.presalesP2, org.teamLead, today);
  await bookAndWork(won, org.presalesP3, org.teamLead, today);
  await walkAndWin(org, won, org.teamLead, WON);
  // Lost, tier C: a P2 day (yesterday: a person works one day per date).
  const small = await org.sales.api.post('/api/projects', projectBody(org, { industry: org.industry, expectedValue: CNY(yuan(1_500_000)) }));
  expect(small.body.tier).toBe('C');
  lost = small.body.id;
  await bookAndWork(lost, org.presalesP2, org.manager, shift(-1));
  expect((await org.sales.api.post(`/api/projects/${lost}/close`, { outcome: 'lost', reason: 'price' })).status).toBe(200);
});

afterAll(async () => {
  await moat?.stop();
});

const roi = async (who: Member, groupBy: string) => {
  const reply = await who.api.get(`/api/reports/roi?from=${today}&to=${today}&groupBy=${groupBy}`);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return reply.body;
};

describe('return on presales spend', () => {
  it('per tier: won value, presales cost, cost per won deal, win rate, credit net of cost', async () => {
    const credits = await org.manager.api.get(`/api/reports/credits?from=${today}&to=${today}&groupBy=person`);
    const creditOnWon = credits.body.totals.find((t: { currency: string }) => t.currency === 'CNY').credit.amount;
    const report = await roi(org.manager, 'tier');
    const byTier = Object.fromEntries(report.groups.map((g: { id: string }) => [g.id, g]));
    expect(byTier.A).toEqual({
      id: 'A',
      name: 'A',
      currency: 'CNY',
      closed: 1,
      won: 1,
      winRateBasisPoints: 10_000,
      wonValue: WON,
      presalesCost: P2_DAY + P3_DAY,
      costPerWonDeal: P2_DAY + P3_DAY,
      costBasisPointsOfWonValue: Math.floor(((P2_DAY + P3_DAY) * 10_000) / WON),
      credit: creditOnWon,
      creditNetOfCost: creditOnWon - (P2_DAY + P3_DAY),
      levelMix: { seniorDays: { topTiers: 1, otherTiers: 0 }, otherDays: { topTiers: 1, otherTiers: 0 }, seniorShareOnTopTiersBasisPoints: 10_000, allShareOnTopTiersBasisPoints: 10_000 },
    });
    expect(byTier.C).toMatchObject({ closed: 1, won: 0, winRateBasisPoints: 0, wonValue: 0, presalesCost: P2_DAY, costPerWonDeal: null, costBasisPointsOfWonValue: null, credit: 0 });
    expect(byTier.C.levelMix).toMatchObject({ seniorDays: { topTiers: 0, otherTiers: 0 }, otherDays: { topTiers: 0, otherTiers: 1 }, seniorShareOnTopTiersBasisPoints: null });
  });

  it('per sales owner, only their own credit; people who see neither project see nothing', async () => {
    const mine = await roi(org.sales, 'person');
    expect(mine.groups).toHaveLength(1);
    expect(mine.groups[0]).toMatchObject({ id: org.sales.id, closed: 2, won: 1, winRateBasisPoints: 5_000, presalesCost: 2 * P2_DAY + P3_DAY });
    const ownCredit = (await org.sales.api.get(`/api/reports/credits?from=${today}&to=${today}&groupBy=person`)).body.groups.find(
      (g: { id: string }) => g.id === org.sales.id,
    ).credit[0].amount;
    expect(mine.groups[0].credit).toBe(ownCredit);
    const outsider = await roi(org.outsider, 'person');
    expect(outsider.groups).toEqual([]);
    expect(outsider.levelMix).toMatchObject({ seniorShareOnTopTiersBasisPoints: null, allShareOnTopTiersBasisPoints: null });
  });

  it('the level mix: senior days (P3) went to the tier A project; P2 days to both', async () => {
    const { levelMix } = await roi(org.manager, 'office');
    expect(levelMix.seniorLevels.presales).toEqual(['P3', 'P4']);
    expect(levelMix).toMatchObject({
      seniorDays: { topTiers: 1, otherTiers: 0 },
      otherDays: { topTiers: 1, otherTiers: 1 },
      seniorShareOnTopTiersBasisPoints: 10_000,
      allShareOnTopTiersBasisPoints: 6_666,
    });
  });

  it('per office and per center, each group with its own level mix; a day counts at the level it was booked at', async () => {
    const byOffice = await roi(org.manager, 'office');
    expect(byOffice.groups).toHaveLength(1);
    expect(byOffice.groups[0]).toMatchObject({ id: org.officeId, closed: 2, won: 1, presalesCost: 2 * P2_DAY + P3_DAY });
    expect(byOffice.groups[0].levelMix).toEqual({ ...byOffice.levelMix, seniorLevels: undefined });

    // The P3 person is moved to P1 afterwards: the day they worked still counts as the senior day it was booked as.
    await moat.pool.query(`update people set rate_level = 'P1' where id = $1`, [org.presalesP3.id]);
    try {
      const byCenter = Object.fromEntries((await roi(org.director, 'center')).groups.map((g: { id: string | null }) => [g.id, g]));
      expect(byCenter[org.centerId]).toMatchObject({ closed: 1, won: 1, presalesCost: P2_DAY + P3_DAY });
      expect(byCenter[org.centerId].levelMix).toMatchObject({ seniorDays: { topTiers: 1, otherTiers: 0 }, otherDays: { topTiers: 1, otherTiers: 0 } });
      // Projects of no center: those the office manager sees (the director's include every other test's).
      const noCenter = (await roi(org.manager, 'center')).groups.find((g: { id: string | null }) => g.id === null);
      expect(noCenter).toMatchObject({ closed: 1, won: 0, presalesCost: P2_DAY });
      expect(noCenter.levelMix).toMatchObject({ seniorDays: { topTiers: 0, otherTiers: 0 }, otherDays: { topTiers: 0, otherTiers: 1 } });
    } finally {
      await moat.pool.query(`update people set rate_level = 'P3' where id = $1`, [org.presalesP3.id]);
    }
  });

  it('bookings from before the level was kept take the level their approval priced (migration 019’s backfill)', async () => {
    const { rows } = await moat.pool.query<{ id: string; level: string }>('select id, level from bookings where project_id = $1 order by level', [won]);
    expect(rows.map((r) => r.level)).toEqual(['P2', 'P3']);
    await moat.pool.query('update bookings set level = null where project_id = $1', [won]);
    const migration = await readFile(path.join(__dirname, '..', 'db', 'migrations', '019_booking_level.sql'), 'utf8');
    await moat.pool.query(migration.slice(migration.indexOf('update bookings')));
    const after = await moat.pool.query<{ id: string; level: string }>('select id, level from bookings where project_id = $1 order by level', [won]);
    expect(after.rows).toEqual(rows);
  });

  it('refuses a window that ends before it starts', async () => {
    expect((await org.manager.api.get(`/api/reports/roi?from=${today}&to=${shift(-1)}`)).status).toBe(400);
    expect((await org.manager.api.get(`/api/reports/roi?from=${today}&to=${today}&groupBy=region`)).status).toBe(400);
  });
});

describe('revenue per industry (多位一体: which centers deserve to exist)', () => {
  it('the won project’s industry carries all the revenue the manager sees, and has a center of its own', async () => {
    const reply = await org.manager.api.get(`/api/reports/revenue-share?from=${today}&to=${today}`);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(reply.body.industries).toEqual([
      { industry: org.industry, currency: 'CNY', revenue: WON, projects: 1, shareBasisPoints: 10_000, centers: [{ id: org.centerId, name: expect.any(String) }] },
    ]);
    expect((await org.outsider.api.get(`/api/reports/revenue-share?from=${today}&to=${today}`)).body.industries).toEqual([]);
    expect((await org.manager.api.get(`/api/reports/revenue-share?from=${today}&to=${shift(-1)}`)).status).toBe(400);
  });

  it('shares are exact and per currency', async () => {
    expect(revenueShares([{ currency: 'CNY', revenue: 2 }, { currency: 'CNY', revenue: 1 }, { currency: 'USD', revenue: 5 }]).map((r) => r.shareBasisPoints)).toEqual([6_666, 3_333, 10_000]);
    expect(revenueShares([{ currency: 'CNY', revenue: 0 }])[0]!.shareBasisPoints).toBeNull();
  });
});

describe('senior levels come from the rate card', () => {
  it('the upper half of each role’s levels by rate, as in effect on the day', () => {
    const levels = seniorLevels(DEFAULT_POLICY.rateCard, today);
    expect([...levels.get('presales')!].sort()).toEqual(['P3', 'P4']);
    const dearerP2 = {
      ...DEFAULT_POLICY.rateCard,
      entries: [...DEFAULT_POLICY.rateCard.entries, { role: 'presales' as const, level: 'P2', unit: 'day' as const, rate: CNY(yuan(99_000)), effectiveFrom: '2026-01-01' }],
    };
    expect([...seniorLevels(dearerP2, '2026-06-01').get('presales')!].sort()).toEqual(['P2', 'P4']);
    expect([...seniorLevels(dearerP2, '2025-06-01').get('presales')!].sort()).toEqual(['P3', 'P4']);
  });
});
