/** A place in words with how finely it is known, for the details panel and print. */
import type { EventPlace } from '../compiler/schema.ts';
import { PLACE_PRECISION_TABLE } from './precisions.ts';

/** "Benghazi — city", "Ganfouda — neighbourhood, approximate location", "Place unknown". */
export function describePlace(place: EventPlace | null): string {
  if (!place) return 'Place unknown';
  return `${place.name} — ${PLACE_PRECISION_TABLE[place.precision].word}${place.approximate ? ', approximate location' : ''}`;
}
