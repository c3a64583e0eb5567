import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiSchemaSource, SCHEMA_FILE } from '../console/scripts/api-schema';
import { PROJECT_ROOT } from '../runtime/config';

describe("the console's API types", () => {
  it('match the OpenAPI document the routes generate (run `npm run console:api` after changing a route)', async () => {
    const committed = await readFile(path.join(PROJECT_ROOT, SCHEMA_FILE), 'utf8');
    const fresh = await apiSchemaSource();
    // A failure names the first differing line rather than dumping 600 kB of types.
    const committedLines = committed.split('\n');
    const freshLines = fresh.split('\n');
    const first = freshLines.findIndex((line, i) => line !== committedLines[i]);
    expect(first === -1 && committedLines.length === freshLines.length, `${SCHEMA_FILE} is stale from line ${first + 1}: run npm run console:api`).toBe(true);
  });

  it('cover the routes the console calls', async () => {
    const committed = await readFile(path.join(PROJECT_ROOT, SCHEMA_FILE), 'utf8');
    for (const route of ['"/api/session"', '"/api/me/inbox"', '"/api/approvals/{id}/reject"', '"/api/handoffs/{id}/decline"']) {
      expect(committed).toContain(route);
    }
  });
});
