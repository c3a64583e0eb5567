import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NewPasswordSchema, PasswordAttemptSchema } from '../../domain/password-policy';
import { textSchema } from '../../domain/text';
import { caller } from '../auth';
import type { AppDeps } from '../deps';
import { ErrorBodySchema, httpError } from '../errors';
import { errorResponses } from '../project-access';
import { PersonSchema } from '../schemas';
import { clearSessionCookie, setSessionCookie, sessionSecretOf, type RequestSession } from '../session-auth';
import { changeOwnPassword, setPasswordWithToken, signIn, signOut } from '../sign-in';

const errors = { ...errorResponses, 429: ErrorBodySchema };

export const SignInBody = z.object({
  email: textSchema({ max: 254, what: 'the e-mail address' }).toLowerCase(),
  password: PasswordAttemptSchema,
});

export const SessionSchema = z.object({
  person: PersonSchema,
  /** Send it back as `X-CSRF-Token` on every write made with the session cookie. */
  csrfToken: z.string(),
  /** The session ends then at the latest. */
  expiresAt: z.string(),
  /** …or then, if no request uses it before (each request moves this on). */
  idleExpiresAt: z.string(),
});

export const SetPasswordBody = z.object({
  token: z.string().trim().min(1, 'the token is required').max(200, 'the token is at most 200 characters'),
  password: NewPasswordSchema,
});

export const ChangePasswordBody = z.object({ currentPassword: PasswordAttemptSchema, newPassword: NewPasswordSchema });

/** Public routes: no credentials needed, so none are documented. */
const PUBLIC = { config: { authentication: 'none' as const } };

function sessionOf(request: FastifyRequest): RequestSession {
  if (!request.session) throw httpError.notFound('no session: this request is authenticated by a bearer token, which has no session to read or end');
  return request.session;
}

/** Signing in and out with e-mail and password, one-time set-password links, and changing one's own password. */
export function sessionRoutes(app: FastifyInstance, { pool }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/session',
    {
      ...PUBLIC,
      schema: {
        tags: ['sign-in'],
        summary: 'Sign in with e-mail and password: sets the session cookie and returns the CSRF token',
        description:
          'Answers the same 401 for an unknown e-mail address and a wrong password. Failures are limited per account ' +
          'and per client address (429 `too_many_attempts` with Retry-After). Not replayable: Idempotency-Key is not honoured.',
        security: [],
        body: SignInBody,
        response: { 200: SessionSchema, ...errors },
      },
    },
    async (request, reply) => {
      const session = await signIn(pool, { ...request.body, ip: request.ip, replacing: sessionSecretOf(request) });
      setSessionCookie(request, reply, session.secret);
      return { person: session.person, csrfToken: session.csrfToken, expiresAt: session.expiresAt, idleExpiresAt: session.idleExpiresAt };
    },
  );

  r.get(
    '/api/session',
    {
      schema: {
        tags: ['sign-in'],
        summary: 'The current session: who is signed in, the CSRF token and when the session ends (404 for a bearer token)',
        response: { 200: SessionSchema, ...errors },
      },
    },
    async (request) => {
      const { csrfToken, expiresAt, idleExpiresAt } = sessionOf(request);
      return { person: caller(request), csrfToken, expiresAt, idleExpiresAt };
    },
  );

  r.delete(
    '/api/session',
    {
      schema: {
        tags: ['sign-in'],
        summary: 'Sign out: ends the session and clears its cookie',
        response: { 200: z.object({ signedOut: z.literal(true) }), ...errors },
      },
    },
    async (request, reply) => {
      await signOut(pool, caller(request), sessionOf(request).id);
      clearSessionCookie(request, reply);
      return { signedOut: true as const };
    },
  );

  r.post(
    '/api/password',
    {
      ...PUBLIC,
      schema: {
        tags: ['sign-in'],
        summary: 'Set a password with a one-time invitation or reset token; the token is used up',
        description:
          'A used, replaced, expired or unknown token is a 400 `invalid_token` saying which. Refused tokens are limited ' +
          'per client address (429 `too_many_attempts`). Ends any session the person still had.',
        security: [],
        body: SetPasswordBody,
        response: { 200: z.object({ personId: z.uuid(), email: z.string(), signInPath: z.literal('/api/session') }), ...errors },
      },
    },
    async (request) => ({ ...(await setPasswordWithToken(pool, { ...request.body, ip: request.ip })), signInPath: '/api/session' as const }),
  );

  r.put(
    '/api/me/password',
    {
      schema: {
        tags: ['sign-in'],
        summary: "Change one's own password; every other session of the caller ends",
        description: 'A wrong current password is a 403 and counts as a failed sign-in of the account.',
        body: ChangePasswordBody,
        response: { 200: z.object({ sessionsEnded: z.number().int() }), ...errors },
      },
    },
    async (request) =>
      changeOwnPassword(pool, { person: caller(request), sessionId: request.session?.id, ...request.body, ip: request.ip }),
  );
}
