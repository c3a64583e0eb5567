import { createHmac, timingSafeEqual } from 'node:crypto';
import { ApplicationFailure } from '@temporalio/common';
import { MockActivityEnvironment } from '@temporalio/testing';
import { DefaultLogger } from '@temporalio/worker';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../api/app';
import { notificationPreferenceRoutes } from '../api/routes/notification-preferences';
import { createNotificationActivities } from '../notify/activity';
import { DELIVERY_PENDING, deliverNotifications } from '../notify/deliver';
import { createNotifier, type Notifier } from '../notify/notifier';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { ApiClient, createOrg, projectBody, startTestMoat, uniqueSuffix, type Member, type Org, type TestMoat } from './support/moat';
import { startWebhookReceiver, type ReceivedRequest, type WebhookReceiver } from './support/webhook-receiver';

const SECRET = `whsec-${uniqueSuffix()}-0123456789abcdef`;
const PUBLIC_URL = 'https://moat.example.cn';

let moat: TestMoat;
let org: Org;
let sink: SmtpSink;
let receiver: WebhookReceiver;
let notifier: Notifier;
/** The API with the notification-preference routes, whether or not api/app.ts registers them yet. */
let app: FastifyInstance;
let api: ApiClient;

beforeAll(async () => {
  [sink, receiver] = await Promise.all([startSmtpSink(), startWebhookReceiver()]);
  // The worker's notification activity and the direct calls below deliver with the same channels.
  const settings = {
    smtp: { host: sink.host, port: sink.port, secure: false, from: 'Moat <moat@example.cn>' },
    webhookSecret: SECRET,
    publicUrl: PUBLIC_URL,
    webhookTimeoutMs: 500,
    // The receiver listens on 127.0.0.1: an internal bridge, allowed as MOAT_WEBHOOK_ALLOW_PRIVATE=true would.
    webhookAllowPrivate: true,
  };
  moat = await startTestMoat({ notify: settings });
  org = await createOrg(moat);
  notifier = createNotifier(settings);
  app = await buildApp({ pool: moat.pool, temporal: moat.temporal, taskQueue: moat.taskQueue, notifier }, { logLevel: 'silent' });
  if (!app.hasRoute({ method: 'GET', url: '/api/me/notification-preferences' })) {
    notificationPreferenceRoutes(app, { pool: moat.pool, notifier });
  }
  await app.listen({ port: 0, host: '127.0.0.1' });
  api = new ApiClient(`http://127.0.0.1:${(app.server.address() as { port: number }).port}`);
});

afterAll(async () => {
  notifier?.close();
  await app?.close();
  await Promise.all([sink?.stop(), receiver?.stop()]);
  await moat?.stop();
});

const as = (member: Member) => api.as(member.token);
const hookPath = (member: Member, tag = '') => `/hooks/${member.id}${tag}`;

async function choose(member: Member, body: Record<string, unknown>) {
  const reply = await as(member).put('/api/me/notification-preferences', body);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return reply.body;
}

/** A notification row as the projections write it: one per (event, person), keyed. */
async function notification(
  person: Member,
  options: { key?: string; title?: string; kind?: string; projectId?: string; data?: Record<string, unknown> } = {},
): Promise<number> {
  const key = options.key ?? `test:${uniqueSuffix()}:${person.id}`;
  await moat.pool.query(
    `insert into notifications (person_id, kind, project_id, title, data, idempotency_key, created_at)
     values ($1, $2, $3, $4, $5, $6, now()) on conflict (idempotency_key) do nothing`,
    [
      person.id,
      options.kind ?? 'approval_requested',
      options.projectId ?? null,
      options.title ?? `A presales request waits for you ${uniqueSuffix()}`,
      JSON.stringify(options.data ?? { approvalId: 'a-42', days: 3 }),
      key,
    ],
  );
  const { rows } = await moat.pool.query<{ id: string }>('select id from notifications where idempotency_key = $1', [key]);
  return Number(rows[0]!.id);
}

const deliver = (notificationIds: number[], attempt = 1, maxAttempts = 3, using = notifier) =>
  deliverNotifications({ pool: moat.pool, notifier: using }, { notificationIds, attempt, maxAttempts });

async function deliveries(member: Member, id: number) {
  const reply = await as(member).get(`/api/me/notifications/${id}/deliveries`);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return reply.body.items as Array<{ channel: string; status: string; attempts: number; lastError: string | null; sentAt: string | null }>;
}

