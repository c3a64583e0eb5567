import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { promisify } from 'node:util';
import { loadConfig, PROJECT_ROOT, resolveFromRoot } from '../../runtime/config';
import { startInfrastructure } from '../../runtime/system';
import { buildWorkflowBundle } from '../../workers/worker';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    temporalAddress: string;
    workflowBundlePath: string;
    runId: string;
  }
}

/**
 * The time-skipping test server (test/support/time-skipping-server/install.sh): fetched from Maven Central the first
 * time, a hash check afterwards.
 */
async function installTimeSkippingServer(log: (line: string) => void): Promise<void> {
  const script = path.join(PROJECT_ROOT, 'test', 'support', 'time-skipping-server', 'install.sh');
  const { stdout } = await promisify(execFile)('bash', [script], { cwd: PROJECT_ROOT, maxBuffer: 16 * 1024 * 1024 });
  for (const line of stdout.trim().split('\n')) if (line) log(line);
}

/**
 * One real Postgres and one real Temporal server per test run (the same bootstrap code as `npm start`, on free
 * ports and throwaway data), a fresh database, one workflow bundle that every test worker loads, and the
 * time-skipping server installed.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const runId = randomBytes(4).toString('hex');
  const log = (line: string) => console.log(`[test-setup] ${line}`);
  const config = loadConfig();
  const started = Date.now();
  const [infrastructure, bundle] = await Promise.all([
    startInfrastructure(config, { persistent: false, database: `moat_test_${runId}` }, log),
    buildWorkflowBundle(),
    installTimeSkippingServer(log),
  ]);
  const bundleDir = path.join(resolveFromRoot(config.MOAT_DATA_DIR), 'test');
  await mkdir(bundleDir, { recursive: true });
  const workflowBundlePath = path.join(bundleDir, `workflow-bundle-${runId}.js`);
  await writeFile(workflowBundlePath, bundle);
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
