import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { openSessionCount } from '../../db/sessions';
import { accountById, changeActivation, pendingPasswordToken } from '../../db/sign-in';
import { ReasonText } from '../../domain/text';
import { requireRole } from '../auth';
import type { AppDeps } from '../deps';
import { onlyFor } from '../route-roles';
import { httpError } from '../errors';
import { idempotent } from '../idempotency';
import { errorResponses as errors } from '../project-access';
import { IdParams } from '../schemas';
import { issuePasswordToken } from '../sign-in';

const PasswordLinkSchema = z.object({
  /** Shown once; only its hash is stored. */
  token: z.string(),
  purpose: z.enum(['invitation', 'reset']),
  personId: z.uuid(),
  expiresAt: z.string(),
  /** Where the person sends `{token, password}` (POST, no sign-in needed). */
  setPasswordPath: z.literal('/api/password'),
  /** The console's page for it, the token in the fragment (never sent to a server): prefix it with Moat's address. */
  consolePath: z.string(),
});

const ActivationBody = z.object({ reason: ReasonText() });
const ActivationSchema = z.object({ personId: z.uuid(), deactivatedAt: z.string().nullable(), sessionsEnded: z.number().int() });

const AccessSchema = z.object({
  personId: z.uuid(),
  email: z.string(),
  deactivatedAt: z.string().nullable(),
  passwordSet: z.boolean(),
  openSessions: z.number().int(),
  pendingLink: z.object({ purpose: z.enum(['invitation', 'reset']), expiresAt: z.string() }).nullable(),
});

/**
 * An admin's hold on a person's access: invitations and password resets (one-time links, shown once; not
 * replayed by Idempotency-Key, since that would store the link — a retry issues a new one and voids the old),
 * deactivation and reactivation.
 */
export function personAccessRoutes(app: FastifyInstance, { pool }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/people/:id/access',
    {
      config: onlyFor('admin'),
      schema: {
        tags: ['admin'],
        summary: "A person's access: deactivated or not, password set, open sessions, an unused set-password link",
        params: IdParams,
        response: { 200: AccessSchema, ...errors },
      },
    },
    async (request) => {
      requireRole(request, 'admin');
      const account = await accountById(pool, request.params.id);
      if (!account) throw httpError.notFound(`no person ${request.params.id}`);
      return {
        personId: account.person.id,
        email: account.person.email,
        deactivatedAt: account.deactivatedAt,
        passwordSet: account.passwordHash !== null,
        openSessions: await openSessionCount(pool, account.person.id),
        pendingLink: await pendingPasswordToken(pool, account.person.id),
      };
    },
  );

  const passwordLinks = [
    { path: 'invitation', purpose: 'invitation', summary: 'Invite a person to set a password: a one-time token valid 72 h, shown once' },
    {
      path: 'password-reset',
      purpose: 'reset',
      summary: "Reset a person's password: clears it, ends their sessions, returns a one-time token valid 24 h, shown once",
    },
  ] as const;
  for (const { path, purpose, summary } of passwordLinks) {
    r.post(
      `/api/people/:id/${path}`,
      { config: onlyFor('admin'), schema: { tags: ['admin'], summary, params: IdParams, response: { 201: PasswordLinkSchema, ...errors } } },
      async (request, reply) => {
        const admin = requireRole(request, 'admin');
        reply.status(201);
        return issuePasswordToken(pool, { admin, personId: request.params.id, purpose });
      },
    );
  }

  for (const [path, active] of [
    ['deactivate', false],
    ['reactivate', true],
  ] as const) {
    r.post(
      `/api/people/:id/${path}`,
      {
        config: onlyFor('admin'),
        schema: {
          tags: ['admin'],
          summary: active
            ? 'Reactivate a person: they may sign in again and their bearer tokens work again'
            : 'Deactivate a person: no sign-in, no bearer token, their sessions end (not oneself)',
          params: IdParams,
          body: ActivationBody,
          response: { 200: ActivationSchema, ...errors },
        },
      },
      async (request, reply) =>
        idempotent(pool, request, reply, 200, async () => {
          const admin = requireRole(request, 'admin');
          const personId = request.params.id;
          if (!active && personId === admin.id) throw httpError.conflict('you cannot deactivate yourself: ask another administrator');
          const account = await accountById(pool, personId);
          if (!account) throw httpError.notFound(`no person ${personId}`);
          const changed = await changeActivation(pool, { adminId: admin.id, personId, active, reason: request.body.reason });
          if (!changed) throw httpError.conflict(active ? 'the person is not deactivated' : `the person is already deactivated (since ${account.deactivatedAt})`);
          return { personId, ...changed };
        }),
    );
  }
}
