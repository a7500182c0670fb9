import type { CountryRecord, GazetteerCandidate, GazetteerIndex } from './GazetteerIndex.ts';
import { fuzzyCandidates, gazetteerCandidates } from './GazetteerIndex.ts';
import { fuzzyKey, MIN_FUZZY_KEY } from './fuzzyKey.ts';
import type { CountryLookup } from './countries.ts';
import { placeKey } from './foldPlaceName.ts';
import type { SupplementPlace } from './supplementPlaces.ts';

/** What a name is, before any guard: a curated place, a country, a demonym or GeoNames homonyms. */
export type SpanHit =
  | { kind: 'supplement'; entry: SupplementPlace }
  | { kind: 'country'; country: CountryRecord }
  | { kind: 'demonym'; country: CountryRecord }
  | { kind: 'gazetteer'; candidates: GazetteerCandidate[]; fuzzy?: boolean };

export interface SpanLookups {
  gazetteer: GazetteerIndex;
  countries: CountryLookup;
  supplement: ReadonlyMap<string, SupplementPlace>;
  /**
   * Surface text → lookup result (null for a miss). News repeats its names and most capitalised spans are
   * misses ("Human Rights Council"); caching skips both the folding and the binary search.
   */
  cache: Map<string, { key: string; hit: SpanHit } | null>;
}

// Bounds the cache for long-running processes (Vite dev server); a clear is cheap and rare.
const CACHE_LIMIT = 200_000;

export function lookupSpan(text: string, lookups: SpanLookups): { key: string; hit: SpanHit } | undefined {
  const cached = lookups.cache.get(text);
  if (cached !== undefined) return cached ?? undefined;
  const found = lookupKey(text, lookups);
  if (lookups.cache.size >= CACHE_LIMIT) lookups.cache.clear();
  lookups.cache.set(text, found ?? null);
  return found;
}

function lookupKey(text: string, lookups: SpanLookups): { key: string; hit: SpanHit } | undefined {
  const key = placeKey(text);
  if (key.length < 3 && !/^[A-Z]{2,3}$/.test(text)) return undefined;
  const entry = lookups.supplement.get(key);
  if (entry) return { key, hit: { kind: 'supplement', entry } };
  const country = lookups.countries.byName.get(key);
  if (country) return { key, hit: { kind: 'country', country } };
  const demonym = lookups.countries.byDemonym.get(key);
  if (demonym) return { key, hit: { kind: 'demonym', country: demonym } };
  if (key.length < 3) return undefined;
  const candidates = gazetteerCandidates(lookups.gazetteer, key);
  if (candidates.length > 0) return { key, hit: { kind: 'gazetteer', candidates } };
  // One word only, spelt otherwise than GeoNames ("Gheryan"): a guess the finder checks hard.
  if (key.length < 5 || /[\s-]/.test(text)) return undefined;
  const skeleton = fuzzyKey(text);
  const fuzzy = skeleton.length >= MIN_FUZZY_KEY ? fuzzyCandidates(lookups.gazetteer, skeleton) : [];
  return fuzzy.length > 0 ? { key, hit: { kind: 'gazetteer', candidates: fuzzy, fuzzy: true } } : undefined;
}
