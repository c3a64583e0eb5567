// Long because Match through the API is one organisation walked through dispatch, requests, approvals, bookings, time
// and budgets, each step building on the last.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../domain/people';
import { DEFAULT_POLICY } from '../domain/policy';
import { approveUpdate, projectWorkflowId } from '../workflows/project-messages';
import { projectBody, readProject, startTestMoat, uniqueSuffix, type Member, type TestMoat } from './support/moat';
import { createMatchOrg, P2_DAY, P3_DAY, type MatchOrg } from './support/match-org';
import { shift, today, yuan } from './support/amounts';

let moat: TestMoat;
let org: MatchOrg & { industry: string };

beforeAll(async () => {
  moat = await startTestMoat();
  org = await createMatchOrg(moat);
});

afterAll(async () => {
  await moat?.stop();
});

async function open(overrides: Record<string, unknown> = {}) {
  const reply = await org.sales.api.post('/api/projects', projectBody(org, { industry: org.industry, ...overrides }));
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return reply.body as { id: string; tier: string; budget: { amount: number } };
}

/** As a director, who sees every rate and cost (the owner sees the booking, not its price). */
const project = (id: string) => readProject(org.director.api, id);

async function dispatch(id: string, as: Member, teamLeadId: string) {
  const reply = await as.api.post(`/api/projects/${id}/dispatch`, { teamLeadId, comment: 'you lead it' });
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return reply.body;
}

async function request(id: string, body: Record<string, unknown>) {
  const reply = await org.sales.api.post(`/api/projects/${id}/resource-requests`, { role: 'presales', note: 'requirements workshop', ...body });
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return reply.body as { id: string; approvalId: string; status: string };
}

/** Ledger totals straight from the ledger rows, to hold against the project's projection. */
async function ledgerTotals(projectId: string) {
  const { rows } = await moat.pool.query('select committed, actual from project_ledger_totals where project_id = $1', [projectId]);
  return { committed: Number(rows[0]?.committed ?? 0), actual: Number(rows[0]?.actual ?? 0) };
}

async function expectLedgerMatchesProjection(projectId: string) {
  const p = await project(projectId);
  expect(await ledgerTotals(projectId)).toEqual({ committed: p.committed.amount, actual: p.actual.amount });
  return p;
}

