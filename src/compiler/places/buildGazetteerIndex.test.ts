import { describe, expect, it } from 'vitest';
import { buildGazetteerIndex } from './buildGazetteerIndex.ts';
import { gazetteerCandidates, gazetteerPlace } from './GazetteerIndex.ts';
import { placeKey } from './foldPlaceName.ts';

// Two GeoNames rows in the cities500 column layout (abridged alternate names).
const ROWS = [
  ['2214846', 'Mişrātah', 'Misratah', 'Al Misratah,MRA,Misrata,Misurata,msrath,مصراتة', '32.37535', '15.09254', 'P', 'PPLA', 'LY', '', '58', '', '', '', '386120', '', '14', 'Africa/Tripoli', '2021-01-01'],
  ['266826', 'Tripoli', 'Tripoli', 'Trablous,trabls,طرابلس', '34.43667', '35.84972', 'P', 'PPLA', 'LB', '', '09', '', '', '', '229398', '', '5', 'Asia/Beirut', '2021-01-01'],
].map((cols) => cols.join('\t')).join('\n');

describe('buildGazetteerIndex', () => {
  const index = buildGazetteerIndex(ROWS, [], 'test');

  it('indexes primary and Latin alternate names by placeKey', () => {
    expect(gazetteerCandidates(index, placeKey('Misurata'))).toEqual([{ place: 0, alternate: true }]);
    expect(gazetteerCandidates(index, placeKey('Misratah'))).toEqual([{ place: 0, alternate: false }]);
    expect(gazetteerPlace(index, 0)).toMatchObject({ name: 'Mişrātah', country: 'LY', featureCode: 'PPLA', population: 386120, geonameId: 2214846 });
    expect(gazetteerPlace(index, 0).lat).toBeCloseTo(32.37535, 5);
  });

  it('skips airport codes and lowercase machine transliterations', () => {
    expect(gazetteerCandidates(index, placeKey('MRA'))).toEqual([]);
    expect(gazetteerCandidates(index, 'trabls')).toEqual([]);
    expect(gazetteerCandidates(index, placeKey('Trablous'))).toEqual([{ place: 1, alternate: true }]);
  });
});
