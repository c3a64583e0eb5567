import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from '@temporalio/worker';
import { expect, inject, it } from 'vitest';
import { workflowSpanSinks } from '../workers/tracing';

/*
 * The guard against a non-deterministic workflow change: histories recorded by earlier versions of the workflow
 * (test/fixtures/histories, recorded with MOAT_RECORD_HISTORIES=1 by durability.test.ts) must replay against
 * today's code. A change that would break a workflow already running fails here, before it is deployed; new
 * behaviour goes behind `patched()` (README, "Workflow versions and retiring patches").
 */
const HISTORIES = path.join(__dirname, 'fixtures', 'histories');

it('every saved history in test/fixtures/histories replays against the current workflow code', async () => {
  const files = (await readdir(HISTORIES)).filter((f) => f.endsWith('.json'));
  expect(files.length).toBeGreaterThan(0);
  const histories = await Promise.all(files.map(async (file) => ({ workflowId: file, history: JSON.parse(await readFile(path.join(HISTORIES, file), 'utf8')) })));
  const results = [];
  for await (const result of Worker.runReplayHistories({ workflowBundle: { codePath: inject('workflowBundlePath') }, sinks: workflowSpanSinks() }, histories)) {
    results.push(result);
  }
  expect(results.map((r) => ({ id: r.workflowId, error: r.error?.message }))).toEqual(files.map((id) => ({ id, error: undefined })));
});
