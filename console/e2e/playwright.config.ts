import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const root = path.resolve(__dirname, '..', '..');

/** A free loopback port, chosen once: the runner's workers inherit it through the environment. */
function freePort(): string {
  const probe = "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return execFileSync(process.execPath, ['-e', probe]).toString().trim();
}

const port = (process.env.MOAT_E2E_PORT ??= freePort());
const baseURL = `http://127.0.0.1:${port}`;

/**
 * Browser tests of the console against the whole of Moat (console/scripts/e2e-server.ts: Postgres, Temporal, worker,
 * API and console, all on 127.0.0.1) in Debian's Chromium — no browser download (CHROMIUM_PATH overrides the path).
 */
export default defineConfig({
  testDir: '.',
  outputDir: path.join(root, 'test-results', 'e2e'),
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `${JSON.stringify(process.execPath)} node_modules/tsx/dist/cli.mjs console/scripts/e2e-server.ts`,
    cwd: root,
    url: `${baseURL}/healthz`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 30_000 },
    env: { MOAT_E2E_PORT: port, LOG_LEVEL: 'warn' },
  },
});
