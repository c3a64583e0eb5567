import { z } from 'zod';

/** Where a person hears of an event. The in-app inbox (Postgres) is always on; the others are opt-in. */
export const NotificationChannelSchema = z.enum(['inapp', 'email', 'webhook']);
export type NotificationChannel = z.infer<typeof NotificationChannelSchema>;

/** The channels that leave the system, each delivered and recorded in notification_deliveries. */
export type OutsideChannel = Exclude<NotificationChannel, 'inapp'>;

/** The body a webhook receives: Moat's own JSON, or the text-message shape of a chat tool's incoming webhook. */
export const WebhookFormatSchema = z.enum(['json', 'slack', 'feishu', 'dingtalk', 'wecom']);
export type WebhookFormat = z.infer<typeof WebhookFormatSchema>;

export const DeliveryStatusSchema = z.enum(['pending', 'sent', 'failed']);
export type DeliveryStatus = z.infer<typeof DeliveryStatusSchema>;

/** One notification as the outside channels render it. */
export interface NotificationMessage {
  id: number;
  kind: string;
  title: string;
  projectId: string | null;
  personId: string;
  personName: string;
  data: Record<string, unknown>;
  createdAt: string;
}
