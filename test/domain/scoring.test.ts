import { describe, expect, it } from 'vitest';
import { COMMENT_MAX, missingParticipants, ScoreEntrySchema, scoreStats, validateScores, type ScoringContext } from '../../domain/scoring';
import { rejection } from '../support/pure';

const context: ScoringContext = { scorerId: 'owner', participants: ['ann', 'bob', 'cai'], alreadyScored: [] };
const entry = (personId: string, score = 4, comment = 'solid demo') => ({ personId, score, comment });

const details = (entries: unknown, ctx: ScoringContext = context) => {
  const error = rejection(() => validateScores(ctx, entries));
  expect(error.code).toBe('invalid');
  return error.details;
};

describe('validateScores (主负责人打分)', () => {
  it('accepts scores of participants and returns them with trimmed comments', () => {
    expect(validateScores(context, [entry('ann', 5, '  led the PoC  '), entry('bob', 1, 'missed the tender deadline')])).toEqual([
      { personId: 'ann', score: 5, comment: 'led the PoC' },
      { personId: 'bob', score: 1, comment: 'missed the tender deadline' },
    ]);
  });

  it('refuses people who are not participants, naming them', () => {
    expect(details([entry('ann'), entry('zed')])).toEqual([{ path: 'scores[1].personId', message: 'zed is not a participant of this project' }]);
  });

  it('refuses the scorer scoring themselves, even as a participant', () => {
    expect(details([entry('owner')], { ...context, participants: [...context.participants, 'owner'] })).toEqual([
      { path: 'scores[0].personId', message: 'is you: the primary owner scores the others, not themselves' },
    ]);
  });

  it('refuses a person named twice in one submission, at each later mention', () => {
    expect(details([entry('ann'), entry('bob'), entry('ann'), entry('ann')])).toEqual([
      { path: 'scores[2].personId', message: 'ann is scored twice in this submission (first at scores[0])' },
      { path: 'scores[3].personId', message: 'ann is scored twice in this submission (first at scores[0])' },
    ]);
  });

  it('refuses scoring again a person already scored: a given score stands', () => {
    expect(details([entry('cai'), entry('ann')], { ...context, alreadyScored: ['ann'] })).toEqual([
      { path: 'scores[1].personId', message: 'ann is already scored; a given score stands' },
    ]);
  });

  it.each([0, 6, 3.5, 7.5, -1, '4', null, Number.NaN])('refuses score %s: a whole number from 1 to 5', (score) => {
    expect(details([{ personId: 'ann', score, comment: 'x' }])).toEqual([{ path: 'scores[0].score', message: 'a whole number from 1 to 5' }]);
  });

  it('requires a comment, at most 2000 characters once trimmed', () => {
    expect(details([entry('ann', 3, '   ')])).toEqual([{ path: 'scores[0].comment', message: 'say why, in a comment' }]);
    expect(details([{ personId: 'ann', score: 3 }])).toEqual([{ path: 'scores[0].comment', message: 'say why, in a comment' }]);
    expect(details([entry('ann', 3, 'x'.repeat(COMMENT_MAX + 1))])).toEqual([
      { path: 'scores[0].comment', message: 'at most 2000 characters' },
    ]);
    const longest = validateScores(context, [entry('ann', 3, ` ${'x'.repeat(COMMENT_MAX)} `)]);
    expect(longest[0]!.comment).toHaveLength(COMMENT_MAX);
  });

  it('requires a person and an object per score', () => {
    expect(details([{ score: 3, comment: 'x' }, null, 7])).toEqual([
      { path: 'scores[0].personId', message: 'the id of the person scored' },
      { path: 'scores[1]', message: 'an object {personId, score, comment}' },
      { path: 'scores[2]', message: 'an object {personId, score, comment}' },
    ]);
  });

  it('requires at least one score', () => {
    for (const empty of [[], undefined, { personId: 'ann' }]) {
      expect(details(empty)).toEqual([{ path: 'scores', message: 'a non-empty list of {personId, score, comment}' }]);
    }
  });

  it('names every problem at once, in submission order, and says so in the message', () => {
    const error = rejection(() =>
      validateScores({ ...context, alreadyScored: ['cai'] }, [
        entry('ann', 9),
        entry('owner'),
        entry('zed', 2, ''),
        entry('ann'),
        entry('cai'),
        entry('bob'),
      ]),
    );
    expect(error.details).toEqual([
      { path: 'scores[0].score', message: 'a whole number from 1 to 5' },
      { path: 'scores[1].personId', message: 'is you: the primary owner scores the others, not themselves' },
      { path: 'scores[2].comment', message: 'say why, in a comment' },
      { path: 'scores[2].personId', message: 'zed is not a participant of this project' },
      { path: 'scores[3].personId', message: 'ann is scored twice in this submission (first at scores[0])' },
      { path: 'scores[4].personId', message: 'cai is already scored; a given score stands' },
    ]);
    expect(error.message).toBe(
      'the scores were not recorded: scores[0].score a whole number from 1 to 5; ' +
        'scores[1].personId is you: the primary owner scores the others, not themselves; ' +
        'scores[2].comment say why, in a comment; scores[2].personId zed is not a participant of this project; ' +
        'scores[3].personId ann is scored twice in this submission (first at scores[0]); ' +
        'scores[4].personId cai is already scored; a given score stands',
    );
  });

  it('the entry schema is the one the API can reuse', () => {
    expect(ScoreEntrySchema.parse({ personId: 'ann', score: 2, comment: ' ok ', extra: 1 })).toEqual({ personId: 'ann', score: 2, comment: 'ok' });
  });
});

