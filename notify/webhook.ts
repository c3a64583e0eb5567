import { createHmac } from 'node:crypto';
import { request as httpRequest, STATUS_CODES } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { AddressRefused, guardedLookup, webhookUrlRefusal } from './outbound-address';
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
  // The code only, a number the chat tool documents; its message is the receiver's text and is not kept.
  return `refused by the receiver: code ${typeof code === 'number' ? code : 'non-zero'}`;
}

export interface WebhookDelivery {
  url: string;
  format: WebhookFormat;
  secret: string;
  message: NotificationMessage;
  publicUrl?: string;
  timeoutMs?: number;
  /** Allow loopback, private and link-local receivers (MOAT_WEBHOOK_ALLOW_PRIVATE): an internal chat bridge. */
  allowPrivate?: boolean;
}

/** The most of a receiver's answer read: enough for a chat tool's refusal code, never kept. */
const MAX_ANSWER_BYTES = 64 * 1024;

/**
 * POSTs one signed notification; resolves on a 2xx, rejects with a WebhookError of a short, fixed kind — the
 * status code, a timeout, a refused address, a connection failure — never with what the receiver answered, so a
 * delivery record cannot be used to read an internal service.
 */
export async function postWebhook(delivery: WebhookDelivery): Promise<void> {
  const body = JSON.stringify(webhookPayload(delivery.format, delivery.message, delivery.publicUrl));
  const timeoutMs = delivery.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
  if (!delivery.allowPrivate) {
    const refusal = webhookUrlRefusal(delivery.url);
    if (refusal) throw new WebhookError(`address refused: ${refusal}`);
  }
  const url = new URL(delivery.url);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const { status, text } = await new Promise<{ status: number; text: string }>((resolve, reject) => {
    const request = send(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'content-length': Buffer.byteLength(body),
          'user-agent': 'Moat-Webhook/1',
          'x-moat-signature': webhookSignature(body, delivery.secret),
          'x-moat-event': delivery.message.kind,
          'x-moat-delivery': String(delivery.message.id),
        },
        // The name is resolved here and its addresses judged: the socket connects to what was checked.
        ...(delivery.allowPrivate ? {} : { lookup: guardedLookup }),
        timeout: timeoutMs,
      },
      // A redirect is not followed (node:http never does): the signed body goes only to the address given.
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size <= MAX_ANSWER_BYTES) chunks.push(chunk);
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new WebhookError(`no answer within ${timeoutMs} ms`)));
    request.on('error', reject);
    request.end(body);
  }).catch((error: Error & { code?: string }) => {
    if (error instanceof WebhookError) throw error;
    if (error instanceof AddressRefused) throw new WebhookError(`address refused: ${error.message}`);
    throw new WebhookError(`connection failed: ${error.code ?? 'error'}`);
  });
  if (status < 200 || status > 299) {
    throw new WebhookError(`HTTP ${status}${STATUS_CODES[status] ? ` ${STATUS_CODES[status]}` : ''}`);
  }
  const refusal = chatToolRefusal(delivery.format, text);
  if (refusal) throw new WebhookError(refusal);
}
