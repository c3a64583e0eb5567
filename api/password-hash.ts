import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Passwords are stored as PHC-style strings, `$scrypt$ln=15,r=8,p=3$<salt>$<key>` (unpadded base64), so the cost
 * can be raised later: a stored hash names its own parameters, verifies with them, and is re-hashed with the
 * current ones at the next successful sign-in (`needsRehash`).
 *
 * N = 2^15, r = 8, p = 3 is one of OWASP's equivalent scrypt settings (the same work as N = 2^17, p = 1) with a
 * quarter of the memory: 32 MiB per hash, so the four libuv threads that run hashes need 128 MiB at most.
 */
const CURRENT = { ln: 15, r: 8, p: 3 } as const;
const SALT_BYTES = 16;
const KEY_BYTES = 32;
/** Refuse stored parameters beyond these: a damaged or hostile record must not make one check cost minutes. */
const MAX = { ln: 20, r: 32, p: 16 } as const;

interface ScryptParams {
  ln: number;
  r: number;
  p: number;
}

interface ParsedHash extends ScryptParams {
  salt: Buffer;
  key: Buffer;
}

function derive(password: string, salt: Buffer, keyLength: number, { ln, r, p }: ScryptParams): Promise<Buffer> {
  const N = 2 ** ln;
  // scrypt needs 128·N·r bytes; twice that leaves room for OpenSSL's own bookkeeping.
  const options: ScryptOptions = { N, r, p, maxmem: 2 * 128 * N * r };
  return new Promise((resolve, reject) => {
    // NFKC: the same password typed on another keyboard or system (composed or decomposed accents) still matches.
    scrypt(password.normalize('NFKC'), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, KEY_BYTES, CURRENT);
  return `$scrypt$ln=${CURRENT.ln},r=${CURRENT.r},p=${CURRENT.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

function parse(stored: string): ParsedHash | undefined {
  const match = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,3}),p=(\d{1,3})\$([A-Za-z0-9_-]{16,88})\$([A-Za-z0-9_-]{22,86})$/.exec(stored);
  if (!match) return undefined;
  const [, ln, r, p, salt, key] = match as unknown as [string, string, string, string, string, string];
  const params = { ln: Number(ln), r: Number(r), p: Number(p) };
  if (params.ln < 1 || params.ln > MAX.ln || params.r < 1 || params.r > MAX.r || params.p < 1 || params.p > MAX.p) return undefined;
  return { ...params, salt: Buffer.from(salt, 'base64url'), key: Buffer.from(key, 'base64url') };
}

/** True when `password` is the one `stored` was made from. A stored value Moat cannot read matches nothing. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) {
    // Still spend the time of a check, so an unreadable record is not told apart by the clock.
    await derive(password, randomBytes(SALT_BYTES), KEY_BYTES, CURRENT);
    return false;
  }
  const key = await derive(password, parsed.salt, parsed.key.length, parsed);
  return timingSafeEqual(key, parsed.key);
}

/** A stored hash made with other parameters than today's: re-hash it while the password is at hand. */
export function needsRehash(stored: string): boolean {
  const parsed = parse(stored);
  return !parsed || parsed.ln !== CURRENT.ln || parsed.r !== CURRENT.r || parsed.p !== CURRENT.p || parsed.key.length !== KEY_BYTES;
}

let dummy: Promise<string> | undefined;

/**
 * Checks a password against a hash of nothing anyone knows: what sign-in does for an unknown e-mail address or a
 * person without a password, so that those answers take as long as a wrong password.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummy ??= hashPassword(randomBytes(32).toString('base64url'));
  await verifyPassword(password, await dummy);
  return false;
}
