import { describe, expect, it } from 'vitest';
import { readAdminAreas } from './readAdminAreas.ts';
import { readSubdivisionNames } from './readSubdivisionNames.ts';

const cldr = JSON.stringify({ subdivisions: { localeDisplayNames: { subdivisions: { tlno: 'Northshire', tlso: 'Southmark', tlno1: 'Old Town' } } } });
const iso = [
  { code: 'TL-NO', name: 'Shamāl Bilād', parent: 'TL' },
  { code: 'TL-SO', name: 'Southmark', parent: 'TL' },
  { code: 'TL-NO1', name: 'Madina Qadima', parent: 'TL-NO' },
];

describe('readSubdivisionNames', () => {
  it('joins CLDR English names to ISO names by code, for top-level subdivisions only', () => {
    expect(readSubdivisionNames(cldr, iso)).toEqual([
      { country: 'TL', iso: 'Shamāl Bilād', english: 'Northshire' },
      { country: 'TL', iso: 'Southmark', english: 'Southmark' },
    ]);
  });

  it('gives an area the English name of its ISO spelling', () => {
    const seat = { city_ascii: 'Seat', lat: '1', lng: '2', iso2: 'TL', capital: 'admin', population: '1000' };
    const json = JSON.stringify([{ ...seat, admin_name: 'Shamal Bilad' }, { ...seat, admin_name: 'Southmark' }]);
    const areas = readAdminAreas(json, readSubdivisionNames(cldr, iso));
    expect(areas.map((a) => [a.name, a.aliases])).toEqual([['Shamal Bilad', ['Northshire']], ['Southmark', undefined]]);
  });
});
