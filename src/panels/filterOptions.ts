/**
 * The options each filter offers: every value the dataset holds, plus any value the URL selected that the
 * dataset lacks (so it can still be unticked), each with its label and count.
 */
import type { Dataset } from '../compiler/schema.ts';
import { CERTAINTIES, certaintyWord } from '../data/certainties.ts';
import { EVENT_TYPES, describeType } from '../data/eventTypes.ts';
import type { FacetCounts } from '../store/facetCounts.ts';
import type { FacetKey, Filters } from '../store/filters.ts';

export interface FilterOption { value: string; label: string; count: number; checked: boolean }

export const FACET_LEGENDS: Record<FacetKey, string> = {
  types: 'Event type', actors: 'Actor', places: 'Place', documents: 'Document', certainties: 'Certainty',
};

const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);

function labelled(dataset: Dataset, key: FacetKey): { value: string; label: string }[] {
  switch (key) {
    case 'types': return EVENT_TYPES.map((t) => ({ value: t, label: describeType(t) }));
    case 'certainties': return CERTAINTIES.map((c) => ({ value: c, label: certaintyWord(c) }));
    case 'actors': return dataset.actors.map((a) => ({ value: a.id, label: a.name })).sort(byLabel);
    case 'documents': return dataset.documents.map((d) => ({ value: d.id, label: d.title || d.file })).sort(byLabel);
    case 'places': {
      const names = new Set(dataset.events.flatMap((e) => (e.place ? [e.place.name] : [])));
      return [...names].map((n) => ({ value: n, label: n })).sort(byLabel);
    }
  }
}

/** Options for one facet. Fixed lists (types, certainties) hide values no event has and nobody ticked. */
export function filterOptions(dataset: Dataset, filters: Filters, counts: FacetCounts, key: FacetKey): FilterOption[] {
  const all = labelled(dataset, key);
  const selected = filters[key] as string[];
  const known = new Set(all.map((o) => o.value));
  const extra = selected.filter((v) => !known.has(v)).map((v) => ({ value: v, label: v }));
  const present = new Set(dataset.events.flatMap((e) => (key === 'types' ? [e.type] : key === 'certainties' ? [e.certainty] : [])));
  return [...all, ...extra]
    .filter((o) => (key !== 'types' && key !== 'certainties') || present.has(o.value as never) || selected.includes(o.value))
    .map((o) => ({ ...o, count: counts[key].get(o.value) ?? 0, checked: selected.includes(o.value) }));
}
