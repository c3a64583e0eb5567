import { Client, Connection, WithStartWorkflowOperation } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { createPool } from '../../db/pool';
import { setUpWorkflowThreads } from '../../workers/workflow-runtime';
import { BASELINE_TABLES, createBaselineActivities } from '../baseline-activities';
import { baselineStepUpdate, baselineWorkflow } from '../baseline-workflow';
import { check } from './client';
import type { Timings } from './measure';
import { LIFECYCLE, OPENING_WORK } from './steps';

/**
 * The bare Temporal baseline: a worker of its own for bench/baseline-workflow.ts on the same Temporal server as
 * Moat, driven with the Temporal client through as many updates, each with as many activities, as a Moat project.
 */
export interface Baseline {
  /** Also reads the histories of Moat's projects: the same server, the same namespace. */
  client: Client;
  workflowId(label: string): string;
  /** Opens one workflow with update-with-start and sends it the updates that stand for LIFECYCLE's calls. */
  project(label: string, timings: Timings): Promise<void>;
  stop(): Promise<void>;
}

/** `threads`: Moat's workflow threads and their heap, so the baseline runs as Moat does (overrides included). */
export async function startBaseline(
  temporalAddress: string,
  namespace: string,
  runId: string,
  databaseUrl: string,
  threads: { count: number; heapMb: number },
): Promise<Baseline> {
  const taskQueue = `moat-bench-baseline-${runId}`;
  const client = new Client({ connection: await Connection.connect({ address: temporalAddress }), namespace });
  // A pool of its own, as large as Moat's worker's.
  const pool = createPool(databaseUrl);
  let workerConnection: NativeConnection | undefined;
  try {
    await pool.query(BASELINE_TABLES);
    workerConnection = await NativeConnection.connect({ address: temporalAddress });
    // Workflow threads as Moat's (no promise stack traces, as many, the same heap): the baseline gets whatever Moat adopts.
    setUpWorkflowThreads({ heapMb: threads.heapMb });
    const worker = await Worker.create({
      connection: workerConnection,
      namespace,
      taskQueue,
      workflowsPath: require.resolve('../baseline-workflow'),
      activities: createBaselineActivities(pool),
      workflowThreadPoolSize: threads.count,
    });
    const running = worker.run();
    const connection = workerConnection;
    const workflowId = (label: string) => `moat-bench-baseline-${runId}-${label}`;
    return {
      client,
      workflowId,
      project: (label, timings) => baselineProject(client, taskQueue, workflowId(label), timings),
      async stop() {
        if (worker.getState() === 'RUNNING') worker.shutdown();
        await running.catch(() => undefined);
        await connection.close().catch(() => undefined);
        await client.connection.close().catch(() => undefined);
        await pool.end().catch(() => undefined);
      },
    };
  } catch (error) {
    await workerConnection?.close().catch(() => undefined);
    await client.connection.close().catch(() => undefined);
    await pool.end().catch(() => undefined);
    throw error;
  }
}

async function baselineProject(client: Client, taskQueue: string, id: string, timings: Timings): Promise<void> {
  const updates = 1 + LIFECYCLE.length;
  const start = new WithStartWorkflowOperation(baselineWorkflow, {
    workflowId: id,
    taskQueue,
    args: [{ updates }],
    workflowIdConflictPolicy: 'FAIL',
  });
  // The workflow body runs the opening's read; the opening update its write.
  const first = await timings.time('start', () =>
    client.workflow.executeUpdateWithStart(baselineStepUpdate, { args: [1, OPENING_WORK.slice(1)], startWorkflowOperation: start }),
  );
  check(first === 1, 'the first update answered', first);
  const handle = await start.workflowHandle();
  for (const [i, step] of LIFECYCLE.entries()) {
    const number = i + 2;
    // Timed under the Moat call it stands for, with the same reads and writes.
    const answered = await timings.time(step.kind, () =>
      handle.executeUpdate(baselineStepUpdate, { args: [number, step.work] }),
    );
    check(answered === number, `update ${number} answered`, answered);
  }
  const result = await handle.result();
  check(result === updates, 'the workflow completed after its last update', result);
}
