// Long because 资源匹配 has many decisions (dispatch, requests, approvals, pricing, exceptions, time, budgets), each with
// its refusals, all over the same given() states; split by command when one grows.
import { describe, expect, it } from 'vitest';
import { ledgerTotals } from '../../domain/cost-ledger';
import { decideClose } from '../../domain/lifecycle';
import {
  checkRequestResource,
  closeMatchEvents,
  decideApprove,
  decideRecordTime,
  decideRedispatch,
  decideReject,
  decideRequestResource,
  decideSetBudget,
  decisionRight,
  dispatchKindFor,
  openMatchEvents,
  pendingApproval,
  personToPrice,
  resourceKindFor,
  teamLeadToCheck,
  type RecordTimeCommand,
  type RequestResourceCommand,
} from '../../domain/match';
import type { MatchEvent } from '../../domain/match-state';
import type { ProjectEvent, ProjectState } from '../../domain/project';
import {
  actor,
  appointed,
  applied,
  approval,
  boss,
  bookingMade,
  CENTER,
  centerLead,
  decisionContext,
  director,
  directors,
  dispatchDecided,
  dispatchRequested,
  fen,
  given,
  hotlineLead,
  lee,
  NOW,
  officeManager,
  olga,
  pete,
  pricing,
  requestBooked,
  resourceApproved,
  resourceRequested,
  sally,
  stranger,
  teamLeadRef,
  tina,
  TODAY,
} from '../support/domain-given';
import { rejection } from '../support/pure';

const ask: RequestResourceCommand = { actor: sally, role: 'presales', skills: ['core banking'], days: 2, personId: 'pete', note: 'workshop with the customer' };
const closedLost: ProjectEvent = { type: 'project_closed', outcome: 'lost', reason: 'price' };
const APPROVAL = 'approval-of-request-1';

function types(events: readonly { type: string }[]): string[] {
  return events.map((e) => e.type);
}

function alerts(events: readonly MatchEvent[]): Array<[number, number | null]> {
  return events.flatMap((e) => (e.type === 'budget_alert' ? [[e.thresholdBasisPoints, e.usedBasisPoints] as [number, number | null]] : []));
}

describe('dispatch at open (openMatchEvents)', () => {
  it('sets the budget in force and asks the tier’s dispatcher to appoint a lead', () => {
    const state = given({ tier: 'A', budget: 2_400_000 });
    const events = openMatchEvents(state, centerLead, decisionContext());
    expect(events).toEqual([
      { type: 'budget_set', budget: fen(2_400_000), reason: 'tier A default budget' },
      { type: 'dispatch_requested', approval: { id: 'new-1', kind: 'dispatch', requestId: null, approver: centerLead, status: 'pending', requestedAt: NOW } },
    ]);
    expect(applied(state, events).match.dispatch).toEqual({
      approvalId: 'new-1',
      approverKind: 'delivery_center_lead',
      status: 'pending',
      leadId: null,
      deliveryCenterId: CENTER,
    });
  });

  it('routes by tier: A/B the delivery center, C/D the office manager, E and channel projects the hotline', () => {
    const kinds = (state: ProjectState) => [dispatchKindFor(state), resourceKindFor(state)];
    expect(kinds(given({ tier: 'A' }))).toEqual(['delivery_center_lead', 'delivery_team_lead']);
    expect(kinds(given({ tier: 'B' }))).toEqual(['delivery_center_lead', 'delivery_team_lead']);
    expect(kinds(given({ tier: 'C' }))).toEqual(['office_manager', 'office_manager']);
    expect(kinds(given({ tier: 'D' }))).toEqual(['office_manager', 'office_manager']);
    expect(kinds(given({ tier: 'E' }))).toEqual(['hotline_lead', 'hotline_lead']);
    expect(kinds(given({ tier: 'C', channel: true }))).toEqual(['hotline_lead', 'hotline_lead']);
    // A director's override takes a channel project off the channel path: its own tier routes it from then on.
    const overridden = given({ tier: 'C', channel: true }, { type: 'tier_overridden', from: 'C', to: 'A', reason: 'strategic account' });
    expect(kinds(overridden)).toEqual(['delivery_center_lead', 'delivery_team_lead']);
  });

  it('the dispatcher appoints a lead by approving with a person; without one it is refused', () => {
    const state = given({}, dispatchRequested(centerLead));
    const missing = rejection(() => decideApprove(state, { actor: lee, approvalId: 'dispatch-1' }, undefined, decisionContext()));
    expect(missing.code).toBe('invalid');
    expect(missing.details).toEqual([{ path: 'teamLeadId', message: 'required' }]);

    const events = decideApprove(state, { actor: lee, approvalId: 'dispatch-1', personId: 'tina', comment: '  knows the bank  ' }, undefined, decisionContext());
    expect(events).toEqual([
      { type: 'approval_decided', approvalId: 'dispatch-1', kind: 'dispatch', outcome: 'approved', personId: 'tina', comment: 'knows the bank', pricing: null, onBehalfOf: null },
    ]);
    const after = applied(state, events);
    expect(after.match.dispatch).toMatchObject({ status: 'appointed', leadId: 'tina' });
    expect(after.match.approvals).toEqual([expect.objectContaining({ id: 'dispatch-1', status: 'approved' })]);
  });

  it('统一指挥: the lead appointed for a center’s project is one of its members or its lead, as read for the decision', () => {
    const state = given({}, dispatchRequested(centerLead));
    const appoint = { actor: lee, approvalId: 'dispatch-1', personId: 'pete' };
    expect(teamLeadToCheck(state, appoint)).toEqual({ centerId: CENTER, personId: 'pete' });
    expect(teamLeadToCheck(state, { ...appoint, personId: undefined })).toBeUndefined();
    expect(teamLeadToCheck(state, { ...appoint, approvalId: 'nope' })).toBeUndefined();
    expect(teamLeadToCheck(given({}, ...appointed), appoint)).toBeUndefined();

    const center = { id: CENTER, name: 'Finance center', leadId: 'lee' };
    const decide = (person: { id: string; deliveryCenterId: string | null }) =>
      () => decideApprove(state, { ...appoint, personId: person.id }, undefined, decisionContext(), { centerFirst: true, teamLead: { center, person } });
    const outsider = rejection(decide({ id: 'pete', deliveryCenterId: 'retail-center' }));
    expect([outsider.code, outsider.message, outsider.details]).toEqual([
      'invalid',
      'the team lead of a project served by Finance center is one of its members',
      [{ path: 'teamLeadId', message: 'not a member of the serving delivery center' }],
    ]);
    expect(rejection(decide({ id: 'pete', deliveryCenterId: null })).code).toBe('invalid');
    expect(decide({ id: 'tina', deliveryCenterId: CENTER })()).toEqual([expect.objectContaining({ personId: 'tina', outcome: 'approved' })]);
    expect(decide({ id: 'lee', deliveryCenterId: null })()).toEqual([expect.objectContaining({ personId: 'lee', outcome: 'approved' })]);
    // A center gone since (nothing read) holds nobody to it.
    expect(decideApprove(state, appoint, undefined, decisionContext(), { centerFirst: true, teamLead: null })).toHaveLength(1);
  });
});

