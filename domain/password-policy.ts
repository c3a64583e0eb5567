import { z } from 'zod';
import { refusalOf } from './text';

/**
 * What a new password must be (NIST SP 800-63B): long rather than clever. At least 12 characters (code points,
 * so twelve emoji count as twelve), at most 256 UTF-16 code units (the bound every text field of Moat has), and
 * free of what the shared text type refuses: NUL, control characters and line breaks, bidirectional overrides,
 * lone surrogates. No composition rules; spaces are fine (passphrases). Never trimmed: a password is what was typed.
 */
export const PASSWORD_MIN_CHARACTERS = 12;
export const PASSWORD_MAX_LENGTH = 256;

export function passwordProblem(password: string): string | undefined {
  const characters = Array.from(password).length;
  if (characters < PASSWORD_MIN_CHARACTERS) return `the password needs at least ${PASSWORD_MIN_CHARACTERS} characters`;
  if (password.length > PASSWORD_MAX_LENGTH) return `the password is at most ${PASSWORD_MAX_LENGTH} characters`;
  const refusal = refusalOf(password, false);
  if (refusal) return `the password ${refusal}`;
  if (new Set(Array.from(password)).size === 1) return 'the password is one character repeated';
  return undefined;
}

/** A password someone is choosing now. The messages never repeat the value. */
export const NewPasswordSchema = z
  .string({ error: 'the password must be a string' })
  .min(PASSWORD_MIN_CHARACTERS, `the password needs at least ${PASSWORD_MIN_CHARACTERS} characters`)
  .max(PASSWORD_MAX_LENGTH, `the password is at most ${PASSWORD_MAX_LENGTH} characters`)
  .superRefine((value, ctx) => {
    // The bounds above already spoke; this adds what they cannot see (code points, characters, repetition).
    if (value.length < PASSWORD_MIN_CHARACTERS || value.length > PASSWORD_MAX_LENGTH) return;
    const problem = passwordProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/**
 * A password someone types to prove who they are. Only bounded: a password chosen under an older policy still
 * signs in, and a wrong one is a 401, not a lesson in the current rules.
 */
export const PasswordAttemptSchema = z
  .string({ error: 'the password must be a string' })
  .min(1, 'the password is required')
  .max(PASSWORD_MAX_LENGTH, `the password is at most ${PASSWORD_MAX_LENGTH} characters`);

/** Context a policy alone cannot see: the password must not be the person's own e-mail address. */
export function passwordProblemFor(password: string, person: { email: string }): string | undefined {
  return password.trim().toLowerCase() === person.email.toLowerCase() ? 'the password must not be your e-mail address' : undefined;
}
