import { z } from 'zod';
import { ConfigError } from '../runtime/config-error';

const port = z.coerce.number().int().min(1).max(65535);
const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/**
 * Outside notification channels, from environment variables; merge into runtime/config.ts's ConfigSchema with
 * `.extend(NotifyConfigSchema.shape)`. A channel without its setting is off: no SMTP_HOST, no e-mail; no
 * MOAT_WEBHOOK_SECRET, no webhooks (Moat never sends an unsigned webhook). An off channel plans no deliveries.
 */
export const NotifyConfigSchema = z.object({
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: port.default(587),
  /** Implicit TLS from the first byte (usually port 465). Otherwise STARTTLS is used when the server offers it. */
  SMTP_SECURE: booleanFromEnv.optional(),
  SMTP_USER: z.string().min(1).optional(),
  SMTP_PASS: z.string().min(1).optional(),
  SMTP_FROM: z.string().min(3).default('Moat <moat@localhost>'),
  MOAT_WEBHOOK_SECRET: z.string().min(16, 'at least 16 characters').optional(),
  /**
   * Allow webhooks to loopback, private and link-local addresses: for companies whose chat bridge is internal.
   * Off by default, so a webhook URL cannot turn Moat against its own network.
   */
  MOAT_WEBHOOK_ALLOW_PRIVATE: booleanFromEnv.default(false),
  /** Where people reach Moat, for links in e-mails and chat messages (e.g. https://moat.example.cn). */
  MOAT_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
});
export type NotifyConfig = z.infer<typeof NotifyConfigSchema>;

export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  user?: string;
  pass?: string;
  from: string;
}

export interface NotifySettings {
  /** Absent: e-mail is off. */
  smtp?: SmtpSettings;
  /** Absent: webhooks are off. Signs every webhook body (X-Moat-Signature). */
  webhookSecret?: string;
  publicUrl?: string;
  /** Webhooks may go to internal addresses (MOAT_WEBHOOK_ALLOW_PRIVATE). */
  webhookAllowPrivate?: boolean;
  /** How long a webhook receiver may take to answer; default 5 s. */
  webhookTimeoutMs?: number;
}

/** The runtime settings from validated configuration; refuses credentials given by halves. */
export function notifySettingsFrom(config: NotifyConfig): NotifySettings {
  if ((config.SMTP_USER === undefined) !== (config.SMTP_PASS === undefined)) {
    throw new ConfigError('invalid configuration:\n  SMTP_USER, SMTP_PASS: set both (SMTP authentication) or neither');
  }
  return {
    smtp: config.SMTP_HOST
      ? {
          host: config.SMTP_HOST,
          port: config.SMTP_PORT,
          secure: config.SMTP_SECURE ?? config.SMTP_PORT === 465,
          user: config.SMTP_USER,
          pass: config.SMTP_PASS,
          from: config.SMTP_FROM,
        }
      : undefined,
    webhookSecret: config.MOAT_WEBHOOK_SECRET,
    webhookAllowPrivate: config.MOAT_WEBHOOK_ALLOW_PRIVATE,
    publicUrl: config.MOAT_PUBLIC_URL?.replace(/\/+$/, ''),
  };
}