describe('resource requests', () => {
  it('only the project owner asks; not her manager, not a stranger', () => {
    const state = given({}, ...appointed);
    for (const who of [stranger, boss, tina]) {
      const refused = rejection(() => decideRequestResource(state, { ...ask, actor: who }, undefined, decisionContext()));
      expect([refused.code, refused.message]).toEqual(['forbidden', 'only the project owner may request resources']);
    }
  });

  it('days are positive and in quarter days', () => {
    const state = given({}, ...appointed);
    for (const days of [0, -1, 0.1, 1.3, Number.NaN, Number.POSITIVE_INFINITY]) {
      const refused = rejection(() => checkRequestResource(state, { ...ask, days }));
      expect([refused.code, refused.details]).toEqual(['invalid', [{ path: 'days', message: 'e.g. 0.5, 2, 3.75' }]]);
    }
    expect(() => checkRequestResource(state, { ...ask, days: 0.25 })).not.toThrow();
    expect(() => checkRequestResource(state, { ...ask, days: 3.75 })).not.toThrow();
  });

  it('on A/B the appointed team lead approves (一票到底), whoever the workflow resolved', () => {
    const state = given({}, ...appointed);
    const events = decideRequestResource(state, ask, officeManager, decisionContext());
    expect(events).toEqual([
      {
        type: 'resource_requested',
        request: { id: 'new-1', role: 'presales', skills: ['core banking'], days: 2, personId: 'pete', note: 'workshop with the customer', requestedById: 'sally', approvalId: 'new-2' },
        approval: { id: 'new-2', kind: 'resource', requestId: 'new-1', approver: teamLeadRef('tina'), status: 'pending', requestedAt: NOW },
      },
    ]);
    expect(applied(state, events).match.requests).toEqual([
      expect.objectContaining({ id: 'new-1', status: 'pending', exceptionApprovalId: null, pricing: null, bookingId: null }),
    ]);
  });

  it('on A/B a request waits until a team lead is appointed', () => {
    const refusal = (state: ProjectState) => {
      const refused = rejection(() => checkRequestResource(state, ask));
      expect(refused.code).toBe('conflict');
      return refused.message;
    };
    expect(refusal(given({ tier: 'B' }))).toBe(
      "a tier B project's requests go to its delivery team lead, and none is appointed yet (dispatch not requested)",
    );
    expect(refusal(given({ tier: 'A' }, dispatchRequested()))).toMatch(/\(dispatch pending\)$/);
    expect(refusal(given({ tier: 'A' }, dispatchRequested(), dispatchDecided(null)))).toMatch(/\(dispatch rejected\)$/);
  });

  it('on C/D/E the approver the workflow resolved; none found is a conflict', () => {
    const state = given({ tier: 'C' });
    const [requested] = decideRequestResource(state, ask, officeManager, decisionContext());
    expect(requested).toMatchObject({ type: 'resource_requested', approval: { approver: officeManager } });
    const refused = rejection(() => decideRequestResource(state, ask, undefined, decisionContext()));
    expect([refused.code, refused.message]).toEqual(['conflict', 'no approver of kind office_manager could be found for this project']);
    const hotline = decideRequestResource(given({ tier: 'E' }), { ...ask, role: 'hotline' }, hotlineLead, decisionContext());
    expect(hotline[0]).toMatchObject({ approval: { approver: hotlineLead } });
  });

  it('an extension adds days to a booking: its role, its person', () => {
    const state = given({}, ...appointed, ...requestBooked());
    const extend = { ...ask, days: 1, personId: undefined, extendsBookingId: 'booking-1' };

    const unknown = rejection(() => checkRequestResource(state, { ...extend, extendsBookingId: 'nope' }));
    expect([unknown.code, unknown.message, unknown.details]).toEqual([
      'invalid',
      'no booking nope on this project',
      [{ path: 'extendsBookingId', message: 'not found' }],
    ]);
    const otherRole = rejection(() => checkRequestResource(state, { ...extend, role: 'solution' }));
    expect(otherRole.details).toEqual([{ path: 'role', message: 'must be presales to extend it' }]);
    const otherPerson = rejection(() => checkRequestResource(state, { ...extend, personId: 'paula' }));
    expect(otherPerson.details).toEqual([{ path: 'personId', message: 'not the booked person' }]);

    expect(checkRequestResource(state, extend).extended).toMatchObject({ id: 'booking-1', personId: 'pete' });
    const [requested] = decideRequestResource(state, extend, undefined, decisionContext());
    expect(requested).toMatchObject({ request: { personId: 'pete', days: 1, extendsBookingId: 'booking-1' }, approval: { approver: teamLeadRef('tina') } });
  });

  it('nothing is requested on a closed project', () => {
    const refused = rejection(() => checkRequestResource(given({}, ...appointed, closedLost), ask));
    expect([refused.code, refused.message]).toEqual(['conflict', 'the project is closed (lost)']);
  });
});

