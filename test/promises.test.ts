import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { Worker } from '@temporalio/worker';
import { describe, expect, inject, it } from 'vitest';
import { InboxSchema } from '../db/read-models';
import { workflowSpanSinks } from '../workers/tracing';
import { CNY, shift, today, yuan } from './support/amounts';
import { createMatchOrg, type MatchOrg } from './support/match-org';
import { beforeAllWithMoat, projectBody, readProject, scoreEveryone, type Member, type TestMoat } from './support/moat';
import { advance, walkToNegotiation } from './support/walk';

/**
 * 不随意许诺, 一票到底 into delivery (issue 12, part 3), through the API against the real servers: the feasibility
 * sign-off records commitments; a change by the sales side reopens the gate until delivery signs again; a win offers
 * the delivery to the team lead, who accepts or declines it up the manager tree; the delivery owner records the
 * go-live, every commitment kept or not; the promises report counts them as each viewer may see.
 */

let moat: TestMoat;
let org: MatchOrg & { industry: string };
beforeAllWithMoat(createMatchOrg, (m, o) => {
  moat = m;
  org = o;
});

const promised = [
  { item: 'core ledger migration', dueDate: shift(60) },
  { item: 'SWIFT gateway integration', dueDate: shift(90) },
  { item: 'go-live', dueDate: shift(120) },
];
const withMobile = [...promised, { item: 'mobile banking', dueDate: shift(150) }];

const project = (id: string) => readProject(org.director.api, id);
const inbox = (who: Member, tab = 'waiting') => who.api.read(`/api/me/inbox?tab=${tab}`, InboxSchema);
const actions = async (who: Member, id: string) => ((await who.api.get(`/api/projects/${id}/actions`)).body.actions as Array<{ action: string }>).map((a) => a.action);
const notified = async (who: Member, id: string, kind: string) =>
  (await who.api.get('/api/me/notifications')).body.items.some((n: { kind: string; projectId: string }) => n.kind === kind && n.projectId === id);

/** A tier A project of the center's industry, dispatched to the team lead, walked to poc by org.presales. */
async function atPoc(): Promise<string> {
  const created = await org.sales.api.post('/api/projects', projectBody(org, { industry: org.industry, expectedValue: CNY(yuan(12_000_000)) }));
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const id = created.body.id as string;
  expect((await org.centerLead.api.post(`/api/projects/${id}/dispatch`, { teamLeadId: org.teamLead.id })).status).toBe(200);
  await advance(org.sales, id, org.presales);
  await advance(org.presales, id);
  await advance(org.presales, id);
  return id;
}

