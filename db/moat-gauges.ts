import { inTransaction, type Pool } from './pool';

/** One reading of Moat's own state for /metrics: counts, each under its labels. */
export interface MoatGaugeReading {
  openProjects: Array<{ stage: string; tier: string; count: number }>;
  /** Open projects whose current stage is past its SLA deadline (`projects.stage_deadline`). */
  overdueStages: Array<{ stage: string; tier: string; count: number }>;
  pendingApprovals: Array<{ kind: string; count: number }>;
  /** Outside deliveries (e-mail, webhook) that used up their attempts and were recorded `failed`. */
  failedDeliveries: Array<{ channel: string; count: number }>;
  /** Deliveries still pending after at least one failed attempt: a channel going bad, before anything is failed. */
  retryingDeliveries: Array<{ channel: string; count: number }>;
}

/** A scrape waits no longer than this on Postgres; a slower answer is a failed reading, not a slow scrape. */
const GAUGE_STATEMENT_TIMEOUT_MS = 2_000;

interface Row {
  metric: 'open' | 'overdue' | 'approvals' | 'failed' | 'retrying';
  a: string;
  b: string | null;
  count: number;
}

/**
 * Counts by aggregate over small, indexed sets (open projects, pending approvals, failed and pending deliveries),
 * in one statement, bounded by a statement timeout: cheap enough to run on every scrape.
 */
export async function readMoatGauges(pool: Pool): Promise<MoatGaugeReading> {
  const rows = await inTransaction(pool, async (client) => {
    await client.query(`set local statement_timeout = ${GAUGE_STATEMENT_TIMEOUT_MS}`);
    const { rows } = await client.query<Row>(
      `select 'open' as metric, stage as a, tier as b, count(*)::int as count
         from projects where status = 'open' group by stage, tier
       union all
       select 'overdue', stage, tier, count(*)::int
         from projects where status = 'open' and stage_deadline < now() group by stage, tier
       union all
       select 'approvals', kind, null, count(*)::int from approvals where status = 'pending' group by kind
       union all
       select 'failed', channel, null, count(*)::int from notification_deliveries where status = 'failed' group by channel
       union all
       select 'retrying', channel, null, count(*)::int
         from notification_deliveries where status = 'pending' and attempts > 0 group by channel`,
    );
    return rows;
  });
  const of = (metric: Row['metric']) => rows.filter((r) => r.metric === metric);
  return {
    openProjects: of('open').map((r) => ({ stage: r.a, tier: r.b ?? '', count: r.count })),
    overdueStages: of('overdue').map((r) => ({ stage: r.a, tier: r.b ?? '', count: r.count })),
    pendingApprovals: of('approvals').map((r) => ({ kind: r.a, count: r.count })),
    failedDeliveries: of('failed').map((r) => ({ channel: r.a, count: r.count })),
    retryingDeliveries: of('retrying').map((r) => ({ channel: r.a, count: r.count })),
  };
}