describe('approve: the decision right', () => {
  const requested = given({}, ...appointed, resourceRequested());
  const approve = (state: ProjectState, who = tina) =>
    decideApprove(state, { actor: who, approvalId: APPROVAL }, pricing('pete'), decisionContext());

  it('the approver decides for herself; the owner, the center lead and a stranger may not', () => {
    expect(approve(requested)[0]).toMatchObject({ type: 'approval_decided', outcome: 'approved', onBehalfOf: null });
    for (const who of [sally, lee, stranger]) {
      const refused = rejection(() => approve(requested, who));
      expect([refused.code, refused.message]).toEqual([
        'forbidden',
        'only the appointed delivery team lead (or their delegate, or a manager it escalated to) may decide this approval',
      ]);
    }
  });

  it('a delegate decides on the approver’s behalf, recorded as such', () => {
    const deputy = actor('deputy', ['delivery'], { actingFor: ['tina'] });
    expect(approve(requested, deputy)[0]).toMatchObject({ outcome: 'approved', onBehalfOf: 'tina' });
    const otherDeputy = actor('deputy', ['delivery'], { actingFor: ['someone-else'] });
    expect(rejection(() => approve(requested, otherDeputy)).code).toBe('forbidden');
  });

  it('a manager the approval has climbed to (level 1 or above) decides in the approver’s place', () => {
    const tinasManager = actor('tm', ['manager']);
    const climbed = (key: string, level: number): ProjectEvent => ({
      type: 'escalated',
      key,
      kind: 'approval',
      refId: APPROVAL,
      level,
      responsibleId: 'tina',
      targetId: 'tm',
      targetRole: null,
      dueAt: NOW,
      reason: 'overdue',
      exhausted: false,
    });
    expect(rejection(() => approve(requested, tinasManager)).code).toBe('forbidden');
    // A step of another obligation's ladder, or a level-0 mark, gives no right over this approval.
    expect(rejection(() => approve(applied(requested, [climbed('approval:another', 1)]), tinasManager)).code).toBe('forbidden');
    expect(rejection(() => approve(applied(requested, [climbed(`approval:${APPROVAL}`, 0)]), tinasManager)).code).toBe('forbidden');
    const escalated = applied(requested, [climbed(`approval:${APPROVAL}`, 1)]);
    expect(approve(escalated, tinasManager)[0]).toMatchObject({ outcome: 'approved', onBehalfOf: 'tina' });
  });

  it('a pool approval (the directors) is decided by any director, never by a delegate', () => {
    const state = given(
      { budget: 100_000 },
      ...appointed,
      resourceRequested(),
      resourceApproved('request-1', 'pete', pricing('pete')),
      { type: 'exception_requested', requestId: 'request-1', approval: approval('exception-1', 'over_budget', directors, 'request-1'), overBy: fen(400_000) },
    );
    const exception = pendingApproval(state, 'exception-1');
    expect(decisionRight(state, exception, director)).toEqual({ allowed: true, onBehalfOf: null });
    expect(decisionRight(state, exception, actor('dave', ['director']))).toEqual({ allowed: true, onBehalfOf: null });
    expect(decisionRight(state, exception, actor('deputy', ['manager'], { actingFor: ['dina'] }))).toEqual({ allowed: false, onBehalfOf: null });
    expect(decisionRight(state, exception, tina)).toEqual({ allowed: false, onBehalfOf: null });
  });
});

