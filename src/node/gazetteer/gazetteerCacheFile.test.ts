import { describe, expect, it } from 'vitest';
import { buildGazetteerIndex } from '../../compiler/places/buildGazetteerIndex.ts';
import { gazetteerCandidates, gazetteerPlace } from '../../compiler/places/GazetteerIndex.ts';
import { deserialiseGazetteer, serialiseGazetteer } from './gazetteerCacheFile.ts';
import { loadGazetteer } from './loadGazetteer.ts';

const ROW = ['88319', 'Benghazi', 'Benghazi', 'Bengasi,Banghāzī', '32.11486', '20.06859', 'P', 'PPLA', 'LY', '', '54', '', '', '', '807250', '', '', 'Africa/Tripoli', '2021-01-01'].join('\t');

describe('gazetteer cache file', () => {
  it('round-trips the index through pure-ASCII JSON', () => {
    const countries = [{ cca2: 'LY', name: 'Libya', names: ['Libya'], demonyms: ['Libyan'], lat: 25, lon: 17, independent: true }];
    const index = buildGazetteerIndex(ROW, countries, 'test');
    const json = serialiseGazetteer(index);
    expect(/^[\x20-\x7e]*$/.test(json)).toBe(true);
    const back = deserialiseGazetteer(json);
    expect(gazetteerPlace(back, 0)).toEqual(gazetteerPlace(index, 0));
    expect(gazetteerCandidates(back, 'banghazi')).toEqual([{ place: 0, alternate: true }]);
    expect(back.countries).toEqual(countries);
  });

  it('loads the real index with Libya and its cities', () => {
    const index = loadGazetteer();
    expect(index.nameStarts.length).toBeGreaterThan(190_000);
    expect(index.countries.find((c) => c.cca2 === 'LY')?.demonyms).toContain('Libyan');
    expect(loadGazetteer()).toBe(index); // memoised per process
  });
});
