import { request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, startTestMoat, type Org, type TestMoat } from './support/moat';

let moat: TestMoat;
let org: Org;
let host: string;
let port: number;

beforeAll(async () => {
  moat = await startTestMoat();
  org = await createOrg(moat);
  const url = new URL(moat.apiUrl);
  host = url.hostname;
  port = Number(url.port);
});

afterAll(async () => {
  await moat?.stop();
});

interface RawReply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: any;
}

/** Any method, even those fetch refuses (TRACE) or has no name for, through node:http. */
function send(method: string, path: string, options: { token?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host, port, method, path, headers: { ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...options.headers } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: text ? JSON.parse(text) : undefined }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Bytes on a socket: for methods Node's own client and parser do not know. */
function raw(requestHead: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, host, () => socket.write(requestHead));
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => (text += chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(text));
  });
}

const allowOf = (reply: RawReply) => String(reply.headers.allow).split(', ');

describe('a method the path lacks is 405 with Allow; a path that does not exist stays 404', () => {
  it('answers 405 naming the methods the path has, with the JSON error body', async () => {
    const token = org.director.token;
    const patch = await send('PATCH', '/api/policy', { token, headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(patch.status).toBe(405);
    expect(allowOf(patch).sort()).toEqual(['GET', 'HEAD', 'PUT']);
    expect(patch.body).toEqual({ error: { code: 'method_not_allowed', message: expect.stringContaining('PATCH'), details: [] } });

    for (const method of ['TRACE', 'DELETE', 'OPTIONS', 'PROPFIND', 'SEARCH']) {
      const reply = await send(method, '/api/policy/versions?limit=1', { token });
      expect(reply.status, method).toBe(405);
      expect(allowOf(reply)).toEqual(['GET', 'HEAD']);
      expect(reply.body.error.code).toBe('method_not_allowed');
    }

    // A parametric path; a POST-only path; a route outside /api.
    const project = await send('DELETE', '/api/projects/00000000-0000-4000-8000-000000000000', { token });
    expect(project.status).toBe(405);
    expect(allowOf(project)).toEqual(['GET', 'HEAD']);
    const advance = await send('GET', '/api/projects/00000000-0000-4000-8000-000000000000/advance', { token });
    expect(advance.status).toBe(405);
    expect(allowOf(advance)).toEqual(['POST']);
    const health = await send('POST', '/healthz', { headers: { 'content-type': 'application/json' }, body: 'not json at all' });
    expect(health.status).toBe(405);
    expect(allowOf(health)).toEqual(['GET', 'HEAD']);
    const head = await send('HEAD', '/api/projects/00000000-0000-4000-8000-000000000000/advance', { token });
    expect(head.status).toBe(405);
    expect(allowOf(head)).toEqual(['POST']);

    // Paths that do not exist stay 404, and a missing token is 401 before either.
    const missing = await send('PATCH', '/api/no-such-thing', { token });
    expect(missing.status).toBe(404);
    expect(missing.headers.allow).toBeUndefined();
    expect(missing.body.error.code).toBe('not_found');
    expect((await send('GET', '/api/policy/no-such-version/at-all', { token })).status).toBe(404);
    expect((await send('TRACE', '/nowhere')).status).toBe(404);
    expect((await send('PATCH', '/api/policy')).status).toBe(401);
    expect((await send('GET', '/api/policy', { token })).status).toBe(200);
  });

  it('QUERY (no content type needed to be refused) and methods Node cannot parse are 405 as well', async () => {
    const query = await send('QUERY', '/api/policy', { token: org.director.token });
    expect(query.status).toBe(405);
    expect(allowOf(query).sort()).toEqual(['GET', 'HEAD', 'PUT']);
    expect(query.body.error.code).toBe('method_not_allowed');

    const brew = await raw(`BREW /api/policy/versions HTTP/1.1\r\nHost: ${host}\r\nAuthorization: Bearer ${org.director.token}\r\n\r\n`);
    const [head, body] = brew.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 405 /);
    expect(head).toMatch(/\r\nAllow: GET, HEAD\r\n/i);
    expect(JSON.parse(body!)).toMatchObject({ error: { code: 'method_not_allowed' } });

    const nowhere = await raw(`BREW /api/no-such-thing HTTP/1.1\r\nHost: ${host}\r\n\r\n`);
    expect(nowhere).toMatch(/^HTTP\/1\.1 404 /);
    expect(JSON.parse(nowhere.split('\r\n\r\n')[1]!)).toMatchObject({ error: { code: 'not_found' } });

    const garbage = await raw('\u0001\u0002 nonsense\r\n\r\n');
    expect(garbage).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(garbage.split('\r\n\r\n')[1]!)).toMatchObject({ error: { code: 'invalid' } });
  });
});

describe('PUT /api/me/notification-preferences never reaches a database constraint', () => {
  it('stores an upper-case HTTP:// webhook URL normalised by the URL parser', async () => {
    const reply = await org.sales.api.put('/api/me/notification-preferences', {
      channels: ['inapp', 'webhook'],
      webhookUrl: 'HTTP://Hooks.Example.COM/Moat/In',
      webhookFormat: 'json',
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(reply.body.webhookUrl).toBe('http://hooks.example.com/Moat/In');
    expect((await org.sales.api.get('/api/me/notification-preferences')).body.webhookUrl).toBe('http://hooks.example.com/Moat/In');

    const international = await org.sales.api.put('/api/me/notification-preferences', {
      channels: ['webhook'],
      webhookUrl: 'HTTPS://例子.测试/路径 with space',
    });
    expect(international.status, JSON.stringify(international.body)).toBe(200);
    expect(international.body.webhookUrl).toBe('https://xn--fsqu00a.xn--0zwm56d/%E8%B7%AF%E5%BE%84%20with%20space');
  });

  it('refuses with 400 what the database would refuse', async () => {
    const put = (webhookUrl: string) => org.sales.api.put('/api/me/notification-preferences', { channels: ['webhook'], webhookUrl });
    // 1,000 characters that each become nine once percent-encoded: 2,000 raw, far more normalised.
    const long = await put(`https://example.com/${'路'.repeat(1_000)}`);
    expect(long.status).toBe(400);
    expect(long.body.error.details[0].path).toBe('body.webhookUrl');
    for (const url of ['http:example.com', 'ftp://example.com/', 'HTTP:/example.com', 'https://', 'javascript:alert(1)']) {
      const reply = await put(url);
      expect(reply.status, url).toBe(400);
      expect(reply.body.error.details[0].path).toBe('body.webhookUrl');
    }
  });
});