describe('approve: pricing and booking', () => {
  const requested = given({}, ...appointed, resourceRequested());

  it('books the priced person at once when the budget holds it, committing the planned cost', () => {
    expect(personToPrice(requested, { actor: tina, approvalId: APPROVAL })).toEqual({ personId: 'pete', role: 'presales' });
    const events = decideApprove(requested, { actor: tina, approvalId: APPROVAL }, pricing('pete'), decisionContext());
    expect(events).toEqual([
      { type: 'approval_decided', approvalId: APPROVAL, kind: 'resource', outcome: 'approved', personId: 'pete', comment: null, pricing: pricing('pete'), onBehalfOf: null },
      {
        type: 'booking_made',
        booking: { id: 'new-1', requestId: 'request-1', personId: 'pete', role: 'presales', days: 2, unit: 'day', rate: fen(250_000), level: 'P2', planned: fen(500_000), bookedOn: TODAY },
        entry: { kind: 'commit', bookingId: 'new-1', amount: fen(500_000), idempotencyKey: 'commit:new-1' },
      },
    ]);
    const after = applied(requested, events);
    expect(after.match.requests[0]).toMatchObject({ status: 'booked', bookingId: 'new-1', pricing: pricing('pete') });
    expect(ledgerTotals(after.match.ledger, 'CNY')).toEqual({ committed: fen(500_000), actual: fen(0), total: fen(500_000) });
  });

  it('the approver may book someone other than the person asked for', () => {
    const cmd = { actor: tina, approvalId: APPROVAL, personId: 'paula' };
    expect(personToPrice(requested, cmd)).toEqual({ personId: 'paula', role: 'presales' });
    const events = decideApprove(requested, cmd, pricing('paula'), decisionContext());
    expect(events[1]).toMatchObject({ type: 'booking_made', booking: { personId: 'paula' } });
  });

  it('a request naming nobody waits for the approver to choose', () => {
    const anyone = given({}, ...appointed, resourceRequested({ personId: null }));
    const refused = rejection(() => decideApprove(anyone, { actor: tina, approvalId: APPROVAL }, undefined, decisionContext()));
    expect([refused.code, refused.details]).toEqual(['invalid', [{ path: 'personId', message: 'required' }]]);
    expect(personToPrice(anyone, { actor: tina, approvalId: APPROVAL, personId: 'pete' })).toEqual({ personId: 'pete', role: 'presales' });
  });

  it('is refused when the person to book was not priced, or someone else was', () => {
    for (const priced of [undefined, pricing('paula')]) {
      const refused = rejection(() => decideApprove(requested, { actor: tina, approvalId: APPROVAL }, priced, decisionContext()));
      expect([refused.code, refused.message]).toEqual(['conflict', 'the booking was not priced for this person']);
    }
  });

  it('an A/B booking outside the delivery center needs a reason (多位一体)', () => {
    const outside = pricing('pete', { deliveryCenterId: 'retail-center' });
    const approve = (comment?: string, priced = outside, rules?: { centerFirst: boolean }) =>
      decideApprove(requested, { actor: tina, approvalId: APPROVAL, comment }, priced, decisionContext(), rules);
    for (const priced of [outside, pricing('pete', { deliveryCenterId: null })]) {
      const refused = rejection(() => approve('   ', priced));
      expect([refused.code, refused.details]).toEqual(['invalid', [{ path: 'comment', message: 'required for a person outside the delivery center' }]]);
    }
    expect(approve(' only SQL expert free ')[0]).toMatchObject({ comment: 'only SQL expert free' });
    expect(approve(undefined, pricing('pete'))[0]).toMatchObject({ outcome: 'approved', comment: null });
    // Histories recorded before the rule replay as they ran.
    expect(approve(undefined, outside, { centerFirst: false })[0]).toMatchObject({ outcome: 'approved' });
    // C/D are served by the office: no center to come first.
    const officeProject = given({ tier: 'C' }, resourceRequested({ approver: officeManager }));
    expect(decideApprove(officeProject, { actor: olga, approvalId: APPROVAL }, outside, decisionContext())[0]).toMatchObject({ outcome: 'approved' });
  });

  it('an approval is decided once; an unknown one is not found', () => {
    const decided = applied(requested, decideApprove(requested, { actor: tina, approvalId: APPROVAL }, pricing('pete'), decisionContext()));
    const again = rejection(() => decideApprove(decided, { actor: tina, approvalId: APPROVAL }, pricing('pete'), decisionContext()));
    expect([again.code, again.message]).toEqual(['conflict', 'the approval is already approved']);
    const unknown = rejection(() => decideApprove(decided, { actor: tina, approvalId: 'nope' }, undefined, decisionContext()));
    expect([unknown.code, unknown.message]).toEqual(['not_found', 'no approval nope on this project']);
  });

  it('an extension is priced at the booking’s pinned rate and adds to the booking', () => {
    const state = given(
      {},
      ...appointed,
      ...requestBooked({ rate: 200_000, bookedOn: '2026-11-02' }),
      resourceRequested({ id: 'request-2', days: 1.5, extendsBookingId: 'booking-1' }),
    );
    const cmd = { actor: tina, approvalId: 'approval-of-request-2' };
    expect(personToPrice(state, cmd)).toBeUndefined();
    const events = decideApprove(state, cmd, undefined, decisionContext());
    const pinned = { personId: 'pete', role: 'presales', level: 'as booked', unit: 'day', rate: fen(200_000), rateEffectiveFrom: '2026-11-02', pricedOn: TODAY, planned: fen(300_000) };
    expect(events).toEqual([
      { type: 'approval_decided', approvalId: 'approval-of-request-2', kind: 'resource', outcome: 'approved', personId: 'pete', comment: null, pricing: pinned, onBehalfOf: null },
      {
        type: 'booking_extended',
        bookingId: 'booking-1',
        requestId: 'request-2',
        days: 1.5,
        planned: fen(300_000),
        entry: { kind: 'commit', bookingId: 'booking-1', amount: fen(300_000), idempotencyKey: 'commit:booking-1:request-2' },
      },
    ]);
    const after = applied(state, events);
    expect(after.match.bookings).toEqual([expect.objectContaining({ id: 'booking-1', days: 3.5, planned: fen(700_000) })]);
    expect(after.match.requests[1]).toMatchObject({ id: 'request-2', status: 'booked', bookingId: 'booking-1' });

    const otherPerson = rejection(() => decideApprove(state, { ...cmd, personId: 'paula' }, undefined, decisionContext()));
    expect(otherPerson.details).toEqual([{ path: 'personId', message: 'not the booked person' }]);
  });
});

