import { readdirSync, readFileSync } from 'node:fs';
import { processInfo } from '../../runtime/processes';

/**
 * CPU seconds spent by the processes of this machine, grouped as the bench reads them: this Node process (the API,
 * both workers, their workflow threads and the load generator), the Temporal server, Postgres (the postmaster and
 * every backend) and the rest. Sampled from /proc before and after a phase; where there is no /proc, empty.
 */
export type CpuGroup = 'node' | 'temporal' | 'postgres' | 'other';
export type CpuSeconds = Record<CpuGroup, number>;

function groupOf(pid: number, command: string): CpuGroup {
  if (pid === process.pid) return 'node';
  if (/\btemporal\b.*\bserver\b|\/server\b.*start/.test(command)) return 'temporal';
  if (/postgres/.test(command)) return 'postgres';
  return 'other';
}

/**
 * CPU seconds so far of every process now running, per group. A process that has exited counts with its parent once
 * reaped (a closed Postgres backend with the postmaster), so a group's seconds never fall between two samples.
 */
export function cpuByGroup(): CpuSeconds {
  return cpuSummed({ node: 0, temporal: 0, postgres: 0, other: 0 }, groupOf);
}

/** Adds each running process's CPU seconds to `total` under the group `groupOf` names: one pass over /proc. */
function cpuSummed<G extends string>(total: Record<G, number>, groupOf: (pid: number, command: string) => G): Record<G, number> {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return total;
  }
  for (const name of pids) {
    const info = processInfo(Number(name));
    if (info?.cpuSeconds !== undefined) total[groupOf(info.pid, info.command)] += info.cpuSeconds + (info.reapedChildrenCpuSeconds ?? 0);
  }
  return total;
}

/** What each group (or part) spent between two samples, in seconds rounded to a tenth. */
export function cpuSpent<G extends string>(before: Record<G, number>, after: Record<G, number>): Record<G, number> {
  const spent = {} as Record<G, number>;
  for (const group of Object.keys(before) as G[]) spent[group] = Math.round((after[group] - before[group]) * 10) / 10;
  return spent;
}

/** CPU seconds so far of a deployment's parts: its worker and API processes (by pid), Postgres and Temporal. */
export function cpuOfParts(workerPid: number, apiPid: number) {
  const { worker, api, postgres, temporal } = cpuSummed({ worker: 0, api: 0, node: 0, temporal: 0, postgres: 0, other: 0 }, (pid, command) =>
    pid === workerPid ? 'worker' : pid === apiPid ? 'api' : groupOf(pid, command),
  );
  return { worker, api, postgres, temporal };
}

export type PartsCpu = ReturnType<typeof cpuOfParts>;

/** A process's resident set size in bytes, from /proc; 0 once it is gone. */
export function residentBytes(pid: number): number {
  try {
    const kib = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return Number(kib ?? 0) * 1024;
  } catch {
    return 0; // gone (the run is stopping)
  }
}
