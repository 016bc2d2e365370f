// A profile's timeline: the dated facts of a record and its relations, oldest first. Funding
// has only a year; a year sorts before the days of that year.
import type { EntityKind } from '@/components/entity-link';

export type TimelineEvent = {
  /** YYYY-MM-DD, or YYYY when only the year is known. */
  date: string;
  /** What happened, e.g. "starts", "mandate adopted". */
  what: string;
  /** The record it happened to, linked when it has a page. */
  subject?: { kind?: EntityKind; id: string; name: string };
};

/** The events that have a date, oldest first; on the same date, in the order given. */
export function timeline(events: (Omit<TimelineEvent, 'date'> & { date?: string | number | null })[]): TimelineEvent[] {
  return events
    .filter((e) => e.date != null && e.date !== '')
    .map((e, i) => ({ event: { ...e, date: String(e.date) } as TimelineEvent, i }))
    .sort((a, b) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : a.i - b.i))
    .map((r) => r.event);
}
