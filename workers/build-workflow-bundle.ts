import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildWorkflowBundle } from './worker';

/** Production workers load this prebuilt bundle (MOAT_WORKFLOW_BUNDLE) instead of bundling at start. */
async function main(): Promise<void> {
  const code = await buildWorkflowBundle();
  const out = path.resolve(process.argv[2] ?? 'dist/workflow-bundle.js');
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, code);
  console.log(`wrote ${out} (${Math.round(code.length / 1024)} KiB)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
