/** A place in words for the details panel. */
import type { EventPlace } from '../compiler/schema.ts';

/** "Benghazi — city", "Ganfouda — neighbourhood, approximate location", "Place unknown". */
export function describePlace(place: EventPlace | null): string {
  if (!place) return 'Place unknown';
  return `${place.name} — ${place.precision}${place.approximate ? ', approximate location' : ''}`;
}
