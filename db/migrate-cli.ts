import { ConfigError, loadConfig } from '../runtime/config';
import { migrate } from './migrate';
import { createPool } from './pool';

/**
 * `npm run migrate`: applies the SQL migrations in db/migrations to DATABASE_URL and exits — for a deployment
 * that migrates once before the API replicas start with MOAT_MIGRATE=false. `npm start` migrates its own
 * embedded Postgres, so this script never guesses a database: without DATABASE_URL it refuses.
 *
 * Exit codes: 0 migrated (or already up to date), 1 the migration failed, 2 the configuration is missing or
 * malformed.
 */

const EXIT_FAILED = 1;
const EXIT_CONFIG = 2;

/** The URL without its password, fit for a log line. */
function redacted(url: string): string {
  return url.replace(/:[^:@/]*@/, ':***@');
}

async function main(): Promise<number> {
  let databaseUrl: string | undefined;
  try {
    databaseUrl = loadConfig().DATABASE_URL;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`[migrate] ${error.message}`);
    return EXIT_CONFIG;
  }
  if (!databaseUrl) {
    console.error(
      '[migrate] DATABASE_URL is not set: name the database to migrate, e.g.\n' +
        '  DATABASE_URL=postgres://user:pass@localhost:5432/moat npm run migrate\n' +
        '(`npm start` migrates its embedded Postgres by itself.)',
    );
    return EXIT_CONFIG;
  }
  const pool = createPool(databaseUrl, 2);
  try {
    const applied = await migrate(pool);
    console.log(
      applied.length === 0
        ? `[migrate] ${redacted(databaseUrl)} is up to date`
        : `[migrate] applied to ${redacted(databaseUrl)}: ${applied.join(', ')}`,
    );
    return 0;
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason = code === 'ECONNREFUSED' ? 'nothing answers there; is Postgres running?' : error instanceof Error ? error.message : String(error);
    // Each file runs in its own transaction: the ones before the failing one stay applied, the failing one not.
    console.error(`[migrate] migrating ${redacted(databaseUrl)} failed: ${reason}`);
    return EXIT_FAILED;
  } finally {
    await pool.end();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[migrate] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(EXIT_FAILED);
  },
);
