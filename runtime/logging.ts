import { DefaultLogger, Runtime, type LogLevel } from '@temporalio/worker';

let installed = false;

/** Quiets the Temporal worker's own logging to `level`; once per process, before the first worker. */
export function installWorkerLogging(level: LogLevel): void {
  if (installed) return;
  installed = true;
  try {
    Runtime.install({ logger: new DefaultLogger(level) });
  } catch {
    // A runtime already exists (another component made a worker first): keep its logger.
  }
}