function verifySignature(request: ReceivedRequest): boolean {
  const header = String(request.headers['x-moat-signature'] ?? '');
  const expected = `sha256=${createHmac('sha256', SECRET).update(request.body).digest('hex')}`;
  return header.length === expected.length && timingSafeEqual(Buffer.from(header), Buffer.from(expected));
}

describe('notification preferences', () => {
  it('start with the in-app inbox only; webhook needs a URL; the inbox stays on whatever is asked', async () => {
    const person = org.outsider;
    const initial = await as(person).get('/api/me/notification-preferences');
    expect(initial.status).toBe(200);
    expect(initial.body).toMatchObject({ channels: ['inapp'], webhookUrl: null, webhookFormat: 'json' });
    expect(initial.body.email).toMatch(/^outsider\./);

    const noUrl = await as(person).put('/api/me/notification-preferences', { channels: ['inapp', 'webhook'] });
    expect(noUrl.status).toBe(400);
    expect(noUrl.body.error.details.map((d: { path: string }) => d.path)).toContain('body.webhookUrl');

    const badUrl = await as(person).put('/api/me/notification-preferences', { channels: ['webhook'], webhookUrl: 'ftp://example.cn/x' });
    expect(badUrl.status).toBe(400);
    expect(badUrl.body.error.details.map((d: { path: string }) => d.path)).toContain('body.webhookUrl');

    const badFormat = await as(person).put('/api/me/notification-preferences', { channels: ['inapp'], webhookFormat: 'teams' });
    expect(badFormat.status).toBe(400);
    expect(badFormat.body.error.details.map((d: { path: string }) => d.path)).toContain('body.webhookFormat');
    expect((await as(person).get('/api/me/notification-preferences')).body.channels).toEqual(['inapp']);

    const chosen = await choose(person, { channels: ['webhook', 'email'], webhookUrl: `${receiver.url}/x`, webhookFormat: 'feishu' });
    expect(chosen).toMatchObject({ channels: ['inapp', 'email', 'webhook'], webhookUrl: `${receiver.url}/x`, webhookFormat: 'feishu' });
    expect((await as(person).get('/api/me/notification-preferences')).body).toMatchObject(chosen);

    const back = await choose(person, { channels: [] });
    expect(back).toMatchObject({ channels: ['inapp'], webhookUrl: null, webhookFormat: 'json' });
    const audited = await moat.pool.query(
      `select count(*)::int as n from audit_log where action = 'notification_preferences_set' and entity_id = $1`,
      [person.id],
    );
    expect(audited.rows[0].n).toBe(2);

    const unauthenticated = await api.get('/api/me/notification-preferences');
    expect(unauthenticated.status).toBe(401);
  });

  it("one's own notifications only: another person's deliveries are a 404", async () => {
    const id = await notification(org.sales2);
    expect((await as(org.sales2).get(`/api/me/notifications/${id}/deliveries`)).status).toBe(200);
    expect((await as(org.outsider).get(`/api/me/notifications/${id}/deliveries`)).status).toBe(404);
    expect((await as(org.sales2).get('/api/me/notifications/not-a-number/deliveries')).status).toBe(400);
  });
});

