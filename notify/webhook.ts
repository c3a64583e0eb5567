import { createHmac } from 'node:crypto';
import type { NotificationMessage, WebhookFormat } from './channels';
import { chatText } from './message';

export const WEBHOOK_TIMEOUT_MS = 5_000;

/** `sha256=<hex HMAC-SHA256 of the raw body>`, as a receiver recomputes it over the bytes it got. */
export function webhookSignature(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

/** The body for each format: Moat's own JSON, or the text message of a chat tool's incoming webhook. */
export function webhookPayload(format: WebhookFormat, message: NotificationMessage, publicUrl?: string): unknown {
  const text = chatText(message, publicUrl);
  switch (format) {
    case 'json':
      return {
        id: message.id,
        kind: message.kind,
        title: message.title,
        projectId: message.projectId,
        personId: message.personId,
        data: message.data,
        createdAt: message.createdAt,
      };
    case 'slack':
      return { text };
    case 'feishu':
      return { msg_type: 'text', content: { text } };
    case 'dingtalk':
    case 'wecom':
      return { msgtype: 'text', text: { content: text } };
  }
}

export class WebhookError extends Error {}

/**
 * Feishu, DingTalk and WeCom answer 200 even when they refuse a message, with the refusal in the body
 * (`code` / `errcode` / `StatusCode` non-zero): that is a failed delivery too.
 */
function chatToolRefusal(format: WebhookFormat, body: string): string | undefined {
  if (format === 'json' || format === 'slack') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const answer = parsed as Record<string, unknown>;
  const code = answer.errcode ?? answer.code ?? answer.StatusCode;
  if (code === undefined || code === 0) return undefined;
  return `refused by the receiver: ${String(code)} ${String(answer.errmsg ?? answer.msg ?? answer.StatusMessage ?? '')}`.trim();
}

export interface WebhookDelivery {
  url: string;
  format: WebhookFormat;
  secret: string;
  message: NotificationMessage;
  publicUrl?: string;
  timeoutMs?: number;
}

/** POSTs one signed notification; resolves on a 2xx, rejects with a WebhookError saying what went wrong. */
export async function postWebhook(delivery: WebhookDelivery): Promise<void> {
  const body = JSON.stringify(webhookPayload(delivery.format, delivery.message, delivery.publicUrl));
  const timeoutMs = delivery.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
  let response: Response;
  try {
    response = await fetch(delivery.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'user-agent': 'Moat-Webhook/1',
        'x-moat-signature': webhookSignature(body, delivery.secret),
        'x-moat-event': delivery.message.kind,
        'x-moat-delivery': String(delivery.message.id),
      },
      body,
      // A redirect is not followed: the signed body goes only to the address the person gave.
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const e = error as Error & { cause?: { message?: string; code?: string } };
    if (e.name === 'TimeoutError') throw new WebhookError(`no answer within ${timeoutMs} ms`);
    throw new WebhookError(`request failed: ${e.cause?.code ?? e.cause?.message ?? e.message}`);
  }
  const text = await response.text().catch(() => '');
  if (response.status < 200 || response.status > 299) {
    const excerpt = text.trim().slice(0, 200);
    throw new WebhookError(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}${excerpt ? `: ${excerpt}` : ''}`);
  }
  const refusal = chatToolRefusal(delivery.format, text);
  if (refusal) throw new WebhookError(refusal);
}
