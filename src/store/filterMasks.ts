/**
 * Which filters each event passes, one bit per filter, computed in one pass per filter change. The filtered
 * events are those passing every bit, and a facet's counts are those passing every bit but its own
 * (facetCounts.ts), so the list, the views and all six facets share this single pass instead of running
 * the filters seven times over every event. Seven bits: a byte per event still holds them.
 */
import type { Event } from '../compiler/schema.ts';
import { deathsReport } from '../data/describeCasualties.ts';
import { foldText } from './foldText.ts';
import { FACETS, type FacetKey, type Filters } from './filters.ts';

export const FACET_BITS: Record<FacetKey, number> = { types: 1, actors: 2, places: 4, documents: 8, certainties: 16, deaths: 32 };
const QUERY_BIT = 64;
/** Every bit set: the event passes every filter. */
export const PASSES_ALL = 127;

/** The values an event holds for a facet (an event can have several actors or documents). */
export function facetValues(e: Event, key: FacetKey): string[] {
  switch (key) {
    case 'types': return [e.type];
    case 'certainties': return [e.certainty];
    case 'deaths': return [deathsReport(e.sources)];
    case 'actors': return e.actors;
    case 'places': return e.place ? [e.place.name] : [];
    case 'documents': return [...new Set(e.sources.map((s) => s.document))];
  }
}

function passesFacet(e: Event, key: FacetKey, wanted: ReadonlySet<string>): boolean {
  switch (key) {
    case 'types': return wanted.has(e.type);
    case 'certainties': return wanted.has(e.certainty);
    case 'deaths': return wanted.has(deathsReport(e.sources));
    case 'actors': return e.actors.some((a) => wanted.has(a));
    case 'places': return e.place !== null && wanted.has(e.place.name);
    case 'documents': return e.sources.some((s) => wanted.has(s.document));
  }
}

/**
 * One byte per event (in `events` order). `searchTexts` gives each event's folded search text (see
 * searchText); it is asked for only when there is a query, as folding every quote is the costly part.
 */
export function filterMasks(events: readonly Event[], filters: Filters, searchTexts: () => readonly string[]): Uint8Array {
  const masks = new Uint8Array(events.length);
  let always = 0;
  const active: [FacetKey, number, Set<string>][] = [];
  for (const key of FACETS) {
    if (filters[key].length === 0) always |= FACET_BITS[key];
    else active.push([key, FACET_BITS[key], new Set<string>(filters[key])]);
  }
  const words = foldText(filters.query.trim()).split(/\s+/).filter(Boolean);
  if (words.length === 0) always |= QUERY_BIT;
  const texts = words.length > 0 ? searchTexts() : [];
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    let mask = always;
    for (const [key, bit, wanted] of active) if (passesFacet(e, key, wanted)) mask |= bit;
    if (words.length > 0 && words.every((w) => texts[i]!.includes(w))) mask |= QUERY_BIT;
    masks[i] = mask;
  }
  return masks;
}
