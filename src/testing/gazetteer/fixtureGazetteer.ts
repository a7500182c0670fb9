/**
 * A small gazetteer for compiler unit tests: a few hundred real GeoNames places instead of 200,000, built
 * by the real index builder from the rows beside this file (written by makeFixtureGazetteer.ts). It holds
 * every place the real gazetteer gives for each look-up the unit tests make (lookups.json), so those tests
 * read places exactly as with the real one; fixtureGazetteer.test.ts keeps it so. Golden, seed, property and
 * determinism tests, and the evaluation, use the real gazetteer (src/node/gazetteer/loadGazetteer.ts).
 */
import { readFileSync } from 'node:fs';
import { buildGazetteerIndex } from '../../compiler/places/buildGazetteerIndex.ts';
import {
  fuzzyCandidates, gazetteerCandidates, gazetteerPlace, type AdminAreaRecord, type CountryRecord, type GazetteerCandidate,
  type GazetteerIndex,
} from '../../compiler/places/GazetteerIndex.ts';
import { capitalPlace, capitalsOf } from '../../compiler/places/lookupPlaceName.ts';

const read = (file: string) => readFileSync(new URL(file, import.meta.url), 'utf8');

/** The look-ups the unit tests make that find something in the real gazetteer. */
export const lookups = JSON.parse(read('./lookups.json')) as { keys: string[]; skeletons: string[]; capitalsOf: string[] };

let memo: GazetteerIndex | undefined;

/** The fixture index, built once per test process (a few milliseconds). `reload` reads the files again. */
export function fixtureGazetteer(options: { reload?: boolean } = {}): GazetteerIndex {
  if (memo && !options.reload) return memo;
  memo = buildGazetteerIndex(
    read('./places.tsv'),
    JSON.parse(read('./countries.json')) as CountryRecord[],
    'fixture gazetteer (src/testing/gazetteer)',
    JSON.parse(read('./adminAreas.json')) as AdminAreaRecord[],
  );
  return memo;
}

/** What a look-up gives, as comparable text: the places (all their fields) and whether by an alternate name. */
function answer(index: GazetteerIndex, candidates: GazetteerCandidate[]): string[] {
  return candidates.map((c) => JSON.stringify({ ...gazetteerPlace(index, c.place), index: undefined, alternate: c.alternate })).sort();
}

/** Each listed look-up that `fixture` answers unlike `real`; empty when the fixture is true to it. */
export function differences(fixture: GazetteerIndex, real: GazetteerIndex): string[] {
  const wrong: string[] = [];
  const compare = (what: string, a: string[], b: string[]) => {
    if (JSON.stringify(a) !== JSON.stringify(b)) wrong.push(`${what}: fixture ${a.length ? a.join(' ') : 'nothing'}; real ${b.length ? b.join(' ') : 'nothing'}`);
  };
  for (const key of lookups.keys) {
    compare(`key "${key}"`, answer(fixture, gazetteerCandidates(fixture, key)), answer(real, gazetteerCandidates(real, key)));
  }
  for (const skeleton of lookups.skeletons) {
    compare(`skeleton "${skeleton}"`, answer(fixture, fuzzyCandidates(fixture, skeleton)), answer(real, fuzzyCandidates(real, skeleton)));
  }
  const fixtureCapitals = capitalsOf(fixture);
  const realCapitals = capitalsOf(real);
  for (const country of lookups.capitalsOf) {
    compare(`capital of ${country}`, [JSON.stringify(capitalPlace(fixture, fixtureCapitals, country))], [JSON.stringify(capitalPlace(real, realCapitals, country))]);
  }
  compare('countries', [JSON.stringify(fixture.countries)], [JSON.stringify(real.countries)]);
  return wrong;
}
