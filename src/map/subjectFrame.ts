import type { PlacedEvent } from '../store/selectors.ts';
import { boxAround, unionBox, type GeoBox } from './geoBox.ts';
import { countryByCode } from './countries.ts';
import { mainCountry } from './mainCountry.ts';

/** The frame when there is nothing to frame: the inhabited world, no country singled out. */
export const WORLD: GeoBox = [[-50, -150], [70, 160]];

/** Context kept around the events, in degrees: a lone event is not framed at street level. */
const MIN_HALF_SPAN = 1;

/** The box around the events (null for none), at least ~2 degrees across. */
export function eventsBox(events: readonly PlacedEvent[]): GeoBox | null {
  const box = boxAround(events.map((e) => [e.place.lat, e.place.lon] as const));
  if (!box) return null;
  const [lat, lon] = [(box[0][0] + box[1][0]) / 2, (box[0][1] + box[1][1]) / 2];
  return unionBox(box, [[lat - MIN_HALF_SPAN, lon - MIN_HALF_SPAN], [lat + MIN_HALF_SPAN, lon + MIN_HALF_SPAN]]);
}

/**
 * What a view of these events should frame (null for none): when one country is their subject
 * (mainCountry), that country and its events — the talks abroad stay one "Fit all" away; otherwise all of
 * them. `extentOf` gives a country's box (the basemap's, by default).
 */
export function subjectFrame(
  events: readonly PlacedEvent[],
  extentOf: (alpha2: string) => GeoBox | null = (code) => countryByCode(code)?.extent ?? null,
): GeoBox | null {
  const country = mainCountry(events);
  if (!country) return eventsBox(events);
  const box = eventsBox(events.filter((e) => e.place.country === country));
  const extent = extentOf(country);
  return box && extent ? unionBox(box, extent) : box ?? extent;
}
