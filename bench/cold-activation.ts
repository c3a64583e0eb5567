import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { Worker } from '@temporalio/worker';
import { positiveInt } from '../runtime/script-helpers';
import { workflowSpanSinks } from '../workers/tracing';
import { buildWorkflowBundle } from '../workers/worker';
import { leaveOutPromiseStackTraces, promiseStackTracesInstalled } from '../workers/workflow-runtime';
import { stats, type Stats } from './lifecycle/measure';
import { fmt, writeResultFile } from './lifecycle/report';

/**
 * `npm run bench:cold`: what a project workflow costs a worker that does not hold it in its cache — what every
 * escalation timer of an evicted project pays when it fires, and every command on one. Replays the saved histories
 * of today's code (test/fixtures/histories without "-before-") `--rounds` times in one replay worker (one reusable
 * V8 context, as a real worker), once per variant, each in a process of its own (the promise hook is per process):
 * - `sdk`: the SDK's default, its promise stack-trace hook on;
 * - `moat`: as Moat's workers run (workers/workflow-runtime.ts), the hook left out.
 * Reports ms per replay (the first round, warming up, left out) and the ratio moat / sdk.
 */

const HISTORIES = path.join(__dirname, '..', 'test', 'fixtures', 'histories');
const VARIANTS = ['sdk', 'moat', 'sdk'] as const;
type Variant = (typeof VARIANTS)[number];

interface History {
  workflowId: string;
  history: unknown;
}

async function currentHistories(): Promise<History[]> {
  const files = (await readdir(HISTORIES)).filter((f) => f.endsWith('.json') && !f.includes('-before-'));
  return Promise.all(files.map(async (file) => ({ workflowId: file, history: JSON.parse(await readFile(path.join(HISTORIES, file), 'utf8')) })));
}

/** One variant in this process: `rounds` replays of every history in one replay worker; ms per replay after the first round. */
async function runVariant(variant: Variant, rounds: number): Promise<{ replays: number; hook: boolean; msPerReplay: Stats }> {
  if (variant === 'moat') leaveOutPromiseStackTraces();
  const histories = await currentHistories();
  const code = await buildWorkflowBundle();
  const all = Array.from({ length: rounds }, (_, round) => histories.map((h) => ({ ...h, workflowId: `${h.workflowId}#${round}` }))).flat();
  const times: number[] = [];
  let last = performance.now();
  for await (const result of Worker.runReplayHistories({ workflowBundle: { code }, sinks: workflowSpanSinks() }, all as never)) {
    if (result.error) throw new Error(`${result.workflowId} did not replay: ${result.error.message}`);
    const now = performance.now();
    times.push(now - last);
    last = now;
  }
  return { replays: times.length, hook: promiseStackTracesInstalled(), msPerReplay: stats(times.slice(histories.length)) };
}

async function main() {
  const { values } = parseArgs({ options: { rounds: { type: 'string', short: 'r' }, variant: { type: 'string' } } });
  const rounds = positiveInt('--rounds', values.rounds, 50, 2);
  if (values.variant) {
    if (!VARIANTS.includes(values.variant as Variant)) throw new Error(`--variant must be one of ${VARIANTS.join(', ')}`);
    console.log(JSON.stringify(await runVariant(values.variant as Variant, rounds)));
    return;
  }
  const results: Array<{ variant: Variant; replays: number; hook: boolean; msPerReplay: Stats }> = [];
  for (const variant of VARIANTS) {
    const { stdout } = await promisify(execFile)(process.execPath, [...process.execArgv, __filename, '--variant', variant, '--rounds', String(rounds)], {
      maxBuffer: 64 * 2 ** 20,
    });
    const result = JSON.parse(stdout.trim().split('\n').at(-1)!) as Omit<(typeof results)[number], 'variant'>;
    results.push({ variant, ...result });
    const s = result.msPerReplay;
    console.log(`${variant.padEnd(5)} (promise hook ${result.hook ? 'on' : 'off'}) ${result.replays} replays: p50 ${fmt(s.p50)} ms, p99 ${fmt(s.p99)} ms, mean ${fmt(s.mean)} ms`);
  }
  const sdkP50 = (results[0]!.msPerReplay.p50 + results[2]!.msPerReplay.p50) / 2;
  const ratio = results[1]!.msPerReplay.p50 / sdkP50;
  console.log(`moat / sdk, p50 ms per replay: ${fmt(ratio, 2)}×`);
  console.log(`results: ${await writeResultFile('cold-activation.json', { rounds, results, ratio })}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
