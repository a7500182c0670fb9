import { gazetteerPlace } from './GazetteerIndex.ts';
import { lookupSpan, type SpanLookups } from './lookupSpan.ts';
import { matchSpans } from './matchSpans.ts';
import { NEVER_PLACE, COMMON_WORDS } from './notPlaceWords.ts';
import type { PlaceContext } from './PlaceMention.ts';
import { namesNaturalFeature } from './naturalFeature.ts';
import { spanRole } from './spanRole.ts';

// Evidence weights: a named country beats a demonym ("Libyan"), which beats a city that implies a country.
const WEIGHT = { country: 3, demonym: 2, city: 3, supplement: 1, hint: 10 };
// A city implies its country only when no homonym of comparable size exists ("Tripoli" does not).
const BIG_CITY = 100_000;

/** Countries a document is about, most evidence first; ties go to the earlier mention. */
export function scanDocument(lookups: SpanLookups, text: string, hint?: { place?: string }): PlaceContext {
  const score = new Map<string, number>();
  const add = (cc: string, w: number): void => {
    if (cc.trim().length === 2) score.set(cc, (score.get(cc) ?? 0) + w);
  };
  if (hint?.place) {
    const found = lookupSpan(hint.place.split(',').pop()?.trim() ?? hint.place, lookups);
    const hit = found?.hit;
    if (hit?.kind === 'country' || hit?.kind === 'demonym') add(hit.country.cca2, WEIGHT.hint);
    else if (hit?.kind === 'supplement') add(hit.entry.country, WEIGHT.hint);
    else if (hit?.kind === 'gazetteer') {
      const biggest = hit.candidates.map((c) => gazetteerPlace(lookups.gazetteer, c.place))
        .sort((a, b) => b.population - a.population)[0];
      if (biggest) add(biggest.country, WEIGHT.hint);
    }
  }
  const naturalFeatures = new Set<string>();
  for (const m of matchSpans(text, lookups)) {
    const { hit } = m;
    if (hit.kind === 'gazetteer' && namesNaturalFeature(m)) {
      naturalFeatures.add(m.key);
      continue;
    }
    if (hit.kind === 'demonym') { add(hit.country.cca2, WEIGHT.demonym); continue; }
    const role = spanRole(m);
    if (role.inOrgName) continue;
    if (hit.kind === 'country') add(hit.country.cca2, WEIGHT.country);
    else if (hit.kind === 'supplement' && !hit.entry.needsCue) add(hit.entry.country, WEIGHT.supplement);
    else if (hit.kind === 'gazetteer' && !hit.fuzzy && !role.embedded && !NEVER_PLACE.has(m.key) && !COMMON_WORDS.has(m.key)) {
      const { populations } = lookups.gazetteer;
      const big = hit.candidates.filter((c) => (populations[c.place] ?? 0) >= BIG_CITY);
      if (big.length === 1 && big[0]) add(gazetteerPlace(lookups.gazetteer, big[0].place).country, WEIGHT.city);
    }
  }
  // Map iteration order is insertion order, so the stable sort keeps first-mentioned countries first.
  const countries = [...score.entries()].sort((a, b) => b[1] - a[1]).map(([cc]) => cc);
  return naturalFeatures.size ? { countries, naturalFeatures: [...naturalFeatures] } : { countries };
}
