import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { inject } from 'vitest';
import { PROJECT_ROOT } from '../../runtime/config';

/** The worker's line saying it polls: JSON from workers/main.ts (pino), or the SDK's default logger's text. */
export const WORKER_RUNNING = /"state":"RUNNING"|state: 'RUNNING'/;

/** A Moat worker in a process of its own (`workers/main.ts`), so a test can kill it as hard as a crash would. */
export class WorkerProcess {
  private child?: ChildProcess;
  private output = '';

  constructor(private readonly taskQueue: string) {}

  async start(): Promise<void> {
    this.output = '';
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'workers', 'main.ts')], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        DATABASE_URL: inject('databaseUrl'),
        TEMPORAL_ADDRESS: inject('temporalAddress'),
        MOAT_TASK_QUEUE: this.taskQueue,
        MOAT_WORKFLOW_BUNDLE: inject('workflowBundlePath'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`worker did not start:\n${this.output}`)), 60_000);
      const poll = setInterval(() => {
        if (WORKER_RUNNING.test(this.output)) {
          clearInterval(poll);
          clearTimeout(timer);
          resolve();
        }
      }, 50);
      child.once('exit', (code) => {
        clearInterval(poll);
        clearTimeout(timer);
        reject(new Error(`worker exited with ${code}:\n${this.output}`));
      });
    });
  }

  /** SIGKILL: no graceful shutdown, no draining, as if the machine died. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }
}
