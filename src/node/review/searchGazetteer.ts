import type { PlacePrecision } from '../../compiler/schema.ts';
import { ADMIN_AREA_FEATURE, gazetteerCandidates, gazetteerPlace, type GazetteerIndex } from '../../compiler/places/GazetteerIndex.ts';
import { placeKey } from '../../compiler/places/foldPlaceName.ts';
import type { PlaceHit } from '../../compiler/review/reviewTypes.ts';

/** GeoNames feature codes for parts of a town: a place of that kind is a neighbourhood, not a city. */
const SECTIONS = new Set(['PPLX', 'PPLQ']);

/**
 * The gazetteer's places (and countries) with the name the editor typed, as the compiler would key it
 * (case, accents and punctuation folded; alternate names count), biggest first. Exact names only: the
 * editor is naming a place, not browsing, and the compiler's own index has no prefix table.
 */
export function searchGazetteer(index: GazetteerIndex, query: string, limit = 10): PlaceHit[] {
  const key = placeKey(query);
  if (!key) return [];
  const countries: PlaceHit[] = index.countries
    .filter((c) => [c.name, ...c.names].some((n) => placeKey(n) === key))
    .map((c) => ({ name: c.name, lat: c.lat, lon: c.lon, country: c.cca2, precision: 'country', description: 'country' }));
  const places = gazetteerCandidates(index, key)
    .map((c) => gazetteerPlace(index, c.place))
    .sort((a, b) => b.population - a.population || a.geonameId - b.geonameId)
    .map((p): PlaceHit => {
      const precision: PlacePrecision = p.featureCode === ADMIN_AREA_FEATURE ? 'region' : SECTIONS.has(p.featureCode) ? 'neighbourhood' : 'city';
      const kind = precision === 'region' ? 'region' : precision === 'neighbourhood' ? 'neighbourhood' : 'town';
      const people = p.population > 0 ? `, ${p.population.toLocaleString('en')} people` : '';
      return {
        name: p.name, lat: p.lat, lon: p.lon, country: p.country, precision,
        ...(p.geonameId > 0 ? { geonameId: p.geonameId } : {}),
        description: `${kind} in ${p.country}${people}`,
      };
    });
  return [...countries, ...places].slice(0, limit);
}
