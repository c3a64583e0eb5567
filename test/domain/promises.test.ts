import { describe, expect, it } from 'vitest';
import { availableActions } from '../../domain/available-actions';
import { decideSignFeasibility, nextEscalation, obligations } from '../../domain/collaborate';
import { checkCommitments, currentCommitments, gateState, MAX_COMMITMENTS, type Commitment } from '../../domain/commitments';
import { checkAdvance, decideClose } from '../../domain/lifecycle';
import { DEFAULT_DELIVERY_HANDOFF, DEFAULT_POLICY, deliveryHandoffPolicy, PolicyDocumentSchema } from '../../domain/policy';
import { checkPolicyDocument } from '../../domain/policy-checks';
import type { ProjectState } from '../../domain/project';
import { decideAcceptDeliveryHandoff, decideDeclineDeliveryHandoff, decideRecordGoLive, deliveryOwnerOnWin } from '../../domain/delivery-handoff';
import { commitmentsToSign, decideChangeCommitments, deliveryOpen, keptShareBasisPoints, promisesOf } from '../../domain/promises';
import {
  actor,
  appointed,
  applied,
  boss,
  dispatchDecided,
  dispatchRequested,
  dora,
  given,
  NOW,
  officeManager,
  pete,
  sally,
  stranger,
  tina,
  walked,
  walkedFrom,
} from '../support/domain-given';
import { rejection } from '../support/pure';

const promised: Commitment[] = [
  { item: 'core ledger migration', dueDate: '2027-03-31' },
  { item: 'SWIFT gateway integration', dueDate: '2027-04-30' },
  { item: 'go-live', dueDate: '2027-06-30' },
];
const time = { now: NOW };
const rules = { deliveryHandoff: true };

/** A tier A project dispatched to the center (Tina team lead), signed by Tina with `list`, walked to `stage`. */
function signedA(list: Commitment[] = promised, stage: 'proposal' | 'negotiation' = 'negotiation'): ProjectState {
  const state = given({}, ...appointed, ...walked('discovery', 'solution', 'poc'));
  const signed = applied(state, decideSignFeasibility(state, { actor: tina, approved: true, note: 'center can deliver', commitments: list }), { actorId: 'tina' });
  return applied(signed, walkedFrom('poc', ...(stage === 'proposal' ? ['proposal'] : ['proposal', 'negotiation'])));
}

/** Sally changes the list (the customer asked for more). */
const changed = (state: ProjectState, list: Commitment[] = [...promised, { item: 'mobile banking', dueDate: '2027-07-31' }]) =>
  applied(state, decideChangeCommitments(state, { actor: sally, commitments: list, reason: 'customer asked for mobile' }), { actorId: 'sally', at: '2026-11-27T02:00:00.000Z' });

/** Won (with the handoff) at NOW. */
const won = (state: ProjectState, win: { deliveryManagerId?: string } = {}) => applied(state, decideClose(state, { actor: sally, outcome: 'won', ...win }, time, rules));

describe('commitments on the feasibility sign-off (不随意许诺)', () => {
  it('are recorded with the sign-off; text, dates and the count are bounded', () => {
    const state = signedA();
    expect(state.collaboration.feasibility).toMatchObject({ approved: true, commitments: promised });
    expect(gateState(state)).toBe('signed');
    expect(checkCommitments([{ item: '  trimmed  ', dueDate: '2027-01-01' }])).toEqual([{ item: 'trimmed', dueDate: '2027-01-01' }]);
    const bad = rejection(() =>
      checkCommitments([
        { item: 'a\u0000b', dueDate: '2027-01-01' },
        { item: 'ok', dueDate: '2027-02-30' },
        { item: '', dueDate: '1999-12-31' },
      ]),
    );
    expect(bad.code).toBe('invalid');
    expect(bad.details.map((d) => d.path)).toEqual(expect.arrayContaining(['commitments[0].item', 'commitments[1].dueDate', 'commitments[2].item', 'commitments[2].dueDate']));
    const many = Array.from({ length: MAX_COMMITMENTS + 1 }, (_, i) => ({ item: `item ${i}`, dueDate: '2027-01-01' }));
    expect(rejection(() => checkCommitments(many)).code).toBe('invalid');
    // An empty list is a sign-off that promises nothing in particular.
    expect(signedA([]).collaboration.feasibility?.commitments).toEqual([]);
  });

  it('a sign-off without a list signs the commitments as they stand', () => {
    const reopened = changed(signedA());
    const args = commitmentsToSign(reopened, { actor: tina, approved: true, note: 'mobile team found' });
    expect(args.commitments).toHaveLength(4);
    expect(commitmentsToSign(reopened, { actor: tina, approved: true, note: 'x', commitments: [] }).commitments).toEqual([]);
  });
});

