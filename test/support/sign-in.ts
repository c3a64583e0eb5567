import { request as httpRequest, type IncomingHttpHeaders, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { ApiClient, type Reply, type TestMoat } from './moat';

/** A password that passes the policy, for tests. */
export const TEST_PASSWORD = 'correct horse battery staple';

export interface SendOptions {
  body?: unknown;
  headers?: Record<string, string>;
  /**
   * The loopback address the request comes from (127.x.y.z; Linux answers on the whole 127/8). Sign-in limits
   * count per client address, so a test that fails on purpose sends from an address of its own and leaves the
   * count of 127.0.0.1, shared by every test of the run, alone.
   */
  localAddress?: string;
  /** Extra TLS options (tests of HTTPS); the request goes over https:// when given. */
  tls?: RequestOptions & Record<string, unknown>;
}

function toHeaders(raw: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, one);
  }
  return headers;
}

/** One request over node:http (fetch cannot choose its source address), answered like ApiClient's. */
export function send<T = any>(baseUrl: string, method: string, path: string, options: SendOptions = {}): Promise<Reply<T>> {
  const url = new URL(path, baseUrl);
  const body = options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  const request = options.tls ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        method,
        path: `${url.pathname}${url.search}`,
        localAddress: options.localAddress,
        headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...options.headers },
        ...options.tls,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, headers: toHeaders(res.headers), body: text ? JSON.parse(text) : undefined }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** The `moat_session=<secret>` pair of a sign-in's Set-Cookie, as a browser would send it back. */
export function sessionCookieOf(reply: Reply): string {
  const cookie = reply.headers.getSetCookie().find((c) => c.startsWith('moat_session='));
  if (!cookie) throw new Error(`no session cookie in ${reply.status} ${JSON.stringify(reply.body)}`);
  return cookie.split(';', 1)[0]!;
}

/**
 * A person at a browser: sends the session cookie on every request and, on writes, the CSRF token as a console
 * would. A drop-in for ApiClient (same get/post/put/request), so any test can act as a signed-in person.
 */
export class SessionClient extends ApiClient {
  constructor(
    baseUrl: string,
    readonly cookie: string,
    /** Sent as X-CSRF-Token on writes; none when undefined. */
    readonly csrfToken: string | undefined,
    readonly localAddress?: string,
  ) {
    super(baseUrl);
  }

  override request<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply<T>> {
    const csrf: Record<string, string> =
      this.csrfToken === undefined || ['GET', 'HEAD', 'OPTIONS'].includes(method) ? {} : { 'x-csrf-token': this.csrfToken };
    return send<T>(this.baseUrl, method, path, { body, localAddress: this.localAddress, headers: { cookie: this.cookie, ...csrf, ...headers } });
  }

  /** The same session without the CSRF header: what a page on another site could make a browser send. */
  withoutCsrf(): SessionClient {
    return new SessionClient(this.baseUrl, this.cookie, undefined, this.localAddress);
  }
}

/** POST /api/session; throws unless it signs in. */
export async function signIn(baseUrl: string, email: string, password = TEST_PASSWORD, localAddress?: string): Promise<SessionClient> {
  const reply = await send(baseUrl, 'POST', '/api/session', { body: { email, password }, localAddress });
  if (reply.status !== 200) throw new Error(`signing in ${email}: ${reply.status} ${JSON.stringify(reply.body)}`);
  return new SessionClient(baseUrl, sessionCookieOf(reply), reply.body.csrfToken, localAddress);
}

/**
 * The admin invites the person — or, if they have a password already, resets it, which ends their sessions — and
 * the person sets `password` with the link.
 */
export async function givePassword(moat: TestMoat, personId: string, password = TEST_PASSWORD): Promise<{ email: string }> {
  const access = await moat.admin.get(`/api/people/${personId}/access`);
  if (access.status !== 200) throw new Error(`reading access of ${personId}: ${access.status} ${JSON.stringify(access.body)}`);
  const link = await moat.admin.post(`/api/people/${personId}/${access.body.passwordSet ? 'password-reset' : 'invitation'}`);
  if (link.status !== 201) throw new Error(`issuing a link for ${personId}: ${link.status} ${JSON.stringify(link.body)}`);
  const set = await send(moat.apiUrl, 'POST', link.body.setPasswordPath, { body: { token: link.body.token, password } });
  if (set.status !== 200) throw new Error(`setting the password of ${personId}: ${set.status} ${JSON.stringify(set.body)}`);
  return { email: set.body.email };
}

/** A person (an Org member, say) signed in with a cookie session: a password is set for them first. */
export async function signedIn(moat: TestMoat, person: { id: string }, password = TEST_PASSWORD): Promise<SessionClient> {
  const { email } = await givePassword(moat, person.id, password);
  return signIn(moat.apiUrl, email, password);
}