describe('approve: over the budget (量入为出)', () => {
  // A budget of 10 000 yuan; Pete costs 2 500 a day.
  const fiveDays = given({ budget: 1_000_000 }, ...appointed, resourceRequested({ days: 5 }));
  const priced = pricing('pete', { days: 5 });

  it('a request past the budget is approved but waits for a director’s exception; nothing is booked', () => {
    const events = decideApprove(fiveDays, { actor: tina, approvalId: APPROVAL }, priced, decisionContext());
    expect(events).toEqual([
      { type: 'approval_decided', approvalId: APPROVAL, kind: 'resource', outcome: 'approved', personId: 'pete', comment: null, pricing: priced, onBehalfOf: null },
      {
        type: 'exception_requested',
        requestId: 'request-1',
        approval: { id: 'new-1', kind: 'over_budget', requestId: 'request-1', approver: directors, status: 'pending', requestedAt: NOW },
        overBy: fen(250_000),
      },
    ]);
    const after = applied(fiveDays, events);
    expect(after.match.requests[0]).toMatchObject({ status: 'awaiting_exception', exceptionApprovalId: 'new-1', pricing: priced, bookingId: null });
    expect([after.match.bookings, after.match.ledger]).toEqual([[], []]);
  });

  it('exactly the budget needs no exception', () => {
    const fourDays = given({ budget: 1_000_000 }, ...appointed, resourceRequested({ days: 4 }));
    const events = decideApprove(fourDays, { actor: tina, approvalId: APPROVAL }, pricing('pete', { days: 4 }), decisionContext());
    expect(types(events)).toEqual(['approval_decided', 'booking_made', 'budget_alert', 'budget_alert', 'budget_alert']);
  });

  it('a director grants the exception and the booking is made; the team lead may not grant it', () => {
    const awaiting = applied(fiveDays, decideApprove(fiveDays, { actor: tina, approvalId: APPROVAL }, priced, decisionContext()));
    expect(rejection(() => decideApprove(awaiting, { actor: tina, approvalId: 'new-1' }, undefined, decisionContext('x'))).code).toBe('forbidden');
    const events = decideApprove(awaiting, { actor: director, approvalId: 'new-1' }, undefined, decisionContext(NOW, 'x'));
    expect(events.slice(0, 2)).toEqual([
      { type: 'approval_decided', approvalId: 'new-1', kind: 'over_budget', outcome: 'approved', personId: 'pete', comment: null, pricing: priced, onBehalfOf: null },
      {
        type: 'booking_made',
        booking: { id: 'x-1', requestId: 'request-1', personId: 'pete', role: 'presales', days: 5, unit: 'day', rate: fen(250_000), level: 'P2', planned: fen(1_250_000), bookedOn: TODAY },
        entry: { kind: 'commit', bookingId: 'x-1', amount: fen(1_250_000), idempotencyKey: 'commit:x-1' },
      },
    ]);
    expect(alerts(events)).toEqual([[5_000, 12_500], [8_000, 12_500], [10_000, 12_500]]);
    expect(applied(awaiting, events).match.requests[0]).toMatchObject({ status: 'booked', bookingId: 'x-1' });
  });

  it('a director refusing the exception leaves the request rejected and nothing booked', () => {
    const awaiting = applied(fiveDays, decideApprove(fiveDays, { actor: tina, approvalId: APPROVAL }, priced, decisionContext()));
    const after = applied(awaiting, decideReject(awaiting, { actor: director, approvalId: 'new-1', reason: 'not this quarter' }));
    expect(after.match.requests[0]).toMatchObject({ status: 'rejected' });
    expect(after.match.bookings).toEqual([]);
  });

  it('an extension past the budget takes the same exception path and then extends the booking', () => {
    const state = given(
      { budget: 1_000_000 },
      ...appointed,
      ...requestBooked({ days: 2 }),
      resourceRequested({ id: 'request-2', days: 3, extendsBookingId: 'booking-1' }),
    );
    const approved = decideApprove(state, { actor: tina, approvalId: 'approval-of-request-2' }, undefined, decisionContext());
    expect(approved[1]).toMatchObject({ type: 'exception_requested', requestId: 'request-2', overBy: fen(250_000) });
    const awaiting = applied(state, approved);
    const granted = decideApprove(awaiting, { actor: director, approvalId: 'new-1' }, undefined, decisionContext(NOW, 'x'));
    expect(granted[1]).toMatchObject({ type: 'booking_extended', bookingId: 'booking-1', requestId: 'request-2', days: 3, planned: fen(750_000) });
    expect(applied(awaiting, granted).match.bookings[0]).toMatchObject({ days: 5, planned: fen(1_250_000) });
  });
});

describe('reject', () => {
  const requested = given({}, ...appointed, resourceRequested());

  it('needs a reason, and the right to decide', () => {
    const blank = rejection(() => decideReject(requested, { actor: tina, approvalId: APPROVAL, reason: '  ' }));
    expect([blank.code, blank.details]).toEqual(['invalid', [{ path: 'reason', message: 'required' }]]);
    expect(rejection(() => decideReject(requested, { actor: stranger, approvalId: APPROVAL, reason: 'no' })).code).toBe('forbidden');
  });

  it('a rejected request books nothing', () => {
    const events = decideReject(requested, { actor: tina, approvalId: APPROVAL, reason: ' nobody free ' });
    expect(events).toEqual([
      { type: 'approval_decided', approvalId: APPROVAL, kind: 'resource', outcome: 'rejected', personId: null, comment: 'nobody free', pricing: null, onBehalfOf: null },
    ]);
    const after = applied(requested, events);
    expect(after.match.requests[0]).toMatchObject({ status: 'rejected', bookingId: null });
    expect(after.match.approvals.find((a) => a.id === APPROVAL)?.status).toBe('rejected');
    expect(after.match.bookings).toEqual([]);
  });

  it('a rejected dispatch leaves no lead, and A/B requests wait', () => {
    const state = given({}, dispatchRequested(centerLead));
    const after = applied(state, decideReject(state, { actor: lee, approvalId: 'dispatch-1', reason: 'no capacity' }));
    expect(after.match.dispatch).toMatchObject({ status: 'rejected', leadId: null });
    expect(rejection(() => checkRequestResource(after, ask)).code).toBe('conflict');
  });
});

