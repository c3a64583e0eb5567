import { z } from 'zod';
import { builtOnce } from './built-once';
import { reject, type RejectionDetail } from './errors';
import { stagesFor } from './pipeline';
import type { ProjectState } from './project';
import { textSchema } from './text';

/**
 * 不随意许诺: what a feasibility sign-off promises — scope items, integrations, the go-live date — each with the day it
 * is due, and whether the sign-off still covers the list as it stands. Kept apart from promises.ts (the delivery
 * handoff and go-live) because the feasibility rules in collaborate.ts need it, and promises.ts needs those.
 */

/** One promise to the customer: what, and by when. */
export interface Commitment {
  item: string;
  /** YYYY-MM-DD. */
  dueDate: string;
}

/** A sign-off promises at most this many things: a contract annex, not a backlog. */
export const MAX_COMMITMENTS = 50;
export const MAX_COMMITMENT_LENGTH = 500;
/** Due dates fall in the years the policy calendar covers. */
const FIRST_DUE_DATE = '2000-01-01';
const LAST_DUE_DATE = '2100-12-31';

/**
 * A calendar date YYYY-MM-DD that exists (no 30 February). Checked by hand: the workflow decides with this schema
 * too, and inside the workflow bundle zod's `z.iso.date()` refused every date (seen in test/promises.test.ts).
 */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function buildCommitmentSchemas() {
  const CommitmentSchema = z.object({
    item: textSchema({ max: MAX_COMMITMENT_LENGTH, what: 'the commitment' }),
    dueDate: z
      .string()
      .refine(isCalendarDate, 'a date, YYYY-MM-DD')
      .refine((d) => d >= FIRST_DUE_DATE && d <= LAST_DUE_DATE, `a due date in ${FIRST_DUE_DATE.slice(0, 4)}–${LAST_DUE_DATE.slice(0, 4)}`),
  });
  const CommitmentsSchema = z.array(CommitmentSchema).max(MAX_COMMITMENTS, `at most ${MAX_COMMITMENTS} commitments`);
  return { CommitmentSchema, CommitmentsSchema };
}
export const { CommitmentSchema, CommitmentsSchema } = buildCommitmentSchemas();
/** CommitmentsSchema for `checkCommitments`, which workflows call (built-once.ts). */
const commitmentsSchema = builtOnce(() => buildCommitmentSchemas().CommitmentsSchema);

/**
 * The same rules as `CommitmentsSchema`, for the workflow (a command that did not come through the API's schema):
 * refuses with every problem and its path, answers the list trimmed.
 */
export function checkCommitments(list: readonly Commitment[], path = 'commitments'): Commitment[] {
  const parsed = commitmentsSchema().safeParse(list);
  if (parsed.success) return parsed.data;
  const details: RejectionDetail[] = parsed.error.issues.map((issue) => ({
    path: [path, ...issue.path].map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join(''),
    message: issue.message,
  }));
  throw reject.invalid(`the commitments are not valid: ${details[0]!.path}: ${details[0]!.message}`, details);
}

export const sameCommitments = (a: readonly Commitment[], b: readonly Commitment[]): boolean =>
  a.length === b.length && a.every((c, i) => c.item === b[i]!.item && c.dueDate === b[i]!.dueDate);

/** A change of the commitments by the sales side, recorded against the sign-off it amends. */
export interface CommitmentChange {
  commitments: Commitment[];
  reason: string;
  changedById: string;
  at: string;
  /** When the sign-off it amends was given (null: none yet, a list for delivery to sign). */
  amends: string | null;
}

/**
 * Where the gate stands: no sign-off yet; signed (the latest sign-off approved, its list unchanged since); rejected
 * (the latest sign-off negative); reopened (approved, but the commitments changed since: it no longer counts).
 */
export type GateState = 'unsigned' | 'signed' | 'rejected' | 'reopened';

/** The change made since the latest sign-off, if any: a change made before a later sign-off is answered by it. */
export function pendingChange(state: Pick<ProjectState, 'collaboration' | 'promises'>): CommitmentChange | null {
  const change = state.promises?.change ?? null;
  return change && change.amends === (state.collaboration.feasibility?.at ?? null) ? change : null;
}

export function gateState(state: Pick<ProjectState, 'collaboration' | 'promises'>): GateState {
  const signOff = state.collaboration.feasibility;
  if (!signOff) return 'unsigned';
  if (!signOff.approved) return 'rejected';
  return pendingChange(state) ? 'reopened' : 'signed';
}

/** The commitments as they stand: a change since the latest sign-off, else that sign-off's list. */
export function currentCommitments(state: Pick<ProjectState, 'collaboration' | 'promises'>): Commitment[] {
  return pendingChange(state)?.commitments ?? state.collaboration.feasibility?.commitments ?? [];
}

/** The commitments of the latest sign-off when it is approved and still counts: what a win promises. */
export function signedCommitments(state: Pick<ProjectState, 'collaboration' | 'promises'>): Commitment[] {
  return gateState(state) === 'signed' ? (state.collaboration.feasibility?.commitments ?? []) : [];
}

/**
 * While a changed list waits for delivery, no advance into the first stage that needs feasibility or any stage
 * after it: the sign-off that let the project in no longer covers what is promised.
 */
export function requireGateNotReopened(state: ProjectState, nextStageKey: string): void {
  if (gateState(state) !== 'reopened') return;
  const path = stagesFor(state.policy.document, state.tier);
  const gate = path.findIndex((s) => s.requiresFeasibility);
  const next = path.findIndex((s) => s.key === nextStageKey);
  if (gate >= 0 && next >= gate) throw reopenedRefusal(`entering "${nextStageKey}"`);
}

export function reopenedRefusal(what: string) {
  return reject.conflict(
    `${what} waits for delivery: the commitments changed after the feasibility sign-off, which no longer counts; delivery signs again with the new list`,
    [{ path: 'feasibility', message: 'reopened' }],
  );
}
