import { z } from 'zod';
import { builtOnce } from './built-once';
import { reject, type RejectionDetail } from './errors';

/**
 * 主负责人打分: at close the primary owner scores every participant 1–5 with a comment; part of their
 * performance pay rests on it. Submissions may be partial until everyone is scored; a score once given stands
 * (it is audited pay evidence), so scoring the same person again is refused rather than replacing it.
 */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
export const COMMENT_MAX = 2_000;

const SCORE_RANGE = `a whole number from ${SCORE_MIN} to ${SCORE_MAX}`;

export const buildScoreEntrySchema = () => z.object({
  personId: z.string({ error: 'the id of the person scored' }).min(1, 'the id of the person scored'),
  score: z
    .number({ error: SCORE_RANGE })
    .int(SCORE_RANGE)
    .min(SCORE_MIN, SCORE_RANGE)
    .max(SCORE_MAX, SCORE_RANGE),
  /** Why this score: the evidence behind someone's pay, so it may not be blank. */
  comment: z
    .string({ error: 'say why, in a comment' })
    .trim()
    .min(1, 'say why, in a comment')
    .max(COMMENT_MAX, `at most ${COMMENT_MAX} characters`),
});
export const ScoreEntrySchema = buildScoreEntrySchema();
/** ScoreEntrySchema for checking scores inside a workflow (built-once.ts). */
const scoreEntrySchema = builtOnce(buildScoreEntrySchema);
export type ScoreEntry = z.infer<typeof ScoreEntrySchema>;

export interface ScoringContext {
  scorerId: string;
  /** Everyone to be scored (who owned a stage, had a booking, approved or signed feasibility). */
  participants: readonly string[];
  /** People this scorer has already scored on this project. */
  alreadyScored: readonly string[];
}

/**
 * Checks a submission (the request's `scores` array, unparsed) and returns its entries normalised (comments
 * trimmed), in submission order. Every problem is reported at once, each at its path (`scores[2].personId`,
 * `scores[0].score`): malformed fields, the scorer scoring themselves, people who are not participants, people
 * already scored, and people named twice in the submission (the second and later mentions).
 */
export function validateScores(context: ScoringContext, entries: unknown): ScoreEntry[] {
  if (!Array.isArray(entries) || entries.length === 0) {
    throw reject.invalid('send at least one score', [{ path: 'scores', message: 'a non-empty list of {personId, score, comment}' }]);
  }
  const participants = new Set(context.participants);
  const alreadyScored = new Set(context.alreadyScored);
  const firstMention = new Map<string, number>();
  const details: RejectionDetail[] = [];
  const valid: ScoreEntry[] = [];

  entries.forEach((entry: unknown, i) => {
    const at = `scores[${i}]`;
    const parsed = scoreEntrySchema().safeParse(entry);
    if (parsed.success) valid.push(parsed.data);
    else {
      const paths = new Set<string>();
      for (const issue of parsed.error.issues) {
        const path = issue.path.length === 0 ? at : `${at}.${issue.path.join('.')}`;
        // One message per field: 7.5 is both out of range and not whole, and one answer fixes both.
        if (paths.has(path)) continue;
        paths.add(path);
        details.push({ path, message: issue.path.length === 0 ? 'an object {personId, score, comment}' : issue.message });
      }
    }

    const personId = (entry as { personId?: unknown } | null)?.personId;
    if (typeof personId !== 'string' || personId.length === 0) return;
    const problem = personProblem(context.scorerId, personId, participants, alreadyScored, firstMention.get(personId));
    if (problem) details.push({ path: `${at}.personId`, message: problem });
    if (!firstMention.has(personId)) firstMention.set(personId, i);
  });

  if (details.length > 0) {
    throw reject.invalid(
      `the scores were not recorded: ${details.map((d) => `${d.path} ${d.message}`).join('; ')}`,
      details,
    );
  }
  return valid;
}

function personProblem(
  scorerId: string,
  personId: string,
  participants: ReadonlySet<string>,
  alreadyScored: ReadonlySet<string>,
  firstAt: number | undefined,
): string | null {
  if (personId === scorerId) return 'is you: the primary owner scores the others, not themselves';
  if (!participants.has(personId)) return `${personId} is not a participant of this project`;
  if (alreadyScored.has(personId)) return `${personId} is already scored; a given score stands`;
  if (firstAt !== undefined) return `${personId} is scored twice in this submission (first at scores[${firstAt}])`;
  return null;
}

/** The participants still waiting for a score, in participant order, each once. */
export function missingParticipants(participants: readonly string[], scored: readonly string[]): string[] {
  const done = new Set(scored);
  return [...new Set(participants)].filter((p) => !done.has(p));
}

export interface ScoreStats {
  count: number;
  /** Rounded half-up to 2 decimals; null when there are no scores. */
  mean: number | null;
  distribution: Record<1 | 2 | 3 | 4 | 5, number>;
}

export function scoreStats(scores: readonly number[]): ScoreStats {
  const distribution: ScoreStats['distribution'] = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  let sum = 0;
  for (const score of scores) {
    if (!Number.isInteger(score) || score < SCORE_MIN || score > SCORE_MAX) {
      throw new RangeError(`a stored score is ${SCORE_RANGE}; found ${score}`);
    }
    distribution[score as 1 | 2 | 3 | 4 | 5]++;
    sum += score;
  }
  const count = scores.length;
  // Integer arithmetic: round(sum / count, 2 decimals) half-up = ⌊(200·sum + count) / (2·count)⌋ / 100.
  const mean = count === 0 ? null : Math.floor((200 * sum + count) / (2 * count)) / 100;
  return { count, mean, distribution };
}