describe('record time', () => {
  // Pete booked for 2 days on Monday 16 November at 2 500 yuan a day; today is Thursday 26 November.
  const booked = given({}, ...appointed, ...requestBooked({ bookedOn: '2026-11-16' }));
  const time: RecordTimeCommand = { actor: pete, timeEntryId: 'te-1', bookingId: 'booking-1', date: '2026-11-20', days: 1, daysOnDate: 0 };
  const record = (state: ProjectState, cmd: Partial<RecordTimeCommand>) => decideRecordTime(state, { ...time, ...cmd }, decisionContext());

  it('accrues actual cost at the pinned rate, recorded by the booked person or the owner', () => {
    const events = record(booked, {});
    expect(events).toEqual([
      {
        type: 'time_recorded',
        timeEntryId: 'te-1',
        bookingId: 'booking-1',
        personId: 'pete',
        date: '2026-11-20',
        days: 1,
        entry: { kind: 'accrue', bookingId: 'booking-1', amount: fen(250_000), idempotencyKey: 'accrue:te-1' },
      },
    ]);
    const after = applied(booked, events);
    expect(after.match.daysWorked).toEqual({ 'booking-1': 1 });
    // Work inside the booking consumes its commitment: what counts against the budget is unchanged.
    expect(ledgerTotals(after.match.ledger, 'CNY')).toEqual({ committed: fen(250_000), actual: fen(250_000), total: fen(500_000) });

    expect(record(booked, { actor: sally })[0]).toMatchObject({ personId: 'pete', days: 1 });
    for (const who of [tina, stranger]) {
      const refused = rejection(() => record(booked, { actor: who }));
      expect([refused.code, refused.message]).toEqual(['forbidden', 'only the booked person or the project owner records time on a booking']);
    }
  });

  it('an hourly (hotline) booking counts eight hours a day', () => {
    const hotline = given({ tier: 'E' }, bookingMade({ personId: 'hank', role: 'hotline', unit: 'hour', rate: 15_000, days: 2, bookedOn: '2026-11-16' }));
    const [recorded] = record(hotline, { actor: sally, days: 0.5 });
    expect(recorded).toMatchObject({ entry: { amount: fen(60_000) } });
  });

  it('refuses an unknown booking and days that are not positive quarter days', () => {
    expect(rejection(() => record(booked, { bookingId: 'nope' })).details).toEqual([{ path: 'bookingId', message: 'not found' }]);
    for (const days of [0, -0.25, 0.3]) {
      const refused = rejection(() => record(booked, { days }));
      expect([refused.code, refused.details]).toEqual(['invalid', [{ path: 'days', message: 'e.g. 0.5, 1, 1.25' }]]);
    }
  });

  it('refuses future days and days before the booking, with a day of slack for time zones', () => {
    expect(record(booked, { date: '2026-11-27' })).toHaveLength(1);
    expect(rejection(() => record(booked, { date: '2026-11-28' })).details).toEqual([{ path: 'date', message: 'in the future' }]);
    expect(record(booked, { date: '2026-11-15' })).toHaveLength(1);
    const early = rejection(() => record(booked, { date: '2026-11-14' }));
    expect([early.code, early.message, early.details]).toEqual(['invalid', 'the booking starts on 2026-11-16', [{ path: 'date', message: 'before the booking' }]]);
  });

  it('a person works at most one day per date, across all bookings', () => {
    const crowded = rejection(() => record(booked, { days: 0.75, daysOnDate: 0.5 }));
    expect([crowded.code, crowded.message, crowded.details]).toEqual([
      'conflict',
      '2026-11-20 already has 0.5 day(s) on record for this person; a person works at most 1 day per date',
      [{ path: 'days', message: 'at most 0.5 more on 2026-11-20' }],
    ]);
    expect(record(booked, { days: 0.5, daysOnDate: 0.5 })).toHaveLength(1);
    expect(rejection(() => record(booked, { days: 0.25, daysOnDate: 1 })).details).toEqual([{ path: 'days', message: 'at most 0 more on 2026-11-20' }]);
    expect(rejection(() => record(booked, { days: 1.25, daysOnDate: 0 })).code).toBe('conflict');
  });

  it('never past the booked days: more is an extension, approved like any request', () => {
    const worked = applied(booked, record(booked, { days: 1.5, daysOnDate: undefined }));
    const over = rejection(() => record(worked, { timeEntryId: 'te-2', date: '2026-11-23', days: 0.75 }));
    expect(over.code).toBe('conflict');
    expect(over.message).toMatch(/for 2 day\(s\) and 1\.5 are recorded; .*extendsBookingId/);
    expect(over.details).toEqual([{ path: 'days', message: 'at most 0.5 more on this booking' }]);
    const full = applied(worked, record(worked, { timeEntryId: 'te-2', date: '2026-11-23', days: 0.5 }));
    expect(full.match.daysWorked).toEqual({ 'booking-1': 2 });
    expect(rejection(() => record(full, { timeEntryId: 'te-3', date: '2026-11-24', days: 0.25 })).details).toEqual([
      { path: 'days', message: 'at most 0 more on this booking' },
    ]);
  });

  it('the same time entry recorded again changes nothing', () => {
    const once = applied(booked, record(booked, { days: 0.5 }));
    expect(record(once, { days: 0.5, daysOnDate: 0.5 })).toEqual([]);
    expect(once.match.ledger).toHaveLength(2);
  });

  it('no time is recorded on a closed project', () => {
    expect(rejection(() => record(applied(booked, [closedLost]), {})).message).toBe('the project is closed (lost)');
  });
});

