import { createServer, type IncomingHttpHeaders } from 'node:http';

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The raw body, exactly the bytes a signature is computed over. */
  body: string;
  /** The status this receiver answered with. */
  status: number;
}

export interface WebhookReceiver {
  /** Base URL; any path under it is accepted, so tests give each person a path of their own. */
  url: string;
  requests: ReceivedRequest[];
  /** Requests whose path is `path`. */
  to(path: string): ReceivedRequest[];
  /** Answers the next `times` requests to `path` with `status`, then 200 again. */
  failNext(path: string, times: number, status?: number): void;
  /** Answers every request to `path` with `status`. */
  failAlways(path: string, status?: number): void;
  /** Answers every request to `path` with `status` and `body` (e.g. a chat tool's 200 with an error code). */
  answerWith(path: string, status: number, body: string): void;
  /** Lets requests to `path` hang without an answer (for timeouts). */
  hang(path: string): void;
  stop(): Promise<void>;
}

type Rule = { status: number; remaining: number; body?: string } | 'hang';

/** A real HTTP server on a free local port that records every request and answers as it is told. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const requests: ReceivedRequest[] = [];
  const rules = new Map<string, Rule>();
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '/';
      const rule = rules.get(path);
      const status = rule === undefined || rule === 'hang' || rule.remaining <= 0 ? 200 : rule.status;
      requests.push({ method: request.method ?? '', path, headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), status });
      if (rule === 'hang') return;
      if (rule && rule.remaining > 0 && rule.remaining !== Number.POSITIVE_INFINITY) rule.remaining -= 1;
      response.writeHead(status, { 'content-type': 'application/json' });
      const body = rule?.body ?? (status === 200 ? '{"ok":true}' : `{"error":"receiver told to answer ${status}"}`);
      response.end(body);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as { port: number };

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    to: (path) => requests.filter((r) => r.path === path),
    failNext: (path, times, status = 500) => void rules.set(path, { status, remaining: times }),
    failAlways: (path, status = 500) => void rules.set(path, { status, remaining: Number.POSITIVE_INFINITY }),
    answerWith: (path, status, body) => void rules.set(path, { status, body, remaining: Number.POSITIVE_INFINITY }),
    hang: (path) => void rules.set(path, 'hang'),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
