import { routingTier } from './approval-chain';
import { reject } from './errors';
import { requireOpen } from './guards';
import type { MatchEvent } from './match-state';
import type { Actor } from './people';
import type { ProjectState } from './project';

/**
 * 统一指挥: on an A/B project the delivery team lead appointed at dispatch commands presales. They keep a named
 * project team, and may raise resource requests themselves; one naming a person is booked at once on their word
 * (they are the approver of an A/B request), within the same rules as an approval: priced at today's rate card, a
 * reason for someone outside the center, the budget or a director's exception. Office staff booked onto the team
 * are not asked for through their manager: the manager is told (db/match-record.ts).
 */

export interface TeamLeadRules {
  /** Off when replaying histories recorded before the team lead could raise requests (`moat-team-lead-assigns`). */
  teamLeadRaises: boolean;
}

/** At most this many people named on one project team. */
export const MAX_TEAM_MEMBERS = 50;

/**
 * 统一指挥: office staff booked onto a delivery center's project are not asked for through their manager (the team lead
 * books them at once); the manager is told instead. Whom to tell of a booking: the booked person's manager when the
 * project is served by a center the person does not belong to; nobody otherwise.
 */
export function toldOfBooking(
  project: { deliveryCenterId: string | null },
  booked: { deliveryCenterId: string | null; managerId: string | null },
): string[] {
  if (!project.deliveryCenterId || !booked.managerId || booked.deliveryCenterId === project.deliveryCenterId) return [];
  return [booked.managerId];
}

/** The team lead appointed on the A/B (delivery center) path; null before dispatch or on the office and hotline paths. */
export function teamLeadOf(state: ProjectState): string | null {
  const { dispatch, onChannelPath } = state.match;
  const onCenterPath = ['A', 'B'].includes(routingTier(state.policy.document.approvals, state.tier, onChannelPath));
  return onCenterPath && dispatch?.status === 'appointed' ? dispatch.leadId : null;
}

export function isTeamLead(state: ProjectState, personId: string): boolean {
  return teamLeadOf(state) === personId;
}

/** A request the team lead raises naming a new person is their approval too: booked at once. */
export function assignsDirectly(state: ProjectState, cmd: { actor: Actor; personId?: string; extendsBookingId?: string }): boolean {
  return isTeamLead(state, cmd.actor.id) && cmd.personId !== undefined && cmd.extendsBookingId === undefined;
}

export interface NameTeamCommand {
  actor: Actor;
  memberIds: string[];
  reason: string;
}

/** The team lead names the project team (replacing the list before); the people's existence is the API's check. */
export function decideNameTeam(state: ProjectState, cmd: NameTeamCommand): MatchEvent[] {
  requireOpen(state);
  const lead = teamLeadOf(state);
  if (!lead) throw reject.conflict('a project team is named by the delivery team lead of an A/B project, and none is appointed');
  if (cmd.actor.id !== lead) throw reject.forbidden('only the appointed delivery team lead names the project team');
  const memberIds = [...new Set(cmd.memberIds)];
  if (memberIds.length !== cmd.memberIds.length) {
    throw reject.invalid('a person is named twice', [{ path: 'memberIds', message: 'each person once' }]);
  }
  if (memberIds.length > MAX_TEAM_MEMBERS) {
    throw reject.invalid(`at most ${MAX_TEAM_MEMBERS} people on a team`, [{ path: 'memberIds', message: `at most ${MAX_TEAM_MEMBERS}` }]);
  }
  if (memberIds.includes(lead)) throw reject.invalid('the team lead leads the team: name the others', [{ path: 'memberIds', message: 'not the team lead' }]);
  const reason = cmd.reason.trim();
  if (!reason) throw reject.invalid('say why the team changes', [{ path: 'reason', message: 'required' }]);
  const before = state.match.team ?? [];
  if (before.length === memberIds.length && before.every((id) => memberIds.includes(id))) return [];
  return [{ type: 'team_named', memberIds, reason }];
}
