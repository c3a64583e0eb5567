import { ApiClient } from '../../test/support/api-client';

/** The API's own read models (db/read-models.ts): what the bench reads off an answer is what the API documents. */
export type { ProjectDetail, ProjectSummary, ResourceRequestRow as ResourceRequest } from '../../db/read-models';

/** A person the bench acts as: their id and bearer token, as POST /api/people answers. */
export interface Person {
  id: string;
  token: string;
}

export class HttpFailure extends Error {}

/** Moat's HTTP API as the bench drives it: the tests' client, where any unexpected status fails the run. */
export interface Api {
  /** Any 2xx answer is accepted unless `expectStatus` names the one expected. */
  call<T = Record<string, unknown>>(method: string, route: string, token: string, body?: unknown, expectStatus?: number): Promise<T>;
}

export function apiAt(baseUrl: string): Api {
  const client = new ApiClient(baseUrl);
  return {
    async call<T>(method: string, route: string, token: string, body?: unknown, expectStatus?: number): Promise<T> {
      const reply = await client.as(token).request<T>(method, route, body);
      if (reply.status < 200 || reply.status >= 300 || (expectStatus !== undefined && reply.status !== expectStatus)) {
        throw new HttpFailure(
          `${method} ${route} answered ${reply.status}${expectStatus === undefined ? '' : ` (expected ${expectStatus})`}: ${JSON.stringify(reply.body)}`,
        );
      }
      return reply.body;
    },
  };
}

/** Every answer is checked: one that is not what the lifecycle should give fails the run with what came back. */
export function check(condition: boolean, what: string, detail: unknown): void {
  if (!condition) throw new Error(`unexpected answer: ${what}; got ${JSON.stringify(detail)}`);
}
