import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { TypedSearchAttributes } from '@temporalio/common';
import { coresdk } from '@temporalio/proto';
import { bundleWorkflowCode } from '@temporalio/worker';
import { parseWorkflowCode } from '@temporalio/worker/lib/worker';
import { ReusableVMWorkflowCreator } from '@temporalio/worker/lib/workflow/reusable-vm';
import { positiveInt } from '../runtime/script-helpers';
import { WORKFLOW_BUNDLE_OPTIONS } from '../workers/worker';
import { leaveOutPromiseStackTraces } from '../workers/workflow-runtime';
import { fmt, writeResultFile } from './lifecycle/report';

/**
 * `npm run bench:memory`: what one cached project workflow costs a worker — the heap it keeps and the time to create
 * it (its first activation) — with domain/ shared between workflows (workflows/shared-modules.ts) and without.
 * Each variant runs in a process of its own (`--expose-gc`): a reusable V8 context as a worker's workflow thread has,
 * `--workflows` project workflows created and activated with the saved won project's input, kept, then the heap
 * measured after a full GC. Reaches into the SDK's workflow creator (pinned SDK version; not a public API).
 */

const VARIANTS = ['shared', 'per-workflow'] as const;
type Variant = (typeof VARIANTS)[number];
const HISTORY = path.join(__dirname, '..', 'test', 'fixtures', 'histories', 'project-match-won.json');
const QUIET = { log() {}, info() {}, warn() {}, error: console.error, debug() {}, trace() {} };

function heapMiB(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

async function runVariant(variant: Variant, workflows: number) {
  leaveOutPromiseStackTraces();
  const options = variant === 'shared' ? WORKFLOW_BUNDLE_OPTIONS : { ...WORKFLOW_BUNDLE_OPTIONS, preloadModules: [] };
  const { code } = await bundleWorkflowCode({ ...options, logger: QUIET });
  const started = JSON.parse(await readFile(HISTORY, 'utf8')).events[0].workflowExecutionStartedEventAttributes;
  const input = started.input.payloads.map((p: { metadata: { encoding: string }; data: string }) => ({
    metadata: { encoding: Buffer.from(p.metadata.encoding, 'base64') },
    data: Buffer.from(p.data, 'base64'),
  }));
  // The opening's first step is the local activity reading the policy: it must be known to be scheduled.
  const creator = await ReusableVMWorkflowCreator.create(parseWorkflowCode(code) as never, 5_000, new Set(['pinPolicyAndClassify']), undefined);
  const before = heapMiB();
  const kept: unknown[] = [];
  const startedAt = performance.now();
  for (let i = 0; i < workflows; i++) {
    const runId = `run-${i}`;
    const now = Date.now();
    const timestamp = { seconds: Math.floor(now / 1000) };
    const info = {
      workflowId: `project-${i}`, runId, workflowType: 'projectWorkflow', searchAttributes: {}, typedSearchAttributes: new TypedSearchAttributes(),
      taskQueue: 'bench', namespace: 'default', firstExecutionRunId: runId, originalExecutionRunId: runId, startTime: new Date(now),
      runStartTime: new Date(now), taskTimeoutMs: 10_000, attempt: 1, historyLength: 3, historySize: 0, continueAsNewSuggested: false,
      currentBuildId: '', unsafe: { now: () => Date.now(), isReplaying: false, isReplayingHistoryEvents: false }, priority: {},
    };
    const workflow = await creator.createWorkflow({ info, randomnessSeed: [i, 1], now, showStackTraceSources: false, failureExceptionTypeNames: [] } as never);
    const activation = coresdk.workflow_activation.WorkflowActivation.fromObject({
      runId, timestamp, isReplaying: false, historyLength: 3,
      jobs: [{ initializeWorkflow: { workflowId: info.workflowId, workflowType: 'projectWorkflow', arguments: input, randomnessSeed: i + 1, firstExecutionRunId: runId, attempt: 1, startTime: timestamp, workflowTaskTimeout: { seconds: 10 } } }],
    });
    const completion = (await workflow.activate(activation as never)) as { successful?: { commands?: unknown[] } };
    // The opening asks for its policy first: a workflow that got that far has evaluated everything it imports.
    if (!completion.successful?.commands?.length) throw new Error(`workflow ${i} did not open: ${JSON.stringify(completion).slice(0, 500)}`);
    kept.push(workflow);
  }
  const msPerWorkflow = (performance.now() - startedAt) / workflows;
  const after = heapMiB();
  return { workflows: kept.length, heapBeforeMiB: before, heapAfterMiB: after, mibPerWorkflow: (after - before) / workflows, msPerWorkflow };
}

async function main() {
  const { values } = parseArgs({ options: { workflows: { type: 'string', short: 'n' }, variant: { type: 'string' } } });
  const workflows = positiveInt('--workflows', values.workflows, 200, 10);
  if (values.variant) {
    if (!VARIANTS.includes(values.variant as Variant)) throw new Error(`--variant must be one of ${VARIANTS.join(', ')}`);
    console.log(JSON.stringify(await runVariant(values.variant as Variant, workflows)));
    return;
  }
  const results: Array<{ variant: Variant } & Awaited<ReturnType<typeof runVariant>>> = [];
  for (const variant of VARIANTS) {
    const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', ...process.execArgv, __filename, '--variant', variant, '--workflows', String(workflows)], {
      maxBuffer: 64 * 2 ** 20,
    });
    const result = JSON.parse(stdout.trim().split('\n').at(-1)!) as Awaited<ReturnType<typeof runVariant>>;
    results.push({ variant, ...result });
    console.log(`${variant.padEnd(12)} ${result.workflows} workflows: ${fmt(result.mibPerWorkflow, 3)} MiB each, ${fmt(result.msPerWorkflow)} ms to create each (heap ${fmt(result.heapBeforeMiB)} → ${fmt(result.heapAfterMiB)} MiB)`);
  }
  const ratio = results[0]!.mibPerWorkflow / results[1]!.mibPerWorkflow;
  console.log(`shared / per-workflow, MiB per workflow: ${fmt(ratio, 2)}×`);
  console.log(`results: ${await writeResultFile('workflow-memory.json', { workflows, results, ratio })}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
