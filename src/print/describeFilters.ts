/** The active filters in words, for the handout's heading: "type: Battle or Diplomacy; search “siege”". */
import type { Actor, Document } from '../compiler/schema.ts';
import type { Filters } from '../store/appStore.ts';
import { certaintyWord } from '../data/certainties.ts';
import { DEATHS_REPORT_LABELS } from '../data/describeCasualties.ts';
import { describeType } from '../data/eventTypes.ts';

const alternatives = (values: string[]) => values.join(' or ');

/** Null when nothing is filtered. Ids are named (actors, documents) so the reader of paper can follow. */
export function describeFilters(filters: Filters, actorsById: Map<string, Actor>, documentsById: Map<string, Document>): string | null {
  const parts: string[] = [];
  if (filters.types.length) parts.push(`type: ${alternatives(filters.types.map(describeType))}`);
  if (filters.actors.length) parts.push(`actor: ${alternatives(filters.actors.map((id) => actorsById.get(id)?.name ?? id))}`);
  if (filters.places.length) parts.push(`place: ${alternatives(filters.places)}`);
  if (filters.documents.length) parts.push(`document: ${alternatives(filters.documents.map((id) => documentsById.get(id)?.title ?? id))}`);
  if (filters.certainties.length) parts.push(`certainty: ${alternatives(filters.certainties.map(certaintyWord))}`);
  if (filters.deaths.length) parts.push(`reported deaths: ${alternatives(filters.deaths.map((d) => DEATHS_REPORT_LABELS[d]))}`);
  if (filters.query.trim()) parts.push(`search “${filters.query.trim()}”`);
  return parts.length ? parts.join('; ') : null;
}
