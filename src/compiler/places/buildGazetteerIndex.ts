import { foldPlaceName, isLatinName, placeKey } from './foldPlaceName.ts';
import { adminAreaNames } from './adminAreaNames.ts';
import { fuzzyKey, MIN_FUZZY_KEY } from './fuzzyKey.ts';
import { ADMIN_AREA_FEATURE, GAZETTEER_FORMAT, type AdminAreaRecord, type CountryRecord, type GazetteerIndex } from './GazetteerIndex.ts';

// GeoNames "geoname" table columns (https://download.geonames.org/export/dump/readme.txt).
const COL = { id: 0, name: 1, ascii: 2, alternates: 3, lat: 4, lon: 5, featureCode: 7, country: 8, population: 14 };

/**
 * Which alternate names are worth indexing. GeoNames lists, besides real exonyms ("Misrata", "Tobrouk"),
 * machine transliterations from other scripts, always in lowercase ("trabls", "de li bo li"), and airport
 * codes in capitals ("BEN", "TIP"); both only produce false hits against English news text.
 */
function keepAlternate(name: string): boolean {
  if (!isLatinName(name)) return false;
  if (name === name.toLowerCase()) return false;
  if (/^[A-Z]{2,4}$/.test(name)) return false;
  return true;
}

/** Offsets of each item in `items.join('\n') + '\n'`, plus the end, so item i spans starts[i]..starts[i+1]-1. */
function joinedStarts(items: string[]): Int32Array {
  const starts = new Int32Array(items.length + 1);
  let at = 0;
  items.forEach((item, i) => {
    starts[i] = at;
    at += item.length + 1;
  });
  starts[items.length] = at;
  return starts;
}

/** Sorted keys joined by "\n", and per key the list of its place codes (see GazetteerIndex.keys). */
function keyTable(map: Map<string, number[]>): { keys: string; keyStarts: Int32Array; placeStarts: Int32Array; placeList: Int32Array } {
  const keys = [...map.keys()].sort();
  const placeStarts = new Int32Array(keys.length + 1);
  const placeList: number[] = [];
  keys.forEach((key, k) => {
    placeStarts[k] = placeList.length;
    placeList.push(...(map.get(key) ?? []));
  });
  placeStarts[keys.length] = placeList.length;
  return { keys: keys.join('\n') + '\n', keyStarts: joinedStarts(keys), placeStarts, placeList: Int32Array.from(placeList) };
}

// Towns indexed under their consonant skeleton too: big enough, or a seat, for a misspelling to be news.
const FUZZY_POPULATION = 10_000;
const SEATS = new Set(['PPLC', 'PPLA', 'PPLA2']);

/**
 * Parses GeoNames cities500.txt into the compact index, and appends the first-level administrative areas
 * (see AdminAreaRecord). Pure: the caller reads the files.
 */
export function buildGazetteerIndex(
  citiesText: string, countries: CountryRecord[], source: string, adminAreas: AdminAreaRecord[] = [],
): GazetteerIndex {
  const names: string[] = [];
  const geonameIds: number[] = [];
  const lats: number[] = [];
  const lons: number[] = [];
  const populations: number[] = [];
  const countryCodes: string[] = [];
  const featureCodes: string[] = [];
  const featureOf: number[] = [];
  const featureIndex = new Map<string, number>();
  const keyToPlaces = new Map<string, number[]>();

  const addPlace = (p: { name: string; id: number; lat: number; lon: number; population: number; country: string; featureCode: string }): number => {
    let feature = featureIndex.get(p.featureCode);
    if (feature === undefined) {
      feature = featureCodes.push(p.featureCode) - 1;
      featureIndex.set(p.featureCode, feature);
    }
    names.push(p.name);
    geonameIds.push(p.id);
    lats.push(Math.round(p.lat * 1e5));
    lons.push(Math.round(p.lon * 1e5));
    populations.push(p.population);
    countryCodes.push(p.country.padEnd(2, ' ').slice(0, 2));
    featureOf.push(feature);
    return names.length - 1;
  };
  const fuzzyToPlaces = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, key: string, code: number): void => {
    const list = map.get(key);
    if (list) list.push(code);
    else map.set(key, [code]);
  };
  /**
   * Indexes `keyNames` for place i; the first `primaryCount` are its own names, the rest alternates.
   * `fuzzy`: also under their consonant skeletons.
   */
  const addKeys = (i: number, keyNames: string[], primaryCount: number, fuzzy: boolean): void => {
    const seen = new Set<string>();
    const seenFuzzy = new Set<string>();
    keyNames.forEach((name, n) => {
      if (!isLatinName(name)) return;
      const key = placeKey(name);
      // Two-letter keys are abbreviations or bare articles, never a name a reader would write.
      if (key.length < 3 || seen.has(key) || !/[a-z]/.test(foldPlaceName(name))) return;
      seen.add(key);
      const code = i * 2 + (n < primaryCount ? 0 : 1);
      push(keyToPlaces, key, code);
      const skeleton = fuzzy && key.length >= 5 ? fuzzyKey(name) : '';
      if (skeleton.length >= MIN_FUZZY_KEY && !seenFuzzy.has(skeleton)) {
        seenFuzzy.add(skeleton);
        push(fuzzyToPlaces, skeleton, code);
      }
    });
  };

  for (const line of citiesText.split('\n')) {
    const cols = line.split('\t');
    if (cols.length < 15) continue;
    const i = addPlace({
      name: cols[COL.name] ?? '', id: Number(cols[COL.id]), lat: Number(cols[COL.lat]), lon: Number(cols[COL.lon]),
      population: Number(cols[COL.population]) || 0, country: cols[COL.country] ?? '', featureCode: cols[COL.featureCode] ?? '',
    });
    const candidates = [cols[COL.name] ?? '', cols[COL.ascii] ?? ''];
    for (const alt of (cols[COL.alternates] ?? '').split(',')) if (keepAlternate(alt)) candidates.push(alt);
    const fuzzy = populations[i]! >= FUZZY_POPULATION || SEATS.has(cols[COL.featureCode] ?? '');
    addKeys(i, candidates, 2, fuzzy); // the first two are the primary and ASCII names
  }
  for (const area of adminAreas) {
    const i = addPlace({ ...area, id: 0, population: 0, featureCode: ADMIN_AREA_FEATURE });
    const own = [area.name, ...(area.aliases ?? [])].flatMap(adminAreaNames);
    addKeys(i, own, own.length, false);
  }
  const table = keyTable(keyToPlaces);
  const fuzzyTable = keyTable(fuzzyToPlaces);
  return {
    format: GAZETTEER_FORMAT, source,
    names: names.join('\n') + '\n', nameStarts: joinedStarts(names),
    geonameIds: Int32Array.from(geonameIds), lats: Int32Array.from(lats), lons: Int32Array.from(lons),
    populations: Int32Array.from(populations), countryCodes: countryCodes.join(''),
    featureCodes, featureOf: Uint8Array.from(featureOf),
    keys: table.keys, keyStarts: table.keyStarts, keyPlaceStarts: table.placeStarts, keyPlaceList: table.placeList,
    fuzzyKeys: fuzzyTable.keys, fuzzyKeyStarts: fuzzyTable.keyStarts,
    fuzzyKeyPlaceStarts: fuzzyTable.placeStarts, fuzzyKeyPlaceList: fuzzyTable.placeList, countries,
  };
}