describe('set budget', () => {
  const state = given({ budget: 1_000_000 });

  it('a director sets it, with a reason, in the project’s currency', () => {
    const events = decideSetBudget(state, { actor: director, amount: 2_000_000, reason: '  scope doubled ' });
    expect(events).toEqual([{ type: 'budget_set', budget: fen(2_000_000), reason: 'scope doubled' }]);
    expect(applied(state, events).match.budget).toEqual(fen(2_000_000));
    expect(decideSetBudget(state, { actor: director, amount: 0, reason: 'frozen' })[0]).toMatchObject({ budget: fen(0) });
  });

  it('nobody else may, whatever their rank', () => {
    for (const who of [sally, boss, lee]) {
      const refused = rejection(() => decideSetBudget(state, { actor: who, amount: 2_000_000, reason: 'r' }));
      expect([refused.code, refused.message]).toEqual(['forbidden', 'only a director may change a presales budget']);
    }
  });

  it('needs a reason and a non-negative integer of minor units', () => {
    expect(rejection(() => decideSetBudget(state, { actor: director, amount: 1, reason: ' ' })).details).toEqual([{ path: 'reason', message: 'required' }]);
    for (const amount of [1.5, -1, Number.NaN, 2 ** 53]) {
      const refused = rejection(() => decideSetBudget(state, { actor: director, amount, reason: 'r' }));
      expect([refused.code, refused.details]).toEqual(['invalid', [{ path: 'amount', message: 'invalid' }]]);
    }
    expect(decideSetBudget(state, { actor: director, amount: Number.MAX_SAFE_INTEGER, reason: 'r' })).toHaveLength(1);
  });

  it('not on a closed project', () => {
    expect(rejection(() => decideSetBudget(applied(state, [closedLost]), { actor: director, amount: 1, reason: 'r' })).code).toBe('conflict');
  });
});

describe('redispatch', () => {
  const rejected = given({}, dispatchRequested(centerLead), dispatchDecided(null));
  const nextLead = { ...centerLead, personId: 'lin', label: 'acting lead of delivery center Finance' };

  it('after a rejection the owner asks again, with what changed; it goes to the dispatcher now in post', () => {
    const events = decideRedispatch(rejected, { actor: sally, note: 'the customer doubled the scope' }, nextLead, decisionContext());
    expect(events).toEqual([
      { type: 'dispatch_requested', approval: { id: 'new-1', kind: 'dispatch', requestId: null, approver: nextLead, status: 'pending', requestedAt: NOW } },
    ]);
    expect(applied(rejected, events).match.dispatch).toEqual({
      approvalId: 'new-1',
      approverKind: 'delivery_center_lead',
      status: 'pending',
      leadId: null,
      deliveryCenterId: CENTER,
    });
  });

  it('only the owner, only with a note', () => {
    expect(rejection(() => decideRedispatch(rejected, { actor: boss, note: 'n' }, nextLead, decisionContext())).code).toBe('forbidden');
    expect(rejection(() => decideRedispatch(rejected, { actor: sally, note: ' ' }, nextLead, decisionContext())).details).toEqual([
      { path: 'note', message: 'required' },
    ]);
  });

  it('only a rejected dispatch is asked for again', () => {
    const refusal = (state: ProjectState) => rejection(() => decideRedispatch(state, { actor: sally, note: 'n' }, nextLead, decisionContext()));
    expect(refusal(given()).message).toBe('dispatch is not requested; only a rejected dispatch is requested again');
    expect(refusal(given({}, dispatchRequested())).message).toMatch(/^dispatch is pending;/);
    expect(refusal(given({}, ...appointed)).message).toMatch(/^dispatch is appointed;/);
    expect(refusal(given({}, ...appointed)).code).toBe('conflict');
  });
});

describe('at close (closeMatchEvents)', () => {
  // Booked 2 days (5 000 yuan), half a day worked, a second request still pending.
  const state = given(
    {},
    ...appointed,
    ...requestBooked({ bookedOn: '2026-11-16' }),
    { type: 'time_recorded', timeEntryId: 'te-1', bookingId: 'booking-1', personId: 'pete', date: '2026-11-20', days: 0.5, entry: { kind: 'accrue', bookingId: 'booking-1', amount: fen(125_000), idempotencyKey: 'accrue:te-1' } },
    resourceRequested({ id: 'request-2', days: 1 }),
  );

  it('cancels open approvals and releases what work did not use of each commitment', () => {
    const events = closeMatchEvents(state, 'lost');
    expect(events).toEqual([
      { type: 'approval_cancelled', approvalId: 'approval-of-request-2', reason: 'project closed lost' },
      { type: 'commitments_released', entries: [{ kind: 'release', bookingId: 'booking-1', amount: fen(375_000), idempotencyKey: 'release:booking-1' }] },
    ]);
    const after = applied(state, events);
    expect(ledgerTotals(after.match.ledger, 'CNY')).toEqual({ committed: fen(0), actual: fen(125_000), total: fen(125_000) });
    expect(after.match.requests.find((r) => r.id === 'request-2')?.status).toBe('cancelled');
  });

  it('a fully worked booking and a project with nothing open release nothing', () => {
    const worked = given({}, ...appointed, ...requestBooked({ days: 0.5, bookedOn: '2026-11-16' }), {
      type: 'time_recorded',
      timeEntryId: 'te-1',
      bookingId: 'booking-1',
      personId: 'pete',
      date: '2026-11-20',
      days: 0.5,
      entry: { kind: 'accrue', bookingId: 'booking-1', amount: fen(125_000), idempotencyKey: 'accrue:te-1' },
    });
    expect(closeMatchEvents(worked, 'won')).toEqual([]);
    expect(closeMatchEvents(given(), 'lost')).toEqual([]);
  });

  it('closing the project puts them before project_closed', () => {
    const events = decideClose(state, { actor: sally, outcome: 'lost', reason: 'price' });
    expect(types(events)).toEqual(['approval_cancelled', 'commitments_released', 'project_closed']);
  });

  it('a dispatch nobody decided is cancelled with its approval; an appointed one stays', () => {
    const pending = given({}, dispatchRequested());
    const closed = applied(pending, decideClose(pending, { actor: sally, outcome: 'lost', reason: 'price' }));
    expect(closed.match.dispatch).toMatchObject({ status: 'cancelled', leadId: null });
    const done = given({}, ...appointed);
    expect(applied(done, decideClose(done, { actor: sally, outcome: 'lost', reason: 'price' })).match.dispatch).toMatchObject({ status: 'appointed', leadId: 'tina' });
  });
});

