import http from 'node:http';

/** The API's own read models (db/read-models.ts): what the bench reads off an answer is what the API documents. */
export type { ProjectDetail, ProjectSummary, ResourceRequestRow as ResourceRequest } from '../../db/read-models';

/** A person the bench acts as: their id and bearer token, as POST /api/people answers. */
export interface Person {
  id: string;
  token: string;
}

export class HttpFailure extends Error {}

/** Moat's HTTP API as the bench drives it: any unexpected status fails the run. */
export interface Api {
  /** Any 2xx answer is accepted unless `expectStatus` names the one expected. */
  call<T = Record<string, unknown>>(method: string, route: string, token: string, body?: unknown, expectStatus?: number): Promise<T>;
}

/**
 * Over `node:http` with kept-alive connections, as a service calling Moat would: the bench's own side of each call
 * costs a fraction of `fetch`'s (≈0.1 against ≈0.5 ms of CPU here, both ends counted), and the baseline's client is the
 * Temporal client's kept-alive gRPC channel.
 */
export function apiAt(baseUrl: string): Api {
  const base = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true });
  return {
    call<T>(method: string, route: string, token: string, body?: unknown, expectStatus?: number): Promise<T> {
      const sent = body === undefined ? undefined : JSON.stringify(body);
      const headers: http.OutgoingHttpHeaders = { authorization: `Bearer ${token}` };
      if (sent !== undefined) Object.assign(headers, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(sent) });
      return new Promise<T>((resolve, reject) => {
        const request = http.request({ host: base.hostname, port: base.port, path: route, method, agent, headers }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            const status = response.statusCode ?? 0;
            const text = Buffer.concat(chunks).toString('utf8');
            const answer: unknown = text ? JSON.parse(text) : undefined;
            if (status < 200 || status >= 300 || (expectStatus !== undefined && status !== expectStatus)) {
              const expected = expectStatus === undefined ? '' : ` (expected ${expectStatus})`;
              reject(new HttpFailure(`${method} ${route} answered ${status}${expected}: ${text}`));
            } else resolve(answer as T);
          });
        });
        request.on('error', reject);
        request.end(sent);
      });
    },
  };
}

/** Every answer is checked: one that is not what the lifecycle should give fails the run with what came back. */
export function check(condition: boolean, what: string, detail: unknown): void {
  if (!condition) throw new Error(`unexpected answer: ${what}; got ${JSON.stringify(detail)}`);
}
