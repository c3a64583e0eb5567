import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';

/**
 * `npm run bench -- --cpu-profile PREFIX`: a V8 CPU profile of the main thread (the API, the client, the worker's
 * activities and the SDK's bridge callbacks; not the workflow thread) over one phase, for Chrome DevTools or
 * `npx tsx bench/profile-summary.ts FILE`.
 */
export class PhaseProfiler {
  private constructor(private readonly session: Session) {}

  static async start(): Promise<PhaseProfiler> {
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
    return new PhaseProfiler(session);
  }

  async stopInto(file: string): Promise<void> {
    const { profile } = await this.session.post('Profiler.stop');
    this.session.disconnect();
    await writeFile(file, JSON.stringify(profile));
  }
}
