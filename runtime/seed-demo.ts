import { createPool } from '../db/pool';
import { prepareDatabase } from './bootstrap';
import { loadConfig } from './config';
import { printDemoTokens, seedDemoOrganisation } from './demo-org';
import { embeddedDatabaseUrl } from './postgres-server';

/** `npm run seed:demo`: loads the demo organisation into DATABASE_URL, or into the embedded Postgres of `npm start`. */
async function main(): Promise<void> {
  const config = loadConfig();
  const url = config.DATABASE_URL ?? embeddedDatabaseUrl(config.EMBEDDED_POSTGRES_PORT, 'moat');
  const pool = createPool(url, 2);
  try {
    await prepareDatabase(pool);
    printDemoTokens(await seedDemoOrganisation(pool), (line) => console.log(line));
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ECONNREFUSED') {
      throw new Error(`cannot reach Postgres at ${url.replace(/:[^:@/]*@/, ':***@')}: start Moat first (npm start), or set DATABASE_URL`);
    }
    throw error;
  } finally {
    await pool.end();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
