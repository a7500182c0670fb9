/**
 * How many events each filter option would show. A facet's counts apply every OTHER active filter (and the
 * search) but not its own, so ticking a second type shows how many events it adds, as shops do; an option
 * with 0 would narrow the view to nothing. Read from the filter masks (filterMasks.ts): one pass per
 * filter change, not one per facet.
 */
import type { Actor, Event } from '../compiler/schema.ts';
import { FACETS, type FacetKey, type Filters } from './filters.ts';
import { FACET_BITS, PASSES_ALL, facetValues, filterMasks } from './filterMasks.ts';
import { searchText } from './searchText.ts';

export type FacetCounts = Record<FacetKey, Map<string, number>>;

/** Counts per facet and value from the masks of `events`, each ignoring its own facet's selection. */
export function countFacets(events: readonly Event[], masks: Uint8Array): FacetCounts {
  const counts = {} as FacetCounts;
  for (const key of FACETS) counts[key] = new Map();
  for (let i = 0; i < events.length; i++) {
    const mask = masks[i]!;
    for (const key of FACETS) {
      if ((mask | FACET_BITS[key]) !== PASSES_ALL) continue;
      const map = counts[key];
      for (const v of facetValues(events[i]!, key)) map.set(v, (map.get(v) ?? 0) + 1);
    }
  }
  return counts;
}

/** Counts per facet and value for a filter state, computing the masks (tests and one-off callers). */
export function facetCounts(events: Event[], filters: Filters, actorsById: Map<string, Actor>): FacetCounts {
  return countFacets(events, filterMasks(events, filters, () => events.map((e) => searchText(e, actorsById))));
}
