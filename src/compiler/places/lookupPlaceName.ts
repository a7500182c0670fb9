import type { EventPlace } from '../schema.ts';
import { ADMIN_AREA_FEATURE, gazetteerPlace, type GazetteerIndex } from './GazetteerIndex.ts';
import { lookupSpan, type SpanLookups } from './lookupSpan.ts';
import { NEVER_PLACE } from './notPlaceWords.ts';
import { gazetteerKind, supplementKind } from './placeKind.ts';
import type { PlaceContext, PlaceMention } from './PlaceMention.ts';
import { bestCandidate } from './rankCandidates.ts';
import { gazetteerToPlace } from './resolveMatch.ts';

/** "TRIPOLI" → "Tripoli", "DEIR EZ-ZOR" → "Deir Ez-Zor": datelines shout; names are shown as words. */
function unshout(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/**
 * A name known to be a place (a dateline), optionally qualified by a country: "Derna (Libya)", "Tripoli,
 * Lebanon". No guard against ordinary words beyond the calendar ones: the caller already knows it is a
 * place. Homonyms are ranked by the qualifier, then the document's countries, then capitals and size.
 */
export function lookupPlaceName(lookups: SpanLookups, raw: string, context: PlaceContext): PlaceMention | undefined {
  const parts = /^\s*([^,(]+?)\s*(?:[,(]\s*([^,()]+?)\s*\)?)?\s*[-–—:.]*\s*$/.exec(raw);
  if (!parts?.[1]) return undefined;
  const name = unshout(parts[1]);
  const start = raw.indexOf(parts[1]);
  const qualifier = parts[2] ? lookupSpan(unshout(parts[2]), lookups)?.hit : undefined;
  const onlyCountry = qualifier?.kind === 'country' ? qualifier.country.cca2 : undefined;
  const found = lookupSpan(name, lookups);
  if (!found || NEVER_PLACE.has(found.key)) return undefined;
  const mention = (place: EventPlace, kind: PlaceMention['kind']): PlaceMention =>
    ({ text: raw.slice(start, start + parts[1]!.length), start, end: start + parts[1]!.length, place, kind });
  const { hit } = found;
  if (hit.kind === 'country') {
    const c = hit.country;
    return mention({ name: c.name, lat: c.lat, lon: c.lon, precision: 'country', country: c.cca2 }, 'country');
  }
  if (hit.kind === 'supplement') {
    const e = hit.entry;
    const place: EventPlace = { name: e.name, lat: e.lat, lon: e.lon, precision: e.precision, country: e.country };
    if (e.approximate) place.approximate = true;
    if (e.geonameId) place.geonameId = e.geonameId;
    return mention(place, supplementKind(e.precision, [e.name, ...e.aliases]));
  }
  if (hit.kind !== 'gazetteer') return undefined;
  const index: GazetteerIndex = lookups.gazetteer;
  // A dateline names a town; an area of the same name is read only when no town has it.
  const towns = hit.candidates.filter((c) => index.featureCodes[index.featureOf[c.place] ?? 0] !== ADMIN_AREA_FEATURE);
  const best = bestCandidate(index, towns.length ? towns : hit.candidates, context, onlyCountry);
  if (!best) return undefined;
  const p = best.place;
  if (p.featureCode === ADMIN_AREA_FEATURE) {
    return mention({ name, lat: p.lat, lon: p.lon, precision: 'region', country: p.country }, 'region');
  }
  return mention(gazetteerToPlace(p, name), gazetteerKind(p.featureCode));
}

/** The capital (GeoNames PPLC) of each country, the most populous one where the data lists two. */
export function capitalsOf(index: GazetteerIndex): Map<string, number> {
  const capitals = new Map<string, number>();
  const pplc = index.featureCodes.indexOf('PPLC');
  if (pplc < 0) return capitals;
  for (let i = 0; i < index.featureOf.length; i++) {
    if (index.featureOf[i] !== pplc) continue;
    const cc = index.countryCodes.slice(2 * i, 2 * i + 2);
    const held = capitals.get(cc);
    if (held === undefined || (index.populations[i] ?? 0) > (index.populations[held] ?? 0)) capitals.set(cc, i);
  }
  return capitals;
}

export function capitalPlace(index: GazetteerIndex, capitals: Map<string, number>, country: string): EventPlace | undefined {
  const i = capitals.get(country.toUpperCase());
  if (i === undefined) return undefined;
  const p = gazetteerPlace(index, i);
  return gazetteerToPlace(p, p.name);
}
