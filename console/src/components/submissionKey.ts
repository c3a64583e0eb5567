import { useRef } from 'react';
import { idempotencyKey } from '../api/client';

/**
 * One Idempotency-Key per submission of a dialog: sending the same body again (a retry after a timeout or a 503)
 * reuses the key, so the command is carried out once; a changed body is a new submission with a new key (the API
 * answers 409 to a key reused for another request). `done()` forgets the key once the command went through.
 */
export function useSubmissionKey() {
  const last = useRef<{ body: string; key: string } | null>(null);
  return {
    keyFor(body: unknown): string {
      const text = JSON.stringify(body ?? null);
      if (last.current?.body !== text) last.current = { body: text, key: idempotencyKey() };
      return last.current.key;
    },
    done(): void {
      last.current = null;
    },
  };
}
