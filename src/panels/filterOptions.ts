/**
 * The options each filter offers: every value the dataset holds, plus any value the URL selected that the
 * dataset lacks (so it can still be unticked), each with its label and count.
 */
import type { Dataset } from '../compiler/schema.ts';
import { CERTAINTIES, certaintyWord } from '../data/certainties.ts';
import { DEATHS_REPORTS, DEATHS_REPORT_LABELS, deathsReport } from '../data/describeCasualties.ts';
import { EVENT_TYPES, describeType } from '../data/eventTypes.ts';
import type { FacetCounts } from '../store/facetCounts.ts';
import type { FacetKey, Filters } from '../store/filters.ts';

export interface FilterOption { value: string; label: string; count: number; checked: boolean }

export const FACET_LEGENDS: Record<FacetKey, string> = {
  types: 'Event type', actors: 'Actor', places: 'Place', documents: 'Document', certainties: 'Certainty', deaths: 'Reported deaths',
};

const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);

function labelled(dataset: Dataset, key: FacetKey): { value: string; label: string }[] {
  switch (key) {
    case 'types': return EVENT_TYPES.map((t) => ({ value: t, label: describeType(t) }));
    case 'certainties': return CERTAINTIES.map((c) => ({ value: c, label: certaintyWord(c) }));
    case 'deaths': return DEATHS_REPORTS.map((d) => ({ value: d, label: DEATHS_REPORT_LABELS[d] }));
    case 'actors': return dataset.actors.map((a) => ({ value: a.id, label: a.name })).sort(byLabel);
    case 'documents': return dataset.documents.map((d) => ({ value: d.id, label: d.title || d.file })).sort(byLabel);
    case 'places': {
      const names = new Set(dataset.events.flatMap((e) => (e.place ? [e.place.name] : [])));
      return [...names].map((n) => ({ value: n, label: n })).sort(byLabel);
    }
  }
}

/**
 * Options for one facet. Fixed lists (types, certainties, deaths) hide values no event has and nobody
 * ticked. "Reported deaths" shows only when some event reports deaths: in a dataset where no source gives a
 * death toll, its one option ("No death toll in the sources", every event) would filter nothing.
 */
export function filterOptions(dataset: Dataset, filters: Filters, counts: FacetCounts, key: FacetKey): FilterOption[] {
  const all = labelled(dataset, key);
  const selected = filters[key] as string[];
  const known = new Set(all.map((o) => o.value));
  const extra = selected.filter((v) => !known.has(v)).map((v) => ({ value: v, label: v }));
  const fixed = key === 'types' || key === 'certainties' || key === 'deaths';
  const present = new Set<string>(fixed ? dataset.events.map((e) => (key === 'types' ? e.type : key === 'certainties' ? e.certainty : deathsReport(e.sources))) : []);
  if (key === 'deaths' && !present.has('reported') && selected.length === 0) return [];
  return [...all, ...extra]
    .filter((o) => !fixed || present.has(o.value) || selected.includes(o.value))
    .map((o) => ({ ...o, count: counts[key].get(o.value) ?? 0, checked: selected.includes(o.value) }));
}
