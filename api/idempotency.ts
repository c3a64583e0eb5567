import { createHash, randomUUID } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Pool } from '../db/pool';
import { caller } from './auth';
import { HttpError, httpError } from './errors';
import { CLAIM_LEASE_SECONDS } from './deadlines';

export function idempotencyKeyOf(request: FastifyRequest): string | undefined {
  const key = request.headers['idempotency-key'];
  const value = Array.isArray(key) ? key[0] : key;
  if (value === undefined) return undefined;
  if (!/^[\x21-\x7e]{1,200}$/.test(value)) {
    throw httpError.badRequest('Idempotency-Key must be 1–200 visible ASCII characters', [
      { path: 'headers.idempotency-key', message: 'invalid' },
    ]);
  }
  return value;
}

/**
 * Honours `Idempotency-Key` on a POST: the first successful response is stored and replayed to a retry of the
 * same request; the key reused for a different request is a 409. Failures are not stored, so a corrected retry
 * may reuse the key.
 */
export async function idempotent<T>(
  pool: Pool,
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  run: () => Promise<T>,
): Promise<T> {
  const key = idempotencyKeyOf(request);
  if (!key) {
    reply.status(status);
    return run();
  }
  const personId = caller(request).id;
  const route = `${request.method} ${request.url}`;
  const requestHash = createHash('sha256').update(JSON.stringify(request.body ?? null)).digest('hex');
  const claimed = await pool.query(
    `insert into idempotency_keys (person_id, key, route, request_hash) values ($1, $2, $3, $4)
     on conflict (person_id, key) do nothing`,
    [personId, key, route, requestHash],
  );
  if (claimed.rowCount === 0) {
    const { rows } = await pool.query(
      `select route, request_hash, status_code, response, created_at < now() - make_interval(secs => $3) as stale,
         ceil(extract(epoch from created_at + make_interval(secs => $3) - now()))::int as lease_left
       from idempotency_keys where person_id = $1 and key = $2`,
      [personId, key, CLAIM_LEASE_SECONDS],
    );
    const stored = rows[0];
    if (stored && (stored.route !== route || stored.request_hash !== requestHash)) {
      throw httpError.conflict('this Idempotency-Key was used for a different request; use a new key');
    }
    if (stored && stored.status_code != null) {
      reply.status(stored.status_code).header('idempotent-replayed', 'true');
      return stored.response as T;
    }
    // A claim left by a process that died mid-request is taken over once its lease ends; the work it guards is
    // itself idempotent (derived ids, workflow ids, update ids), so running it again duplicates nothing.
    const takenOver = stored?.stale
      ? await pool.query(
          `update idempotency_keys set created_at = now() where person_id = $1 and key = $2 and status_code is null
           and created_at < now() - make_interval(secs => $3)`,
          [personId, key, CLAIM_LEASE_SECONDS],
        )
      : undefined;
    if (!takenOver?.rowCount) {
      const wait = Math.max(1, Math.min(CLAIM_LEASE_SECONDS, Number(stored?.lease_left ?? CLAIM_LEASE_SECONDS)));
      throw new HttpError(409, 'in_progress', `a request with this Idempotency-Key is still in progress; retry in ${wait} s`, [], wait);
    }
  }
  try {
    const result = await run();
    await pool.query('update idempotency_keys set status_code = $3, response = $4 where person_id = $1 and key = $2', [
      personId,
      key,
      status,
      JSON.stringify(result),
    ]);
    reply.status(status);
    return result;
  } catch (error) {
    await pool.query('delete from idempotency_keys where person_id = $1 and key = $2', [personId, key]);
    throw error;
  }
}

/**
 * The id of what a create makes: derived from the caller and their Idempotency-Key (a UUID-shaped SHA-256), so a
 * retried request names the same project, time entry … and the workflow effects keyed on it happen once.
 */
export function idFromIdempotencyKey(request: FastifyRequest, scope: string): string {
  const key = idempotencyKeyOf(request);
  if (!key) return randomUUID();
  const hex = createHash('sha256').update(`${scope}:${caller(request).id}:${key}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
