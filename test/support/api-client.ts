import type { z } from 'zod';

/**
 * The HTTP client of the tests, without vitest: the bench drives Moat with it too (bench/lifecycle/client.ts).
 * `read` checks an answer against its read model (db/read-models.ts) and types it from there.
 */

export interface Reply<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** A thin HTTP client over the real API, as one person (their bearer token). */
export class ApiClient {
  constructor(
    readonly baseUrl: string,
    readonly token?: string,
  ) {}

  as(token: string | undefined): ApiClient {
    return new ApiClient(this.baseUrl, token);
  }

  async request<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply<T>> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    // A CSV export (or any other text) comes back as it is.
    const json = response.headers.get('content-type')?.includes('json') ?? true;
    return { status: response.status, body: text ? (json ? JSON.parse(text) : text) : undefined, headers: response.headers };
  }

  /** GETs `path`, expecting 200 and an answer of `schema`'s shape: anything else throws with what came back. */
  async read<S extends z.ZodType>(path: string, schema: S): Promise<z.infer<S>> {
    const reply = await this.get<unknown>(path);
    if (reply.status !== 200) throw new Error(`GET ${path} answered ${reply.status}: ${JSON.stringify(reply.body)}`);
    const parsed = schema.safeParse(reply.body);
    if (!parsed.success) throw new Error(`GET ${path} answered a shape its read model does not describe: ${parsed.error.message}`);
    return parsed.data;
  }

  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }

  post<T = any>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('POST', path, body ?? {}, headers);
  }

  put<T = any>(path: string, body: unknown, headers?: Record<string, string>) {
    return this.request<T>('PUT', path, body, headers);
  }

  delete<T = any>(path: string, headers?: Record<string, string>) {
    return this.request<T>('DELETE', path, undefined, headers);
  }
}