describe('partial submissions until everyone is scored', () => {
  it('lists who is still to score, each once, in participant order', () => {
    expect(missingParticipants(['ann', 'bob', 'cai', 'bob'], [])).toEqual(['ann', 'bob', 'cai']);
    expect(missingParticipants(['ann', 'bob', 'cai'], ['bob'])).toEqual(['ann', 'cai']);
    expect(missingParticipants(['ann', 'bob', 'cai'], ['cai', 'ann', 'bob'])).toEqual([]);
    expect(missingParticipants([], [])).toEqual([]);
  });

  it('accepts submissions in parts until nobody is missing', () => {
    const scored: string[] = [];
    for (const part of [[entry('bob')], [entry('ann'), entry('cai', 2, 'late test plan')]]) {
      const accepted = validateScores({ ...context, alreadyScored: scored }, part);
      scored.push(...accepted.map((s) => s.personId));
      expect(missingParticipants(context.participants, scored)).toHaveLength(3 - scored.length);
    }
    expect(missingParticipants(context.participants, scored)).toEqual([]);
    expect(details([entry('ann')], { ...context, alreadyScored: scored })[0]?.message).toMatch(/already scored/);
  });
});

describe('scoreStats', () => {
  it('is empty with no scores', () => {
    expect(scoreStats([])).toEqual({ count: 0, mean: null, distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } });
  });

  it('counts, averages to 2 decimals and distributes', () => {
    // 5 + 4 + 4 = 13; 13 / 3 = 4.333… → 4.33
    expect(scoreStats([5, 4, 4])).toEqual({ count: 3, mean: 4.33, distribution: { 1: 0, 2: 0, 3: 0, 4: 2, 5: 1 } });
    // 2 + 2 + 3 + 3 + 3 + 3 = 16; 16 / 6 = 2.666… → 2.67
    expect(scoreStats([2, 2, 3, 3, 3, 3]).mean).toBe(2.67);
    expect(scoreStats([1, 2]).mean).toBe(1.5);
  });

  it('rounds an exact half up', () => {
    // 5·4 + 2 + 1·3 = 25; 25 / 8 = 3.125 → 3.13
    expect(scoreStats([5, 5, 5, 5, 2, 1, 1, 1]).mean).toBe(3.13);
    // 1 + 1 + 1 + 1 + 1 + 1 + 1 + 2 = 9; 9 / 8 = 1.125 → 1.13
    expect(scoreStats([1, 1, 1, 1, 1, 1, 1, 2]).mean).toBe(1.13);
  });

  it('refuses a stored score outside 1..5', () => {
    expect(() => scoreStats([3, 6])).toThrow(RangeError);
    expect(() => scoreStats([2.5])).toThrow(RangeError);
  });
});
