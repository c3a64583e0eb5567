import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

export type { paths };

interface ErrorDetail {
  path?: string;
  message: string;
}

/** An error answer of the API (`{"error": {"code", "message", "details"}}`), or no answer at all (`network`). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
    /** Seconds after which a retry may succeed (`Retry-After`). */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const SESSION_PATH = '/api/session';

let csrfToken: string | undefined;
let onSessionEnded: () => void = () => undefined;

/** The session's CSRF token, sent as `X-CSRF-Token` on every write (from POST or GET /api/session). */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** Called when the API answers 401 to anything but signing in: the console shows the sign-in page. */
export function setSessionEndedHandler(handler: () => void): void {
  onSessionEnded = handler;
}

const sessionMiddleware: Middleware = {
  onRequest({ request }) {
    if (!SAFE_METHODS.has(request.method) && csrfToken) request.headers.set('X-CSRF-Token', csrfToken);
    return request;
  },
  onResponse({ request, response }) {
    const signingIn = new URL(request.url).pathname === SESSION_PATH;
    if (response.status === 401 && !signingIn) onSessionEnded();
    return response;
  },
};

/** The typed client: paths, parameters and answers come from the OpenAPI document (schema.d.ts). */
export const api = createClient<paths>({
  baseUrl: typeof location === 'undefined' ? 'http://localhost' : location.origin,
  credentials: 'include',
  // Looked up at each call rather than once, so component tests can stand in for the API.
  fetch: (request) => globalThis.fetch(request),
});
api.use(sessionMiddleware);

function toApiError(response: Response, body: unknown): ApiError {
  const error = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | undefined)?.error;
  const retryAfter = Number(response.headers.get('retry-after') ?? Number.NaN);
  if (error && typeof error.code === 'string') {
    return new ApiError(
      response.status,
      error.code,
      typeof error.message === 'string' ? error.message : '',
      Array.isArray(error.details) ? (error.details as ErrorDetail[]) : [],
      Number.isFinite(retryAfter) ? retryAfter : undefined,
    );
  }
  return new ApiError(response.status, 'unknown', response.statusText);
}

/** The answer's data, or its error as an ApiError; a failed connection is an ApiError `network`. */
export async function call<D>(request: Promise<{ data?: D; error?: unknown; response: Response }>): Promise<D> {
  let answer: { data?: D; error?: unknown; response: Response };
  try {
    answer = await request;
  } catch (error) {
    throw new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
  }
  if (answer.error !== undefined || !answer.response.ok) throw toApiError(answer.response, answer.error);
  return answer.data as D;
}

/** A fresh key per user action: a retried or doubled click is answered once (the API honours `Idempotency-Key`). */
export function idempotencyKey(): string {
  return crypto.randomUUID();
}
