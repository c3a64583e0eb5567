import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { loadConfig, resolveFromRoot } from '../../runtime/config';
import { startInfrastructure } from '../../runtime/system';
import { WORKFLOWS_PATH } from '../../workers/worker';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    temporalAddress: string;
    workflowBundlePath: string;
    runId: string;
  }
}

/**
 * One real Postgres and one real Temporal server per test run (the same bootstrap code as `npm start`, on free
 * ports and throwaway data), a fresh database, and one workflow bundle that every test worker loads.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const runId = randomBytes(4).toString('hex');
  const log = (line: string) => console.log(`[test-setup] ${line}`);
  const config = loadConfig();
  const started = Date.now();
  const [infrastructure, bundle] = await Promise.all([
    startInfrastructure(config, { persistent: false, database: `moat_test_${runId}` }, log),
    bundleWorkflowCode({ workflowsPath: WORKFLOWS_PATH, logger: { log: () => undefined, info: () => undefined, warn: () => undefined, error: console.error, debug: () => undefined, trace: () => undefined } }),
  ]);
  const bundleDir = path.join(resolveFromRoot(config.MOAT_DATA_DIR), 'test');
  await mkdir(bundleDir, { recursive: true });
  const workflowBundlePath = path.join(bundleDir, `workflow-bundle-${runId}.js`);
  await writeFile(workflowBundlePath, bundle.code);
  log(`Postgres and Temporal (${infrastructure.temporalAddress}) ready in ${Date.now() - started} ms`);
  project.provide('databaseUrl', infrastructure.databaseUrl);
  project.provide('temporalAddress', infrastructure.temporalAddress);
  project.provide('workflowBundlePath', workflowBundlePath);
  project.provide('runId', runId);
  return async () => {
    await infrastructure.stop();
    await rm(workflowBundlePath, { force: true });
  };
}
