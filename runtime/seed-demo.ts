import { createPool } from '../db/pool';
import { prepareDatabase } from './bootstrap';
import { loadConfig } from './config';
import { printDemoTokens, seedDemoOrganisation } from './demo-org';
import { embeddedDatabaseUrl } from './postgres-server';
import { openDealsNow, seedHistory } from './seed-history';

/**
 * `npm run seed:demo`: loads the demo organisation into DATABASE_URL, or into the embedded Postgres of `npm start`.
 * `-- --history [N]` then runs a past year of N deals (default 40) through the API and workflows (runtime/seed-history.ts).
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const url = config.DATABASE_URL ?? embeddedDatabaseUrl(config.EMBEDDED_POSTGRES_PORT, 'moat');
  const at = process.argv.indexOf('--history');
  const history = at < 0 ? undefined : Number(process.argv[at + 1] ?? 40) || 40;
  if (history !== undefined && (!Number.isInteger(history) || history < 1 || history > 5_000)) throw new Error('--history takes a number of deals from 1 to 5000');
  const pool = createPool(url, 4);
  try {
    await prepareDatabase(pool);
    const people = await seedDemoOrganisation(pool);
    printDemoTokens(people, (line) => console.log(line));
    if (history !== undefined) {
      console.log(`\na past year of ${history} deals, through the API and the workflows on a time-skipping Temporal server…`);
      const started = Date.now();
      const result = await seedHistory({ url, pool }, people, { projects: history, log: (line) => console.log(line) });
      console.log(
        `done in ${((Date.now() - started) / 1000).toFixed(0)} s: ${result.opened} opened, ${result.won} won, ${result.lost} lost, ` +
          `${result.escalations} escalations, ${result.refused} steps refused, ${result.stillRunning} workflows left running`,
      );
      if (result.stillRunning > 0 || result.refused > 0) process.exitCode = 1;
      // The deals still open go to the running Moat, where they can be worked on.
      const apiUrl = `http://127.0.0.1:${config.PORT}`;
      await openDealsNow(apiUrl, people, Math.max(1, Math.round(history / 4)), (line) => console.log(line)).catch((error: Error) => {
        throw new Error(`opening today's deals on the running Moat at ${apiUrl}: ${error.message} (start Moat first: npm start)`);
      });
    }
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
