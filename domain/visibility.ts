import type { Role } from './people';

/**
 * Who sees what (issue 9; the README's visibility table is this file in words). Pure: the SQL that applies these
 * rules to rows lives in db/visibility.ts, and api/visibility.ts enforces them on every route that names a project.
 *
 * - A project: the people who took part (db/migrations/009_visibility.sql lists who that is), the manager chain
 *   above its sales owner and above its current owner, the manager of its office, the lead of the delivery center it
 *   was dispatched to, the lead of the hotline that serves it (tier E or a channel deal), the delivery people of its office on the
 *   tiers whose feasibility they sign (C–E, and channel deals), anyone acting for one of
 *   those who took part, directors and admins. Everyone else is told it does not exist.
 * - A score: its scorer, the person scored, that person's manager chain, directors and admins.
 * - A rate or a cost of a person's work: that person, their manager chain, an approver while deciding (and, after,
 *   the approver of that person's booking), directors and admins.
 * - A report row: a manager's tree and the offices they manage, a center lead's center, one's own rows; directors
 *   and admins all of them.
 */

export const SEES_ALL_PROJECTS: readonly Role[] = ['director', 'admin'];
export const SEES_ALL_SCORES: readonly Role[] = ['director', 'admin'];
export const SEES_ALL_RATES: readonly Role[] = ['director', 'admin'];
export const SEES_ALL_REPORT_ROWS: readonly Role[] = ['director', 'admin'];

export function holdsAny(person: { roles: readonly Role[] }, roles: readonly Role[]): boolean {
  return roles.some((role) => person.roles.includes(role));
}

/** Tiers whose feasibility a delivery person of the project's office signs (domain/collaborate.ts): they see them. */
export const OFFICE_DELIVERY_TIERS = ['C', 'D', 'E'] as const;

/** Tiers whose projects the office's hotline serves whatever their channel; channel deals are served at any tier. */
export const HOTLINE_TIERS = ['E'] as const;
