import type { Actor } from '../compiler/schema.ts';

/** An event's actors by name ("Khalifa Haftar, Libyan National Army"), for the details panel and print. */
export function describeActors(ids: readonly string[], actorsById: ReadonlyMap<string, Actor>): string {
  const names = ids.map((id) => actorsById.get(id)?.name ?? id);
  return names.length ? names.join(', ') : 'None named';
}