describe('budget alerts at thresholds (50 %, 80 %, 100 %)', () => {
  const approveFor = (state: ProjectState, days: number, approvalId = APPROVAL) =>
    decideApprove(state, { actor: tina, approvalId }, pricing('pete', { days }), decisionContext(NOW, approvalId));

  it('fires when spending reaches a threshold exactly, not a fen before', () => {
    const half = given({ budget: 1_000_000 }, ...appointed, resourceRequested({ days: 2 }));
    expect(approveFor(half, 2).filter((e) => e.type === 'budget_alert')).toEqual([
      { type: 'budget_alert', thresholdBasisPoints: 5_000, usedBasisPoints: 5_000, notify: ['sally'] },
    ]);
    const justUnder = given({ budget: 1_000_001 }, ...appointed, resourceRequested({ days: 2 }));
    expect(alerts(approveFor(justUnder, 2))).toEqual([]);
  });

  it('one booking crossing two thresholds alerts both, lowest first', () => {
    const state = given({ budget: 1_000_000 }, ...appointed, ...requestBooked({ days: 1.75 }), resourceRequested({ id: 'request-2', days: 2 }));
    expect(alerts(approveFor(state, 2, 'approval-of-request-2'))).toEqual([[5_000, 9_375], [8_000, 9_375]]);
  });

  it('each threshold fires once per project, even when a raised budget lets spending cross it again', () => {
    const state = given(
      { budget: 1_000_000 },
      ...appointed,
      ...requestBooked({ days: 2 }),
      { type: 'budget_alert', thresholdBasisPoints: 5_000, usedBasisPoints: 5_000, notify: ['sally'] },
      { type: 'budget_set', budget: fen(2_000_000), reason: 'scope grew' },
      resourceRequested({ id: 'request-2', days: 2 }),
    );
    expect(state.match.alerted).toEqual([5_000]);
    expect(alerts(approveFor(state, 2, 'approval-of-request-2'))).toEqual([]);
    // Positive control: the same booking without the earlier alert would have fired it.
    const fresh = { ...state, match: { ...state.match, alerted: [] } };
    expect(alerts(approveFor(fresh, 2, 'approval-of-request-2'))).toEqual([[5_000, 5_000]]);
  });

  it('goes to the owner and the sales owner once ownership has moved', () => {
    const state = given(
      { budget: 1_000_000 },
      ...appointed,
      { type: 'handoff_accepted', handoffId: 'h1', fromPersonId: 'sally', toPersonId: 'pete' },
      resourceRequested({ days: 2, personId: 'pam' }),
    );
    const events = decideApprove(state, { actor: tina, approvalId: APPROVAL }, pricing('pam'), decisionContext());
    expect(events.find((e) => e.type === 'budget_alert')).toMatchObject({ notify: ['pete', 'sally'] });
  });

  it('a budget cut that puts what is spent past a line alerts as spending would; a raise or a line already alerted does not', () => {
    // 2 days of Pete at 2 500 yuan: 5 000 yuan committed against 10 000 (50 %, alerted).
    const state = given(
      { budget: 1_000_000 },
      ...appointed,
      ...requestBooked({ days: 2 }),
      { type: 'budget_alert', thresholdBasisPoints: 5_000, usedBasisPoints: 5_000, notify: ['sally'] },
    );
    const cut = decideSetBudget(state, { actor: director, amount: 600_000, reason: 'cut' });
    expect(cut).toEqual([
      { type: 'budget_set', budget: fen(600_000), reason: 'cut' },
      { type: 'budget_alert', thresholdBasisPoints: 8_000, usedBasisPoints: 8_333, notify: ['sally'] },
    ]);
    expect(alerts(decideSetBudget(state, { actor: director, amount: 400_000, reason: 'cut' }))).toEqual([[8_000, 12_500], [10_000, 12_500]]);
    expect(alerts(decideSetBudget(state, { actor: director, amount: 2_000_000, reason: 'raise' }))).toEqual([]);
    const cutAgain = applied(state, cut);
    expect(alerts(decideSetBudget(cutAgain, { actor: director, amount: 550_000, reason: 'cut again' }))).toEqual([]);
    // Histories recorded before the rule replay without the alert.
    expect(decideSetBudget(state, { actor: director, amount: 600_000, reason: 'cut' }, { alertOnBudgetChange: false })).toHaveLength(1);
  });

  it('on a zero budget every threshold fires, with no percentage to report', () => {
    const state = given({ budget: 0 }, ...appointed, resourceRequested({ days: 1 }));
    const awaiting = applied(state, approveFor(state, 1));
    const granted = decideApprove(awaiting, { actor: director, approvalId: `${APPROVAL}-1` }, undefined, decisionContext(NOW, 'x'));
    expect(alerts(granted)).toEqual([[5_000, null], [8_000, null], [10_000, null]]);
  });
});
