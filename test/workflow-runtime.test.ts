import workerThreads from 'node:worker_threads';
import { expect, it } from 'vitest';
import { checkWorkflowMemory, WORKFLOW_HEAP_MB, WORKFLOW_THREADS } from '../workers/worker';
import { promiseStackTracesInstalled, setUpWorkflowThreads, workflowThreadOptions } from '../workers/workflow-runtime';
import { projectWorkflowId } from '../workflows/project-messages';
import { projectBody, readProject, withMoatAndOrg } from './support/moat';

/*
 * workers/workflow-runtime.ts: a Moat worker's workflows run without the SDK's promise stack traces (half a
 * workflow's CPU, `npm run bench:cold`), in the SDK's workflow thread as before. The checks reach into the pinned
 * SDK's hook (a private method) and its thread's file name: an SDK upgrade that moves either fails here first.
 */

const ctx = withMoatAndOrg();

it('a Moat worker leaves the promise hook out here and in the workflow threads it starts, each with a bounded heap', () => {
  expect(promiseStackTracesInstalled()).toBe(false);
  expect(workerThreads.Worker.name).toBe('MoatWorkflowThread');
  expect(ctx.moat.worker!.options.debugMode).toBe(false);
  expect(ctx.moat.worker!.options.workflowThreadPoolSize).toBe(WORKFLOW_THREADS);
  const thread = workflowThreadOptions({ execArgv: ['--no-warnings'] });
  expect(thread.execArgv).toEqual(['--no-warnings', '--require', expect.stringMatching(/workflow-thread-setup\.cjs$/)]);
  expect(thread.resourceLimits).toEqual({ maxOldGenerationSizeMb: WORKFLOW_HEAP_MB });
});

it('the stack trace query says stack traces are off on this worker, and the project goes on', async () => {
  const opened = await ctx.org.sales.api.post('/api/projects', projectBody(ctx.org));
  expect(opened.status, JSON.stringify(opened.body)).toBe(201);
  const id = (opened.body as { id: string }).id;
  const handle = ctx.moat.temporal.workflow.getHandle(projectWorkflowId(id));
  await expect(handle.query('__stack_trace')).rejects.toThrow(/stack traces are not enabled/);
  expect((await readProject(ctx.org.sales.api, id)).stage).toBe('qualify');
});

it('MOAT_WORKFLOW_STACK_TRACES=1 keeps the SDK default for the threads started from then on', () => {
  try {
    setUpWorkflowThreads({ heapMb: 512 }, { MOAT_WORKFLOW_STACK_TRACES: '1' });
    expect(workflowThreadOptions({})).toEqual({ resourceLimits: { maxOldGenerationSizeMb: 512 } });
  } finally {
    setUpWorkflowThreads({ heapMb: WORKFLOW_HEAP_MB }, {});
  }
});

it('a workflow cache too large for the threads\' heaps is refused at start, naming the settings', () => {
  expect(() => checkWorkflowMemory(400, WORKFLOW_THREADS, WORKFLOW_HEAP_MB)).not.toThrow();
  expect(() => checkWorkflowMemory(400, 1, 768)).toThrow(/MOAT_WORKFLOW_HEAP_MB=768 is too small for MOAT_WORKFLOW_CACHE_SIZE=400 on 1 workflow thread\(s\): each thread needs 1256 MB/);
  expect(() => checkWorkflowMemory(400, 1, 1_256)).not.toThrow();
  expect(() => checkWorkflowMemory(4_000, 16, 1_024)).not.toThrow();
});
