import { expect } from 'vitest';
import { readProject, type Member, type Org } from './moat';

/** Walking a project through its pipeline through the API, as its owners do, for tests that need one further on. */

/** The owner advances; a nominee, when named, accepts the handoff. */
export async function advance(owner: Member, projectId: string, nominee?: Member): Promise<{ stage: string }> {
  const advanced = await owner.api.post(`/api/projects/${projectId}/advance`, nominee ? { nomineeId: nominee.id } : {});
  expect(advanced.status, JSON.stringify(advanced.body)).toBe(200);
  if (nominee) {
    const accepted = await nominee.api.post(`/api/handoffs/${advanced.body.pendingHandoff.id}/accept`);
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
  }
  return advanced.body;
}

/**
 * Walks an open project to negotiation: org.presales owns discovery to poc (A/B) or solution (C–E), `signer` signs
 * feasibility, org.sales (the owner) takes it back at proposal.
 */
export async function walkToNegotiation(org: Org, projectId: string, signer: Member): Promise<void> {
  const { tier } = await readProject(org.director.api, projectId);
  await advance(org.sales, projectId, org.presales);
  await advance(org.presales, projectId);
  if (tier === 'A' || tier === 'B') await advance(org.presales, projectId);
  const signed = await signer.api.post(`/api/projects/${projectId}/feasibility`, { approved: true, note: 'delivery can ship it' });
  expect(signed.status, JSON.stringify(signed.body)).toBe(201);
  await advance(org.presales, projectId, org.sales);
  expect((await advance(org.sales, projectId)).stage).toBe('negotiation');
}

/** Walks `projectId` to negotiation and closes it won at `finalValue` (minor units of CNY), crediting org.presales and `deliveryManager`. */
export async function walkAndWin(org: Org, projectId: string, deliveryManager: Member, finalValue: number): Promise<void> {
  await walkToNegotiation(org, projectId, deliveryManager);
  const won = await org.sales.api.post(`/api/projects/${projectId}/close`, {
    outcome: 'won',
    finalValue: { amount: finalValue, currency: 'CNY' },
    presalesLeadId: org.presales.id,
    deliveryManagerId: deliveryManager.id,
  });
  expect(won.status, JSON.stringify(won.body)).toBe(200);
}

/**
 * 交付移交 after a win: `deliveryOwner`, offered the delivery, accepts it and records the go-live today with every
 * commitment kept — what a won project's workflow waits for (besides the scores) before it ends.
 */
export async function acceptAndGoLive(deliveryOwner: Member, projectId: string): Promise<void> {
  const accepted = await deliveryOwner.api.post(`/api/projects/${projectId}/delivery-handoff/accept`);
  expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
  const commitments = (accepted.body.promises.promised as Array<{ index: number }>).map(({ index }) => ({ index, kept: true }));
  const live = await deliveryOwner.api.post(`/api/projects/${projectId}/go-live`, { liveOn: new Date().toISOString().slice(0, 10), commitments });
  expect(live.status, JSON.stringify(live.body)).toBe(201);
}
