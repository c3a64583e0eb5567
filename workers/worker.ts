import path from 'node:path';
import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import { createActivities } from '../activities';
import type { Pool } from '../db/pool';
import type { Notifier } from '../notify/notifier';

export interface MoatWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  pool: Pool;
  notifier: Notifier;
  /** A bundle built by `npm run build:workflows` (production); dev and tests bundle from source. */
  workflowBundlePath?: string;
  /** Replaces the bundle step entirely (tests share one prebuilt bundle). */
  workflowBundleCode?: string;
}

export const WORKFLOWS_PATH = path.resolve(__dirname, '..', 'workflows', 'index.ts');

export async function createMoatWorker(options: MoatWorkerOptions): Promise<Worker> {
  const workflowSource: Pick<WorkerOptions, 'workflowsPath' | 'workflowBundle'> = options.workflowBundleCode
    ? { workflowBundle: { code: options.workflowBundleCode } }
    : options.workflowBundlePath
      ? { workflowBundle: { codePath: options.workflowBundlePath } }
      : { workflowsPath: WORKFLOWS_PATH };
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    activities: createActivities({ pool: options.pool, notifier: options.notifier }),
    ...workflowSource,
  });
}