describe('a change of the commitments reopens the gate', () => {
  it('only the sales side changes them, with a reason, to something different', () => {
    const state = signedA();
    expect(rejection(() => decideChangeCommitments(state, { actor: tina, commitments: [], reason: 'x' })).code).toBe('forbidden');
    expect(rejection(() => decideChangeCommitments(state, { actor: stranger, commitments: [], reason: 'x' })).code).toBe('forbidden');
    expect(rejection(() => decideChangeCommitments(state, { actor: sally, commitments: [], reason: ' ' })).code).toBe('invalid');
    expect(rejection(() => decideChangeCommitments(state, { actor: sally, commitments: promised, reason: 'same' })).code).toBe('conflict');
    // The owner's manager speaks for the sales side too; the team lead is told.
    expect(decideChangeCommitments(state, { actor: boss, commitments: [], reason: 'scope cut' })).toEqual([
      { type: 'commitments_changed', commitments: [], reason: 'scope cut', amends: NOW, signerId: 'tina', signerOfficeId: null },
    ]);
    // On the office path before anyone signed, the list waits for the office's delivery people, who are all told.
    const draft = decideChangeCommitments(given({ tier: 'C' }), { actor: sally, commitments: promised, reason: 'contract annex' });
    expect(draft).toMatchObject([{ amends: null, signerId: null, signerOfficeId: 'shanghai' }]);
  });

  it('refuses advancing from proposal and closing won until delivery signs the new list; losing stays possible', () => {
    const inProposal = changed(signedA(promised, 'proposal'));
    expect(gateState(inProposal)).toBe('reopened');
    expect(currentCommitments(inProposal)).toHaveLength(4);
    const advance = rejection(() => checkAdvance(inProposal, { actor: sally }));
    expect(advance.code).toBe('conflict');
    expect(advance.message).toMatch(/commitments changed/);

    const inNegotiation = changed(signedA());
    const win = rejection(() => decideClose(inNegotiation, { actor: sally, outcome: 'won' }, time, rules));
    expect(win).toMatchObject({ code: 'conflict', details: [{ path: 'feasibility', message: 'reopened' }] });
    // Even a history from before the handoff refuses it: a change can only come from the new command.
    expect(rejection(() => decideClose(inNegotiation, { actor: sally, outcome: 'won' })).code).toBe('conflict');
    expect(decideClose(inNegotiation, { actor: sally, outcome: 'lost', reason: 'price' }).map((e) => e.type)).toContain('project_closed');

    const resigned = applied(inNegotiation, decideSignFeasibility(inNegotiation, commitmentsToSign(inNegotiation, { actor: tina, approved: true, note: 'ok' })), {
      actorId: 'tina',
      at: '2026-11-28T02:00:00.000Z',
    });
    expect(gateState(resigned)).toBe('signed');
    expect(decideClose(resigned, { actor: sally, outcome: 'won' }, time, rules).map((e) => e.type)).toContain('delivery_handoff_offered');
  });

  it('a negative latest sign-off refuses a win (with the handoff rules; histories from before keep winning)', () => {
    const state = signedA();
    const negative = applied(state, decideSignFeasibility(state, { actor: tina, approved: false, note: 'team gone', commitments: promised }), { actorId: 'tina' });
    expect(gateState(negative)).toBe('rejected');
    expect(rejection(() => decideClose(negative, { actor: sally, outcome: 'won' }, time, rules)).code).toBe('conflict');
    expect(() => decideClose(negative, { actor: sally, outcome: 'won' })).not.toThrow();
  });
});

