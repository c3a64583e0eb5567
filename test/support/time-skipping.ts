import { temporal } from '@temporalio/proto';
import type { SpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { inject } from 'vitest';
import { installWorkerLogging } from '../../runtime/logging';
import { installedTimeSkippingServer, startTimeSkipping } from '../../runtime/time-skipping-server';
import { MOAT_SEARCH_ATTRIBUTES } from '../../workflows/search-attributes';
import { workflowSpanSinks } from '../../workers/tracing';

/**
 * A time-skipping environment on its own server process, with Moat's search attributes registered (the workflow
 * upserts them): time stands still except while a test sleeps (`env.sleep`) or awaits a workflow's result.
 */
export async function startTimeSkippingEnvironment(): Promise<TestWorkflowEnvironment> {
  installWorkerLogging('WARN');
  const env = await startTimeSkipping(installedTimeSkippingServer());
  try {
    await env.connection.operatorService.addSearchAttributes({
      namespace: 'default',
      searchAttributes: Object.fromEntries(
        MOAT_SEARCH_ATTRIBUTES.map((key) => [key.name, temporal.api.enums.v1.IndexedValueType[`INDEXED_VALUE_TYPE_${key.type}`]]),
      ),
    });
  } catch (error) {
    await env.teardown();
    throw error;
  }
  return env;
}

export interface TimeSkippingWorker {
  env: TestWorkflowEnvironment;
  /** Stops the worker, then the server. */
  stop(): Promise<void>;
}

/**
 * A time-skipping server with one worker on `taskQueue`: the run's bundle of workflows/ (global-setup.ts), `activities`
 * in memory. The bundle's tracing interceptors hand their spans to `spanProcessor`; by default they are dropped.
 */
export async function startTimeSkippingWorker(taskQueue: string, activities: object, spanProcessor?: SpanProcessor): Promise<TimeSkippingWorker> {
  const env = await startTimeSkippingEnvironment();
  try {
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle: { codePath: inject('workflowBundlePath') },
      activities,
      sinks: workflowSpanSinks(spanProcessor),
    });
    const running = worker.run();
    return {
      env,
      async stop() {
        worker.shutdown();
        await running;
        await env.teardown();
      },
    };
  } catch (error) {
    await env.teardown();
    throw error;
  }
}
