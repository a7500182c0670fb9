/**
 * How many events each filter option would show. A facet's counts apply every OTHER active filter (and the
 * search) but not its own, so ticking a second type shows how many events it adds, as shops do; an option
 * with 0 would narrow the view to nothing.
 */
import type { Actor, Event } from '../compiler/schema.ts';
import { noFilters, type Filters } from './appStore.ts';
import { matchesFilters } from './filterEvents.ts';

export type FacetKey = Exclude<keyof Filters, 'query'>;
export type FacetCounts = Record<FacetKey, Map<string, number>>;

export const FACETS: FacetKey[] = ['types', 'actors', 'places', 'documents', 'certainties'];

/** The values an event holds for a facet (an event can have several actors or documents). */
export function facetValues(e: Event, key: FacetKey): string[] {
  switch (key) {
    case 'types': return [e.type];
    case 'certainties': return [e.certainty];
    case 'actors': return e.actors;
    case 'places': return e.place ? [e.place.name] : [];
    case 'documents': return [...new Set(e.sources.map((s) => s.document))];
  }
}

/** Counts per facet and value, each ignoring its own facet's selection. */
export function facetCounts(events: Event[], filters: Filters, actorsById: Map<string, Actor>): FacetCounts {
  const counts = {} as FacetCounts;
  for (const key of FACETS) {
    const others: Filters = { ...filters, [key]: noFilters[key] };
    const map = new Map<string, number>();
    for (const e of events) {
      if (!matchesFilters(e, others, actorsById)) continue;
      for (const v of facetValues(e, key)) map.set(v, (map.get(v) ?? 0) + 1);
    }
    counts[key] = map;
  }
  return counts;
}
