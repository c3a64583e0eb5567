/**
 * The fault run's client: a careful API client that sends every command with its own Idempotency-Key and retries it
 * with the same key on 503, 409 `in_progress`, 500 and connection errors (the API process may be dead: it retries
 * until it is back), and records every attempt — how long it took to answer and why it was retried.
 */

export interface Reply<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/** One HTTP attempt: `ms` is the time until an answer (a status, or a refused/reset connection). */
export interface Attempt {
  command: string;
  key?: string;
  attempt: number;
  /** Milliseconds since the recorder's t0. */
  at: number;
  ms: number;
  /** `ok`, `answered <status>`, or the cause it was retried for. */
  outcome: string;
  /** The fault in force when the attempt started (`steady` outside any). */
  phase: string;
  /** The API the next attempt goes to (the one answering, or the next after a connection error). */
  api?: string;
}

export interface CommandRecord {
  command: string;
  key: string;
  /** The request as first sent, so it can be sent again with its key. */
  request: { token: string; method: string; path: string; body: unknown; expected: number };
  attempts: number;
  ms: number;
  status?: number;
  replayed: boolean;
  /** Why it did not succeed, when it did not. */
  failure?: string;
}

export class CommandFailed extends Error {
  constructor(
    readonly command: string,
    message: string,
    readonly reply?: Reply,
  ) {
    super(`${command}: ${message}`);
  }
}

export class LoadRecorder {
  readonly attempts: Attempt[] = [];
  readonly commands: CommandRecord[] = [];
  phase = 'steady';
  /** The commands being sent right now (an attempt started, not answered yet). */
  readonly inFlight = new Map<number, string>();
  private nextAttemptId = 0;

  /** `t0`: what `at` counts from (the fault run's start). */
  constructor(readonly t0 = Date.now()) {}

  began(command: string): number {
    const id = this.nextAttemptId++;
    this.inFlight.set(id, command);
    return id;
  }

  ended(id: number): void {
    this.inFlight.delete(id);
  }

  now(): number {
    return Date.now() - this.t0;
  }
}

export interface ClientOptions {
  /** An attempt with no answer after this long counts as hung. */
  hungMs: number;
  /** An attempt is abandoned (and retried) after this long, so one hang cannot stall the run. */
  abortMs: number;
  /** A command still not done after this long of retrying is given up: a lost command. */
  giveUpMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Why a fetch failed without an HTTP answer. */
function connectionCause(error: unknown): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return 'no answer (abandoned)';
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? (error as { code?: string }).code;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE' || code === 'UND_ERR_CLOSED') return 'connection reset';
  return `connection error ${code ?? cause?.message ?? (error as Error).message}`;
}

/**
 * Sends to one of several APIs (the same record behind each): first to its preferred one, and after a refused, reset
 * or unanswered connection to the next, as a load balancer takes a dead instance out of rotation.
 */
export class FaultClient {
  private current: number;

  constructor(
    readonly baseUrls: string[],
    private readonly recorder: LoadRecorder,
    private readonly options: ClientOptions,
    preferred = 0,
  ) {
    if (baseUrls.length === 0) throw new Error('FaultClient needs at least one API');
    this.current = preferred % baseUrls.length;
  }

  /** The same client starting at API `index` (modulo their number): each lane its own. */
  preferring(index: number): FaultClient {
    return new FaultClient(this.baseUrls, this.recorder, this.options, index);
  }

  private get baseUrl(): string {
    return this.baseUrls[this.current]!;
  }

  private async once(method: string, path: string, token: string, body: unknown, key: string | undefined): Promise<Reply> {
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (key) headers['idempotency-key'] = key;
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(this.options.abortMs),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed, headers: response.headers };
  }

  /**
   * Sends `method path` until it is answered `expected` (or another final answer), retrying with the same key. A
   * GET is sent without a key (it changes nothing). Throws CommandFailed on a final answer other than `expected`.
   */
  async send<T = any>(command: string, token: string, method: string, path: string, body: unknown, key: string | undefined, expected: number): Promise<Reply<T>> {
    const started = Date.now();
    const record: CommandRecord | undefined = key
      ? { command, key, request: { token, method, path, body, expected }, attempts: 0, ms: 0, replayed: false }
      : undefined;
    if (record) this.recorder.commands.push(record);
    for (let attempt = 1; ; attempt++) {
      const at = this.recorder.now();
      const phase = this.recorder.phase;
      const t = performance.now();
      let reply: Reply | undefined;
      let cause: string;
      const flight = key ? this.recorder.began(command) : undefined;
      try {
        reply = await this.once(method, path, token, body, key);
        const code = (reply.body as { error?: { code?: string } } | undefined)?.error?.code;
        if (reply.status === 503) cause = `503 ${code ?? 'other'}`;
        else if (reply.status === 409 && code === 'in_progress') cause = '409 in_progress';
        else if (reply.status >= 500) cause = `${reply.status} ${code ?? 'other'}`;
        else cause = reply.status === expected ? 'ok' : `answered ${reply.status}`;
      } catch (error) {
        cause = connectionCause(error);
        // This API is gone (or not answering): the next attempt goes to the next one.
        this.current = (this.current + 1) % this.baseUrls.length;
      } finally {
        if (flight !== undefined) this.recorder.ended(flight);
      }
      const ms = performance.now() - t;
      this.recorder.attempts.push({ command, key, attempt, at, ms: Math.round(ms), outcome: cause, phase, api: this.baseUrl });
      if (record) {
        record.attempts = attempt;
        record.ms = Date.now() - started;
      }
      if (reply && (cause === 'ok' || cause.startsWith('answered '))) {
        if (record) {
          record.status = reply.status;
          record.replayed = reply.headers.get('idempotent-replayed') === 'true';
        }
        if (cause === 'ok') return reply as Reply<T>;
        if (record) record.failure = `${reply.status} ${JSON.stringify(reply.body).slice(0, 500)}`;
        throw new CommandFailed(command, `answered ${reply.status} (expected ${expected}): ${JSON.stringify(reply.body).slice(0, 500)}`, reply);
      }
      if (Date.now() - started > this.options.giveUpMs) {
        if (record) record.failure = `gave up after ${attempt} attempts (last: ${cause})`;
        throw new CommandFailed(command, `gave up after ${attempt} attempts over ${Date.now() - started} ms (last: ${cause})`, reply);
      }
      // A careful client waits as Retry-After says (capped: the run has faults to get through), and briefly after a
      // refused or reset connection (the process is coming back).
      const retryAfter = Number(reply?.headers.get('retry-after') ?? NaN);
      const wait = Number.isFinite(retryAfter) ? Math.min(Math.max(retryAfter, 0.25), 5) * 1000 : 500;
      await sleep(wait);
    }
  }
}
