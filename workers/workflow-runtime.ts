import path from 'node:path';
import workerThreads from 'node:worker_threads';
import { globalHandlers } from '@temporalio/worker/lib/workflow/vm-shared';
import { booleanFromEnv } from '../runtime/config';

/**
 * How the SDK's workflow threads start: without its promise stack traces, and with a bounded heap.
 *
 * The TypeScript SDK (pinned 1.24.0) installs a V8 promise hook that captures and source-maps a stack trace for every
 * promise a workflow creates, only so the `__stack_trace` query (the Temporal UI's "stack trace" tab) can show where
 * a workflow waits (temporalio/sdk-typescript#1587, open). Profiled, that hook is 44 % of a project workflow's CPU;
 * without it a replay of a won project takes 0.6× the time (`npm run bench:cold`), and the loaded bench runs faster
 * for Moat and for the bare-Temporal baseline alike (bench/README.md). The SDK has no option for it and installs it in
 * the thread that runs the workflows, so Moat takes it out there: in this thread (replay workers, debug mode) and in
 * each workflow thread the SDK starts from now on, which loads workflow-thread-setup.cjs first. The `__stack_trace`
 * query then answers that stack traces are not enabled on this worker; everything else is as before.
 * `MOAT_WORKFLOW_STACK_TRACES=1` keeps the SDK's default, for looking into a stuck workflow.
 *
 * `heapMb` bounds each workflow thread's old generation (Node's `resourceLimits`; the SDK starts its threads with
 * none, so they share the process's default of several GB): V8 otherwise lets a heap of evicted workflow contexts grow
 * towards that limit before it collects (bench/README.md, "Issue 14, fifth round").
 *
 * Call before creating a worker; its threads start with what the last call said. The bench's baseline calls it too,
 * so the comparison stays fair.
 */
export function setUpWorkflowThreads(options: { heapMb?: number } = {}, env: NodeJS.ProcessEnv = process.env): void {
  const stackTraces = booleanFromEnv.default(false).parse(env.MOAT_WORKFLOW_STACK_TRACES);
  if (!stackTraces) leaveOutPromiseStackTraces();
  threadSetup = { withoutStackTraces: !stackTraces, heapMb: options.heapMb };
  if (workerThreads.Worker === SdkThread) workerThreads.Worker = MoatWorkflowThread;
}

const THREAD_SETUP = path.resolve(__dirname, 'workflow-thread-setup.cjs');
const SDK_WORKFLOW_THREAD = require.resolve('@temporalio/worker/lib/workflow/workflow-worker-thread');
const SdkThread = workerThreads.Worker;

/** What the next workflow thread starts with (the last setUpWorkflowThreads call). */
let threadSetup: { withoutStackTraces: boolean; heapMb?: number } = { withoutStackTraces: false };

/** The options a workflow thread starts with, from the SDK's (none in 1.24.0) and threadSetup. */
export function workflowThreadOptions(options: workerThreads.WorkerOptions = {}): workerThreads.WorkerOptions {
  const { withoutStackTraces, heapMb } = threadSetup;
  return {
    ...options,
    ...(withoutStackTraces ? { execArgv: [...(options.execArgv ?? process.execArgv), '--require', THREAD_SETUP] } : {}),
    ...(heapMb ? { resourceLimits: { ...options.resourceLimits, maxOldGenerationSizeMb: heapMb } } : {}),
  };
}

/** Node's Worker; for the SDK's workflow thread alone, started as threadSetup says. */
class MoatWorkflowThread extends SdkThread {
  constructor(filename: string | URL, options?: workerThreads.WorkerOptions) {
    const workflowThread = typeof filename === 'string' && path.resolve(filename) === SDK_WORKFLOW_THREAD;
    super(filename, workflowThread ? workflowThreadOptions(options) : options);
  }
}

/** Takes the promise hook out of this thread: the same setup the workflow threads load (workflow-thread-setup.cjs). */
export function leaveOutPromiseStackTraces(): void {
  require(THREAD_SETUP);
}

/** Whether workflows created in this thread from now on record promise stack traces. */
export const promiseStackTracesInstalled = (): boolean => globalHandlers.promiseHookInstalled;
