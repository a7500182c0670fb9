import type { EventPlace } from '../schema.ts';
import type { GazetteerCandidate, GazetteerIndex, GazetteerPlace } from './GazetteerIndex.ts';
import { foldPlaceName } from './foldPlaceName.ts';
import type { SpanLookups } from './lookupSpan.ts';
import type { SpanMatch } from './matchSpans.ts';
import { namesNaturalFeature } from './naturalFeature.ts';
import { COMMON_WORDS, NEVER_PLACE } from './notPlaceWords.ts';
import { gazetteerKind, supplementKind } from './placeKind.ts';
import type { PlaceContext } from './PlaceMention.ts';
import { bestCandidate, inContext } from './rankCandidates.ts';
import { regionCue } from './regionCue.ts';
import { bareRegion, isArea, resolveRegion } from './resolveRegion.ts';
import type { SpanRole } from './spanRole.ts';
import { ENGLISH_NAMES } from './supplementPlaces.ts';
import type { ResolvedPlace } from './ResolvedPlace.ts';

/** A match read as a place; `end` is set when the mention grows past the name ("Idlib province"). */

// Without support from the document's countries, only places this big are read from a bare name:
// person names and ordinary words hit small GeoNames places everywhere ("Hope", "Khalifa").
const STANDALONE_POPULATION = 100_000;
// Two-word names ("Bani Walid", "New York") are rarely accidental; they need less.
const MULTIWORD_POPULATION = 15_000;
// An embedded name ("Tripoli Central Hospital") still locates its container if it is a major place of the
// document's main country.
const EMBEDDED_POPULATION = 50_000;

const NEIGHBOURHOOD_CUE = /^\s+(?:neighbou?rhood|district|area|suburb|quarter)\b/i;
const NEIGHBOURHOOD_CUE_BEFORE = /\b(?:neighbou?rhoods?|districts?|areas?|suburbs?|quarters?)\s+of\s+(?:the\s+)?$/i;

export function gazetteerToPlace(p: GazetteerPlace, surface: string): EventPlace {
  // PPLX is a section of a populated place: GeoNames' own word for a neighbourhood.
  const precision = p.featureCode === 'PPLX' ? 'neighbourhood' : 'city';
  // A scholarly transliteration ("Ma‘arrat an Nu‘mān") reads worse than the spelling the article used.
  const name = ENGLISH_NAMES.get(p.geonameId) ?? (/^[\x20-\x7e]*$/.test(p.name) ? p.name : surface);
  return { name, lat: p.lat, lon: p.lon, precision, country: p.country, geonameId: p.geonameId };
}

// Places in a secondary context country still need some size: first names match Italian villages.
const SECONDARY_CONTEXT_POPULATION = 10_000;
// After "in"/"near"/"from", a town abroad the document never mentions needs less than a bare name.
const LOCATIVE_POPULATION = 30_000;

/**
 * Whether the evidence for a GeoNames reading is enough. The main country of the document, a capital or
 * an explicit qualifier always is. Otherwise a single capitalised word needs a locative cue ("in X",
 * "near X", "in Y and X"), or must be a big place named by its primary GeoNames name: person names hit
 * small towns and alternate names everywhere ("Menfi", "Salah" → Sala, "Hamid" → Isparta).
 */
function strongEnough(
  best: { place: GazetteerPlace; alternate: boolean }, surface: string, role: SpanRole, context: PlaceContext, qualified: boolean,
): boolean {
  const p = best.place;
  if (qualified || p.featureCode === 'PPLC' || context.countries[0] === p.country) return true;
  const known = inContext(p.country, context);
  // Words, not tokens: "Jama'at" (Arabic for "group") is one word cut in two by its apostrophe.
  if (/[\s-]/.test(surface)) return known || p.population >= MULTIWORD_POPULATION;
  if (role.afterLocative) {
    return p.population >= LOCATIVE_POPULATION
      || (known && (p.population >= SECONDARY_CONTEXT_POPULATION || p.featureCode.startsWith('PPLA')));
  }
  return !best.alternate && p.population >= STANDALONE_POPULATION;
}

/**
 * Turns a raw match into a place, or undefined when the guards say it is not one. `onlyCountry` comes
 * from an explicit qualifier ("Tripoli, Lebanon"). Returns `modifier` for adjectival uses.
 */
