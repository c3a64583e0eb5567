import pg from 'pg';
import { table } from './report';

/**
 * `npm run bench -- --statements`: which Postgres statements each phase ran, from pg_stat_statements (the embedded
 * server loads it with `MOAT_POSTGRES_STATEMENT_STATS=1`, which the option sets). Counts every statement Postgres
 * executed, nested ones (functions, foreign-key checks) included, and reset at the start of each phase.
 */

export interface StatementLine {
  calls: number;
  totalMs: number;
  /** How many times Postgres planned it (a prepared statement on its generic plan is not planned again), and how long. */
  plans: number;
  planMs: number;
  /** Sent by a client (or run by a deferred trigger at a commit), not inside another statement (a trigger's, a foreign-key check). */
  toplevel: boolean;
  query: string;
}

export interface StatementProfile {
  calls: number;
  /** Of `calls`, those at the top level (`toplevel`). */
  toplevelCalls: number;
  totalMs: number;
  planMs: number;
  top: StatementLine[];
}

export class StatementStatistics {
  private constructor(private readonly pool: pg.Pool) {}

  static async open(databaseUrl: string): Promise<StatementStatistics> {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
    await pool.query('create extension if not exists pg_stat_statements');
    return new StatementStatistics(pool);
  }

  async reset(): Promise<void> {
    await this.pool.query('select pg_stat_statements_reset()');
  }

  /** What ran since the last reset, this connection's own reads left out. */
  async read(top = 40): Promise<StatementProfile> {
    const { rows } = await this.pool.query<{ calls: string; total: number; plans: string; plan: number; toplevel: boolean; query: string }>(
      `select calls, total_exec_time as total, plans, total_plan_time as plan, toplevel, query from pg_stat_statements
        where query not like '%pg_stat_statements%' order by calls desc, total_exec_time desc`,
    );
    const lines = rows.map((r) => ({
      calls: Number(r.calls),
      totalMs: r.total,
      plans: Number(r.plans),
      planMs: r.plan,
      toplevel: r.toplevel,
      query: r.query.replace(/\s+/g, ' '),
    }));
    return {
      calls: lines.reduce((sum, line) => sum + line.calls, 0),
      toplevelCalls: lines.reduce((sum, line) => sum + (line.toplevel ? line.calls : 0), 0),
      totalMs: lines.reduce((sum, line) => sum + line.totalMs, 0),
      planMs: lines.reduce((sum, line) => sum + line.planMs, 0),
      top: lines.slice(0, top),
    };
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** The profile of one phase, per HTTP call or Temporal update: `calls` is how many the phase made. */
export function printStatements(label: string, profile: StatementProfile, calls: number): void {
  console.log(
    `\n${label}: ${profile.calls} statements, ${(profile.calls / calls).toFixed(1)} per call ` +
      `(${(profile.toplevelCalls / calls).toFixed(1)} at the top level: sent by a client, or a deferred trigger's at a commit; the rest nested), ` +
      `${(profile.totalMs / calls).toFixed(2)} ms of execution and ${(profile.planMs / calls).toFixed(2)} ms of planning per call`,
  );
  const rows = [['per call', 'ms each', 'planned', 'plan ms', '', 'statement']];
  for (const line of profile.top) {
    rows.push([
      (line.calls / calls).toFixed(2),
      (line.totalMs / line.calls).toFixed(3),
      `${Math.round((100 * line.plans) / line.calls)} %`,
      line.plans ? (line.planMs / line.plans).toFixed(3) : '-',
      line.toplevel ? '' : 'nested',
      line.query.slice(0, 120),
    ]);
  }
  console.log(table(rows));
}