describe('tiered dispatch (分层调度) and approval chains', () => {
  it('A/B: the industry center lead appoints a team lead, who approves every request (一票到底)', async () => {
    const created = await open();
    expect(created.tier).toBe('A');
    const before = await project(created.id);
    expect(before.dispatch).toEqual({ status: 'pending', leadId: null, deliveryCenterId: org.centerId });
    expect(before.budget.amount).toBe(yuan(12_000_000) * 0.02);
    const dispatchApproval = before.approvals[0]!;
    expect(dispatchApproval).toMatchObject({ kind: 'dispatch', approverId: org.centerLead.id, status: 'pending' });
    expect((await org.centerLead.api.get('/api/me/inbox')).body.approvals.map((a: { id: string }) => a.id)).toContain(dispatchApproval.id);

    const notCenterLead = await org.manager.api.post(`/api/projects/${created.id}/dispatch`, { teamLeadId: org.teamLead.id });
    expect(notCenterLead.status).toBe(403);
    const early = await org.sales.api.post(`/api/projects/${created.id}/resource-requests`, { role: 'presales', days: 1, note: 'x' });
    expect(early.status).toBe(409);

    // 统一指挥: the team lead is one of the serving center's people, by either route that appoints one.
    const officeLead = await org.centerLead.api.post(`/api/projects/${created.id}/dispatch`, { teamLeadId: org.presalesP2.id });
    expect([officeLead.status, officeLead.body.error.details]).toEqual([400, [{ path: 'body.teamLeadId', message: 'not a member of the serving delivery center' }]]);
    const viaApproval = await org.centerLead.api.post(`/api/approvals/${dispatchApproval.id}/approve`, { personId: org.presalesP2.id });
    expect([viaApproval.status, viaApproval.body.error.details[0].path]).toEqual([400, 'body.personId']);
    // The workflow holds the rule itself: the same appointment sent to it past the API is refused there too.
    const centerLeadActor = { id: org.centerLead.id, roles: ['manager', 'delivery'] as Role[], manages: [], actingFor: [], officeId: null };
    const pastTheApi = moat.temporal.workflow
      .getHandle(projectWorkflowId(created.id))
      .executeUpdate(approveUpdate, { args: [{ actor: centerLeadActor, approvalId: dispatchApproval.id, personId: org.presalesP2.id }] });
    await expect(pastTheApi).rejects.toMatchObject({ cause: { message: expect.stringMatching(/is one of its members/) } });
    expect((await project(created.id)).dispatch).toMatchObject({ status: 'pending', leadId: null });

    const dispatched = await dispatch(created.id, org.centerLead, org.teamLead.id);
    expect(dispatched.dispatch).toMatchObject({ status: 'appointed', leadId: org.teamLead.id });
    // The appointed lead takes part in the project from then on ("the projects I took part in": db/migrations/009, 023),
    // as does anyone the row ever names as its lead: the trigger runs when the lead changes (here straight in SQL, and
    // back, so that only the participants see it; the office's presales person is booked below anyway).
    const takesPart = async (personId: string) =>
      (await moat.pool.query('select 1 from project_participants where project_id = $1 and person_id = $2', [created.id, personId])).rowCount;
    expect(await takesPart(org.teamLead.id)).toBe(1);
    expect(await takesPart(org.presalesP2.id)).toBe(0);
    await moat.pool.query('update projects set dispatch_lead_id = $2 where id = $1', [created.id, org.presalesP2.id]);
    await moat.pool.query('update projects set dispatch_lead_id = $2 where id = $1', [created.id, org.teamLead.id]);
    expect(await takesPart(org.presalesP2.id)).toBe(1);

    // Office staff are commanded by the team lead too: the request names the office's own presales person.
    const asked = await request(created.id, { days: 2, personId: org.presalesP2.id, skills: ['core-banking'] });
    const approval = (await org.sales.api.get(`/api/approvals/${asked.approvalId}`)).body;
    expect(approval).toMatchObject({ kind: 'resource', approverId: org.teamLead.id });
    expect((await org.teamLead.api.get('/api/me/inbox')).body.approvals.map((a: { id: string }) => a.id)).toContain(asked.approvalId);

    const byOfficeManager = await org.manager.api.post(`/api/approvals/${asked.approvalId}/approve`, {});
    expect(byOfficeManager.status).toBe(403);
    expect((await project(created.id)).bookings).toEqual([]);

    const approved = await org.teamLead.api.post(`/api/approvals/${asked.approvalId}/approve`, { comment: 'go' });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.bookings).toHaveLength(1);
    expect(approved.body.bookings[0]).toMatchObject({ personId: org.presalesP2.id, days: 2, rate: { amount: P2_DAY }, planned: { amount: 2 * P2_DAY } });
    expect(approved.body.committed.amount).toBe(2 * P2_DAY);
    expect(approved.body.resourceRequests[0]).toMatchObject({ status: 'booked' });
    await expectLedgerMatchesProjection(created.id);
    const booked = await org.presalesP2.api.get('/api/me/notifications');
    expect(booked.body.items.some((n: { kind: string; projectId: string }) => n.kind === 'booked' && n.projectId === created.id)).toBe(true);
  });

  it('C/D: the office manager dispatches and approves; the approver may change the person', async () => {
    const created = await open({ expectedValue: { amount: yuan(1_500_000), currency: 'CNY' } });
    expect(created.tier).toBe('C');
    const opened = await project(created.id);
    expect(opened.approvals[0]).toMatchObject({ kind: 'dispatch', approverId: org.manager.id });
    await dispatch(created.id, org.manager, org.presalesP2.id);
    const asked = await request(created.id, { days: 1 });
    expect((await org.sales.api.get(`/api/approvals/${asked.approvalId}`)).body.approverId).toBe(org.manager.id);
    const noPerson = await org.manager.api.post(`/api/approvals/${asked.approvalId}/approve`, {});
    expect(noPerson.status).toBe(400);
    expect(noPerson.body.error.details[0].path).toBe('personId');
    const approved = await org.manager.api.post(`/api/approvals/${asked.approvalId}/approve`, { personId: org.presalesP3.id });
    expect(approved.status).toBe(200);
    expect(approved.body.bookings[0]).toMatchObject({ personId: org.presalesP3.id, planned: { amount: P3_DAY } });
  });

  it('E and channel projects: the hotline lead; E budgets are hotline hours', async () => {
    const small = await open({ expectedValue: { amount: yuan(100_000), currency: 'CNY' } });
    expect(small.tier).toBe('E');
    const e = await project(small.id);
    expect(e.approvals[0]).toMatchObject({ kind: 'dispatch', approverId: org.hotlineLead.id });
    expect(e.budget.amount).toBe(16 * yuan(150));
    const channel = await open({ channel: true });
    expect(channel.tier).toBe('C');
    expect((await project(channel.id)).approvals[0]).toMatchObject({ approverId: org.hotlineLead.id });

    await dispatch(small.id, org.hotlineLead, org.hotlineAgent.id);
    const asked = await request(small.id, { role: 'hotline', days: 0.5, personId: org.hotlineAgent.id });
    const approved = await org.hotlineLead.api.post(`/api/approvals/${asked.approvalId}/approve`, {});
    expect(approved.status).toBe(200);
    expect(approved.body.bookings[0]).toMatchObject({ unit: 'hour', planned: { amount: 4 * yuan(150) } });
  });

  it('a rejected request books nothing; a rejection needs a reason', async () => {
    const created = await open({ expectedValue: { amount: yuan(1_500_000), currency: 'CNY' } });
    await dispatch(created.id, org.manager, org.presalesP2.id);
    const asked = await request(created.id, { days: 3, personId: org.presalesP2.id });
    expect((await org.manager.api.post(`/api/approvals/${asked.approvalId}/reject`, {})).status).toBe(400);
    expect((await org.teamLead.api.post(`/api/approvals/${asked.approvalId}/reject`, { reason: 'no' })).status).toBe(404); // may not see the project: told it does not exist
    const rejected = await org.manager.api.post(`/api/approvals/${asked.approvalId}/reject`, { reason: 'discovery first' });
    expect(rejected.status).toBe(200);
    expect(rejected.body.resourceRequests[0]).toMatchObject({ status: 'rejected' });
    expect(rejected.body.bookings).toEqual([]);
    expect((await org.manager.api.post(`/api/approvals/${asked.approvalId}/approve`, { personId: org.presalesP2.id })).status).toBe(409);
  });

  it('a rejected dispatch blocks requests until the owner asks again and a lead is appointed', async () => {
    const created = await open({ expectedValue: { amount: yuan(1_500_000), currency: 'CNY' } });
    const dispatchId = (await project(created.id)).approvals[0]!.id;
    const rejected = await org.manager.api.post(`/api/approvals/${dispatchId}/reject`, { reason: 'nobody free this month' });
    expect(rejected.body.dispatch.status).toBe('rejected');
    expect((await org.sales.api.post(`/api/projects/${created.id}/resource-requests`, { role: 'presales', days: 1, note: 'x' })).status).toBe(201);
    expect((await org.sales2.api.post(`/api/projects/${created.id}/dispatch/request`, { note: 'x' })).status).toBe(404); // may not see the project: told it does not exist
    const again = await org.sales.api.post(`/api/projects/${created.id}/dispatch/request`, { note: 'customer moved the deadline' });
    expect(again.status).toBe(200);
    expect(again.body.dispatch.status).toBe('pending');
    expect((await org.sales.api.post(`/api/projects/${created.id}/dispatch/request`, { note: 'again' })).status).toBe(409);
    const appointed = await dispatch(created.id, org.manager, org.presalesP2.id);
    expect(appointed.dispatch).toMatchObject({ status: 'appointed', leadId: org.presalesP2.id });
    const approval = (await org.sales.api.get(`/api/approvals/${appointed.resourceRequests[0].approvalId}`)).body;
    expect(approval.links.candidates).toBe(`/api/resource-requests/${appointed.resourceRequests[0].id}/candidates`);
  });

  it('a tier override re-routes dispatch and later requests', async () => {
    const created = await open({ expectedValue: { amount: yuan(1_500_000), currency: 'CNY' } });
    await dispatch(created.id, org.manager, org.presalesP2.id);
    const overridden = await org.director.api.post(`/api/projects/${created.id}/tier`, { tier: 'A', reason: 'strategic account' });
    expect(overridden.status).toBe(200);
    expect(overridden.body.dispatch).toMatchObject({ status: 'pending', deliveryCenterId: org.centerId });
    expect(overridden.body.budget.amount).toBe(yuan(1_500_000) * 0.02);
    expect((await org.sales.api.post(`/api/projects/${created.id}/resource-requests`, { role: 'presales', days: 1, note: 'x' })).status).toBe(409);
    await dispatch(created.id, org.centerLead, org.teamLead.id);
    const asked = await request(created.id, { days: 1, personId: org.presalesP3.id });
    expect((await org.sales.api.get(`/api/approvals/${asked.approvalId}`)).body.approverId).toBe(org.teamLead.id);
  });
});

