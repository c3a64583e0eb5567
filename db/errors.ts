/**
 * Postgres errors sorted by what a caller can do about them (SQLSTATE classes, PostgreSQL appendix A).
 * - refused: the statement itself is wrong for the data — a value Postgres cannot store (class 22, e.g. a NUL
 *   byte), a constraint (class 23), a trigger's own refusal (P0001). Retrying the same write cannot succeed.
 * - unavailable: the database is not there or not accepting work right now — connection errors, shutdown,
 *   too many connections. Retrying later may succeed.
 */
export type DatabaseFailureKind = 'refused' | 'unavailable';

const UNAVAILABLE_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH']);
const UNAVAILABLE_MESSAGES = [/Connection terminated/i, /timeout exceeded when trying to connect/i, /Client has encountered a connection error/i, /the database system is (starting up|shutting down)/i, /Query read timeout/i];

export function databaseFailureKind(error: unknown): DatabaseFailureKind | undefined {
  if (!(error instanceof Error)) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (code.startsWith('22') || code.startsWith('23') || code === 'P0001') return 'refused';
    // 08 connection exception, 53 insufficient resources, 57P0x operator intervention (shutdown, crash recovery).
    if (code.startsWith('08') || code.startsWith('53') || /^57P0[1-4]$/.test(code) || UNAVAILABLE_NODE_CODES.has(code)) return 'unavailable';
  }
  if (UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(error.message))) return 'unavailable';
  return undefined;
}
