/** How long a request may wait on Temporal before it answers 503 `temporal_unavailable`. */
export const DEFAULT_TEMPORAL_DEADLINE_MS = 10_000;

/**
 * How long a claim on an Idempotency-Key holds before a retry may take it over: longer than any request runs (the
 * Temporal deadline plus the database's bounded waits), short enough that a retry after a crash goes through promptly.
 */
export const CLAIM_LEASE_SECONDS = Math.ceil(DEFAULT_TEMPORAL_DEADLINE_MS / 1000) + 5;
