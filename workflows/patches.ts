import { patched } from '@temporalio/workflow';

/**
 * Patches in umbrella markers. Each `patched()` a new run calls records a marker and upserts the TemporalChangeVersion
 * search attribute: the project workflow's twelve patches of 28 Nov 2026 cost every new run 24 history events before
 * its first update. A run started since says so once, with the newest umbrella's marker, and takes every patch it
 * covers; a run started before has no such marker, so `patchedSince` falls through to the older umbrella or to the
 * patch it recorded, as before. A new patch joins a new umbrella (newest first, covering every older patch too).
 */
export const PATCHES_UNTIL_2026_11_28 = 'moat-patches-2026-11-28';
export const PATCHES_FOR_SPEED = 'moat-patches-speed';
export const PATCHES_UNTIL_2026_11_29 = 'moat-patches-2026-11-29';

/**
 * Issue 14 (speed): the project's short reads run as local activities (no activity task, no server round trip: one
 * marker in the history; the record stayed an activity until `moat-local-record`, see project-recorder.ts), and the escalation timer is kept
 * while the step it waits for stays due at the same time.
 */
export const PATCH_LOCAL_ACTIVITIES = 'moat-local-activities';
export const PATCH_KEPT_TIMERS = 'moat-kept-timers';

/** Issue 12 (统一指挥): the workflow itself holds a dispatch's team lead to the serving center's members (the API did alone). */
export const PATCH_TEAM_LEAD_MEMBER = 'moat-team-lead-member';

/**
 * Issue 14 (speed), again: the record is a local activity as well, written from the workflow task that accepts the
 * command, and adopts what Postgres already holds in its place (workflows/project-recorder.ts).
 */
export const PATCHES_LOCAL_RECORD = 'moat-patches-local-record';
export const PATCH_LOCAL_RECORD = 'moat-local-record';

/**
 * Issue 14 (speed), the eighth round: a run traces only when its start carried a caller's trace
 * (workflows/tracing-interceptors.ts); before it, every run since `moat-tracing` traced.
 */
export const PATCHES_TRACED_CALLERS = 'moat-patches-traced-callers';
export const PATCH_TRACED_CALLERS = 'moat-traced-callers';

/** Umbrella markers, newest first, each with the patches added since the one before it (which it alone covers). */
const UMBRELLAS: { marker: string; added: readonly string[] }[] = [
  { marker: PATCHES_TRACED_CALLERS, added: [PATCH_TRACED_CALLERS] },
  { marker: PATCHES_LOCAL_RECORD, added: [PATCH_LOCAL_RECORD] },
  { marker: PATCHES_UNTIL_2026_11_29, added: [PATCH_TEAM_LEAD_MEMBER] },
  { marker: PATCHES_FOR_SPEED, added: [PATCH_LOCAL_ACTIVITIES, PATCH_KEPT_TIMERS] },
  { marker: PATCHES_UNTIL_2026_11_28, added: [] },
];

/** The marker a run started now records (the newest umbrella). */
export const NEWEST_PATCH_MARKER = UMBRELLAS[0]!.marker;

/** `patched(id)`, true at once for a run started with an umbrella that covers it (one marker, not one per patch). */
export function patchedSince(id: string): boolean {
  for (const [index, umbrella] of UMBRELLAS.entries()) {
    const addedLater = UMBRELLAS.slice(0, index).some((newer) => newer.added.includes(id));
    if (!addedLater && patched(umbrella.marker)) return true;
  }
  return patched(id);
}
