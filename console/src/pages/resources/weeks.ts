export interface Week {
  /** Monday, `YYYY-MM-DD` (UTC). */
  from: string;
  /** Sunday, `YYYY-MM-DD` (UTC). */
  to: string;
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The `count` weeks (Monday to Sunday, UTC dates) ending with the week of `today`, oldest first. */
export function weeksEnding(today: Date, count: number): Week[] {
  const midnight = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const monday = midnight - ((today.getUTCDay() + 6) % 7) * DAY;
  return Array.from({ length: count }, (_, i) => {
    const start = monday - (count - 1 - i) * 7 * DAY;
    return { from: iso(start), to: iso(start + 6 * DAY) };
  });
}

export type Load = 'over' | 'under' | 'ok' | 'none';

/** Below half of capacity a person is under-booked; past capacity, over-booked. No capacity (a week of holidays): none. */
export const UNDER_BOOKED_SHARE = 0.5;

export function loadOf(bookedDays: number, capacityDays: number): Load {
  if (capacityDays <= 0) return bookedDays > 0 ? 'over' : 'none';
  if (bookedDays > capacityDays) return 'over';
  if (bookedDays < capacityDays * UNDER_BOOKED_SHARE) return 'under';
  return 'ok';
}
