import type { TFunction } from 'i18next';
import { formatDateTime, formatMoney, type Money } from '../../format';
import type { TimelineEntry } from './queries';

/** Every event type Moat records on a project (domain/project.ts), each with its translated title. */
export const EVENT_TYPES = [
  'project_opened', 'stage_advanced', 'handoff_proposed', 'handoff_accepted', 'handoff_declined', 'handoff_cancelled',
  'project_closed', 'tier_overridden', 'budget_set', 'dispatch_requested', 'resource_requested', 'approval_decided',
  'approval_cancelled', 'exception_requested', 'booking_made', 'booking_extended', 'time_recorded', 'commitments_released',
  'budget_alert', 'feasibility_signed', 'deadline_extended', 'ownership_reassigned', 'escalated', 'credit_granted',
  'scoring_requested', 'scores_submitted', 'scoring_completed', 'team_named', 'quality_rescored', 'commitments_changed',
  'delivery_handoff_offered', 'delivery_handoff_accepted', 'delivery_handoff_declined', 'go_live_recorded',
] as const;

const str = (value: unknown) => (typeof value === 'string' ? value : '');
const isMoney = (value: unknown): value is Money =>
  typeof value === 'object' && value !== null && typeof (value as Money).amount === 'number' && typeof (value as Money).currency === 'string';
const count = (value: unknown) => (Array.isArray(value) ? value.length : 0);
const obj = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {});

export interface EventText {
  title: string;
  detail: string;
}

/**
 * What an event says, in the reader's language: its title and its facts (who, which stage, how much — or "—"
 * where the reader may not see an amount). An event type this console does not know shows its own name.
 */