describe('the delivery handoff after a win (交付移交)', () => {
  it('goes to the appointed team lead, else the delivery manager named at close, else the signer, else the owner', () => {
    expect(deliveryOwnerOnWin(signedA(), { deliveryManagerId: 'dora' })).toEqual({ personId: 'tina', via: 'team_lead' });
    const c = given({ tier: 'C' }, dispatchRequested(officeManager), dispatchDecided('pete'), ...walked('discovery', 'solution'));
    const signedC = applied(c, [{ type: 'feasibility_signed', approved: true, note: 'ok', commitments: promised }], { actorId: 'dora' });
    expect(deliveryOwnerOnWin(signedC, { deliveryManagerId: 'dmitri' })).toEqual({ personId: 'dmitri', via: 'delivery_manager' });
    expect(deliveryOwnerOnWin(signedC, {})).toEqual({ personId: 'dora', via: 'feasibility_signer' });
    expect(deliveryOwnerOnWin(c, {})).toEqual({ personId: 'sally', via: 'owner' });
  });

  it('carries the signed commitments, is due on the policy SLA and escalates like any offer; only with the patch', () => {
    const state = signedA();
    expect(decideClose(state, { actor: sally, outcome: 'won' }).map((e) => e.type)).not.toContain('delivery_handoff_offered');
    const afterWin = won(state);
    const handoff = promisesOf(afterWin).handoff!;
    // Three working days (72 business hours) from Thursday 16:00 Beijing: Tuesday 16:00 (08:00 UTC).
    expect(handoff).toMatchObject({ toPersonId: 'tina', via: 'team_lead', status: 'offered', commitments: promised, dueAt: '2026-12-01T08:00:00.000Z' });
    expect(deliveryOpen(afterWin)).toBe(true);
    const owed = obligations(afterWin).find((o) => o.kind === 'delivery_handoff');
    expect(owed).toMatchObject({ responsibleId: 'tina', deadline: handoff.dueAt });
    expect(nextEscalation(afterWin)?.obligation.kind).toBe('delivery_handoff');
  });

  it('the offeree accepts (or their delegate); a decline goes up to their manager; strangers are refused', () => {
    const afterWin = won(signedA());
    expect(rejection(() => decideAcceptDeliveryHandoff(afterWin, { actor: pete })).code).toBe('forbidden');
    const delegate = actor('dan', ['delivery'], { actingFor: ['tina'] });
    expect(decideAcceptDeliveryHandoff(afterWin, { actor: delegate })).toEqual([{ type: 'delivery_handoff_accepted', toPersonId: 'dan', onBehalfOf: 'tina' }]);
    expect(rejection(() => decideDeclineDeliveryHandoff(afterWin, { actor: tina, reason: ' ' }, ['lee'], time)).code).toBe('invalid');
    expect(rejection(() => decideDeclineDeliveryHandoff(afterWin, { actor: tina, reason: 'on leave' }, [], time)).code).toBe('conflict');
    const declined = applied(afterWin, decideDeclineDeliveryHandoff(afterWin, { actor: tina, reason: 'on leave' }, ['lee', 'dina'], time), { actorId: 'tina' });
    expect(promisesOf(declined).handoff).toMatchObject({ toPersonId: 'lee', via: 'manager', status: 'offered', declinedBy: ['tina'], commitments: promised });
    const lee = actor('lee', ['delivery', 'manager']);
    const accepted = applied(declined, decideAcceptDeliveryHandoff(declined, { actor: lee }), { actorId: 'lee' });
    expect(promisesOf(accepted).handoff).toMatchObject({ status: 'accepted', ownerId: 'lee' });
    expect(obligations(accepted).some((o) => o.kind === 'delivery_handoff')).toBe(false);
    expect(rejection(() => decideAcceptDeliveryHandoff(accepted, { actor: lee })).code).toBe('conflict');
  });
});

