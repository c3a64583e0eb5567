import type { Client } from '@temporalio/client';
import type { temporal } from '@temporalio/proto';
import { catchUpUpdate, closeUpdate, projectWorkflowId, type CatchUpArgs } from '../workflows/project-messages';

/**
 * What a project's workflow history says happened, to hold against the reference project's: the updates the
 * workflow accepted and completed (one per command: a retried command with its key must not become a second
 * update), and the activities it completed, by type (one record per command: a retry after a killed worker must
 * not record twice). Notification delivery is left out: it runs off the critical path and coalesces bursts, so how
 * many times it runs depends on timing, not on correctness (the notifications themselves are counted in Postgres).
 */
export interface HistoryCounts {
  updatesAccepted: number;
  updatesCompleted: number;
  activitiesCompleted: Record<string, number>;
  /** Activity attempts beyond the first (retries after a fault): reported, not a failure. */
  activityRetries: number;
}

const TIMING_DEPENDENT = /notification/i;

/**
 * A command whose workflow task was lost after its write(s), retried by its caller, is recorded once — by the lost
 * task — and its events found again by the workflow's catch-up (workflows/project-recorder.ts catchUp), one read that
 * stands for what the command ran: by the update it was sent as, one record, or for a close its two writes and the
 * read of whom to ask between them (a clean-clone CI's chaos run restarted Temporal during a close). The catch-up's
 * own read (`projectEventsAfter`) is not counted.
 */
const CAUGHT_UP_AS: Record<string, Record<string, number>> = {
  [closeUpdate.name]: { recordCommandEvents: 2, scoringParticipants: 1 },
};
const CAUGHT_UP_DEFAULT = { recordCommandEvents: 1 };
const CATCH_UP_READ = 'projectEventsAfter';

/** The update a catch-up stood for (`CatchUpArgs.update`), from its accepted event; undefined for any other update. */
function caughtUpUpdate(event: temporal.api.history.v1.IHistoryEvent): string | undefined {
  const input = event.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input;
  const data = input?.name === catchUpUpdate.name ? input.args?.payloads?.[0]?.data : undefined;
  if (!data) return undefined;
  const args = JSON.parse(Buffer.from(data).toString('utf8')) as Partial<CatchUpArgs>;
  return typeof args.update === 'string' ? args.update : undefined;
}

export async function historyCounts(client: Client, projectId: string): Promise<HistoryCounts> {
  const history = await client.workflow.getHandle(projectWorkflowId(projectId)).fetchHistory();
  const scheduled = new Map<string, string>();
  const counts: HistoryCounts = { updatesAccepted: 0, updatesCompleted: 0, activitiesCompleted: {}, activityRetries: 0 };
  for (const event of history.events ?? []) {
    if (event.workflowExecutionUpdateAcceptedEventAttributes) counts.updatesAccepted++;
    const caughtUp = caughtUpUpdate(event);
    if (caughtUp !== undefined) {
      for (const [name, n] of Object.entries(CAUGHT_UP_AS[caughtUp] ?? CAUGHT_UP_DEFAULT)) {
        counts.activitiesCompleted[name] = (counts.activitiesCompleted[name] ?? 0) + n;
      }
    }
    if (event.workflowExecutionUpdateCompletedEventAttributes) counts.updatesCompleted++;
    const schedule = event.activityTaskScheduledEventAttributes;
    if (schedule) scheduled.set(String(event.eventId), schedule.activityType?.name ?? '?');
    const started = event.activityTaskStartedEventAttributes;
    if (started && (started.attempt ?? 1) > 1) counts.activityRetries += (started.attempt ?? 1) - 1;
    const completed = event.activityTaskCompletedEventAttributes;
    const name = completed ? (scheduled.get(String(completed.scheduledEventId)) ?? '?') : localActivityType(event);
    if (name && name !== CATCH_UP_READ && !TIMING_DEPENDENT.test(name)) {
      counts.activitiesCompleted[name] = (counts.activitiesCompleted[name] ?? 0) + 1;
    }
  }
  return counts;
}

/** A local activity's marker (the record and the short reads since issue 14): its activity type, from the marker's data. */
function localActivityType(event: temporal.api.history.v1.IHistoryEvent): string | undefined {
  const marker = event.markerRecordedEventAttributes;
  if (marker?.markerName !== 'core_local_activity') return undefined;
  const data = marker.details?.data?.payloads?.[0]?.data;
  if (!data) return 'local activity';
  const parsed = JSON.parse(Buffer.from(data).toString('utf8')) as { activity_type?: string };
  return parsed.activity_type ?? 'local activity';
}

/** How `actual` differs from `expected`: fewer is lost, more is duplicated, each named. */
export function compareHistory(expected: HistoryCounts, actual: HistoryCounts): { lost: string[]; duplicated: string[] } {
  const lost: string[] = [];
  const duplicated: string[] = [];
  const compare = (what: string, want: number, got: number) => {
    if (got < want) lost.push(`${what} ${got}, expected ${want}`);
    if (got > want) duplicated.push(`${what} ${got}, expected ${want}`);
  };
  compare('updates accepted', expected.updatesAccepted, actual.updatesAccepted);
  compare('updates completed', expected.updatesCompleted, actual.updatesCompleted);
  const names = new Set([...Object.keys(expected.activitiesCompleted), ...Object.keys(actual.activitiesCompleted)]);
  for (const name of names) compare(`activity ${name} completed`, expected.activitiesCompleted[name] ?? 0, actual.activitiesCompleted[name] ?? 0);
  return { lost, duplicated };
}
