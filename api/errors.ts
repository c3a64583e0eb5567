import { ApplicationFailure, WorkflowUpdateFailedError } from '@temporalio/client';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isRejectionCode, type RejectionCode, type RejectionDetail } from '../domain/errors';

/** SPEC §5: every error is `{"error": {"code", "message", "details"}}`. */
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
  ) {
    super(message);
  }
}

export const httpError = {
  badRequest: (message: string, details: RejectionDetail[] = []) => new HttpError(400, 'invalid', message, details),
  unauthorized: (message: string) => new HttpError(401, 'unauthorized', message),
  forbidden: (message: string) => new HttpError(403, 'forbidden', message),
  notFound: (message: string) => new HttpError(404, 'not_found', message),
  conflict: (message: string, details: RejectionDetail[] = []) => new HttpError(409, 'conflict', message, details),
};

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
  return reply.status(error.status).send({ error: { code: error.code, message: error.message, details: error.details } });
}

export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof HttpError) return send(reply, error);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const part = (error as FastifyError).validationContext ?? 'body';
    const details = error.validation.map((issue) => ({
      path: [part, ...issue.instancePath.split('/').filter(Boolean)].join('.'),
      message: issue.message ?? 'invalid',
    }));
    const fields = details.map((d) => d.path).join(', ');
    return send(reply, httpError.badRequest(`invalid request: check ${fields}`, details));
  }
  const rejection = fromWorkflowRejection(error);
  if (rejection) return send(reply, rejection);
  const status = (error as FastifyError).statusCode;
  if (status && status >= 400 && status < 500) {
    return send(reply, new HttpError(status, status === 400 ? 'invalid' : 'bad_request', error.message));
  }
  request.log.error({ err: error }, 'unhandled error');
  return send(reply, new HttpError(500, 'internal', 'internal error; the request may be retried with the same Idempotency-Key'));
}
