/** How long a signed-in session lasts: it ends after `idleSeconds` without a request, and at `absoluteSeconds` anyway. */
export const SESSION_LIFETIME = { idleSeconds: 12 * 60 * 60, absoluteSeconds: 7 * 24 * 60 * 60 } as const;

/** How long a set-password link stays usable. */
export const PASSWORD_TOKEN_LIFETIME_SECONDS = { invitation: 72 * 60 * 60, reset: 24 * 60 * 60 } as const;
export type PasswordTokenPurpose = keyof typeof PASSWORD_TOKEN_LIFETIME_SECONDS;

/**
 * How many wrong guesses Moat tolerates before it stops checking: per account (someone guessing one person's
 * password from many places) and per client address (someone trying many accounts, or many set-password links,
 * from one place). The counts live in Postgres, so every API process shares them.
 */
export interface AttemptLimit {
  /** Failures tolerated within the window; the next attempt is refused. */
  failures: number;
  windowSeconds: number;
}

export const SIGN_IN_LIMITS = {
  perAccount: { failures: 5, windowSeconds: 15 * 60 },
  perAddress: { failures: 20, windowSeconds: 15 * 60 },
  /** Guesses at invitation and reset tokens (POST /api/password). */
  tokenGuessesPerAddress: { failures: 20, windowSeconds: 15 * 60 },
} as const satisfies Record<string, AttemptLimit>;

/**
 * Seconds until an attempt may be made again, given the ages (seconds, any order) of the failures counted in the
 * window; 0 while under the limit. Once the count reaches the limit, the attempt is allowed again when the
 * `failures`-th newest one leaves the window.
 */
export function retryAfterSeconds(limit: AttemptLimit, failureAgesSeconds: readonly number[]): number {
  const inWindow = failureAgesSeconds.filter((age) => age < limit.windowSeconds).sort((a, b) => a - b);
  if (inWindow.length < limit.failures) return 0;
  return Math.max(1, Math.ceil(limit.windowSeconds - inWindow[limit.failures - 1]!));
}

/**
 * The address a limit counts: an IPv4 address as it is (also when written IPv4-mapped, `::ffff:10.0.0.1`), an IPv6
 * address by its /64 network, since one subscriber usually holds a whole /64 and could rotate through it.
 */
export function addressBucket(ip: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (!ip.includes(':')) return ip;
  const [head = '', tail = ''] = ip.split('%', 1)[0]!.toLowerCase().split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = ip.includes('::') ? (tail ? tail.split(':') : []) : [];
  const missing = 8 - headGroups.length - tailGroups.length;
  const groups = [...headGroups, ...Array<string>(Math.max(missing, 0)).fill('0'), ...tailGroups];
  return `${groups
    .slice(0, 4)
    .map((group) => (parseInt(group, 16) || 0).toString(16))
    .join(':')}::/64`;
}
