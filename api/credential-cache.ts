import type { PersonRow } from '../db/people';
import type { SessionTimes } from '../db/sessions';

/**
 * Who a credential (a bearer token, a session cookie) names, kept for a few seconds so that a request does not read it
 * from Postgres every time (issue 14: on this machine every statement costs a socket write of ≈ 0.1 ms of CPU besides
 * its work, bench/README.md, tenth round). It is kept only while changes are heard (db/identity-changes.ts): a change to
 * a person, one of their tokens or sessions drops everything kept of that person, in every API process, as soon as
 * Postgres announces it — in this process before the commit that made it answers — and while the listening connection
 * is down nothing is kept at all. Keys are the credentials' hashes, never the secrets; a credential that names nobody
 * is not kept (so it is read again, and refused, every time).
 */

/** What a credential names in the API: a person, and for a session cookie the session's times. */
export interface Credential {
  person: PersonRow;
  session?: SessionTimes;
}

export interface CredentialCacheOptions {
  /** How long a credential is kept at most (ms): the bound on a change missed despite all the above. Default 30 s. */
  keepMs?: number;
  /** How many credentials are kept at most; the oldest is dropped for a new one. Default 10,000. */
  maxEntries?: number;
  now?: () => number;
}

interface Kept<V> {
  value: V;
  personId: string;
  until: number;
}

export class CredentialCache<V extends { person: { id: string } }> {
  private readonly kept = new Map<string, Kept<V>>();
  private readonly keysOfPerson = new Map<string, Set<string>>();
  private heard = false;
  /** Moves at every change heard and whenever hearing starts or stops: a read that began before it is not kept. */
  private generation = 0;
  private readonly keepMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(options: CredentialCacheOptions = {}) {
    this.keepMs = options.keepMs ?? 30_000;
    this.maxEntries = options.maxEntries ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  /**
   * What `key` names: kept, or read by `read` (and kept until `expiresAt` of it at the latest, when changes are heard
   * and none was heard while it was read).
   */
  async find(key: string, read: () => Promise<V | undefined>, expiresAt?: (value: V) => number): Promise<V | undefined> {
    const start = this.now();
    const found = this.kept.get(key);
    if (found && this.heard && found.until > start) return found.value;
    if (found) this.drop(key);
    const generation = this.generation;
    const value = await read();
    if (value && this.heard && generation === this.generation) {
      this.keep(key, value, Math.min(start + this.keepMs, expiresAt?.(value) ?? Infinity));
    }
    return value;
  }

  /** Everything kept of `personId` is dropped. */
  personChanged(personId: string): void {
    this.generation += 1;
    for (const key of this.keysOfPerson.get(personId) ?? []) this.drop(key);
  }

  /** Whether changes are heard from now; when they are not, nothing is kept. */
  hearing(heard: boolean): void {
    this.generation += 1;
    this.heard = heard;
    if (!heard) {
      this.kept.clear();
      this.keysOfPerson.clear();
    }
  }

  get size(): number {
    return this.kept.size;
  }

  private keep(key: string, value: V, until: number): void {
    if (until <= this.now()) return;
    this.drop(key);
    if (this.kept.size >= this.maxEntries) this.drop(this.kept.keys().next().value!);
    const personId = value.person.id;
    this.kept.set(key, { value, personId, until });
    let keys = this.keysOfPerson.get(personId);
    if (!keys) this.keysOfPerson.set(personId, (keys = new Set()));
    keys.add(key);
  }

  private drop(key: string): void {
    const found = this.kept.get(key);
    if (!found) return;
    this.kept.delete(key);
    const keys = this.keysOfPerson.get(found.personId);
    keys?.delete(key);
    if (keys?.size === 0) this.keysOfPerson.delete(found.personId);
  }
}
