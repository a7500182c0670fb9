/** A place in words for the details panel. */
import type { EventPlace } from '../compiler/schema.ts';

/** "Benghazi (city)", "Sirte (city, approximate)", "Place unknown". */
export function describePlace(place: EventPlace | null): string {
  if (!place) return 'Place unknown';
  const precision = place.approximate ? `${place.precision}, approximate` : place.precision;
  return `${place.name} (${precision})`;
}
