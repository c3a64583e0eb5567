import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU seconds spent by the processes of this machine, grouped as the bench reads them: this Node process (the API,
 * both workers, their workflow threads and the load generator), the Temporal server, Postgres (the postmaster and
 * every backend) and the rest. Sampled from /proc before and after a phase; where there is no /proc, empty.
 */
export type CpuGroup = 'node' | 'temporal' | 'postgres' | 'other';
export type CpuSeconds = Record<CpuGroup, number>;

/** Linux's USER_HZ: /proc/<pid>/stat counts CPU time in these ticks. */
const TICKS_PER_SECOND = 100;

function groupOf(pid: number, command: string): CpuGroup {
  if (pid === process.pid) return 'node';
  if (/\btemporal\b.*\bserver\b|\/server\b.*start/.test(command)) return 'temporal';
  if (/postgres/.test(command)) return 'postgres';
  return 'other';
}

/** CPU seconds so far of every process now running, per group (an exited process's time is not counted). */
export function cpuByGroup(): CpuSeconds {
  const total: CpuSeconds = { node: 0, temporal: 0, postgres: 0, other: 0 };
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return total;
  }
  for (const name of pids) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // pid (comm) state ppid … utime and stime are fields 14 and 15; comm may hold spaces and parentheses.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ticks = Number(fields[11]) + Number(fields[12]);
      const command = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').join(' ');
      total[groupOf(Number(name), command)] += ticks / TICKS_PER_SECOND;
    } catch {
      // exited meanwhile
    }
  }
  return total;
}

/** What each group spent between two samples, in seconds rounded to a tenth. */
export function cpuSpent(before: CpuSeconds, after: CpuSeconds): CpuSeconds {
  const spent = (group: CpuGroup) => Math.round((after[group] - before[group]) * 10) / 10;
  return { node: spent('node'), temporal: spent('temporal'), postgres: spent('postgres'), other: spent('other') };
}
