/**
 * Relative locations: "some 50 km south of Tripoli", "30 miles east of the city of Sirte", "near Derna",
 * "on the outskirts of Benghazi". Read from the words just before a place name; the point is offset by the
 * distance and bearing when both are given, and always marked approximate.
 */

export interface RelativeLocation {
  /** Offset into the text where the phrase starts (the mention grows to cover it). */
  start: number;
  distanceKm?: number;
  bearingDeg?: number;
  /** Short label: "50 km S of", "near". */
  label: string;
}

const BEARINGS: Record<string, number> = {
  north: 0, northeast: 45, east: 90, southeast: 135, south: 180, southwest: 225, west: 270, northwest: 315,
};
const ABBREV: Record<string, string> = {
  north: 'N', northeast: 'NE', east: 'E', southeast: 'SE', south: 'S', southwest: 'SW', west: 'W', northwest: 'NW',
};

// "the capital", "the coastal city of", "the town of": descriptions between the preposition and the name.
const DESCRIPTOR = String.raw`(?:the\s+(?:[a-z]+\s+)?(?:city|town|capital|port|village|oasis|port\s+city|coastal\s+city)\s+(?:of\s+)?)?`;
const DIRECTION = String.raw`(north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?`;
const OFFSET = new RegExp(String.raw`(?:(?:some|about|around|roughly|approximately|nearly|almost|over|just|more\s+than|less\s+than)\s+)?`
  // Wires convert the unit in brackets: "80 km (50 miles) south of", "200 kilometers (125 miles) east of".
  + String.raw`(\d+(?:[.,]\d+)?)\s*-?\s*(km|kms|kilometres?|kilometers?|miles?|mi)(?:\s*\(\s*\d+(?:[.,]\d+)?\s*(?:km|kms|kilometres?|kilometers?|miles?|mi)\s*\))?\s+(?:to\s+the\s+)?${DIRECTION}\s+of\s+${DESCRIPTOR}$`, 'i');
const DIRECTION_ONLY = new RegExp(String.raw`\b(?:just\s+)?${DIRECTION}\s+of\s+${DESCRIPTOR}$`, 'i');
const NEAR = new RegExp(String.raw`\b(near|nearby|outside|just\s+outside|close\s+to|not\s+far\s+from|in\s+the\s+vicinity\s+of|`
  + String.raw`on\s+the\s+outskirts\s+of|in\s+the\s+outskirts\s+of|on\s+the\s+edge\s+of|around)\s+${DESCRIPTOR}$`, 'i');

// Every pattern above ends in one of these words right before the name: a cheap gate before the regexes.
const LAST_WORDS = new Set(['of', 'near', 'nearby', 'outside', 'to', 'around', 'from', 'capital', 'city', 'town', 'port', 'village', 'oasis']);

/** The word just before `at`, lowercased, found by a backwards scan (this runs for every place found). */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && text[end - 1] === ' ') end--;
  let start = end;
  while (start > 0 && /[a-zA-Z]/.test(text[start - 1] ?? '')) start--;
  return text.slice(start, end).toLowerCase();
}

export function readRelativeLocation(text: string, placeStart: number): RelativeLocation | undefined {
  if (!LAST_WORDS.has(wordBefore(text, placeStart))) return undefined;
  const from = Math.max(0, placeStart - 90);
  const before = text.slice(from, placeStart);
  const offset = OFFSET.exec(before);
  if (offset) {
    const amount = Number((offset[1] ?? '0').replace(',', '.'));
    const miles = /^mi/i.test(offset[2] ?? '');
    const direction = (offset[3] ?? '').toLowerCase().replace('-', '');
    const distanceKm = miles ? amount * 1.609344 : amount;
    return {
      start: from + offset.index, distanceKm, bearingDeg: BEARINGS[direction],
      label: `${amount} ${miles ? 'miles' : 'km'} ${ABBREV[direction] ?? ''} of`,
    };
  }
  const direction = DIRECTION_ONLY.exec(before);
  if (direction) {
    const d = (direction[1] ?? '').toLowerCase().replace('-', '');
    return { start: from + direction.index, label: `${ABBREV[d] ?? ''} of` };
  }
  const near = NEAR.exec(before);
  if (near) return { start: from + near.index, label: (near[1] ?? 'near').toLowerCase().replace(/\s+/g, ' ') };
  return undefined;
}

const EARTH_RADIUS_KM = 6371;

/** The point `distanceKm` from (lat, lon) along `bearingDeg` on a sphere (great-circle destination). */
export function offsetPoint(lat: number, lon: number, distanceKm: number, bearingDeg: number): { lat: number; lon: number } {
  const rad = Math.PI / 180;
  const d = distanceKm / EARTH_RADIUS_KM;
  const b = bearingDeg * rad;
  const lat1 = lat * rad;
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(b));
  const lon2 = lon * rad + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(lat1), Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
  return { lat: Math.round((lat2 / rad) * 1e4) / 1e4, lon: Math.round((((lon2 / rad + 540) % 360) - 180) * 1e4) / 1e4 };
}
