import workerThreads from 'node:worker_threads';
import { expect, it } from 'vitest';
import { promiseStackTracesInstalled, withoutWorkflowStackTraces } from '../workers/workflow-runtime';
import { projectWorkflowId } from '../workflows/project-messages';
import { projectBody, readProject, withMoatAndOrg } from './support/moat';

/*
 * workers/workflow-runtime.ts: a Moat worker's workflows run without the SDK's promise stack traces (half a
 * workflow's CPU, `npm run bench:cold`), in the SDK's workflow thread as before. The checks reach into the pinned
 * SDK's hook (a private method) and its thread's file name: an SDK upgrade that moves either fails here first.
 */

const ctx = withMoatAndOrg();

it('a Moat worker leaves the promise hook out here and in the workflow thread it starts', () => {
  expect(promiseStackTracesInstalled()).toBe(false);
  expect(workerThreads.Worker.name).toBe('WorkflowThreadWithoutPromiseHook');
  expect(ctx.moat.worker!.options.debugMode).toBe(false);
});

it('the stack trace query says stack traces are off on this worker, and the project goes on', async () => {
  const opened = await ctx.org.sales.api.post('/api/projects', projectBody(ctx.org));
  expect(opened.status, JSON.stringify(opened.body)).toBe(201);
  const id = (opened.body as { id: string }).id;
  const handle = ctx.moat.temporal.workflow.getHandle(projectWorkflowId(id));
  await expect(handle.query('__stack_trace')).rejects.toThrow(/stack traces are not enabled/);
  expect((await readProject(ctx.org.sales.api, id)).stage).toBe('qualify');
});

it('MOAT_WORKFLOW_STACK_TRACES=1 keeps the SDK default', () => {
  const before = workerThreads.Worker;
  withoutWorkflowStackTraces({ MOAT_WORKFLOW_STACK_TRACES: '1' });
  expect(workerThreads.Worker).toBe(before);
});