describe('budgets (量入为出) and the cost ledger', () => {
  async function bookedProject(budget: number) {
    const created = await open();
    await dispatch(created.id, org.centerLead, org.teamLead.id);
    const set = await org.director.api.post(`/api/projects/${created.id}/budget`, { amount: budget, reason: 'pilot phase only' });
    expect(set.status).toBe(200);
    expect((await org.sales.api.post(`/api/projects/${created.id}/budget`, { amount: 1, reason: 'x' })).status).toBe(403);
    return created.id;
  }

  it('a request past the budget needs a director exception and is booked only after it; alerts fire once each', async () => {
    const id = await bookedProject(6 * P2_DAY);
    const first = await request(id, { days: 4, personId: org.presalesP2.id });
    await org.teamLead.api.post(`/api/approvals/${first.approvalId}/approve`, { comment: "the office expert on core banking" });
    const second = await request(id, { days: 3, personId: org.presalesP2.id });
    const approved = await org.teamLead.api.post(`/api/approvals/${second.approvalId}/approve`, { comment: "the office expert on core banking" });
    expect(approved.status).toBe(200);
    expect(approved.body.bookings).toHaveLength(1);
    expect(approved.body.committed.amount).toBe(4 * P2_DAY);
    const waiting = approved.body.resourceRequests.find((r: { id: string }) => r.id === second.id);
    expect(waiting.status).toBe('awaiting_exception');
    const exception = approved.body.approvals.find((a: { id: string }) => a.id === waiting.exceptionApprovalId);
    expect(exception).toMatchObject({ kind: 'over_budget', approverRole: 'director', status: 'pending' });
    const pooled = (await org.director.api.get('/api/me/inbox')).body.approvals.find((a: { id: string }) => a.id === exception.id);
    expect(pooled).toMatchObject({ kind: 'over_budget', via: 'pool', onBehalfOf: null });

    expect((await org.teamLead.api.post(`/api/approvals/${exception.id}/approve`, { comment: "the office expert on core banking" })).status).toBe(403);
    const granted = await org.director.api.post(`/api/approvals/${exception.id}/approve`, { comment: 'worth it' });
    expect(granted.status).toBe(200);
    expect(granted.body.bookings).toHaveLength(2);
    expect(granted.body.committed.amount).toBe(7 * P2_DAY);
    await expectLedgerMatchesProjection(id);

    const alerts = await moat.pool.query(
      `select person_id, data->>'thresholdBasisPoints' as t from notifications where project_id = $1 and kind = 'budget_alert' order by t`,
      [id],
    );
    // 4/6 crosses 50%; 7/6 crosses 80% and 100%; each to the owner (who is also the sales owner).
    expect(alerts.rows).toEqual([
      { person_id: org.sales.id, t: '10000' },
      { person_id: org.sales.id, t: '5000' },
      { person_id: org.sales.id, t: '8000' },
    ]);
  });

  it('two requests racing for the last of the budget: one is booked, the other needs the exception', async () => {
    const id = await bookedProject(5 * P2_DAY);
    const a = await request(id, { days: 3, personId: org.presalesP2.id });
    const b = await request(id, { days: 3, personId: org.presalesP2.id });
    const results = await Promise.all([a, b].map((r) => org.teamLead.api.post(`/api/approvals/${r.approvalId}/approve`, { comment: "the office expert on core banking" })));
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    const after = await expectLedgerMatchesProjection(id);
    expect(after.bookings).toHaveLength(1);
    expect(after.committed.amount).toBe(3 * P2_DAY);
    expect(after.resourceRequests.map((r: { status: string }) => r.status).sort()).toEqual(['awaiting_exception', 'booked']);
  });

  it('time accrues actual cost at the pinned rate; a rate-card change leaves bookings as priced; close releases the rest', async () => {
    const id = await bookedProject(yuan(1_000_000));
    const asked = await request(id, { days: 2, personId: org.presalesP2.id });
    const approved = await org.teamLead.api.post(`/api/approvals/${asked.approvalId}/approve`, { comment: "the office expert on core banking" });
    const booking = approved.body.bookings[0];

    const dearer = structuredClone(DEFAULT_POLICY);
    dearer.rateCard.entries.push({ role: 'presales', level: 'P2', unit: 'day', rate: { amount: yuan(3_000), currency: 'CNY' }, effectiveFrom: today });
    expect((await org.director.api.put('/api/policy', { document: dearer, reason: 'P2 rates up' })).status).toBe(201);
    try {
      const key = { 'idempotency-key': `time-${booking.id}` };
      const stranger = await org.presalesP3.api.post(`/api/projects/${id}/time-entries`, { bookingId: booking.id, date: today, days: 1 });
      expect(stranger.status).toBe(404); // may not see the project: told it does not exist
      const worked = await org.presalesP2.api.post(`/api/projects/${id}/time-entries`, { bookingId: booking.id, date: today, days: 1 }, key);
      expect(worked.status, JSON.stringify(worked.body)).toBe(201);
      const retried = await org.presalesP2.api.post(`/api/projects/${id}/time-entries`, { bookingId: booking.id, date: today, days: 1 }, key);
      expect(retried.status).toBe(201);
      const after = await expectLedgerMatchesProjection(id);
      expect(after.bookings[0]).toMatchObject({ rate: { amount: P2_DAY }, planned: { amount: 2 * P2_DAY }, daysWorked: 1 });
      expect(after).toMatchObject({ committed: { amount: P2_DAY }, actual: { amount: P2_DAY } });
      expect(after.ledger.map((e: { kind: string }) => e.kind)).toEqual(['commit', 'accrue']);

      // A booking approved after the change is priced at the new rate.
      const later = await request(id, { days: 1, personId: org.presalesP2.id });
      const repriced = await org.teamLead.api.post(`/api/approvals/${later.approvalId}/approve`, { comment: "the office expert on core banking" });
      expect(repriced.body.bookings[1].planned.amount).toBe(yuan(3_000));

      const closed = await org.sales.api.post(`/api/projects/${id}/close`, { outcome: 'lost', reason: 'budget frozen' });
      expect(closed.status).toBe(200);
      expect(closed.body).toMatchObject({ committed: { amount: 0 }, actual: { amount: P2_DAY } });
      expect(closed.body.ledger.map((e: { kind: string }) => e.kind)).toEqual(['commit', 'accrue', 'commit', 'release', 'release']);
      await expectLedgerMatchesProjection(id);
    } finally {
      await org.director.api.put('/api/policy', { document: DEFAULT_POLICY, reason: 'restore defaults' });
    }
  });

  it('the ledger is append-only in the database', async () => {
    await expect(moat.pool.query('update cost_ledger set amount = amount + 1')).rejects.toThrow(/append-only/);
    await expect(moat.pool.query('delete from cost_ledger')).rejects.toThrow(/append-only/);
  });
});

