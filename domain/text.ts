import { z } from 'zod';

/**
 * The one text type of Moat's edge. Everything a client types — names, reasons, notes, comments, skills — goes
 * through it, so text that Postgres cannot store (NUL), that is not Unicode (a lone surrogate), or that lies about
 * itself on screen (a right-to-left override turning "exe.txt" into "txt.exe", a name of zero-width spaces) is
 * refused with a 400 naming the field, before it can reach a workflow or the record.
 */

/** C0 and C1 controls; a multi-line text keeps tab, line feed and carriage return. */
const CONTROLS = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F';
/** Bidirectional embeddings, overrides and isolates (Trojan Source, CVE-2021-42574). */
const BIDI_CONTROLS = '\\u202A-\\u202E\\u2066-\\u2069';
/** Line and paragraph separators and the BOM: invisible breaks that render differently everywhere. */
const ODD_BREAKS = '\\u2028\\u2029\\uFEFF';

/**
 * Also in the OpenAPI document as the field's `pattern`, so a generated client (or a fuzzer) knows the rule: any
 * character but the refused ones. Lone surrogates are refused by `refusalOf` rather than here, because a pattern
 * over surrogate ranges is one that many tools (Python's among them) cannot compile.
 */
function allowedPattern(multiline: boolean): RegExp {
  const refused = multiline ? `${CONTROLS}${BIDI_CONTROLS}${ODD_BREAKS}` : `${CONTROLS}\\t\\n\\r${BIDI_CONTROLS}${ODD_BREAKS}`;
  return new RegExp(`^[^${refused}]*$`);
}
const SINGLE_LINE = allowedPattern(false);
const MULTI_LINE = allowedPattern(true);

/**
 * Characters that show nothing: white space, zero-width and joiner characters, variation selectors, the Hangul
 * and Braille blanks. A text made only of these looks empty on screen.
 */
const INVISIBLE = /^[\s\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u2060-\u2064\u206A-\u206F\u2800\u3164\uFE00-\uFE0F\uFFA0]*$/u;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export interface TextRules {
  /** Longest accepted length after trimming, in UTF-16 code units (what Postgres `text` and JSON care about). */
  max: number;
  /** Shortest accepted length after trimming; 1 (the default) also refuses text that shows nothing. */
  min?: number;
  /** Reasons, notes and comments may span lines; names and labels may not. */
  multiline?: boolean;
  /** What the text is, for messages: "a name", "a reason". */
  what?: string;
}

export function refusalOf(value: string, multiline: boolean): string | undefined {
  if (LONE_SURROGATE.test(value)) return 'contains a lone surrogate (not valid Unicode)';
  if (value.includes('\u0000')) return 'contains a NUL character';
  if (/[\u202A-\u202E\u2066-\u2069]/.test(value)) return 'contains a bidirectional override or isolate character';
  if (!(multiline ? MULTI_LINE : SINGLE_LINE).test(value)) {
    return multiline ? 'contains a control character' : 'contains a control character or a line break';
  }
  return undefined;
}

/** Trimmed, bounded text free of control, bidi-override and unpaired-surrogate characters. */
export function textSchema({ max, min = 1, multiline = false, what = 'the text' }: TextRules) {
  let schema = z.string().trim();
  if (min > 0) schema = schema.min(min, min === 1 ? `${what} is required` : `${what} needs at least ${min} characters`);
  return schema
    .max(max, `${what} is at most ${max} characters`)
    // A copy per schema: zod resets a pattern's lastIndex, and a shared one is frozen inside workflows (built-once.ts).
    .regex(new RegExp(multiline ? MULTI_LINE : SINGLE_LINE), `${what} has characters that cannot be stored or shown`)
    .superRefine((value, ctx) => {
      const refusal = refusalOf(value, multiline);
      if (refusal) ctx.addIssue({ code: 'custom', message: `${what} ${refusal}` });
      // Empty is fine where text is optional; text that is there but shows nothing never is.
      else if (value.length > 0 && INVISIBLE.test(value)) ctx.addIssue({ code: 'custom', message: `${what} shows nothing: only invisible characters` });
    });
}

/** A person's, an office's, a project's or a customer's name. */
export const NameText = (max = 200) => textSchema({ max, what: 'the name' });
/** A short label or keyword: a skill, an industry, a rate level, a region. */
export const LabelText = (max = 100) => textSchema({ max, what: 'the label' });
/** Why something was done: a reason, a note, a comment. */
export const ReasonText = (what = 'a reason', max = 2000) => textSchema({ max, multiline: true, what });
/** An optional comment: may be empty. */
export const CommentText = (max = 2000) => textSchema({ max, min: 0, multiline: true, what: 'the comment' });