export function resolveMatch(
  m: SpanMatch, role: SpanRole, text: string, lookups: SpanLookups, context: PlaceContext, onlyCountry?: string,
): ResolvedPlace | undefined {
  const { hit } = m;
  if (hit.kind === 'demonym') return undefined;
  const cue = hit.kind === 'gazetteer' ? regionCue(m, text) : undefined;
  // "North Darfur State" ends its run with "State", a word that also ends organisation names.
  if (role.inOrgName && !cue?.closesRun) return undefined;
  const modifier = role.modifier;
  if (hit.kind === 'country') {
    const c = hit.country;
    return {
      place: { name: c.name, lat: c.lat, lon: c.lon, precision: 'country', country: c.cca2 }, modifier: modifier || role.embedded, kind: 'country',
    };
  }
  if (hit.kind === 'supplement') {
    const e = hit.entry;
    if (context.countries.length > 0 && !context.countries.includes(e.country)) return undefined;
    if (e.needsCue) {
      const cued = NEIGHBOURHOOD_CUE.test(text.slice(m.end, m.end + 20))
        || NEIGHBOURHOOD_CUE_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))
        || (!!e.within && text.includes(e.within));
      if (!cued) return undefined;
    }
    const place: EventPlace = { name: e.name, lat: e.lat, lon: e.lon, precision: e.precision, country: e.country };
    if (e.approximate) place.approximate = true;
    if (e.geonameId) place.geonameId = e.geonameId;
    return { place, modifier: modifier || role.embedded, kind: supplementKind(e.precision, [e.name, ...e.aliases]) };
  }
  const single = m.first === m.last;
  const surface = text.slice(m.start, m.end);
  if (single && NEVER_PLACE.has(m.key)) return undefined;
  // Acronyms (LNA, GNA, UN) are organisations far more often than the GeoNames places they spell; a
  // shouted name that opens the text before a comma, a bracket or a dash is a dateline ("SANAA, Yemen").
  if (single && /^[A-Z]{2,5}$/.test(surface) && !isDateline(m, text)) return undefined;
  const index = lookups.gazetteer;
  if (hit.fuzzy) return resolveMisspelt(m, role, surface, index, context);
  const region = cue && resolveRegion(m, cue, surface, index, context, onlyCountry);
  if (region) return region;
  const areas = hit.candidates.filter((c) => isArea(index, c));
  const settlements = areas.length ? hit.candidates.filter((c) => !isArea(index, c)) : hit.candidates;
  const city = resolveSettlement(m, role, surface, index, settlements, context, onlyCountry);
  const area = bareRegion(m, areas, role, index, context, onlyCountry);
  // A province is read from its bare name only where no town of that name is as close to the story.
  if (area && (!city || context.countries.indexOf(city.place.country ?? '') < 0 || context.countries.indexOf(city.place.country ?? '') > area.rank)) {
    const p = area.place;
    return { place: { name: surface, lat: p.lat, lon: p.lon, precision: 'region', country: p.country }, modifier, kind: 'region' };
  }
  return city;
}

/**
 * A town found by its consonant skeleton only ("Gheryan"): read only right after a locative preposition
 * (or in a list that follows one), standing alone, and only in the country the story is most about.
 */
function resolveMisspelt(m: SpanMatch, role: SpanRole, surface: string, index: GazetteerIndex, context: PlaceContext): ResolvedPlace | undefined {
  if (m.hit.kind !== 'gazetteer' || !role.afterLocative || role.embedded || role.modifier) return undefined;
  // A word of a longer name ("Jabal" of "Jabal al-Zawiya") or an ordinary word is no misspelt town.
  if (m.runStart !== m.first || m.runEnd !== m.last || COMMON_WORDS.has(foldPlaceName(surface))) return undefined;
  const main = context.countries[0];
  const inStory = m.hit.candidates.filter((c) => index.countryCodes.slice(2 * c.place, 2 * c.place + 2) === main);
  const best = bestCandidate(index, inStory, context);
  if (!best) return undefined;
  const place = gazetteerToPlace(best.place, surface);
  return { place, modifier: false, kind: gazetteerKind(best.place.featureCode) };
}

function isDateline(m: SpanMatch, text: string): boolean {
  return m.end - m.start >= 4 && /^[\s"“‘']*$/.test(text.slice(0, m.start)) && /^\s*(?:,|\(|[-–—]|\/)/.test(text.slice(m.end, m.end + 3));
}

function resolveSettlement(
  m: SpanMatch, role: SpanRole, surface: string, index: GazetteerIndex, candidates: GazetteerCandidate[],
  context: PlaceContext, onlyCountry?: string,
): ResolvedPlace | undefined {
  const single = m.first === m.last;
  let modifier = role.modifier;
  const best = bestCandidate(index, candidates, context, onlyCountry);
  if (!best || !strongEnough(best, surface, role, context, !!onlyCountry)) return undefined;
  const p = best.place;
  // "the Oskil River", and "west of the Oskil" after it: the river, not a village of that name. A river
  // named after the major town it runs through ("the Wadi Derna river") still points at the town.
  const major = p.population >= STANDALONE_POPULATION || p.featureCode.startsWith('PPLA') || p.featureCode === 'PPLC';
  if (!major && (namesNaturalFeature(m) || context.naturalFeatures?.includes(m.key))) return undefined;
  if (single && COMMON_WORDS.has(m.key) && !(role.afterLocative && (inContext(p.country, context) || p.population >= STANDALONE_POPULATION))) {
    return undefined;
  }
  if (role.embedded) {
    const major = p.population >= 1_000_000 || (context.countries[0] === p.country
      && (p.population >= EMBEDDED_POPULATION || p.featureCode === 'PPLA' || p.featureCode === 'PPLC'));
    if (!major) return undefined;
    modifier = true;
  }
  return { place: gazetteerToPlace(p, surface), modifier, kind: gazetteerKind(p.featureCode) };
}
