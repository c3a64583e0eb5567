import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { loadConfig, PROJECT_ROOT, resolveFromRoot } from './config';

/**
 * The Temporal time-skipping test server, for workflow tests whose timers run for hours or days and for the demo's
 * past year (runtime/seed-history.ts). It is the Java SDK's
 * test server, fetched from Maven Central by `install.sh` beside it (the SDK's own download needs GitHub) and bound
 * to 127.0.0.1 by its `LoopbackTestServer`. The SDK starts it on a free port through the wrapper `install.sh` wrote,
 * and kills it on `teardown()`.
 */
const SOURCES = path.join(PROJECT_ROOT, 'test', 'support', 'time-skipping-server');
const INSTALL = path.relative(PROJECT_ROOT, path.join(SOURCES, 'install.sh'));

/** The launcher `install.sh` wrote, checked to be fetched for today's pom.xml and launcher. */
export function installedTimeSkippingServer(): string {
  const dir = path.join(resolveFromRoot(loadConfig().MOAT_TOOLS_DIR), 'temporal-test-server');
  const wanted = createHash('sha256')
    .update(Buffer.concat([readFileSync(path.join(SOURCES, 'pom.xml')), readFileSync(path.join(SOURCES, 'LoopbackTestServer.java'))]))
    .digest('hex');
  let installed: string;
  try {
    installed = readFileSync(path.join(dir, '.inputs.sha256'), 'utf8').trim();
  } catch {
    throw new Error(
      `the time-skipping test server is not installed in ${dir}. Fetch it once (Java 17 and Maven, ~35 MB from Maven Central) with:\n  ${INSTALL}\n(.ci/run does this before npm test)`,
    );
  }
  if (installed !== wanted) {
    throw new Error(`the time-skipping test server in ${dir} was fetched for another pom.xml or launcher; fetch it again with:\n  ${INSTALL}`);
  }
  return path.join(dir, 'temporal-test-server');
}

/** The time-skipping environment on the server that `executable` starts (the installed one, or a launcher around it). */
export function startTimeSkipping(executable: string): Promise<TestWorkflowEnvironment> {
  return TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path: executable } } });
}
