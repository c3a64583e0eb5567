/**
 * The API's rule for a new password (domain/password-policy.ts), checked in the browser before sending: at least 12
 * characters counted as code points, at most 256 UTF-16 units, not one character repeated. The API checks again.
 */
export const PASSWORD_MIN_CHARACTERS = 12;
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordProblem = 'tooShort' | 'tooLong' | 'repeated';

export function passwordProblem(password: string): PasswordProblem | undefined {
  const characters = Array.from(password);
  if (characters.length < PASSWORD_MIN_CHARACTERS) return 'tooShort';
  if (password.length > PASSWORD_MAX_LENGTH) return 'tooLong';
  if (new Set(characters).size === 1) return 'repeated';
  return undefined;
}

/** The one-time token of an invitation or reset link: `/set-password#token=…` (kept out of server logs) or `?token=…`. */
export function tokenFromLocation(hash: string, search: string): string | undefined {
  const fromHash = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  const token = fromHash ?? new URLSearchParams(search).get('token');
  return token?.trim() || undefined;
}
