import {
  ApplicationFailure,
  isGrpcServiceError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
} from '@temporalio/client';
import { databaseFailureKind } from '../db/errors';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isRejectionCode, Rejection, type RejectionCode, type RejectionDetail } from '../domain/errors';

/** Every error answer, whatever its status, is `{"error": {"code", "message", "details"}}`. */
export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(z.object({ path: z.string().optional(), message: z.string() })),
  }),
});

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: RejectionDetail[] = [],
    /** Seconds after which a retry may succeed: sent as `Retry-After`. */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

/** How long a client should wait before retrying a request that met an unavailable dependency. */
export const RETRY_AFTER_SECONDS = 5;

export const httpError = {
  badRequest: (message: string, details: RejectionDetail[] = []) => new HttpError(400, 'invalid', message, details),
  unauthorized: (message: string) => new HttpError(401, 'unauthorized', message),
  forbidden: (message: string) => new HttpError(403, 'forbidden', message),
  notFound: (message: string) => new HttpError(404, 'not_found', message),
  conflict: (message: string, details: RejectionDetail[] = []) => new HttpError(409, 'conflict', message, details),
  unavailable: (code: 'database_unavailable' | 'temporal_unavailable', message: string) =>
    new HttpError(503, code, message, [], RETRY_AFTER_SECONDS),
};

/** gRPC codes meaning "Temporal is not answering right now", as opposed to "Temporal answered no". */
const UNAVAILABLE_GRPC = new Set<number>([/* CANCELLED */ 1, /* DEADLINE_EXCEEDED */ 4, /* RESOURCE_EXHAUSTED */ 8, /* UNAVAILABLE */ 14]);

/**
 * A dependency that did not answer: Postgres unreachable or timing out, Temporal unreachable or past the
 * request's deadline. The command may or may not have been applied; the same Idempotency-Key makes the retry safe.
 */
function fromUnavailableDependency(error: unknown): HttpError | undefined {
  const seen = new Set<unknown>();
  for (let e: unknown = error; e instanceof Error && !seen.has(e); e = (e as { cause?: unknown }).cause) {
    seen.add(e);
    if (databaseFailureKind(e) === 'unavailable') {
      return httpError.unavailable('database_unavailable', 'the database is not answering; retry shortly with the same Idempotency-Key');
    }
    const grpc = isGrpcServiceError(e) ? e.code : undefined;
    if (e instanceof WorkflowUpdateRPCTimeoutOrCancelledError || (grpc !== undefined && UNAVAILABLE_GRPC.has(grpc))) {
      return httpError.unavailable(
        'temporal_unavailable',
        'the workflow service did not answer in time; the command may still apply — retry with the same Idempotency-Key',
      );
    }
  }
  return undefined;
}

/** A command for a project whose workflow has ended (closed, scores complete): nothing can change it any more. */
function fromEndedWorkflow(error: unknown): HttpError | undefined {
  return error instanceof WorkflowNotFoundError ? httpError.conflict('the project is closed and its workflow has ended; nothing more can change it') : undefined;
}

/** Postgres refused a value the edge let through (it should not): the client's input, not a server fault. */
function fromRefusedWrite(error: unknown): HttpError | undefined {
  if (databaseFailureKind(error) !== 'refused') return undefined;
  const code = (error as { code?: string }).code ?? '';
  return code.startsWith('23')
    ? httpError.conflict('the record refused this change (it conflicts with what is stored); nothing was changed')
    : httpError.badRequest('the record refused a value of this request; nothing was changed');
}

const STATUS_OF_REJECTION: Record<RejectionCode, number> = { invalid: 400, forbidden: 403, not_found: 404, conflict: 409 };

/** A workflow update rejected by a validator or handler carries the domain's rejection code as failure type. */
function fromWorkflowRejection(error: unknown): HttpError | undefined {
  // The rejection may come from the workflow itself or from an activity it ran (wrapped in an ActivityFailure).
  let failure: unknown = error instanceof WorkflowUpdateFailedError ? error.cause : error;
  while (failure instanceof Error && !(failure instanceof ApplicationFailure && isRejectionCode(failure.type)) && failure.cause) {
    failure = failure.cause;
  }
  if (!(failure instanceof ApplicationFailure) || !isRejectionCode(failure.type)) return undefined;
  const details = Array.isArray(failure.details?.[0]) ? (failure.details[0] as RejectionDetail[]) : [];
  return new HttpError(STATUS_OF_REJECTION[failure.type], failure.type, failure.message, details);
}

function send(reply: FastifyReply, error: HttpError): FastifyReply {
  if (error.retryAfter !== undefined) reply.header('retry-after', String(error.retryAfter));
  return reply.status(error.status).send({ error: { code: error.code, message: error.message, details: error.details } });
}

export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof HttpError) return send(reply, error);
  if (error instanceof Rejection) return send(reply, new HttpError(STATUS_OF_REJECTION[error.code], error.code, error.message, error.details));
  if (hasZodFastifySchemaValidationErrors(error)) {
    const part = (error as FastifyError).validationContext ?? 'body';
    const details = error.validation.map((issue) => ({
      path: [part, ...issue.instancePath.split('/').filter(Boolean)].join('.'),
      message: issue.message ?? 'invalid',
    }));
    const fields = details.map((d) => d.path).join(', ');
    return send(reply, httpError.badRequest(`invalid request: check ${fields}`, details));
  }
  const rejection = fromWorkflowRejection(error) ?? fromUnavailableDependency(error) ?? fromRefusedWrite(error) ?? fromEndedWorkflow(error);
  if (rejection) {
    if (rejection.status === 503) request.log.warn({ code: rejection.code, cause: error.message }, 'dependency unavailable');
    return send(reply, rejection);
  }
  const status = (error as FastifyError).statusCode;
  if (status && status >= 400 && status < 500) {
    return send(reply, new HttpError(status, status === 400 ? 'invalid' : 'bad_request', error.message));
  }
  request.log.error({ err: error }, 'unhandled error');
  return send(reply, new HttpError(500, 'internal', 'internal error; the request may be retried with the same Idempotency-Key'));
}
