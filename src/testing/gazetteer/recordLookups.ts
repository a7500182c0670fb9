/**
 * A vitest setup file for `makeFixtureGazetteer.ts --record`: the tests that use the fixture gazetteer get
 * the real one instead, and every look-up they make in it is appended to the file $RECORD_LOOKUPS as
 * `kind \t key \t number of places found` (kind: k a place key, f a fuzzy skeleton, c a capital's country).
 */
import { appendFileSync } from 'node:fs';
import { vi } from 'vitest';
import type * as Index from '../../compiler/places/GazetteerIndex.ts';
import type * as Lookup from '../../compiler/places/lookupPlaceName.ts';

const RECORDED = 'the real gazetteer, standing in for the fixture';
const record = (index: Index.GazetteerIndex, kind: string, key: string, found: number) => {
  if (index.source === RECORDED) appendFileSync(process.env.RECORD_LOOKUPS!, `${kind}\t${key}\t${found}\n`);
};

vi.mock('./fixtureGazetteer.ts', async (importOriginal) => {
  const { loadGazetteer } = await import('../../node/gazetteer/loadGazetteer.ts');
  return { ...(await importOriginal<object>()), fixtureGazetteer: () => ({ ...loadGazetteer(), source: RECORDED }) };
});

vi.mock('../../compiler/places/GazetteerIndex.ts', async (importOriginal) => {
  const real = await importOriginal<typeof Index>();
  return {
    ...real,
    gazetteerCandidates: (index: Index.GazetteerIndex, key: string) => {
      const found = real.gazetteerCandidates(index, key);
      record(index, 'k', key, found.length);
      return found;
    },
    fuzzyCandidates: (index: Index.GazetteerIndex, skeleton: string) => {
      const found = real.fuzzyCandidates(index, skeleton);
      record(index, 'f', skeleton, found.length);
      return found;
    },
  };
});

vi.mock('../../compiler/places/lookupPlaceName.ts', async (importOriginal) => {
  const real = await importOriginal<typeof Lookup>();
  return {
    ...real,
    capitalPlace: (index: Index.GazetteerIndex, capitals: Map<string, number>, country: string) => {
      const found = real.capitalPlace(index, capitals, country);
      record(index, 'c', country.toUpperCase(), found ? 1 : 0);
      return found;
    },
  };
});
