import { ADMIN_AREA_FEATURE, type GazetteerCandidate, type GazetteerIndex, type GazetteerPlace } from './GazetteerIndex.ts';
import type { SpanMatch } from './matchSpans.ts';
import { COMMON_WORDS, DIRECTION_WORDS, NEVER_PLACE } from './notPlaceWords.ts';
import type { PlaceContext } from './PlaceMention.ts';
import { bestCandidate } from './rankCandidates.ts';
import type { RegionCue } from './regionCue.ts';
import type { ResolvedPlace } from './ResolvedPlace.ts';
import type { SpanRole } from './spanRole.ts';

export const isArea = (index: GazetteerIndex, c: GazetteerCandidate): boolean =>
  index.featureCodes[index.featureOf[c.place] ?? 0] === ADMIN_AREA_FEATURE;

// Seats a province may be named after when the area data spells it otherwise ("Kharkiv Oblast" for the
// data's "Kharkivska Oblast"): a capital, a first- or second-order seat.
const SEAT_FEATURES = new Set(['PPLC', 'PPLA', 'PPLA2']);

/**
 * "Idlib province", "North Darfur State", "the governorate of Nineveh": the area from the data, or else a
 * seat of the same name, at the seat's point with precision `region`. No GeoNames id: the point is the
 * seat's, the place is the area.
 */
export function resolveRegion(
  m: SpanMatch, cue: RegionCue, surface: string, index: GazetteerIndex, context: PlaceContext, onlyCountry?: string,
): ResolvedPlace | undefined {
  if (m.hit.kind !== 'gazetteer') return undefined;
  const fitting = m.hit.candidates.filter((c) => isArea(index, c) || SEAT_FEATURES.has(index.featureCodes[index.featureOf[c.place] ?? 0] ?? ''));
  const best = bestCandidate(index, fitting, context, onlyCountry);
  if (!best) return undefined;
  const p = best.place;
  const name = `${surface} ${cue.generic}`;
  return { place: { name, lat: p.lat, lon: p.lon, precision: 'region', country: p.country }, modifier: false, kind: 'region', end: cue.end };
}

/** A bare area name ("fighting in Anbar"), read only in a country the document is about. */
export function bareRegion(
  m: SpanMatch, areas: GazetteerCandidate[], role: SpanRole, index: GazetteerIndex, context: PlaceContext, onlyCountry?: string,
): { place: GazetteerPlace; rank: number } | undefined {
  if (areas.length === 0 || role.embedded) return undefined;
  // "the Red Sea", "the Blue Nile": after "the", a bare area name is the sea or river it is named after.
  if (m.tokens[m.first - 1]?.text.toLowerCase() === 'the') return undefined;
  if (m.first === m.last && (COMMON_WORDS.has(m.key) || NEVER_PLACE.has(m.key) || DIRECTION_WORDS.has(m.key))) return undefined;
  const best = bestCandidate(index, areas, context, onlyCountry);
  if (!best) return undefined;
  const rank = context.countries.indexOf(best.place.country);
  return onlyCountry || rank >= 0 ? { place: best.place, rank: rank < 0 ? 0 : rank } : undefined;
}