describe('go-live: every commitment kept or not', () => {
  const accepted = () => {
    const afterWin = won(signedA());
    return applied(afterWin, decideAcceptDeliveryHandoff(afterWin, { actor: tina }), { actorId: 'tina' });
  };
  const all = (kept: boolean[]) => kept.map((k, index) => ({ index, kept: k, ...(k ? {} : { note: 'customer delayed the gateway' }) }));

  it('is refused before acceptance and from anyone but the delivery owner', () => {
    const afterWin = won(signedA());
    expect(rejection(() => decideRecordGoLive(afterWin, { actor: tina, liveOn: '2026-11-26', commitments: all([true, true, true]) }, time)).code).toBe('conflict');
    expect(rejection(() => decideRecordGoLive(accepted(), { actor: sally, liveOn: '2026-11-26', commitments: all([true, true, true]) }, time)).code).toBe('forbidden');
  });

  it('accounts for every commitment once, a note for each not kept, on a day between the win and today', () => {
    const state = accepted();
    const missing = rejection(() => decideRecordGoLive(state, { actor: tina, liveOn: '2026-11-26', commitments: all([true, true]) }, time));
    expect(missing.details).toContainEqual({ path: 'commitments', message: expect.stringMatching(/missing: 2/) });
    const twice = rejection(() => decideRecordGoLive(state, { actor: tina, liveOn: '2026-11-26', commitments: [...all([true, true, true]), { index: 0, kept: true }] }, time));
    expect(twice.details.map((d) => d.path)).toContain('commitments[3].index');
    const noNote = rejection(() => decideRecordGoLive(state, { actor: tina, liveOn: '2026-11-26', commitments: [{ index: 0, kept: false }, ...all([true, true]).slice(1)] }, time));
    expect(noNote.details.map((d) => d.path)).toContain('commitments[0].note');
    expect(rejection(() => decideRecordGoLive(state, { actor: tina, liveOn: '2026-11-25', commitments: all([true, true, true]) }, time)).details[0]?.path).toBe('liveOn');
    expect(rejection(() => decideRecordGoLive(state, { actor: tina, liveOn: '2026-11-30', commitments: all([true, true, true]) }, time)).details[0]?.path).toBe('liveOn');

    const events = decideRecordGoLive(state, { actor: tina, liveOn: '2026-11-26', commitments: all([true, false, true]) }, time);
    expect(events).toEqual([
      {
        type: 'go_live_recorded',
        liveOn: '2026-11-26',
        outcomes: [
          { index: 0, ...promised[0], kept: true, note: null },
          { index: 1, ...promised[1], kept: false, note: 'customer delayed the gateway' },
          { index: 2, ...promised[2], kept: true, note: null },
        ],
      },
    ]);
    const live = applied(state, events, { actorId: 'tina' });
    expect(deliveryOpen(live)).toBe(false);
    // The same go-live again is done already; another is refused.
    expect(decideRecordGoLive(live, { actor: tina, liveOn: '2026-11-26', commitments: all([true, false, true]) }, time)).toEqual([]);
    expect(rejection(() => decideRecordGoLive(live, { actor: tina, liveOn: '2026-11-26', commitments: all([true, true, true]) }, time)).code).toBe('conflict');
  });

  it('the kept share is in basis points, rounded down, null when nothing went live', () => {
    expect(keptShareBasisPoints({ kept: 2, notKept: 1 })).toBe(6_666);
    expect(keptShareBasisPoints({ kept: 0, notKept: 0 })).toBeNull();
  });
});

describe('what people may do, and the policy', () => {
  it('offers each command to the right person', () => {
    const state = signedA();
    expect(availableActions(state, sally)).toContainEqual({ action: 'changeCommitments' });
    expect(availableActions(state, tina).map((a) => a.action)).not.toContain('changeCommitments');
    const afterWin = won(state);
    expect(availableActions(afterWin, tina)).toEqual(expect.arrayContaining([{ action: 'acceptDeliveryHandoff' }, { action: 'declineDeliveryHandoff' }]));
    expect(availableActions(afterWin, dora).map((a) => a.action)).not.toContain('acceptDeliveryHandoff');
    const accepted = applied(afterWin, decideAcceptDeliveryHandoff(afterWin, { actor: tina }), { actorId: 'tina' });
    expect(availableActions(accepted, tina)).toContainEqual({ action: 'recordGoLive', commitments: 3 });
    expect(availableActions(accepted, sally).map((a) => a.action)).not.toContain('recordGoLive');
  });

  it('stored policies without a delivery handoff section take the default; a publishable one keeps it in bounds', () => {
    const { deliveryHandoff: _, ...pipeline } = DEFAULT_POLICY.pipeline;
    const old = PolicyDocumentSchema.parse({ ...DEFAULT_POLICY, pipeline });
    expect(old.pipeline.deliveryHandoff).toEqual(DEFAULT_DELIVERY_HANDOFF);
    expect(deliveryHandoffPolicy({ ...DEFAULT_POLICY, pipeline: pipeline as typeof DEFAULT_POLICY.pipeline })).toEqual(DEFAULT_DELIVERY_HANDOFF);
    const tooLong = structuredClone(DEFAULT_POLICY);
    tooLong.pipeline.deliveryHandoff.acceptHours = 10_000;
    expect(checkPolicyDocument(tooLong).problems.map((p) => p.path)).toContain('pipeline.deliveryHandoff.acceptHours');
  });
});
