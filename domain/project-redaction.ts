/**
 * What of a project its viewer may not read, blanked out (domain/visibility.ts has the rules): the rate and cost
 * of a person's work (a booking's day rate, planned and actual cost, the ledger entries and timeline amounts of
 * that booking) and the scores someone else gave someone else. The project's own totals (budget, committed,
 * actual) stay: they are the project's, not a person's. Pure; db/project-detail.ts gathers the `Sight`.
 */

export interface Sight {
  /** Whether the viewer may see the rate and cost of `personId`'s work on this project. */
  seesRateOf(personId: string): boolean;
  /** Whether the viewer may see the score `scorerId` gave `personId`. */
  seesScore(scorerId: string, personId: string): boolean;
}

interface Booked {
  id: string;
  personId: string;
}
interface LedgerLine {
  bookingId: string;
}
interface TimelineEntry {
  type: string;
  actorId: string;
  data: Record<string, unknown>;
}

type Redacted<T, K extends keyof T> = Omit<T, K> & { [P in K]: T[P] | null };

export function redactBooking<B extends Booked & { rate: unknown; planned: unknown; actual: unknown }>(
  booking: B,
  sight: Sight,
): Redacted<B, 'rate' | 'planned' | 'actual'> {
  if (sight.seesRateOf(booking.personId)) return booking;
  return { ...booking, rate: null, planned: null, actual: null };
}

export function redactLedgerLine<L extends LedgerLine & { amount: unknown }>(
  line: L,
  personOfBooking: ReadonlyMap<string, string>,
  sight: Sight,
): Redacted<L, 'amount'> {
  const person = personOfBooking.get(line.bookingId);
  return person === undefined || sight.seesRateOf(person) ? line : { ...line, amount: null };
}

const withoutAmount = (entry: unknown) => (entry && typeof entry === 'object' ? { ...entry, amount: null } : entry);

/** A timeline entry with the amounts of bookings the viewer may not price and the scores they may not read removed. */
export function redactTimelineEntry<E extends TimelineEntry>(entry: E, personOfBooking: ReadonlyMap<string, string>, sight: Sight): E {
  const data = entry.data;
  const hidden = (bookingId: unknown) => {
    const person = typeof bookingId === 'string' ? personOfBooking.get(bookingId) : undefined;
    return person !== undefined && !sight.seesRateOf(person);
  };
  switch (entry.type) {
    case 'booking_made': {
      const booking = data.booking as Booked | undefined;
      if (!booking || sight.seesRateOf(booking.personId)) return entry;
      return { ...entry, data: { ...data, booking: { ...booking, rate: null, planned: null }, entry: withoutAmount(data.entry) } };
    }
    case 'booking_extended':
      return hidden(data.bookingId) ? { ...entry, data: { ...data, planned: null, entry: withoutAmount(data.entry) } } : entry;
    case 'time_recorded':
      return hidden(data.bookingId) ? { ...entry, data: { ...data, entry: withoutAmount(data.entry) } } : entry;
    case 'commitments_released': {
      const entries = Array.isArray(data.entries) ? (data.entries as LedgerLine[]) : [];
      return { ...entry, data: { ...data, entries: entries.map((line) => (hidden(line.bookingId) ? withoutAmount(line) : line)) } };
    }
    case 'approval_decided': {
      const pricing = data.pricing as { personId?: string } | null | undefined;
      if (!pricing?.personId || sight.seesRateOf(pricing.personId)) return entry;
      return { ...entry, data: { ...data, pricing: null } };
    }
    case 'scores_submitted': {
      const scores = Array.isArray(data.scores) ? (data.scores as Array<{ personId: string }>) : [];
      return { ...entry, data: { ...data, scores: scores.filter((s) => sight.seesScore(entry.actorId, s.personId)) } };
    }
    default:
      return entry;
  }
}
