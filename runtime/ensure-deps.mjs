#!/usr/bin/env node
// `prestart` / `pretest`: installs the Node dependencies (`npm ci`) when node_modules is missing or older than
// package-lock.json, so `npm start` and `npm test` work on a fresh clone and after a pull that changed the lockfile.
// Plain JavaScript with Node built-ins only: it runs before anything is installed.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lockfile = path.join(root, 'package-lock.json');
const modules = path.join(root, 'node_modules');
// npm rewrites this copy of the lockfile on every install; Moat's stamp records the lockfile it installed from.
const installedLock = path.join(modules, '.package-lock.json');
const stamp = path.join(modules, '.moat-deps');

const log = (line) => console.error(`[moat] ${line}`);

function mtime(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

function lockHash() {
  return createHash('sha256').update(readFileSync(lockfile)).digest('hex');
}

/** Why node_modules needs installing, or undefined when it is up to date. */
function staleness() {
  if (mtime(lockfile) === undefined) return mtime(modules) === undefined ? 'node_modules is missing' : undefined;
  const installed = mtime(installedLock);
  if (installed === undefined) return 'node_modules is missing or incomplete';
  try {
    if (readFileSync(stamp, 'utf8').trim() === lockHash()) return undefined;
  } catch {
    // No stamp: installed by hand, judged by the times below.
  }
  if (installed >= mtime(lockfile)) return undefined;
  return 'package-lock.json changed since node_modules was installed';
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** One install at a time per checkout: several `npm test` may start together (the lock holds the holder's pid). */
function withLock(action) {
  const lock = path.join(os.tmpdir(), `moat-deps-${createHash('sha256').update(root).digest('hex').slice(0, 12)}.lock`);
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      let holder;
      try {
        holder = Number(readFileSync(path.join(lock, 'pid'), 'utf8'));
      } catch {
        holder = undefined;
      }
      if (holder && !alive(holder)) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`another install still holds ${lock}; remove it if that is wrong`);
      else sleep(500);
    }
  }
  try {
    action();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function npm(args) {
  // Under `npm start` / `npm test` npm says where it lives; otherwise the npm on PATH.
  const execpath = process.env.npm_execpath;
  const [command, commandArgs] =
    execpath && /\.(c?js|mjs)$/.test(execpath) ? [process.execPath, [execpath, ...args]] : ['npm', args];
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', shell: command === 'npm' && process.platform === 'win32' });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function main() {
  if (!staleness()) return;
  withLock(() => {
    const reason = staleness();
    if (!reason) return; // Installed by whoever held the lock before us.
    const args = mtime(lockfile) === undefined ? ['install', '--no-audit', '--no-fund'] : ['ci', '--no-audit', '--no-fund'];
    log(`${reason}: running npm ${args[0]} (once; a minute or two)…`);
    const status = npm(args);
    if (status !== 0) {
      log(`npm ${args[0]} failed (exit code ${status}); fix the error above, then run the command again`);
      process.exit(status);
    }
    if (mtime(lockfile) !== undefined) writeFileSync(stamp, `${lockHash()}\n`);
  });
}

main();
