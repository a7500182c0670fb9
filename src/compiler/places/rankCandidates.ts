import { gazetteerPlace, type GazetteerCandidate, type GazetteerIndex, type GazetteerPlace } from './GazetteerIndex.ts';
import type { PlaceContext } from './PlaceMention.ts';

/** Administrative weight: a capital or a province seat is what a reader means by a bare name. */
function featureWeight(code: string): number {
  if (code === 'PPLC') return 30;
  if (code === 'PPLA') return 15;
  if (code === 'PPLA2') return 8;
  return 0;
}

const PROMINENT = 100_000;
const DWARF_RATIO = 5;

/**
 * Scores one homonym. Context dominates (a country the document talks about, earlier-ranked countries
 * more), then capitals and province seats, then size: Tripoli in a Lebanon story is Lebanon's, Paris with
 * no context is France's. Reads the index columns directly: "San" or "Alexandria" have dozens of homonyms.
 */
function scoreCandidate(index: GazetteerIndex, i: number, context: PlaceContext, biggest: number): number {
  const rank = context.countries.indexOf(index.countryCodes.slice(2 * i, 2 * i + 2));
  // A country the story only touches (the US of "Washington said") does not turn Geneva into a small
  // American Geneva: its support goes only to homonyms not dwarfed by a major place of the same name.
  const dwarfed = rank > 0 && biggest >= PROMINENT && (index.populations[i] ?? 0) * DWARF_RATIO < biggest;
  const contextScore = rank < 0 || dwarfed ? 0 : 100 - 5 * Math.min(rank, 10);
  const feature = index.featureCodes[index.featureOf[i] ?? 0] ?? '';
  return contextScore + featureWeight(feature) + 5 * Math.log10((index.populations[i] ?? 0) + 1);
}

/** The best reading of a name, or undefined when `onlyCountry` rules all candidates out. */
export function bestCandidate(
  index: GazetteerIndex, candidates: GazetteerCandidate[], context: PlaceContext, onlyCountry?: string,
): { place: GazetteerPlace; alternate: boolean } | undefined {
  let best: GazetteerCandidate | undefined;
  let bestScore = -Infinity;
  let biggest = 0;
  for (const c of candidates) biggest = Math.max(biggest, index.populations[c.place] ?? 0);
  for (const c of candidates) {
    if (onlyCountry && index.countryCodes.slice(2 * c.place, 2 * c.place + 2) !== onlyCountry) continue;
    const score = scoreCandidate(index, c.place, context, biggest);
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best && { place: gazetteerPlace(index, best.place), alternate: best.alternate };
}

export function inContext(country: string, context: PlaceContext): boolean {
  return context.countries.includes(country);
}
