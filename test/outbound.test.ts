import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotificationMessage } from '../notify/channels';
import { addressRefusal, AddressRefused, guardedLookup, webhookUrlRefusal } from '../notify/outbound-address';
import { postWebhook } from '../notify/webhook';
import { withMoatAndOrg } from './support/moat';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver';

/**
 * Outbound calls cannot be turned inward: a webhook URL never makes Moat POST to loopback, the private network or
 * a metadata endpoint, whatever its spelling, and a delivery record never echoes what a receiver answered. The
 * refusals are checked without connecting anywhere; a loopback receiver proves a refused call really went nowhere.
 */

const message: NotificationMessage = {
  id: 1,
  kind: 'handoff_offered',
  title: 'A project was offered to you',
  projectId: '00000000-0000-4000-8000-000000000001',
  personId: '00000000-0000-4000-8000-000000000002',
  personName: 'Wang',
  data: {},
  createdAt: '2026-11-28T00:00:00.000Z',
};

describe('which addresses are internal', () => {
  it('refuses loopback, private, link-local, metadata, multicast and unspecified addresses in IPv4 and IPv6', () => {
    for (const address of ['127.0.0.1', '127.255.0.9', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255', '::1', '::', 'fe80::1', 'fc00::1', 'fd00:ec2::254', 'ff02::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:169.254.169.254']) {
      expect(addressRefusal(address), address).toBeDefined();
    }
    for (const address of ['8.8.8.8', '172.32.0.1', '192.169.0.1', '100.128.0.1', '2606:4700::1111', '::ffff:8.8.8.8']) {
      expect(addressRefusal(address), address).toBeUndefined();
    }
  });

  it('judges every spelling of an address as the address: decimal, hex, octal, bracketed IPv6, upper-case schemes', () => {
    for (const url of ['http://2130706433/', 'http://0x7f.0.0.1/', 'http://0177.0.0.1/', 'http://127.1/', 'HTTP://[::1]:8080/x', 'https://[::ffff:a9fe:a9fe]/latest/meta-data', 'http://localhost:3000/', 'http://api.localhost/', 'http://intranet/', 'ftp://example.com/']) {
      expect(webhookUrlRefusal(url), url).toBeDefined();
    }
    for (const url of ['https://open.feishu.cn/open-apis/bot/v2/hook/x', 'HTTPS://Hooks.Slack.com/services/x', 'http://8.8.8.8/hook']) {
      expect(webhookUrlRefusal(url), url).toBeUndefined();
    }
  });

  it('a name is resolved and its addresses judged when the call is made (DNS rebinding)', async () => {
    const refused = await new Promise<unknown>((resolve) => guardedLookup('localhost', {}, (error) => resolve(error)));
    expect(refused).toBeInstanceOf(AddressRefused);
  });
});

describe('webhook delivery', () => {
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
  });

  afterAll(async () => {
    await receiver?.stop();
  });

  it('refuses an internal receiver without connecting; MOAT_WEBHOOK_ALLOW_PRIVATE lets an internal bridge through', async () => {
    const url = `${receiver.url}/bridge`;
    await expect(postWebhook({ url, format: 'json', secret: 'x'.repeat(16), message })).rejects.toThrow(/^address refused/);
    expect(receiver.to('/bridge')).toHaveLength(0);
    await postWebhook({ url, format: 'json', secret: 'x'.repeat(16), message, allowPrivate: true });
    expect(receiver.to('/bridge')).toHaveLength(1);
  });

  it('a failed delivery says the status, never what the receiver answered', async () => {
    receiver.answerWith('/secret', 500, '{"db_password":"hunter2"}');
    const failure = await postWebhook({ url: `${receiver.url}/secret`, format: 'json', secret: 'x'.repeat(16), message, allowPrivate: true }).catch((e: Error) => e);
    expect((failure as Error).message).toBe('HTTP 500 Internal Server Error');
    receiver.answerWith('/chat', 200, '{"errcode":310000,"errmsg":"internal detail"}');
    const refused = await postWebhook({ url: `${receiver.url}/chat`, format: 'dingtalk', secret: 'x'.repeat(16), message, allowPrivate: true }).catch((e: Error) => e);
    expect((refused as Error).message).toBe('refused by the receiver: code 310000');
  });
});

describe('webhook URLs a person sets', () => {
  const ctx = withMoatAndOrg();

  it('an internal address is 400 naming webhookUrl; a public one is stored', async () => {
    for (const webhookUrl of ['http://127.0.0.1:8080/x', 'http://169.254.169.254/latest', 'HTTP://0x7f.1/', 'http://[::1]/', 'http://localhost/x']) {
      const reply = await ctx.org.sales.api.put('/api/me/notification-preferences', { channels: ['inapp', 'webhook'], webhookUrl });
      expect(reply.status, webhookUrl).toBe(400);
      expect(reply.body.error.details[0].path).toBe('body.webhookUrl');
    }
    const ok = await ctx.org.sales.api.put('/api/me/notification-preferences', { channels: ['inapp', 'webhook'], webhookUrl: 'https://hooks.example.com/moat' });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.webhookUrl).toBe('https://hooks.example.com/moat');
  });
});