describe('commitments on the feasibility sign-off', () => {
  it('are validated at the edge, recorded in Postgres and shown with the sign-off', async () => {
    const id = await atPoc();
    const bad = await org.teamLead.api.post(`/api/projects/${id}/feasibility`, {
      approved: true,
      note: 'checked',
      commitments: [
        { item: 'nul\u0000', dueDate: shift(10) },
        { item: 'ok', dueDate: '2027-02-30' },
        { item: 'too late', dueDate: '2200-01-01' },
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['body.commitments.0.item', 'body.commitments.1.dueDate', 'body.commitments.2.dueDate']),
    );
    const many = Array.from({ length: 51 }, (_, i) => ({ item: `item ${i}`, dueDate: shift(10) }));
    expect((await org.teamLead.api.post(`/api/projects/${id}/feasibility`, { approved: true, note: 'x', commitments: many })).status).toBe(400);
    expect((await project(id)).feasibility).toBeNull();

    const signed = await org.teamLead.api.post(`/api/projects/${id}/feasibility`, { approved: true, note: 'center can deliver', commitments: promised });
    expect(signed.status, JSON.stringify(signed.body)).toBe(201);
    expect(signed.body.feasibility).toMatchObject({ approved: true, commitments: promised.map((c, index) => ({ index, ...c })) });
    expect(signed.body.promises).toMatchObject({ gate: 'signed', change: null, deliveryHandoff: null, commitments: promised.map((c, index) => ({ index, ...c })) });
    const rows = await moat.pool.query(`select item, to_char(due_date, 'YYYY-MM-DD') as due from commitments where project_id = $1 order by idx`, [id]);
    expect(rows.rows).toEqual(promised.map((c) => ({ item: c.item, due: c.dueDate })));
  });
});

describe('from commitments to go-live', () => {
  it('a change reopens the gate, delivery signs again, the win is handed to delivery, and the go-live accounts for every promise', async () => {
    const id = await atPoc();
    const first = await org.teamLead.api.post(`/api/projects/${id}/feasibility`, { approved: true, note: "center can deliver", commitments: promised });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    await advance(org.presales, id, org.sales);
    expect((await project(id)).stage).toBe('proposal');

    // 不随意许诺: only the sales side changes what is promised, with a reason, to something new.
    const body = { commitments: withMobile, reason: 'the customer asked for mobile banking' };
    expect((await org.teamLead.api.put(`/api/projects/${id}/commitments`, body)).status).toBe(403);
    expect((await org.outsider.api.put(`/api/projects/${id}/commitments`, body)).status).toBe(404);
    expect((await org.sales.api.put(`/api/projects/${id}/commitments`, { commitments: promised, reason: 'same' })).status).toBe(409);
    expect((await org.sales.api.put(`/api/projects/${id}/commitments`, { commitments: withMobile, reason: '' })).status).toBe(400);
    const key = { 'idempotency-key': `commitments-${id}` };
    const changed = await org.sales.api.put(`/api/projects/${id}/commitments`, body, key);
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect((await org.sales.api.put(`/api/projects/${id}/commitments`, body, key)).body).toEqual(changed.body);
    expect(changed.body.promises).toMatchObject({ gate: 'reopened', change: { changedById: org.sales.id, reason: body.reason } });
    expect(changed.body.promises.commitments).toHaveLength(4);
    expect(changed.body.timeline.filter((e: { type: string }) => e.type === 'commitments_changed')).toHaveLength(1);
    const audit = await moat.pool.query(`select actor_id, reason from audit_log where entity_id = $1 and action = 'commitments_changed'`, [id]);
    expect(audit.rows).toEqual([{ actor_id: org.sales.id, reason: body.reason }]);
    // Who signs is told, and finds the sign-off waiting again.
    expect(await notified(org.teamLead, id, 'commitments_changed')).toBe(true);
    expect((await inbox(org.teamLead)).feasibility.find((f) => f.project.id === id)).toMatchObject({ reopened: true, signOff: { approved: true } });

    const refused = await org.sales.api.post(`/api/projects/${id}/advance`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/commitments changed/);

    // Delivery signs again; without a list the sign-off signs the changed one.
    const resigned = await org.teamLead.api.post(`/api/projects/${id}/feasibility`, { approved: true, note: 'mobile team found' });
    expect(resigned.status, JSON.stringify(resigned.body)).toBe(201);
    expect(resigned.body.promises).toMatchObject({ gate: 'signed', change: null });
    expect(resigned.body.feasibility.commitments).toHaveLength(4);
    expect((await inbox(org.teamLead)).feasibility.map((f) => f.project.id)).not.toContain(id);
    expect((await advance(org.sales, id)).stage).toBe('negotiation');

    // In negotiation a change refuses a win until delivery signs it.
    expect((await org.sales.api.put(`/api/projects/${id}/commitments`, { commitments: promised, reason: 'mobile dropped at signing' })).status).toBe(200);
    const close = { outcome: 'won', presalesLeadId: org.presales.id, deliveryManagerId: org.teamLead.id };
    const early = await org.sales.api.post(`/api/projects/${id}/close`, close);
    expect(early.status).toBe(409);
    expect(early.body.error.details).toContainEqual({ path: 'feasibility', message: 'reopened' });
    expect((await org.teamLead.api.post(`/api/projects/${id}/feasibility`, { approved: true, note: 'back to the three' })).status).toBe(201);
    const won = await org.sales.api.post(`/api/projects/${id}/close`, close);
    expect(won.status, JSON.stringify(won.body)).toBe(200);

    // 交付移交: offered to the team lead appointed at dispatch, carrying what the win promised.
    expect(won.body.promises.deliveryHandoff).toMatchObject({ toPersonId: org.teamLead.id, via: 'team_lead', status: 'offered', ownerId: null });
    expect(won.body.promises.promised).toEqual(promised.map((c, index) => ({ index, ...c, kept: null, note: null })));
    expect(await notified(org.teamLead, id, 'delivery_handoff_offered')).toBe(true);
    expect((await inbox(org.teamLead)).deliveryHandoffs).toContainEqual(
      expect.objectContaining({ project: expect.objectContaining({ id }), status: 'offered', via: 'self', commitments: 3 }),
    );
    expect(await actions(org.teamLead, id)).toEqual(expect.arrayContaining(['acceptDeliveryHandoff', 'declineDeliveryHandoff']));
    expect(await actions(org.sales, id)).not.toContain('acceptDeliveryHandoff');

    const liveBody = {
      liveOn: today,
      commitments: [
        { index: 0, kept: true },
        { index: 1, kept: false, note: 'the bank moved the SWIFT cut-over' },
        { index: 2, kept: true },
      ],
    };
    expect((await org.teamLead.api.post(`/api/projects/${id}/go-live`, liveBody)).status).toBe(409);
    expect((await org.presales.api.post(`/api/projects/${id}/delivery-handoff/accept`)).status).toBe(403);

    // Declined: it goes up to the team lead's manager (the director here), who accepts it.
    expect((await org.teamLead.api.post(`/api/projects/${id}/delivery-handoff/decline`, { reason: '' })).status).toBe(400);
    const declined = await org.teamLead.api.post(`/api/projects/${id}/delivery-handoff/decline`, { reason: 'leading another go-live this quarter' });
    expect(declined.status, JSON.stringify(declined.body)).toBe(200);
    expect(declined.body.promises.deliveryHandoff).toMatchObject({
      toPersonId: org.director.id,
      via: 'manager',
      status: 'offered',
      declined: [{ personId: org.teamLead.id, reason: 'leading another go-live this quarter' }],
    });
    expect((await inbox(org.director)).deliveryHandoffs.map((d) => d.project.id)).toContain(id);
    expect((await org.teamLead.api.post(`/api/projects/${id}/delivery-handoff/accept`)).status).toBe(403);
    const accepted = await org.director.api.post(`/api/projects/${id}/delivery-handoff/accept`);
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body.promises.deliveryHandoff).toMatchObject({ status: 'accepted', ownerId: org.director.id });
    expect(await notified(org.sales, id, 'delivery_handoff_accepted')).toBe(true);
    expect((await inbox(org.director)).deliveryHandoffs).toContainEqual(expect.objectContaining({ project: expect.objectContaining({ id }), status: 'accepted' }));
    expect(await actions(org.director, id)).toContain('recordGoLive');

    // Go-live: only the delivery owner, every commitment accounted for, a note for each not kept.
    expect((await org.teamLead.api.post(`/api/projects/${id}/go-live`, liveBody)).status).toBe(403);
    const partial = await org.director.api.post(`/api/projects/${id}/go-live`, { liveOn: today, commitments: liveBody.commitments.slice(0, 2) });
    expect(partial.status).toBe(400);
    expect(partial.body.error.details).toContainEqual({ path: 'commitments', message: expect.stringMatching(/missing: 2/) });
    const noNote = await org.director.api.post(`/api/projects/${id}/go-live`, { ...liveBody, commitments: [{ index: 1, kept: false }, liveBody.commitments[0], liveBody.commitments[2]] });
    expect(noNote.status).toBe(400);
    expect((await org.director.api.post(`/api/projects/${id}/go-live`, { ...liveBody, liveOn: shift(5) })).status).toBe(400);
    const live = await org.director.api.post(`/api/projects/${id}/go-live`, liveBody);
    expect(live.status, JSON.stringify(live.body)).toBe(201);
    expect(live.body.promises.goLive).toMatchObject({ liveOn: today, recordedById: org.director.id });
    expect(live.body.promises.promised.map((c: { kept: boolean }) => c.kept)).toEqual([true, false, true]);
    expect(live.body.promises.promised[1].note).toBe('the bank moved the SWIFT cut-over');

    // The workflow stayed open for the go-live; it ends once the scores are in too. A repeat is answered as done.
    await scoreEveryone(org.sales.api, id);
    const handle = moat.temporal.workflow.getHandle(`project-${id}`);
    await expect.poll(async () => (await handle.describe()).status.name, { timeout: 10_000 }).toBe('COMPLETED');
    // Its history replays, and is kept as a fixture (test/saved-histories.test.ts) when asked for.
    const history = await handle.fetchHistory();
    await Worker.runReplayHistory({ workflowBundle: { codePath: inject('workflowBundlePath') }, sinks: workflowSpanSinks() }, history, `project-${id}`);
    if (process.env.MOAT_RECORD_HISTORIES === '1') {
      await writeFile(path.join(__dirname, 'fixtures', 'histories', 'project-promises-won-live.json'), historyToJSON(history));
    }
    expect((await org.director.api.post(`/api/projects/${id}/go-live`, liveBody)).status).toBe(201);
    expect((await org.director.api.post(`/api/projects/${id}/go-live`, { ...liveBody, commitments: liveBody.commitments.map((c) => ({ ...c, kept: true })) })).status).toBe(409);
    expect((await org.director.api.post(`/api/projects/${id}/delivery-handoff/accept`)).status).toBe(409);
    expect(await actions(org.director, id)).not.toContain('recordGoLive');

    // The promises report, as each viewer may see it.
    const window = `from=${today}&to=${today}`;
    const bySales = await org.director.api.get(`/api/reports/promises?${window}&groupBy=salesPerson`);
    expect(bySales.status, JSON.stringify(bySales.body)).toBe(200);
    const row = bySales.body.groups.find((g: { id: string }) => g.id === org.sales.id);
    expect(row).toMatchObject({ projectsLive: 1, made: 3, kept: 2, notKept: 1, keptBasisPoints: 6_666 });
    const own = await org.sales.api.get(`/api/reports/promises?${window}`);
    expect(own.body).toMatchObject({ scope: 'visible', groups: [{ id: org.sales.id, made: 3, kept: 2 }] });
    expect((await org.outsider.api.get(`/api/reports/promises?${window}`)).body.groups).toEqual([]);
    const byTier = await org.director.api.get(`/api/reports/promises?${window}&groupBy=tier`);
    expect(byTier.body.groups.find((g: { id: string }) => g.id === 'A')).toMatchObject({ made: expect.any(Number) });
    const byCenter = await org.centerLead.api.get(`/api/reports/promises?${window}&groupBy=center`);
    expect(byCenter.body.groups).toEqual([expect.objectContaining({ id: org.centerId, made: 3, kept: 2, notKept: 1 })]);
    expect((await org.director.api.get(`/api/reports/promises?from=${today}&to=${shift(-1)}`)).status).toBe(400);
  }, 60_000);

  it('on the office path the delivery manager named at close takes it; a promise past due before go-live counts as still open', async () => {
    const created = await org.sales.api.post('/api/projects', projectBody(org, { industry: org.industry, expectedValue: CNY(yuan(1_500_000)) }));
    const id = created.body.id as string;
    expect(created.body.tier).toBe('C');
    await walkToNegotiation(org, id, org.delivery);
    const overdue = [{ item: 'data migration', dueDate: shift(-1) }];
    // Before the change the sign-off promised nothing: the change gives delivery a list to sign.
    expect((await org.sales.api.put(`/api/projects/${id}/commitments`, { commitments: overdue, reason: 'contract annex' })).status).toBe(200);
    expect((await inbox(org.delivery)).feasibility.find((f) => f.project.id === id)).toMatchObject({ reopened: true });
    expect((await org.delivery.api.post(`/api/projects/${id}/feasibility`, { approved: true, note: 'annex checked' })).status).toBe(201);
    const won = await org.sales.api.post(`/api/projects/${id}/close`, { outcome: 'won', deliveryManagerId: org.delivery.id });
    expect(won.status, JSON.stringify(won.body)).toBe(200);
    expect(won.body.promises.deliveryHandoff).toMatchObject({ toPersonId: org.delivery.id, via: 'delivery_manager' });

    const report = await org.director.api.get(`/api/reports/promises?from=${shift(-1)}&to=${today}&groupBy=salesPerson`);
    expect(report.body.groups.find((g: { id: string }) => g.id === org.sales.id)).toMatchObject({ stillOpen: 1 });
    const before = await org.director.api.get(`/api/reports/promises?from=${shift(-3)}&to=${shift(-2)}&groupBy=salesPerson`);
    expect(before.body.groups.find((g: { id: string }) => g.id === org.sales.id)).toBeUndefined();
    expect((await project(id)).status).toBe('won');
  }, 60_000);
});
