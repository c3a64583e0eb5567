/*
 * Takes out the SDK's promise stack-trace hook in the thread that loads it (workers/workflow-runtime.ts says why):
 * `--require`d by the SDK's workflow thread before its own code, and required by workflow-runtime.ts for the current
 * thread. Replaces the SDK's installer of the hook, a private method of the pinned SDK: test/workflow-runtime.test.ts
 * fails if an upgrade renames it. Must run before the thread's first workflow context (the SDK installs the hook once,
 * then never again). Plain CommonJS, as the workflow thread may have no TypeScript loader.
 */
const { globalHandlers } = require('@temporalio/worker/lib/workflow/vm-shared');

if (typeof globalHandlers.setPromiseHook !== 'function') {
  throw new Error('@temporalio/worker changed: globalHandlers.setPromiseHook is gone; see workers/workflow-runtime.ts');
}
globalHandlers.setPromiseHook = () => undefined;
