/**
 * A command the domain refuses. Pure code throws it; the workflow turns it into an ApplicationFailure whose
 * `type` is the code, and the API maps the code to an HTTP status.
 */
export const REJECTION_CODES = ['invalid', 'forbidden', 'not_found', 'conflict'] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

export interface RejectionDetail {
  path?: string;
  message: string;
}

export class Rejection extends Error {
  constructor(
    readonly code: RejectionCode,
    message: string,
    readonly details: RejectionDetail[] = [],
  ) {
    super(message);
    this.name = 'Rejection';
  }
}

export function isRejectionCode(value: unknown): value is RejectionCode {
  return typeof value === 'string' && (REJECTION_CODES as readonly string[]).includes(value);
}

export const reject = {
  invalid: (message: string, details: RejectionDetail[] = []) => new Rejection('invalid', message, details),
  forbidden: (message: string) => new Rejection('forbidden', message),
  notFound: (message: string) => new Rejection('not_found', message),
  conflict: (message: string, details: RejectionDetail[] = []) => new Rejection('conflict', message, details),
};

/**
 * The failure type of a record activity whose write Postgres refused for good (a value it cannot store, a
 * constraint): retrying cannot help, so the workflow rolls back instead.
 */
export const RECORD_REFUSED = 'record_refused';
