import { reject } from './errors';
import type { ProjectState } from './project';

/** Guards every decision shares. */

/** Nothing but scoring is decided on a closed project. */
export function requireOpen(state: Pick<ProjectState, 'status'>): void {
  if (state.status !== 'open') throw reject.conflict(`the project is closed (${state.status})`);
}

/**
 * The event types of one part of the project (Match, Collaborate, Assess) as a guard. Built from a record with a
 * key for every type of the union, so a type added to the union and forgotten here fails `tsc`.
 */
export function eventTypeGuard<E extends { type: string }>(types: Record<E['type'], true>): (event: { type: string }) => event is E {
  const known = new Set<string>(Object.keys(types));
  return (event): event is E => known.has(event.type);
}
