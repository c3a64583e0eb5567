import { parseArgs } from 'node:util';
import { positiveInt } from '../../runtime/script-helpers';

export interface Options {
  projects: number;
  concurrency: number;
  warmup: number;
  /** Profile each phase's Postgres statements (pg_stat_statements). */
  statements: boolean;
  /** Print the plans of the visibility check and the detail read for the last project after the Moat phase. */
  explain: boolean;
  /** Trace every call and print where its time goes. */
  spans: boolean;
  /** Print the SDK's own metrics: workflow task and local activity latencies per system. */
  sdkMetrics: boolean;
  /** Where to write CPU profiles of the main thread over each phase: `<cpuProfile>-moat.cpuprofile`, `-baseline`. */
  cpuProfile?: string;
}

/** The command line (then $BENCH_PROJECTS, $BENCH_CONCURRENCY, $BENCH_WARMUP); `--help` prints usage and exits. */
export function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      projects: { type: 'string', short: 'n' },
      concurrency: { type: 'string', short: 'c' },
      warmup: { type: 'string' },
      statements: { type: 'boolean' },
      explain: { type: 'boolean' },
      spans: { type: 'boolean' },
      'sdk-metrics': { type: 'boolean' },
      'cpu-profile': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(
      'usage: npm run bench -- [--projects N] [--concurrency C] [--warmup W] [--statements] [--explain] [--spans] [--sdk-metrics] [--cpu-profile PREFIX]\n' +
        '  --projects N     projects (and baseline workflows) to drive; default 50 or $BENCH_PROJECTS\n' +
        '  --concurrency C  how many run at once; default 10 or $BENCH_CONCURRENCY\n' +
        '  --warmup W       untimed projects run one at a time through each system first; default 2\n' +
        '  --statements     print each phase\'s Postgres statements per call (pg_stat_statements, embedded Postgres only)\n' +
        '  --explain        after the Moat phase, the plans of every command\'s visibility check and detail read\n' +
        '                   for its last project (explain analyze; generic and custom plans)\n' +
        '  --spans          trace the Moat phase and print where a call\'s time goes (slows it: for proportions)\n' +
        '  --sdk-metrics    the SDK\'s own metrics: workflow task and local activity latencies per system\n' +
        '  --cpu-profile P  CPU profiles of the main thread over each phase: P-moat.cpuprofile, P-baseline.cpuprofile\n' +
        '                   (bench/profile-summary.ts reads them)',
    );
    process.exit(0);
  }
  return {
    projects: positiveInt('--projects', values.projects ?? process.env.BENCH_PROJECTS, 50),
    concurrency: positiveInt('--concurrency', values.concurrency ?? process.env.BENCH_CONCURRENCY, 10),
    warmup: positiveInt('--warmup', values.warmup ?? process.env.BENCH_WARMUP, 2, 0),
    statements: values.statements ?? false,
    explain: values.explain ?? false,
    spans: values.spans ?? false,
    sdkMetrics: values['sdk-metrics'] ?? false,
    cpuProfile: values['cpu-profile'],
  };
}
