import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { temporal } from '@temporalio/proto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { inject } from 'vitest';
import { installWorkerLogging } from '../../runtime/logging';
import { loadConfig, PROJECT_ROOT, resolveFromRoot } from '../../runtime/config';
import { MOAT_SEARCH_ATTRIBUTES } from '../../workflows/search-attributes';
import { workflowSpanSinks } from '../../workers/tracing';

/**
 * The Temporal time-skipping test server for workflow tests whose timers run for hours or days. It is the Java SDK's
 * test server, fetched from Maven Central by `install.sh` beside it (the SDK's own download needs GitHub) and bound
 * to 127.0.0.1 by its `LoopbackTestServer`. The SDK starts it on a free port through the wrapper `install.sh` wrote,
 * and kills it on `teardown()`.
 */
const SOURCES = path.join(PROJECT_ROOT, 'test', 'support', 'time-skipping-server');
const INSTALL = path.relative(PROJECT_ROOT, path.join(SOURCES, 'install.sh'));

function installedServer(): string {
  const dir = path.join(resolveFromRoot(loadConfig().MOAT_TOOLS_DIR), 'temporal-test-server');
  const wanted = createHash('sha256')
    .update(Buffer.concat([readFileSync(path.join(SOURCES, 'pom.xml')), readFileSync(path.join(SOURCES, 'LoopbackTestServer.java'))]))
    .digest('hex');
  let installed: string;
  try {
    installed = readFileSync(path.join(dir, '.inputs.sha256'), 'utf8').trim();
  } catch {
    throw new Error(
      `the time-skipping test server is not installed in ${dir}. Fetch it once (Java 17 and Maven, ~35 MB from Maven Central) with:\n  ${INSTALL}\n(.ci/run does this before npm test)`,
    );
  }
  if (installed !== wanted) {
    throw new Error(`the time-skipping test server in ${dir} was fetched for another pom.xml or launcher; fetch it again with:\n  ${INSTALL}`);
  }
  return path.join(dir, 'temporal-test-server');
}

/**
 * A time-skipping environment on its own server process, with Moat's search attributes registered (the workflow
 * upserts them): time stands still except while a test sleeps (`env.sleep`) or awaits a workflow's result.
 */
export async function startTimeSkippingEnvironment(): Promise<TestWorkflowEnvironment> {
  installWorkerLogging('WARN');
  const env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path: installedServer() } } });
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

/** A time-skipping server with one worker on `taskQueue`: the run's bundle of workflows/ (global-setup.ts), `activities` in memory. */
export async function startTimeSkippingWorker(taskQueue: string, activities: object): Promise<TimeSkippingWorker> {
  const env = await startTimeSkippingEnvironment();
  try {
    // The bundle's tracing interceptors hand their spans to this sink; here they are dropped.
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle: { codePath: inject('workflowBundlePath') },
      activities,
      sinks: workflowSpanSinks(),
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
