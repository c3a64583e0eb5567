import { Client, Connection, WithStartWorkflowOperation } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import * as baselineActivities from '../baseline-activities';
import { baselineStepUpdate, baselineWorkflow } from '../baseline-workflow';
import { check } from './client';
import type { Timings } from './measure';
import { LIFECYCLE } from './steps';

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

export async function startBaseline(temporalAddress: string, namespace: string, runId: string): Promise<Baseline> {
  const taskQueue = `moat-bench-baseline-${runId}`;
  const client = new Client({ connection: await Connection.connect({ address: temporalAddress }), namespace });
  let workerConnection: NativeConnection | undefined;
  try {
    workerConnection = await NativeConnection.connect({ address: temporalAddress });
    const worker = await Worker.create({
      connection: workerConnection,
      namespace,
      taskQueue,
      workflowsPath: require.resolve('../baseline-workflow'),
      activities: baselineActivities,
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
      },
    };
  } catch (error) {
    await workerConnection?.close().catch(() => undefined);
    await client.connection.close().catch(() => undefined);
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
  // The opening update runs one activity; the workflow body ran the other before it.
  const first = await timings.time('start', () =>
    client.workflow.executeUpdateWithStart(baselineStepUpdate, { args: [1, 1], startWorkflowOperation: start }),
  );
  check(first === 1, 'the first update answered', first);
  const handle = await start.workflowHandle();
  for (const [i, step] of LIFECYCLE.entries()) {
    const number = i + 2;
    // Timed under the Moat call it stands for, with as many activities.
    const answered = await timings.time(step.kind, () =>
      handle.executeUpdate(baselineStepUpdate, { args: [number, step.activities] }),
    );
    check(answered === number, `update ${number} answered`, answered);
  }
  const result = await handle.result();
  check(result === updates, 'the workflow completed after its last update', result);
}
