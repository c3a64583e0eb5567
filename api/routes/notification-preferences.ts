import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { audit } from '../../db/audit';
import { deliveriesOfNotification, getNotificationPreferences, setNotificationPreferences } from '../../db/notification-delivery';
import { inTransaction, type Pool } from '../../db/pool';
import { DeliveryStatusSchema, NotificationChannelSchema, WebhookFormatSchema } from '../../notify/channels';
import type { Notifier } from '../../notify/notifier';
import { webhookUrlRefusal } from '../../notify/outbound-address';
import { caller } from '../auth';
import { httpError } from '../errors';
import { errorResponses } from '../project-access';

const errors = errorResponses;

/** Postgres keeps `webhook_url ~ '^https?://' and length(webhook_url) <= 2000`, case-sensitively. */
const WEBHOOK_URL_MAX = 2000;

/**
 * Stored as the URL parser writes it (`HTTP://Example.COM` → `http://example.com/`, spaces and non-ASCII
 * percent-encoded, an international host in punycode), so that what the database checks and what the webhook
 * sender POSTs to is one canonical ASCII string; its length is checked again once normalised.
 */
const WebhookUrlSchema = z
  .string()
  .max(WEBHOOK_URL_MAX)
  .regex(/^\s*https?:\/\//i, 'an http(s):// URL')
  .pipe(z.url({ protocol: /^https?$/, normalize: true, error: 'an http(s):// URL' }))
  .pipe(z.string().max(WEBHOOK_URL_MAX, `at most ${WEBHOOK_URL_MAX} characters once normalised (percent-encoded)`));

const PreferencesBody = z
  .object({
    channels: z.array(NotificationChannelSchema).max(3),
    webhookUrl: WebhookUrlSchema.optional(),
    webhookFormat: WebhookFormatSchema.default('json'),
  })
  .superRefine((body, ctx) => {
    if (body.channels.includes('webhook') && !body.webhookUrl) {
      ctx.addIssue({ code: 'custom', path: ['webhookUrl'], message: 'the webhook channel needs a webhookUrl to POST to' });
    }
  });

const PreferencesSchema = z.object({
  channels: z.array(NotificationChannelSchema),
  webhookUrl: z.string().nullable(),
  webhookFormat: WebhookFormatSchema,
  /** E-mail goes to the person's address on record. */
  email: z.string(),
  /** Which outside channels this deployment delivers; a preferred channel that is off here delivers nothing. */
  available: z.object({ email: z.boolean(), webhook: z.boolean() }).optional(),
});

const DeliverySchema = z.object({
  channel: z.enum(['email', 'webhook']),
  status: DeliveryStatusSchema,
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  lastAttemptAt: z.string().nullable(),
  sentAt: z.string().nullable(),
  createdAt: z.string(),
});

export interface NotificationPreferenceDeps {
  pool: Pool;
  /** When given, the preferences also say which channels this deployment can deliver, and whether webhooks may go inward. */
  notifier?: Pick<Notifier, 'available' | 'webhookAllowPrivate'>;
}

/** Per-person channel preferences (in-app, e-mail, webhook) and the delivery record of each notification. */
export function notificationPreferenceRoutes(app: FastifyInstance, { pool, notifier }: NotificationPreferenceDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  const preferencesOf = async (person: { id: string; email: string }) => {
    const prefs = await getNotificationPreferences(pool, person.id);
    if (!prefs) throw httpError.notFound(`no person ${person.id}`);
    return { ...prefs, email: person.email, ...(notifier ? { available: { ...notifier.available } } : {}) };
  };

  r.get(
    '/api/me/notification-preferences',
    {
      schema: {
        tags: ['people'],
        summary: 'How the caller is notified: the in-app inbox always, plus e-mail and a webhook if chosen',
        response: { 200: PreferencesSchema, ...errors },
      },
    },
    async (request) => preferencesOf(caller(request)),
  );

  r.put(
    '/api/me/notification-preferences',
    {
      schema: {
        tags: ['people'],
        summary: 'Choose the notification channels; the in-app inbox stays on. Applies to events from now on',
        description:
          'The webhook channel needs `webhookUrl`; each POST carries `X-Moat-Signature: sha256=<hex HMAC-SHA256 of the body>`, ' +
          '`X-Moat-Event` and `X-Moat-Delivery`. `webhookFormat` picks the body: json (Moat\'s own), slack, feishu, dingtalk or wecom.',
        body: PreferencesBody,
        response: { 200: PreferencesSchema, ...errors },
      },
    },
    async (request) => {
      const person = caller(request);
      const body = request.body;
      const refusal = body.webhookUrl && !notifier?.webhookAllowPrivate ? webhookUrlRefusal(body.webhookUrl) : undefined;
      if (refusal) {
        throw httpError.badRequest(`webhookUrl: ${refusal}; webhooks go to public addresses`, [{ path: 'body.webhookUrl', message: refusal }]);
      }
      const prefs = { channels: body.channels, webhookUrl: body.webhookUrl ?? null, webhookFormat: body.webhookFormat };
      await inTransaction(pool, async (client) => {
        await setNotificationPreferences(client, person.id, prefs);
        // Where a person's notifications go is worth a record: a webhook URL sends them out of the system.
        await audit(client, {
          actorId: person.id,
          action: 'notification_preferences_set',
          entityType: 'person',
          entityId: person.id,
          data: prefs,
          idempotencyKey: `person:${person.id}:notification-preferences:${randomUUID()}`,
        });
      });
      return preferencesOf(person);
    },
  );

  r.get(
    '/api/me/notifications/:id/deliveries',
    {
      schema: {
        tags: ['people'],
        summary: 'How one of the caller\'s notifications went out: per channel, its status, attempts and last error',
        params: z.object({ id: z.string().regex(/^\d{1,18}$/, 'a notification id') }),
        response: { 200: z.object({ items: z.array(DeliverySchema) }), ...errors },
      },
    },
    async (request) => {
      const items = await deliveriesOfNotification(pool, Number(request.params.id), caller(request).id);
      if (!items) throw httpError.notFound(`no notification ${request.params.id} of yours`);
      return { items };
    },
  );
}
