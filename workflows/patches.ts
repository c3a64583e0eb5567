import { patched } from '@temporalio/workflow';

/**
 * Every behaviour patched in before 28 Nov 2026, in one marker. Each `patched()` a new run calls records a marker and
 * upserts the TemporalChangeVersion search attribute: the project workflow's twelve patches cost every new run 24
 * history events before its first update. A run started since says so once, with this marker, and takes them all;
 * a run started before has no such marker, so `patchedSince` falls through to the patch it recorded, as before.
 * Patches added later are plain `patched()` calls (or join a new marker of this kind).
 */
export const PATCHES_UNTIL_2026_11_28 = 'moat-patches-2026-11-28';

/** `patched(id)`, true at once for a run started with every patch of 28 Nov 2026 (one marker, not one per patch). */
export function patchedSince(id: string): boolean {
  return patched(PATCHES_UNTIL_2026_11_28) || patched(id);
}
