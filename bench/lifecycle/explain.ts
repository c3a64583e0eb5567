import pg from 'pg';
import { DETAIL_SQL } from '../../db/project-detail';
import { PLAN_AND_COUNT_PENDING_SQL } from '../../db/notification-delivery';
import { VISIBLE_PROJECT_SQL } from '../../db/project-queries';

/**
 * `--explain`: the plans of the three statements every command on a project runs whatever it does — the visibility
 * check that reads the project's row (`getVisibleProject`), the planning of its notifications' outside deliveries
 * after the record (`planAndCountPending`, run in a transaction rolled back) and the detail it answers with
 * (`projectDetailFor`) — as
 * Postgres runs them for one project and viewer after the Moat phase: prepared, with the generic plan a pooled
 * connection settles on after five runs, and with a plan for these values. Lines are `explain (analyze, buffers)`.
 */
export async function explainCommandReads(databaseUrl: string, projectId: string, viewer: { id: string; roles: string[] }): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const lines: string[] = [];
  try {
    await client.query('prepare visible_project(uuid, uuid) as ' + VISIBLE_PROJECT_SQL);
    await client.query('prepare project_detail(uuid, uuid, text[]) as ' + DETAIL_SQL);
    await client.query('prepare plan_deliveries(bigint[], uuid, text[]) as ' + PLAN_AND_COUNT_PENDING_SQL);
    const runs = [
      ['visibility check', `execute visible_project('${viewer.id}', '${projectId}')`],
      ['deliveries planned', `execute plan_deliveries('{}', '${projectId}', '{}')`],
      ['detail', `execute project_detail('${projectId}', '${viewer.id}', '{${viewer.roles.join(',')}}')`],
    ] as const;
    const { rows: tables } = await client.query<{ name: string; estimated: number; live: number; analyzed: string | null }>(
      `select c.relname as name, c.reltuples::int as estimated, s.n_live_tup::int as live, coalesce(s.last_autoanalyze, s.last_analyze)::text as analyzed
       from pg_class c join pg_stat_user_tables s on s.relid = c.oid where c.relname in ('people', 'projects', 'project_participants', 'notifications', 'notification_deliveries') order by 1`,
    );
    for (const t of tables) lines.push(`${t.name}: ${t.live} rows, the planner's estimate ${t.estimated}, last analyzed ${t.analyzed ?? 'never'}`);
    for (const mode of ['force_generic_plan', 'force_custom_plan']) {
      await client.query(`set plan_cache_mode = ${mode}`);
      for (const [name, execute] of runs) {
        await client.query('begin');
        const { rows } = await client.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${execute}`);
        await client.query('rollback');
        lines.push(`## ${name}, ${mode === 'force_generic_plan' ? 'generic plan' : 'plan for these values'}`, ...rows.map((row) => row['QUERY PLAN']));
      }
    }
  } finally {
    await client.end();
  }
  return lines;
}
