import pg from 'pg';
import type { Pool } from './pool';

/** Where Postgres announces a change to a person, a token or a session: the person's id (db/migrations/022). */
export const IDENTITY_CHANNEL = 'moat_identity_changed';
/** A pool emits this with a person's id when one of its connections hears that person change (`listenOnConnect`). */
export const POOL_EVENT = 'moat-identity-changed';

export interface IdentityChangeHandlers {
  /** The person's row, one of their tokens or one of their sessions changed. */
  changed(personId: string): void;
  /** Whether every change is heard from now (the listening connection is up) or some may be missed (it is gone). */
  hearing(heard: boolean): void;
}

/**
 * Every pooled connection listens from its start (db/pool.ts): Postgres tells a connection of its own transaction's
 * announcements before the commit answers, so a change this process commits is heard before anything can follow it.
 */
export function listenOnConnect(pool: pg.Pool, client: pg.PoolClient): void {
  client.on('notification', (message) => {
    const personId = changedPerson(message);
    if (personId) pool.emit(POOL_EVENT, personId);
  });
  // A connection that cannot listen (a read-only standby) is still a connection: others' changes come through
  // `hearIdentityChanges`'s own.
  client.query(`listen ${IDENTITY_CHANNEL}`).catch(() => undefined);
}

/** The person an announcement on IDENTITY_CHANNEL names; undefined for any other notification. */
function changedPerson(message: pg.Notification): string | undefined {
  return message.channel === IDENTITY_CHANNEL && message.payload ? message.payload : undefined;
}

const RECONNECT_MS = { first: 500, max: 30_000 };

/**
 * Tells `handlers` of every change to a person, a token or a session, made by any process: through the pool's own
 * connections (`listenOnConnect`) and a connection of its own that listens while the pool is idle. While that
 * connection is down (`hearing(false)`) it reconnects, waiting longer each time up to 30 s. `stop` ends it. The
 * connection shows in `pg_stat_activity` under `applicationName` (default "moat identity changes").
 */
export function hearIdentityChanges(
  pool: Pool,
  handlers: IdentityChangeHandlers,
  options: { applicationName?: string } = {},
): { stop: () => Promise<void> } {
  const onPoolChange = (personId: string) => handlers.changed(personId);
  pool.on(POOL_EVENT as 'connect', onPoolChange as never);
  let stopped = false;
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  let wait = RECONNECT_MS.first;

  const lost = (from: pg.Client) => {
    if (client !== from) return;
    client = undefined;
    handlers.hearing(false);
    from.end().catch(() => undefined);
    if (!stopped) retry = setTimeout(connect, wait);
    wait = Math.min(wait * 2, RECONNECT_MS.max);
  };

  async function connect(): Promise<void> {
    const next = new pg.Client({
      connectionString: pool.options.connectionString,
      connectionTimeoutMillis: 5_000,
      application_name: options.applicationName ?? 'moat identity changes',
    });
    client = next;
    next.on('error', () => lost(next));
    next.on('end', () => lost(next));
    next.on('notification', (message) => {
      const personId = changedPerson(message);
      if (personId) handlers.changed(personId);
    });
    try {
      await next.connect();
      await next.query(`listen ${IDENTITY_CHANNEL}`);
    } catch {
      return lost(next);
    }
    if (client !== next || stopped) return;
    wait = RECONNECT_MS.first;
    handlers.hearing(true);
  }

  void connect();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(retry);
      pool.off(POOL_EVENT as 'connect', onPoolChange as never);
      const last = client;
      client = undefined;
      handlers.hearing(false);
      await last?.end().catch(() => undefined);
    },
  };
}
