import type { Actor, Event } from '../compiler/schema.ts';
import { foldText } from './foldText.ts';

/**
 * An event's text as the search reads it: title, place, actor names and quotes, folded (lower case, no
 * accents) once per dataset rather than on every keystroke. Joined by newlines: a search word holds no
 * whitespace, so it is found in the joined text exactly when it is found in one of the parts.
 */
export function searchText(e: Event, actorsById: ReadonlyMap<string, Actor>): string {
  const parts = [e.title, e.place?.name ?? '', ...e.actors.map((a) => actorsById.get(a)?.name ?? a), ...e.sources.map((s) => s.quote)];
  return foldText(parts.join('\n'));
}
