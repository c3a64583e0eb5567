import { vi } from 'vitest';

export interface Call {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  headers: Headers;
}

type Handler = (call: Call) => [number, unknown] | Promise<[number, unknown]>;

/** An answer that is not JSON (a CSV file): sent as it is, with its content type. */
export class TextAnswer {
  constructor(
    readonly text: string,
    readonly contentType = 'text/csv; charset=utf-8',
  ) {}
}

/**
 * Stands in for Moat's API in component tests: answers `METHOD /path` from the handlers given and records every
 * call; a request nobody handles fails the test loudly (a 599) rather than hanging.
 */
export function fakeApi(handlers: Record<string, Handler>) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (input: Request) => {
    const url = new URL(input.url);
    const text = await input.text();
    const call: Call = { method: input.method, path: url.pathname, query: url.searchParams, body: text ? JSON.parse(text) : undefined, headers: input.headers };
    calls.push(call);
    const handler = handlers[`${call.method} ${call.path}`];
    const [status, body] = handler ? await handler(call) : [599, { error: { code: 'unhandled', message: `${call.method} ${call.path}`, details: [] } }];
    if (body instanceof TextAnswer) return new Response(body.text, { status, headers: { 'content-type': body.contentType } });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetch);
  return { calls, callsTo: (method: string, path: string) => calls.filter((c) => c.method === method && c.path === path) };
}

export const apiError = (status: number, code: string, message = code): [number, unknown] => [status, { error: { code, message, details: [] } }];
