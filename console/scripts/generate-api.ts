import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { apiSchemaSource, SCHEMA_FILE } from './api-schema';

/** `npm run console:api`: regenerates the console's API types from the routes' zod schemas. */
async function main(): Promise<void> {
  const target = path.resolve(__dirname, '..', '..', SCHEMA_FILE);
  await writeFile(target, await apiSchemaSource());
  console.log(`wrote ${SCHEMA_FILE}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
