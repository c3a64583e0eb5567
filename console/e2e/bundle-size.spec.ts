import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

/** The budget: at most 400 kB of gzipped JavaScript before the first screen can show (console/dist, as served). */
test('the initial JavaScript stays within 400 kB gzip', () => {
  const dist = path.resolve(__dirname, '..', 'dist');
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  expect(scripts.length).toBeGreaterThan(0);
  const gzipped = scripts.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(dist, file))).length, 0);
  console.log(`initial JavaScript: ${(gzipped / 1000).toFixed(1)} kB gzip in ${scripts.length} file(s)`);
  expect(gzipped).toBeLessThanOrEqual(400_000);
});
