import { fnv1a } from '../fnv1a.ts';
import type { EventDate, EventPlace, EventType } from '../schema.ts';

/** What an event is, as far as its id is concerned. */
export interface EventIdentity {
  /** The document the event was read from (its first source). */
  document: string;
  type: EventType;
  date: EventDate | null;
  place: EventPlace | null;
}

/**
 * An event id that survives edits that do not change what the event is: it hashes what was extracted
 * (document, type, start date, place), never the wording or position of the sentence nor the word that
 * triggered it (a misspelt "accused" in the sentence once let another trigger lead a merge), so a typo
 * fix, a reworded neighbour or a new paragraph above keeps sidecars, stories and `#event=` links pointing
 * at the same event. A changed type, date or place is another event and gets another id. Events
 * that agree on all of these get `-2`, `-3` suffixes in document order (see `numberCollisions`).
 */
export function eventId({ document, type, date, place }: EventIdentity): string {
  // The gazetteer's id when there is one: the displayed name may be respelt without moving the place.
  const where = place ? (place.geonameId !== undefined ? `g${place.geonameId}` : `n${place.name.toLowerCase()}`) : '-';
  return `e${fnv1a([document, type, date?.start ?? '-', where].join('\u0000'))}`;
}

/**
 * Gives the second, third… event with the same id the suffix `-2`, `-3`, in the order given (document
 * order), so the first keeps its bare id. Mutates and returns `events`.
 */
export function numberCollisions<T extends { id: string }>(events: T[]): T[] {
  const seen = new Map<string, number>();
  for (const e of events) {
    const n = (seen.get(e.id) ?? 0) + 1;
    seen.set(e.id, n);
    if (n > 1) e.id = `${e.id}-${n}`;
  }
  return events;
}
