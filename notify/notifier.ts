import type { NotificationMessage, OutsideChannel, WebhookFormat } from './channels';
import type { NotifySettings } from './config';
import { createEmailSender } from './email';
import { postWebhook } from './webhook';

/** Where one delivery goes, pinned when it was planned. */
export interface DeliveryTarget {
  channel: OutsideChannel;
  /** An e-mail address or a webhook URL. */
  target: string;
  format: WebhookFormat | null;
}

/** Sends notifications over the outside channels that are configured; given to the activities and the API. */
export interface Notifier {
  /** The channels this deployment can deliver; deliveries are planned only for these. */
  readonly available: Readonly<Record<OutsideChannel, boolean>>;
  /** Webhooks may go to loopback, private and link-local addresses (MOAT_WEBHOOK_ALLOW_PRIVATE). */
  readonly webhookAllowPrivate: boolean;
  send(to: DeliveryTarget, message: NotificationMessage): Promise<void>;
  close(): void;
}

export function createNotifier(settings: NotifySettings): Notifier {
  const email = settings.smtp ? createEmailSender(settings.smtp, settings.publicUrl) : undefined;
  const secret = settings.webhookSecret;
  return {
    available: { email: email !== undefined, webhook: secret !== undefined },
    webhookAllowPrivate: settings.webhookAllowPrivate ?? false,
    async send(to, message) {
      if (to.channel === 'email') {
        if (!email) throw new Error('SMTP is not configured (SMTP_HOST)');
        return email.send(to.target, message);
      }
      if (!secret) throw new Error('webhooks are not configured (MOAT_WEBHOOK_SECRET)');
      return postWebhook({
        url: to.target,
        format: to.format ?? 'json',
        secret,
        message,
        publicUrl: settings.publicUrl,
        timeoutMs: settings.webhookTimeoutMs,
        allowPrivate: settings.webhookAllowPrivate,
      });
    },
    close: () => email?.close(),
  };
}