export function describeEvent(
  entry: TimelineEntry,
  t: TFunction,
  nameOf: (id: string | null | undefined) => string,
  language: string,
  stageLabel: (key: string) => string = (key) => key,
): EventText {
  const d = entry.data;
  const known = (EVENT_TYPES as readonly string[]).includes(entry.type);
  const title = known ? t(`project.events.${entry.type}`) : entry.type;
  const money = (value: unknown) => (isMoney(value) ? formatMoney(value, language) : '—');
  const detail = ((): string => {
    switch (entry.type) {
      case 'project_opened':
        return t('project.eventDetails.opened', { tier: str(d.tier), reason: str(d.tierReason), owner: nameOf(str(d.ownerId)) });
      case 'stage_advanced':
        return t('project.eventDetails.advanced', { from: stageLabel(str(d.from)), to: stageLabel(str(d.to)) });
      case 'handoff_proposed': {
        const h = obj(d.handoff);
        return t('project.eventDetails.handoffProposed', { to: nameOf(str(h.toPersonId)), reason: str(h.reason) });
      }
      case 'handoff_accepted':
        return t('project.eventDetails.handoffAccepted', { from: nameOf(str(d.fromPersonId)), to: nameOf(str(d.toPersonId)) });
      case 'handoff_declined':
      case 'handoff_cancelled':
      case 'approval_cancelled':
        return str(d.reason);
      case 'project_closed':
        return t(`project.eventDetails.closed_${d.outcome === 'won' ? 'won' : 'lost'}`, { reason: str(d.reason) || '—' });
      case 'tier_overridden':
        return t('project.eventDetails.tier', { from: str(d.from), to: str(d.to), reason: str(d.reason) });
      case 'budget_set':
        return t('project.eventDetails.budget', { value: money(d.budget), reason: str(d.reason) });
      case 'dispatch_requested':
        return t('project.eventDetails.approver', { approver: str(obj(d.approval).approverLabel) });
      case 'resource_requested': {
        const r = obj(d.request);
        return t('project.eventDetails.resource', { role: t(`roles.${str(r.role)}`), count: Number(r.days) || 0, note: str(r.note) });
      }
      case 'approval_decided':
        return t(`project.eventDetails.decided_${d.outcome === 'approved' ? 'approved' : 'rejected'}`, {
          kind: t(`project.approvalKinds.${str(d.kind)}`),
          person: d.personId ? nameOf(str(d.personId)) : '—',
        });
      case 'exception_requested':
        return t('project.eventDetails.exception', { value: money(d.overBy) });
      case 'booking_made': {
        const b = obj(d.booking);
        return t('project.eventDetails.booking', { person: nameOf(str(b.personId)), count: Number(b.days) || 0, value: money(b.planned) });
      }
      case 'booking_extended':
        return t('project.eventDetails.bookingExtended', { count: Number(d.days) || 0, value: money(d.planned) });
      case 'time_recorded':
        return t('project.eventDetails.time', { person: nameOf(str(d.personId)), date: str(d.date), count: Number(d.days) || 0, value: money(obj(d.entry).amount) });
      case 'budget_alert':
        return t('project.eventDetails.alert', { threshold: Math.round(Number(d.thresholdBasisPoints) / 100) });
      case 'feasibility_signed': {
        const signed = t(`project.eventDetails.feasibility_${d.approved === true ? 'yes' : 'no'}`, { note: str(d.note) });
        return count(d.commitments) > 0 ? `${signed} ${t('project.eventDetails.withCommitments', { count: count(d.commitments) })}` : signed;
      }
      case 'commitments_changed':
        return t(`project.eventDetails.commitments_${d.amends ? 'reopened' : 'unsigned'}`, { count: count(d.commitments), reason: str(d.reason) });
      case 'delivery_handoff_offered':
        return t('project.eventDetails.deliveryOffered', {
          to: nameOf(str(d.toPersonId)),
          via: t(`project.promises.via.${str(d.via) || 'owner'}`),
          due: d.dueAt ? formatDateTime(str(d.dueAt), language) : '—',
          count: count(d.commitments),
        });
      case 'delivery_handoff_accepted':
        return d.onBehalfOf
          ? t('project.eventDetails.deliveryAcceptedFor', { to: nameOf(str(d.toPersonId)), for: nameOf(str(d.onBehalfOf)) })
          : t('project.eventDetails.deliveryAccepted', { to: nameOf(str(d.toPersonId)) });
      case 'delivery_handoff_declined':
        return t('project.eventDetails.deliveryDeclined', { person: nameOf(str(d.personId)), reason: str(d.reason) });
      case 'go_live_recorded': {
        const outcomes = Array.isArray(d.outcomes) ? d.outcomes.map(obj) : [];
        return t('project.eventDetails.goLive', { date: str(d.liveOn), kept: outcomes.filter((o) => o.kept === true).length, count: outcomes.length });
      }
      case 'deadline_extended':
        return t('project.eventDetails.deadline', { to: d.to ? formatDateTime(str(d.to), language) : '—', reason: str(d.reason) });
      case 'ownership_reassigned':
        return t('project.eventDetails.reassigned', { from: nameOf(str(d.fromPersonId)), to: nameOf(str(d.toPersonId)), reason: str(d.reason) });
      case 'escalated':
        return t('project.eventDetails.escalated', {
          level: Number(d.level) || 0,
          kind: t(`project.escalationKinds.${str(d.kind) || 'stage'}`),
          target: d.targetId ? nameOf(str(d.targetId)) : d.targetRole ? t(`roles.${str(d.targetRole)}`) : '—',
          reason: str(d.reason),
        });
      case 'credit_granted':
        return t('project.eventDetails.credit', { value: money(d.finalValue) });
      case 'scoring_requested':
        return t('project.eventDetails.scoring', { scorer: nameOf(str(d.scorerId)), count: Array.isArray(d.participants) ? d.participants.length : 0 });
      case 'scores_submitted':
        return t('project.eventDetails.scores', { count: Array.isArray(d.scores) ? d.scores.length : 0 });
      case 'quality_rescored':
        return t('project.eventDetails.quality', { score: d.score, stage: stageLabel(str(d.stage)), from: str(d.from), to: str(d.to), reason: str(d.reason) });
      case 'team_named':
        return t('project.eventDetails.team', {
          names: Array.isArray(d.memberIds) ? d.memberIds.map((id) => nameOf(str(id))).join(', ') : '',
          reason: str(d.reason),
        });
      default:
        return '';
    }
  })();
  return { title, detail };
}
