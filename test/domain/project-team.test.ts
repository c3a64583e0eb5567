import { describe, expect, it } from 'vitest';
import { checkRequestResource, decideApprove, decideRequestResource, type RequestResourceCommand } from '../../domain/match';
import { assignsDirectly, decideNameTeam, MAX_TEAM_MEMBERS, teamLeadOf, toldOfBooking } from '../../domain/project-team';
import { applied, appointed, decisionContext, given, pricing, sally, stranger, tina, dispatchRequested, dispatchDecided, officeManager } from '../support/domain-given';
import { rejection } from '../support/pure';

/** 统一指挥: the delivery team lead of an A/B project commands its presales: a named team, requests raised and assigned. */

const rules = { teamLeadRaises: true };
const ask: RequestResourceCommand = { actor: tina, role: 'presales', skills: [], days: 2, personId: 'pete', note: 'workshop: pete knows the bank' };

describe('统一指挥: the team lead in command', () => {
  it('is the lead appointed on the A/B path only', () => {
    expect(teamLeadOf(given({}, ...appointed))).toBe('tina');
    expect(teamLeadOf(given({}, dispatchRequested()))).toBeNull();
    // On the office path (tier C) the dispatch appoints a presales lead, who approves nothing: no team lead.
    expect(teamLeadOf(given({ tier: 'C' }, dispatchRequested(officeManager), dispatchDecided('tina')))).toBeNull();
  });

  it('raises requests beside the owner, and one naming a person is their approval as well', () => {
    const state = given({}, ...appointed);
    expect(checkRequestResource(state, ask, rules).teamLead).toMatchObject({ personId: 'tina' });
    expect(rejection(() => checkRequestResource(state, ask)).message, 'before the rule').toBe('only the project owner may request resources');
    expect(rejection(() => checkRequestResource(state, { ...ask, actor: stranger }, rules)).code).toBe('forbidden');
    expect(assignsDirectly(state, ask)).toBe(true);
    expect(assignsDirectly(state, { ...ask, personId: undefined }), 'no person named: a request to choose one later').toBe(false);
    expect(assignsDirectly(state, { ...ask, actor: sally }), 'the owner still asks the team lead').toBe(false);

    const [requested] = decideRequestResource(state, ask, undefined, decisionContext(), rules);
    const asked = applied(state, [requested!]);
    const approvalId = asked.match.requests[0]!.approvalId;
    const booked = decideApprove(asked, { actor: tina, approvalId, personId: 'pete', comment: ask.note }, pricing('pete'), decisionContext());
    expect(booked.map((e) => e.type)).toEqual(['approval_decided', 'booking_made']);
  });

  it('names the project team: each person once, not themselves, a reason; the same list again changes nothing', () => {
    const state = given({}, ...appointed);
    const named = decideNameTeam(state, { actor: tina, memberIds: ['pete', 'paula'], reason: 'the PoC team' });
    expect(named).toEqual([{ type: 'team_named', memberIds: ['pete', 'paula'], reason: 'the PoC team' }]);
    const after = applied(state, named);
    expect(after.match.team).toEqual(['pete', 'paula']);
    expect(decideNameTeam(after, { actor: tina, memberIds: ['paula', 'pete'], reason: 'same' })).toEqual([]);

    expect(rejection(() => decideNameTeam(state, { actor: sally, memberIds: [], reason: 'x' })).code).toBe('forbidden');
    expect(rejection(() => decideNameTeam(given({}, dispatchRequested()), { actor: tina, memberIds: [], reason: 'x' })).code).toBe('conflict');
    expect(rejection(() => decideNameTeam(state, { actor: tina, memberIds: ['pete', 'pete'], reason: 'x' })).message).toBe('a person is named twice');
    expect(rejection(() => decideNameTeam(state, { actor: tina, memberIds: ['tina'], reason: 'x' })).code).toBe('invalid');
    const many = Array.from({ length: MAX_TEAM_MEMBERS + 1 }, (_, i) => `p${i}`);
    expect(rejection(() => decideNameTeam(state, { actor: tina, memberIds: many, reason: 'x' })).code).toBe('invalid');
    expect(rejection(() => decideNameTeam(state, { actor: tina, memberIds: ['pete'], reason: '  ' })).code).toBe('invalid');
  });
});

describe('统一指挥: whom a booking is told to', () => {
  it('the manager of office staff booked onto a center’s project, and nobody else', () => {
    const served = { deliveryCenterId: 'center-1' };
    expect(toldOfBooking(served, { deliveryCenterId: null, managerId: 'boss' })).toEqual(['boss']);
    expect(toldOfBooking(served, { deliveryCenterId: 'center-2', managerId: 'boss' })).toEqual(['boss']);
    // The center's own people were dispatched through it; office projects go through the manager who approves them.
    expect(toldOfBooking(served, { deliveryCenterId: 'center-1', managerId: 'boss' })).toEqual([]);
    expect(toldOfBooking({ deliveryCenterId: null }, { deliveryCenterId: null, managerId: 'boss' })).toEqual([]);
    expect(toldOfBooking(served, { deliveryCenterId: null, managerId: null })).toEqual([]);
  });
});
