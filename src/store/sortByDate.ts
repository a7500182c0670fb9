/** Events in reading order for the list: by start date, undated last, then by title. */
import type { Event } from '../compiler/schema.ts';

// ISO dates of mixed precision compare as strings: "2017-03" sorts before "2017-03-01", as a month does.
export function sortByDate(events: Event[]): Event[] {
  return [...events].sort((a, b) => {
    if (!a.date || !b.date) return a.date ? -1 : b.date ? 1 : a.title.localeCompare(b.title);
    return a.date.start.localeCompare(b.date.start) || a.title.localeCompare(b.title);
  });
}
