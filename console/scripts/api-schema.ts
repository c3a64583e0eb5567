import type { Client } from '@temporalio/client';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { buildApp } from '../../api/app';
import type { Pool } from '../../db/pool';

/** Where the console's API types live, relative to the repository root. */
export const SCHEMA_FILE = 'console/src/api/schema.d.ts';

const HEADER =
  '// Generated from Moat\'s OpenAPI document by `npm run console:api` (console/scripts/generate-api.ts). Do not edit.\n' +
  '// Long because it is generated: every route\'s parameters, bodies and answers, one type each; split, it would no\n' +
  '// longer be the single output of openapi-typescript that test/console-api-schema.test.ts compares.\n\n';

/**
 * The OpenAPI document as the API serves it at /openapi.json. Routes touch Postgres and Temporal only when they
 * answer a request, so the app is built with dependencies that are never called: no servers are needed.
 */
export async function openApiDocument(): Promise<OpenAPI3> {
  const neverCalled = new Proxy({}, {
    get: (_target, key) => {
      throw new Error(`the OpenAPI dump touched a dependency (${String(key)}); it must not need Postgres or Temporal`);
    },
  });
  const app = await buildApp(
    { pool: neverCalled as Pool, temporal: neverCalled as Client, taskQueue: 'openapi-dump' },
    { logLevel: 'silent' },
  );
  try {
    await app.ready();
    return app.swagger() as unknown as OpenAPI3;
  } finally {
    await app.close();
  }
}

/** The TypeScript source of the console's API types, exactly as `npm run console:api` writes it. */
export async function apiSchemaSource(): Promise<string> {
  const ast = await openapiTS(await openApiDocument());
  return HEADER + astToString(ast);
}
