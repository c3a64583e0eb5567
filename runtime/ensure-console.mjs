#!/usr/bin/env node
// `prestart` (after ensure-deps.mjs): builds the console into console/dist when it is missing or was built from other
// sources (a hash of the console's sources and the lockfile, kept in console/dist/.moat-console-build), so `npm start`
// serves the console of the checkout. `--check` only says whether a build is needed; `--force` (npm run console:build)
// builds whatever the stamp says.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const consoleDir = path.join(root, 'console');
const dist = path.join(consoleDir, 'dist');
const stamp = path.join(dist, '.moat-console-build');
// Everything the build reads besides node_modules (the lockfile stands for those).
const SOURCES = ['console/src', 'console/public', 'console/index.html', 'console/vite.config.ts', 'console/tsconfig.app.json', 'package-lock.json'];

const log = (line) => console.error(`[moat] ${line}`);

function files(entry) {
  const full = path.join(root, entry);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [entry];
  return readdirSync(full, { withFileTypes: true })
    .filter((d) => !/\.test\.tsx?$/.test(d.name))
    .flatMap((d) => files(path.posix.join(entry, d.name)))
    .sort();
}

function sourceHash() {
  const hash = createHash('sha256');
  for (const file of SOURCES.flatMap(files)) hash.update(`${file}\0`).update(readFileSync(path.join(root, file))).update('\0');
  return hash.digest('hex');
}

/** Why the console needs building, or undefined when console/dist is the build of these sources. */
function staleness(hash) {
  if (!existsSync(path.join(dist, 'index.html'))) return 'console/dist is missing';
  try {
    if (readFileSync(stamp, 'utf8').trim() === hash) return undefined;
  } catch {
    return 'console/dist has no build stamp';
  }
  return 'the console sources changed since console/dist was built';
}

function main() {
  const hash = sourceHash();
  const reason = staleness(hash);
  if (process.argv.includes('--check')) {
    console.log(reason ?? 'console/dist is up to date');
    process.exit(reason ? 1 : 0);
  }
  const forced = process.argv.includes('--force');
  if (!reason && !forced) return;
  log(`${forced ? 'npm run console:build' : reason}: building the console (vite build, about 10 s)…`);
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', consoleDir], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    log(`the console build failed (exit code ${result.status ?? result.signal}); fix the error above, or run npm run console:build`);
    process.exit(result.status ?? 1);
  }
  writeFileSync(stamp, `${hash}\n`);
}

main();
