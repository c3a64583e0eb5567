import type { Pool } from '../db/pool';

/**
 * The baseline's activities, as short and as idempotent as a Moat command's: `write` records one step in one
 * statement (the step's event, inserted once by (workflow, seq), and the workflow's row moved to it), `read` reads
 * that row. They stand for Moat's record and its short reads (policy, price, participants).
 */
export function createBaselineActivities(pool: Pool) {
  return {
    async write(input: { workflowId: string; seq: number }): Promise<number> {
      // One statement, so one round trip and its own transaction: the row moves only with a newly inserted step.
      await pool.query(
        `with step as (
           insert into bench_baseline_events (workflow_id, seq, at) values ($1, $2, now()) on conflict do nothing returning 1
         )
         insert into bench_baseline_workflows (workflow_id, last_seq) select $1, $2 where exists (select 1 from step)
         on conflict (workflow_id) do update set last_seq = excluded.last_seq where bench_baseline_workflows.last_seq < excluded.last_seq`,
        [input.workflowId, input.seq],
      );
      return input.seq;
    },

    async read(input: { workflowId: string }): Promise<number> {
      const { rows } = await pool.query<{ last_seq: number }>('select last_seq from bench_baseline_workflows where workflow_id = $1', [
        input.workflowId,
      ]);
      return rows[0]?.last_seq ?? 0;
    },
  };
}

/** The baseline's two tables, created on the bench's throwaway database. */
export const BASELINE_TABLES = `
  create table if not exists bench_baseline_workflows (workflow_id text primary key, last_seq int not null);
  create table if not exists bench_baseline_events (workflow_id text not null, seq int not null, at timestamptz not null,
    primary key (workflow_id, seq));`;

export type BaselineActivities = ReturnType<typeof createBaselineActivities>;