describe('notifications that arrive', () => {
  it('e-mail: the SMTP server gets it, to the person, with the title as subject and the project link', async () => {
    await choose(org.sales, { channels: ['inapp', 'email'] });
    const project = await org.sales.api.post('/api/projects', projectBody(org));
    expect(project.status, JSON.stringify(project.body)).toBe(201);
    const title = `预算已用 80% — budget alert ${uniqueSuffix()}`;
    const id = await notification(org.sales, { title, kind: 'budget_alert', projectId: project.body.id, data: { thresholdBasisPoints: 8000 } });

    expect(await deliver([id])).toEqual({ sent: 1, failed: 0, pending: 0 });

    const mail = await sink.waitFor((m) => m.parsed.subject === title);
    const email = (await as(org.sales).get('/api/me/notification-preferences')).body.email as string;
    expect(mail.to).toEqual([email]);
    expect(mail.from).toBe('moat@example.cn');
    expect(mail.parsed.messageId).toMatch(new RegExp(`^<notification-${id}@`));
    expect(mail.parsed.text).toContain(`${PUBLIC_URL}/api/projects/${project.body.id}`);
    expect(mail.parsed.text).toContain('thresholdBasisPoints: 8000');
    expect(mail.parsed.html).toContain(`href="${PUBLIC_URL}/api/projects/${project.body.id}"`);
    expect(await deliveries(org.sales, id)).toEqual([
      expect.objectContaining({ channel: 'email', status: 'sent', attempts: 1, lastError: null, sentAt: expect.any(String) }),
    ]);
  });

  it('webhook: the receiver gets the JSON payload, signed with HMAC-SHA256 of the raw body', async () => {
    const person = org.presales;
    await choose(person, { channels: ['webhook'], webhookUrl: `${receiver.url}${hookPath(person)}` });
    const id = await notification(person, { kind: 'appointed', title: 'You were appointed', data: { approvalId: 'a-7' } });

    expect(await deliver([id])).toEqual({ sent: 1, failed: 0, pending: 0 });

    const [request] = receiver.to(hookPath(person));
    expect(request).toBeDefined();
    expect(request!.method).toBe('POST');
    expect(request!.headers['content-type']).toMatch(/^application\/json/);
    expect(verifySignature(request!)).toBe(true);
    expect(verifySignature({ ...request!, body: request!.body.replace('a-7', 'a-8') })).toBe(false);
    expect(request!.headers['x-moat-event']).toBe('appointed');
    expect(request!.headers['x-moat-delivery']).toBe(String(id));
    expect(JSON.parse(request!.body)).toEqual({
      id,
      kind: 'appointed',
      title: 'You were appointed',
      projectId: null,
      personId: person.id,
      data: { approvalId: 'a-7' },
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
  });

  it('webhook payload formats: Slack, Feishu, DingTalk and WeCom text messages, each signed', async () => {
    const person = org.presales2;
    const shapes: Record<string, (text: string) => unknown> = {
      slack: (text) => ({ text }),
      feishu: (text) => ({ msg_type: 'text', content: { text } }),
      dingtalk: (text) => ({ msgtype: 'text', text: { content: text } }),
      wecom: (text) => ({ msgtype: 'text', text: { content: text } }),
      json: () => expect.objectContaining({ kind: 'handoff_offered', personId: person.id }),
    };
    for (const [format, shape] of Object.entries(shapes)) {
      const path = hookPath(person, `/${format}`);
      await choose(person, { channels: ['webhook'], webhookUrl: `${receiver.url}${path}`, webhookFormat: format });
      const id = await notification(person, { kind: 'handoff_offered', title: `Take over discovery (${format})`, data: { handoffId: 'h-1' } });
      expect(await deliver([id])).toEqual({ sent: 1, failed: 0, pending: 0 });
      const requests = receiver.to(path);
      expect(requests).toHaveLength(1);
      expect(verifySignature(requests[0]!)).toBe(true);
      const text = `[Moat] Take over discovery (${format})\nhandoffId: h-1`;
      expect(JSON.parse(requests[0]!.body), format).toEqual(shape(text));
    }
  });

  it('a chat tool that answers 200 with an error code in its body is a failed attempt', async () => {
    const person = org.presales2;
    const path = hookPath(person, '/robot/send');
    await choose(person, { channels: ['webhook'], webhookUrl: `${receiver.url}${path}`, webhookFormat: 'dingtalk' });
    receiver.answerWith(path, 200, '{"errcode":310000,"errmsg":"keywords not in content"}');
    const id = await notification(person);
    expect(await deliver([id], 1, 1)).toEqual({ sent: 0, failed: 1, pending: 0 });
    expect((await deliveries(person, id))[0]).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: 'refused by the receiver: code 310000',
    });
  });

  it('a failing webhook is retried attempt by attempt, then recorded failed with its last error while e-mail went out', async () => {
    const person = org.manager;
    const path = hookPath(person);
    await choose(person, { channels: ['email', 'webhook'], webhookUrl: `${receiver.url}${path}`, webhookFormat: 'slack' });
    receiver.failAlways(path, 503);
    const id = await notification(person, { title: `Stage SLA passed ${uniqueSuffix()}` });
    const activity = createNotificationActivities({ pool: moat.pool, notifier });
    const attempt = (n: number) =>
      new MockActivityEnvironment({ attempt: n, retryPolicy: { maximumAttempts: 3 } }, { logger: new DefaultLogger('ERROR') }).run(
        activity.deliverNotifications,
        { notificationIds: [id] },
      );

    const first = await attempt(1).catch((error: unknown) => error);
    expect(first).toBeInstanceOf(ApplicationFailure);
    expect(first).toMatchObject({ type: DELIVERY_PENDING, nonRetryable: false });
    expect((first as Error).message).toContain('HTTP 503');
    expect(await deliveries(person, id)).toEqual([
      expect.objectContaining({ channel: 'email', status: 'sent', attempts: 1 }),
      expect.objectContaining({ channel: 'webhook', status: 'pending', attempts: 1, lastError: expect.stringMatching(/^HTTP 503/) }),
    ]);

    await expect(attempt(2)).rejects.toMatchObject({ type: DELIVERY_PENDING });
    expect(await attempt(3)).toEqual({ sent: 0, failed: 1, pending: 0 });

    const records = await deliveries(person, id);
    expect(records).toEqual([
      expect.objectContaining({ channel: 'email', status: 'sent', attempts: 1, lastError: null }),
      expect.objectContaining({
        channel: 'webhook',
        status: 'failed',
        attempts: 3,
        sentAt: null,
        lastError: 'HTTP 503 Service Unavailable',
      }),
    ]);
    expect(receiver.to(path)).toHaveLength(3);
    expect(sink.messages.filter((m) => m.parsed.messageId?.startsWith(`<notification-${id}@`))).toHaveLength(1);

    // Settled: a further run (a re-delivered event) neither retries the failure nor resends the e-mail.
    expect(await deliver([id], 1, 3)).toEqual({ sent: 0, failed: 0, pending: 0 });
    expect(receiver.to(path)).toHaveLength(3);
  });

  it('a webhook that fails twice is sent on the third attempt, keeping the last error on record', async () => {
    const person = org.sales2;
    const path = hookPath(person);
    await choose(person, { channels: ['webhook'], webhookUrl: `${receiver.url}${path}` });
    receiver.failNext(path, 2, 500);
    const id = await notification(person);
    await expect(deliver([id], 1, 4)).rejects.toMatchObject({ type: DELIVERY_PENDING });
    await expect(deliver([id], 2, 4)).rejects.toMatchObject({ type: DELIVERY_PENDING });
    expect(await deliver([id], 3, 4)).toEqual({ sent: 1, failed: 0, pending: 0 });
    expect(await deliveries(person, id)).toEqual([
      expect.objectContaining({ channel: 'webhook', status: 'sent', attempts: 3, lastError: expect.stringMatching(/^HTTP 500/) }),
    ]);
    const bodies = receiver.to(path).map((r) => r.body);
    expect(bodies).toHaveLength(3);
    expect(new Set(bodies).size).toBe(1);
  });

  it('a receiver that does not answer in time is a failed attempt, not a stuck one', async () => {
    const person = org.sales2;
    const path = hookPath(person, '/slow');
    await choose(person, { channels: ['webhook'], webhookUrl: `${receiver.url}${path}` });
    receiver.hang(path);
    const id = await notification(person);
    expect(await deliver([id], 1, 1)).toEqual({ sent: 0, failed: 1, pending: 0 });
    expect((await deliveries(person, id))[0]).toMatchObject({ status: 'failed', attempts: 1, lastError: 'no answer within 500 ms' });
  });

  it('duplicate events notify once: the same event twice, runs repeated and racing, send one e-mail and one webhook', async () => {
    const person = org.presales;
    const path = hookPath(person, '/dup');
    await choose(person, { channels: ['email', 'webhook'], webhookUrl: `${receiver.url}${path}` });
    const key = `project:dup-${uniqueSuffix()}:7:${person.id}`;
    const id = await notification(person, { key });
    expect(await notification(person, { key })).toBe(id);

    // Racing runs wait for each other on the delivery's row: each sees both deliveries sent, one of them sent them.
    const runs = await Promise.all([deliver([id]), deliver([id]), deliver([id])]);
    expect(runs).toEqual(Array(3).fill({ sent: 2, failed: 0, pending: 0 }));
    expect(await deliver([id])).toEqual({ sent: 0, failed: 0, pending: 0 });

    await sink.waitFor((m) => m.parsed.messageId?.startsWith(`<notification-${id}@`) ?? false);
    expect(sink.messages.filter((m) => m.parsed.messageId?.startsWith(`<notification-${id}@`))).toHaveLength(1);
    expect(receiver.to(path)).toHaveLength(1);
    expect((await deliveries(person, id)).map((d) => [d.channel, d.status, d.attempts])).toEqual([
      ['email', 'sent', 1],
      ['webhook', 'sent', 1],
    ]);
  });

  it('a person with only the in-app inbox gets no deliveries', async () => {
    const person = org.outsider;
    await choose(person, { channels: ['inapp'] });
    const before = { mails: sink.messages.length, hooks: receiver.requests.length };
    const id = await notification(person);
    expect(await deliver([id])).toEqual({ sent: 0, failed: 0, pending: 0 });
    expect(await deliveries(person, id)).toEqual([]);
    expect({ mails: sink.messages.length, hooks: receiver.requests.length }).toEqual(before);
    const inbox = await person.api.get('/api/me/notifications');
    expect(inbox.body.items.map((n: { id: string }) => Number(n.id))).toContain(id);
  });

  it('a channel this deployment has not configured plans no delivery, and turning it on later does not replay old events', async () => {
    const person = org.director;
    const path = hookPath(person, '/unconfigured');
    await choose(person, { channels: ['email', 'webhook'], webhookUrl: `${receiver.url}${path}` });
    const inboxOnly = createNotifier({});
    expect(inboxOnly.available).toEqual({ email: false, webhook: false });
    const id = await notification(person);
    expect(await deliver([id], 1, 3, inboxOnly)).toEqual({ sent: 0, failed: 0, pending: 0 });
    expect(await deliver([id])).toEqual({ sent: 0, failed: 0, pending: 0 });
    expect(await deliveries(person, id)).toEqual([]);
    expect(receiver.to(path)).toHaveLength(0);
  });

  it('SMTP with authentication: the configured user logs in; a wrong password is a recorded failure', async () => {
    const secured = await startSmtpSink({ auth: { user: 'moat', pass: 'app-password' } });
    const smtp = { host: secured.host, port: secured.port, secure: false, from: 'moat@example.cn' };
    const good = createNotifier({ smtp: { ...smtp, user: 'moat', pass: 'app-password' } });
    const bad = createNotifier({ smtp: { ...smtp, user: 'moat', pass: 'wrong' } });
    try {
      const person = org.manager;
      await choose(person, { channels: ['email'] });
      const ok = await notification(person);
      expect(await deliver([ok], 1, 3, good)).toEqual({ sent: 1, failed: 0, pending: 0 });
      const mail = await secured.waitFor((m) => m.parsed.messageId?.startsWith(`<notification-${ok}@`) ?? false);
      expect(mail.user).toBe('moat');

      const refused = await notification(person);
      expect(await deliver([refused], 1, 1, bad)).toEqual({ sent: 0, failed: 1, pending: 0 });
      expect((await deliveries(person, refused))[0]).toMatchObject({ status: 'failed', lastError: expect.stringMatching(/auth|535|invalid/i) });
    } finally {
      good.close();
      bad.close();
      await secured.stop();
    }
  });

  it("a project's undelivered notifications are delivered by project id, as the workflow's activity does", async () => {
    const person = org.sales;
    const path = hookPath(person, '/project');
    await choose(person, { channels: ['email', 'webhook'], webhookUrl: `${receiver.url}${path}`, webhookFormat: 'wecom' });
    const project = await org.sales.api.post('/api/projects', projectBody(org));
    expect(project.status, JSON.stringify(project.body)).toBe(201);
    const ids = [
      await notification(person, { projectId: project.body.id, kind: 'budget_alert', title: 'Presales budget 50% reached' }),
      await notification(person, { projectId: project.body.id, kind: 'budget_alert', title: 'Presales budget 80% reached' }),
    ];
    // The project's own notifications (its dispatch request) are in scope too, wherever their people want them.
    await deliverNotifications({ pool: moat.pool, notifier }, { projectId: project.body.id, attempt: 1, maxAttempts: 1 });
    for (const id of ids) {
      expect((await deliveries(person, id)).map((d) => [d.channel, d.status])).toEqual([
        ['email', 'sent'],
        ['webhook', 'sent'],
      ]);
    }
    const texts = receiver.to(path).map((r) => JSON.parse(r.body).text.content as string);
    expect(texts).toEqual([
      `[Moat] Presales budget 50% reached\nProject: ${PUBLIC_URL}/api/projects/${project.body.id}\ndays: 3\napprovalId: a-42`,
      `[Moat] Presales budget 80% reached\nProject: ${PUBLIC_URL}/api/projects/${project.body.id}\ndays: 3\napprovalId: a-42`,
    ]);
  });
});
