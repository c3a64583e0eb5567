/*
 * Loaded (`--require`) by the SDK's workflow thread before its own code, by workers/workflow-runtime.ts: takes out the
 * SDK's promise stack-trace hook in that thread (see there why). Plain CommonJS, as the thread may have no TypeScript
 * loader.
 */
require('@temporalio/worker/lib/workflow/vm-shared').globalHandlers.setPromiseHook = () => undefined;
