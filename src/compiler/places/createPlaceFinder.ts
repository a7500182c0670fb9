import type { PlacePrecision } from '../schema.ts';
import { buildCountryLookup } from './countries.ts';
import type { GazetteerIndex } from './GazetteerIndex.ts';
import type { SpanLookups } from './lookupSpan.ts';
import { matchSpans, type SpanMatch } from './matchSpans.ts';
import { capitalPlace, capitalsOf, lookupPlaceName } from './lookupPlaceName.ts';
import type { PlaceContext, PlaceFinder, PlaceMention } from './PlaceMention.ts';
import { markReferences, type Located, type NearbyLookup } from './referencePoints.ts';
import { townNear } from './townNear.ts';
import { offsetPoint, readRelativeLocation } from './relativeLocation.ts';
import { resolveMatch } from './resolveMatch.ts';
import { scanDocument } from './scanDocument.ts';
import { spanRole } from './spanRole.ts';
import { readSubPlaces } from './subPlaces.ts';
import { SUPPLEMENT_BY_KEY } from './supplementPlaces.ts';

const COORDINATION = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;

const SPECIFICITY: Record<PlacePrecision, number> = { site: 0, neighbourhood: 1, city: 2, region: 3, country: 4 };

/** "Geneva, Switzerland": a country right after a comma qualifies the name before it. */
function qualifierOf(m: SpanMatch, next: SpanMatch | undefined, text: string): string | undefined {
  if (!next || next.hit.kind !== 'country' || m.hit.kind !== 'gazetteer') return undefined;
  return /^,\s*$/.test(text.slice(m.end, next.start)) ? next.hit.country.cca2 : undefined;
}

/** "the northern Lebanese city of Tripoli": a demonym before "city of" says which country's Tripoli. */
function demonymQualifier(m: SpanMatch, previous: SpanMatch | undefined, text: string): string | undefined {
  if (!previous || previous.hit.kind !== 'demonym' || m.hit.kind !== 'gazetteer') return undefined;
  const between = text.slice(previous.end, m.start);
  return /^\s+(?:[a-z-]+\s+){0,2}(?:city|town|port|village|capital|province|region)\s+of\s+$/.test(between) ? previous.hit.country.cca2 : undefined;
}

function findPlaces(lookups: SpanLookups, sentence: string, context: PlaceContext): PlaceMention[] {
  const matches = matchSpans(sentence, lookups);
  const located: Located[] = [];
  let previous: { end: number; afterLocative: boolean } | undefined;
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k] as SpanMatch;
    // Past the end of a mention that grew over its neighbours ("North Darfur State", "Geneva, Switzerland").
    if (previous && m.start < previous.end) continue;
    const role = spanRole(m);
    // A preposition carries over a list: "in Washington, London and Ankara".
    if (previous?.afterLocative && COORDINATION.test(sentence.slice(previous.end, m.start))) role.afterLocative = true;
    const qualifier = qualifierOf(m, matches[k + 1], sentence);
    const resolved = qualifier && resolveMatch(m, role, sentence, lookups, context, qualifier);
    const byDemonym = !resolved ? demonymQualifier(m, matches[k - 1], sentence) : undefined;
    const found = resolved || (byDemonym && resolveMatch(m, role, sentence, lookups, context, byDemonym)) || resolveMatch(m, role, sentence, lookups, context);
    let end = resolved ? (matches[k + 1] as SpanMatch).end : Math.max(m.end, (found && found.end) || 0);
    previous = { end, afterLocative: role.afterLocative };
    if (!found) continue;
    const { place, modifier, kind } = found;
    let start = m.start;
    if (resolved) k++; // the qualifying country is part of this mention
    end = Math.max(end, m.end);
    const landmark = { ...place };
    const relative = readRelativeLocation(sentence, start);
    let offset = false;
    if (relative) {
      start = relative.start;
      place.approximate = true;
      if (relative.distanceKm !== undefined && relative.bearingDeg !== undefined) {
        Object.assign(place, offsetPoint(place.lat, place.lon, relative.distanceKm, relative.bearingDeg));
        place.name = `${relative.label} ${place.name}`;
        delete place.geonameId; // the point is no longer the GeoNames place
        offset = true;
      }
    }
    const mention: PlaceMention = { text: sentence.slice(start, end), start, end, place };
    // An offset point is no longer the capital or the city it was measured from.
    if (!offset) mention.kind = kind;
    if (modifier) mention.modifier = true;
    located.push({ mention, nameStart: m.start, label: relative?.label, landmark, landmarkKind: kind });
  }
  const nearby: NearbyLookup = (name, landmark) => townNear(lookups, name, landmark);
  const byLandmark = markReferences(sentence, located, nearby);
  const mentions = readSubPlaces(sentence, [...located.map((l) => l.mention), ...byLandmark].sort((a, b) => a.start - b.start));
  // Most specific first (a neighbourhood before its city); modifiers and landmarks after real locations of
  // equal rank.
  return mentions.sort((a, b) => (SPECIFICITY[a.place.precision] - SPECIFICITY[b.place.precision])
    || (Number(!!a.modifier || !!a.reference) - Number(!!b.modifier || !!b.reference)) || a.start - b.start);
}

/** A place finder over a prepared gazetteer (see src/node/gazetteer/loadGazetteer.ts for the Node loader). */
export function createPlaceFinder(index: GazetteerIndex): PlaceFinder {
  const lookups: SpanLookups = {
    gazetteer: index, countries: buildCountryLookup(index.countries), supplement: SUPPLEMENT_BY_KEY, cache: new Map(),
  };
  let capitals: Map<string, number> | undefined; // built on first use: one pass over the places
  return {
    scanDocument: (text, hint) => scanDocument(lookups, text, hint),
    find: (sentence, context) => findPlaces(lookups, sentence, context),
    lookup: (name, context) => lookupPlaceName(lookups, name, context),
    capitalOf: (country) => capitalPlace(index, (capitals ??= capitalsOf(index)), country),
  };
}