describe('time entries', () => {
  it('refuse future days and days before the booking', async () => {
    const created = await open({ expectedValue: { amount: yuan(1_500_000), currency: 'CNY' } });
    await dispatch(created.id, org.manager, org.presalesP2.id);
    const asked = await request(created.id, { days: 2, personId: org.presalesP2.id });
    const approved = await org.manager.api.post(`/api/approvals/${asked.approvalId}/approve`, {});
    const bookingId = approved.body.bookings[0].id;
    const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const future = await org.presalesP2.api.post(`/api/projects/${created.id}/time-entries`, { bookingId, date: inAWeek, days: 1 });
    expect(future.status).toBe(400);
    expect(future.body.error.details[0].path).toBe('date');
    const past = await org.presalesP2.api.post(`/api/projects/${created.id}/time-entries`, { bookingId, date: '2020-01-01', days: 1 });
    expect(past.status).toBe(400);
    const quarter = await org.presalesP2.api.post(`/api/projects/${created.id}/time-entries`, { bookingId, date: inAWeek.slice(0, 4) + '-13-01', days: 0.3 });
    expect(quarter.status).toBe(400);
    expect(quarter.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['body.date', 'body.days']);
  });

  it('a person works at most one day per date across all bookings, and never past a booking: more days are a new approved request', async () => {
    // Someone with no time on record yet: other tests record time for the shared people today.
    const person = await moat.admin.post('/api/people', {
      name: `worker ${uniqueSuffix()}`,
      email: `worker.${uniqueSuffix()}@example.cn`,
      roles: ['presales'],
      rateLevel: 'P2',
      officeId: org.officeId,
    });
    expect(person.status, JSON.stringify(person.body)).toBe(201);
    const worker = { id: person.body.id as string, api: moat.api.as(person.body.token) };
    const book = async (days: number) => {
      const created = await open({ expectedValue: { amount: yuan(1_500_000), currency: 'CNY' } });
      await dispatch(created.id, org.manager, org.presalesP2.id);
      const asked = await request(created.id, { days, personId: worker.id });
      const approved = await org.manager.api.post(`/api/approvals/${asked.approvalId}/approve`, {});
      expect(approved.status, JSON.stringify(approved.body)).toBe(200);
      return { projectId: created.id, bookingId: approved.body.bookings[0].id as string };
    };
    const first = await book(1);
    const second = await book(3);
    const yesterday = shift(-1);
    const record = (b: { projectId: string; bookingId: string }, date: string, days: number) =>
      worker.api.post(`/api/projects/${b.projectId}/time-entries`, { bookingId: b.bookingId, date, days });

    expect((await record(first, today, 0.75)).status).toBe(201);
    // The same date again, on the same booking or on another project's: at most one day per date in all.
    const again = await record(first, today, 0.5);
    expect(again.status, JSON.stringify(again.body)).toBe(409);
    expect(again.body.error.details[0]).toMatchObject({ path: 'days', message: 'at most 0.25 more on ' + today });
    expect((await record(second, today, 0.5)).status).toBe(409);
    expect((await record(second, today, 0.25)).status).toBe(201);
    // The 1-day booking has 0.75 worked: a whole day more on another date would run past it.
    const past = await record(first, yesterday, 0.5);
    expect(past.status, JSON.stringify(past.body)).toBe(409);
    expect(past.body.error.message).toMatch(/extendsBookingId/);
    expect((await record(first, yesterday, 0.25)).status).toBe(201);
    const worked = await moat.pool.query('select sum(days)::float8 as days from time_entries where booking_id = $1', [first.bookingId]);
    expect(worked.rows[0].days).toBe(1);
    const actual = await moat.pool.query(`select coalesce(sum(amount), 0)::float8 as amount from cost_ledger where booking_id = $1 and kind = 'accrue'`, [first.bookingId]);
    expect(actual.rows[0].amount).toBe(P2_DAY);
    expect((await record(first, yesterday, 0.25)).status).toBe(409);

    // The owner asks to extend the booking: same person, the booking's pinned rate, the same approver.
    const wrongPerson = await org.sales.api.post(`/api/projects/${first.projectId}/resource-requests`, {
      role: 'presales', days: 1, note: 'one more day', extendsBookingId: first.bookingId, personId: org.presalesP3.id,
    });
    expect(wrongPerson.status, JSON.stringify(wrongPerson.body)).toBe(400);
    const extension = await org.sales.api.post(`/api/projects/${first.projectId}/resource-requests`, {
      role: 'presales', days: 1, note: 'one more day', extendsBookingId: first.bookingId,
    });
    expect(extension.status, JSON.stringify(extension.body)).toBe(201);
    expect(extension.body).toMatchObject({ personId: worker.id, extendsBookingId: first.bookingId, status: 'pending' });
    const extended = await org.manager.api.post(`/api/approvals/${extension.body.approvalId}/approve`, {});
    expect(extended.status, JSON.stringify(extended.body)).toBe(200);
    expect(extended.body.bookings).toHaveLength(1);
    expect(extended.body.bookings[0]).toMatchObject({ id: first.bookingId, days: 2, planned: { amount: 2 * P2_DAY } });
    expect(extended.body.committed.amount + extended.body.actual.amount).toBe(2 * P2_DAY);
    expect((await record(first, yesterday, 0.25)).status).toBe(201);

    // The database refuses the same even if a writer went around the workflow.
    const around = moat.pool.query(
      `insert into time_entries (id, project_id, booking_id, person_id, work_date, days, amount, currency, recorded_by_id, recorded_at)
       values (gen_random_uuid(), $1, $2, $3, $4, 0.5, 1, 'CNY', $3, now())`,
      [second.projectId, second.bookingId, worker.id, today],
    );
    await expect(around).rejects.toThrow(/at most 1 day per date/);
  });
});
