import path from 'node:path';
import type { Resource } from '@opentelemetry/resources';
import type { SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { bundleWorkflowCode, NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import { createActivities } from '../activities';
import type { Pool } from '../db/pool';
import type { Notifier } from '../notify/notifier';
import { ConfigError } from '../runtime/config-error';
import { activityTracingInterceptors, WORKFLOW_INTERCEPTOR_MODULES, workflowSpanSinks } from './tracing';
import { setUpWorkflowThreads } from './workflow-runtime';

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
  /** Where workflow spans go (the process's span processor, runtime/tracing.ts); dropped without it. */
  tracing?: { spanProcessor: SpanProcessor; resource: Resource };
  /** Workflows kept in memory; WORKFLOW_CACHE_SIZE by default. */
  workflowCacheSize?: number;
  /** Threads running workflow tasks; WORKFLOW_THREADS by default. */
  workflowThreads?: number;
  /** Each workflow thread's heap in MB; WORKFLOW_HEAP_MB by default. */
  workflowHeapMb?: number;
}

/**
 * Workflows a worker keeps in memory. Each cached project workflow holds ≈0.5 MB live in the workflow thread (≈2 MB
 * before domain/ was shared between workflows, SHARED_MODULES_PATH; `npm run bench:memory`), and the SDK's default
 * sizes the cache from the heap limit (≈2,300 workflows on this machine); one evicted replays its history when next
 * touched. Sized with the heap (README, "A worker's memory"; bench/README.md, `npm run bench:growth`).
 */
export const WORKFLOW_CACHE_SIZE = 400;

/**
 * Threads the worker runs workflow tasks on, each with its own V8 context, heap and share of the cache (the SDK gives
 * a new workflow to the thread running fewest). The SDK's default with a reused context, one, runs every workflow task
 * on one core: reminders falling due together on evicted workflows, each a replay, queued behind it (bench/README.md,
 * "Issue 14, fifth round").
 */
export const WORKFLOW_THREADS = 2;

/**
 * Each workflow thread's heap (old generation), in MB. Unbounded, V8 let a thread's heap of evicted workflow contexts
 * grow to 2.5 GB before collecting it, with 10,000 open projects; bounded, it collects them sooner.
 */
export const WORKFLOW_HEAP_MB = 768;

/**
 * What one workflow thread's heap must hold: its code and shared modules, and each cached workflow (≈0.5–1 MB live)
 * with as much again for the collector to work in. One thread holding 400 under 768 MB spent its time collecting
 * (bench/README.md, "Issue 14, fifth round"); two holding 200 each did not.
 */
const THREAD_BASE_MB = 256;
const MB_PER_CACHED_WORKFLOW = 2.5;

/**
 * Refuses a cache too large for the workflow threads' heaps: one that fills a bounded heap ends the worker with
 * ERR_WORKER_OUT_OF_MEMORY under load, long after it started.
 */
export function checkWorkflowMemory(cacheSize: number, threads: number, heapMb: number): void {
  const needed = Math.ceil(THREAD_BASE_MB + Math.ceil(cacheSize / threads) * MB_PER_CACHED_WORKFLOW);
  if (heapMb < needed) {
    throw new ConfigError(
      `MOAT_WORKFLOW_HEAP_MB=${heapMb} is too small for MOAT_WORKFLOW_CACHE_SIZE=${cacheSize} on ${threads} workflow thread(s): ` +
        `each thread needs ${needed} MB (${THREAD_BASE_MB} + ${MB_PER_CACHED_WORKFLOW} per cached workflow); raise the heap, lower the cache or add threads`,
    );
  }
}

export const WORKFLOWS_PATH = path.resolve(__dirname, '..', 'workflows', 'index.ts');

/** Evaluated once per workflow thread and shared by its workflows (workflows/shared-modules.ts says what and why). */
export const SHARED_MODULES_PATH = path.resolve(__dirname, '..', 'workflows', 'shared-modules.ts');

/** How every Moat workflow bundle is built: the workflows, with the tracing interceptors in the sandbox and domain/ shared. */
export const WORKFLOW_BUNDLE_OPTIONS = {
  workflowsPath: WORKFLOWS_PATH,
  workflowInterceptorModules: WORKFLOW_INTERCEPTOR_MODULES,
  preloadModules: [SHARED_MODULES_PATH],
};

const QUIET_BUNDLER = { log: () => undefined, info: () => undefined, warn: () => undefined, error: console.error, debug: () => undefined, trace: () => undefined };

/** The workflow bundle's code, as production workers load it (MOAT_WORKFLOW_BUNDLE); only errors printed. */
export async function buildWorkflowBundle(): Promise<string> {
  const { code } = await bundleWorkflowCode({ ...WORKFLOW_BUNDLE_OPTIONS, logger: QUIET_BUNDLER });
  return code;
}

/** On shutdown (SIGTERM), how long activities under way may take to finish before they are cancelled. */
export const SHUTDOWN_GRACE_TIME = '10 seconds';

/**
 * How long a workflow task waits on this worker's own (sticky) queue before the server hands it to any worker. A
 * worker that died without saying so (SIGKILL, OOM) holds its workflows' next tasks this long: the SDK's 10 s would
 * outlast the API's 10 s Temporal deadline, so a command on such a workflow answered 503 (the chaos run measured it);
 * 3 s lets another worker take it within the deadline, at the price of replaying the history there.
 */
export const STICKY_QUEUE_TIMEOUT = '3 seconds';

export async function createMoatWorker(options: MoatWorkerOptions): Promise<Worker> {
  const workflowSource: Pick<WorkerOptions, 'workflowsPath' | 'workflowBundle'> = options.workflowBundleCode
    ? { workflowBundle: { code: options.workflowBundleCode } }
    : options.workflowBundlePath
      ? { workflowBundle: { codePath: options.workflowBundlePath } }
      : { workflowsPath: WORKFLOWS_PATH };
  const cacheSize = options.workflowCacheSize ?? WORKFLOW_CACHE_SIZE;
  const threads = options.workflowThreads ?? WORKFLOW_THREADS;
  const heapMb = options.workflowHeapMb ?? WORKFLOW_HEAP_MB;
  checkWorkflowMemory(cacheSize, threads, heapMb);
  setUpWorkflowThreads({ heapMb });
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    activities: createActivities({ pool: options.pool, notifier: options.notifier }),
    ...workflowSource,
    // A prebuilt bundle shares them already (WORKFLOW_BUNDLE_OPTIONS).
    bundlerOptions: workflowSource.workflowsPath ? { preloadModules: WORKFLOW_BUNDLE_OPTIONS.preloadModules } : undefined,
    interceptors: {
      activity: activityTracingInterceptors(),
      // A prebuilt bundle has them already (WORKFLOW_BUNDLE_OPTIONS); naming them again only earns a warning.
      workflowModules: workflowSource.workflowsPath ? WORKFLOW_INTERCEPTOR_MODULES : [],
    },
    sinks: workflowSpanSinks(options.tracing?.spanProcessor, options.tracing?.resource),
    shutdownGraceTime: SHUTDOWN_GRACE_TIME,
    stickyQueueScheduleToStartTimeout: STICKY_QUEUE_TIMEOUT,
    maxCachedWorkflows: cacheSize,
    workflowThreadPoolSize: threads,
  });
}
