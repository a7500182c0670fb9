import type { Event } from '../compiler/schema.ts';
import { createUnchangedObjects } from './unchangedObjects.ts';

/** An event's JSON, as the bytes the dev server sends. */
export interface EventJsonEntry {
  readonly json: Buffer;
  /** Set by the contract check (contractDiagnostics.ts): an event with this JSON kept the contract. */
  valid?: boolean;
}

/**
 * Each event's JSON, made again only for the events that changed since the last compile (unchangedObjects.ts).
 * The dev server's dataset file is joined from these bytes (devDataset.ts), and its contract check checks
 * only entries no event kept the contract with (contractDiagnostics.ts). After a save the events of the zones
 * merged again are new objects with new parts, but most have the content they had: an event whose JSON is
 * its id's last JSON keeps that entry, so it is neither checked again nor held twice.
 */
export interface EventJson {
  /** The entries of `events`, in order: the same array for the same array, so the check and the file share one pass. */
  all(events: readonly Event[]): readonly EventJsonEntry[];
  /** Ends a compile: the events it did not ask for are forgotten. */
  next(): void;
}

export function createEventJson(): EventJson {
  const known = createUnchangedObjects<EventJsonEntry>();
  let last: { events: readonly Event[]; entries: EventJsonEntry[] } | undefined;
  return {
    all(events) {
      if (last?.events === events) return last.entries;
      const entries = events.map((event, index) => {
        let entry = known.get(event.id, event, index);
        if (entry) return entry;
        const json = Buffer.from(JSON.stringify(event));
        const before = known.last(event.id);
        entry = before?.json.equals(json) ? before : { json };
        known.set(event.id, event, entry, index);
        return entry;
      });
      last = { events, entries };
      return entries;
    },
    next() {
      known.next();
      last = undefined;
    },
  };
}
