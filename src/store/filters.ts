/**
 * What the reader narrowed the events to. Its own module, not appStore's: the selectors and facet counts
 * need it, and appStore imports the selectors, so taking it from appStore made an import loop.
 */
import type { Certainty, EventType } from '../compiler/schema.ts';
import type { DeathsReport } from '../data/describeCasualties.ts';

/**
 * An empty list means "any"; values within a list are alternatives (OR), lists combine with AND. `places`
 * holds place names, `actors` actor ids, `documents` document ids.
 */
export interface Filters {
  types: EventType[];
  actors: string[];
  places: string[];
  documents: string[];
  certainties: Certainty[];
  /** Whether a source reports deaths (src/data/describeCasualties.ts, deathsReport). */
  deaths: DeathsReport[];
  /** Free text, matched case- and accent-insensitively against title, place, actors and quotes. */
  query: string;
}

export type FacetKey = Exclude<keyof Filters, 'query'>;

export const FACETS: FacetKey[] = ['types', 'actors', 'places', 'documents', 'certainties', 'deaths'];

export const noFilters: Filters = { types: [], actors: [], places: [], documents: [], certainties: [], deaths: [], query: '' };
