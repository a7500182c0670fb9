import type { EventPlace } from '../schema.ts';
import { ADMIN_AREA_FEATURE, gazetteerPlace } from './GazetteerIndex.ts';
import { lookupSpan, type SpanLookups } from './lookupSpan.ts';
import { gazetteerKind } from './placeKind.ts';
import type { PlaceKind } from './PlaceMention.ts';
import { gazetteerToPlace } from './resolveMatch.ts';

// "X, 80 km south of Y" puts X within this many degrees (about 150 km) of Y: the text's own range for it.
const NEAR_DEGREES = 1.5;

/**
 * The town named `name` that lies near `landmark`, the most populous if several: the landmark vouches
 * for a village too small to be read from its bare name ("Rimbo, north of Stockholm").
 */
export function townNear(lookups: SpanLookups, name: string, landmark: EventPlace): { place: EventPlace; kind: PlaceKind } | undefined {
  const found = lookupSpan(name, lookups);
  if (found?.hit.kind !== 'gazetteer' || found.hit.fuzzy) return undefined;
  const index = lookups.gazetteer;
  let best: ReturnType<typeof gazetteerPlace> | undefined;
  for (const c of found.hit.candidates) {
    const p = gazetteerPlace(index, c.place);
    if (p.featureCode === ADMIN_AREA_FEATURE) continue;
    if (Math.abs(p.lat - landmark.lat) > NEAR_DEGREES || Math.abs(p.lon - landmark.lon) > NEAR_DEGREES) continue;
    if (!best || p.population > best.population) best = p;
  }
  return best && { place: gazetteerToPlace(best, name), kind: gazetteerKind(best.featureCode) };
}
