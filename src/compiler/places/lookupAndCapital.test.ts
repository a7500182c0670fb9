import { describe, expect, it } from 'vitest';

import { fixtureGazetteer } from '../../testing/gazetteer/fixtureGazetteer.ts';
import { createPlaceFinder } from './createPlaceFinder.ts';

const finder = createPlaceFinder(fixtureGazetteer());

describe('PlaceFinder.lookup (datelines)', () => {
  it('resolves shouted dateline names', () => {
    expect(finder.lookup('TRIPOLI', { countries: ['LY'] })).toMatchObject({ kind: 'capital', place: { name: 'Tripoli', country: 'LY' } });
    expect(finder.lookup('BEIRUT', { countries: [] })).toMatchObject({ place: { name: 'Beirut', country: 'LB' } });
    expect(finder.lookup('SANAA', { countries: [] })?.place.country).toBe('YE');
  });

  it('reads a shouted dateline inside running text, but not an acronym', () => {
    expect(finder.find('SANAA, Yemen (Reuters) - Shells fell overnight.', { countries: ['YE'] })[0]?.place.name).toBe('Sanaa');
    expect(finder.find('KYIV, March 3 - Sirens sounded.', { countries: ['UA'] })[0]?.place.name).toBe('Kyiv');
    expect(finder.find('The LNA said it held Sirte.', { countries: ['LY'] }).map((m) => m.text)).toEqual(['Sirte']);
  });

  it('reads a country qualifier in parentheses or after a comma', () => {
    expect(finder.lookup('Derna (Libya)', { countries: [] })).toMatchObject({ text: 'Derna', kind: 'city', place: { country: 'LY' } });
    expect(finder.lookup('Tripoli, Lebanon', { countries: ['LY'] })?.place.country).toBe('LB');
  });

  it('returns nothing for a word that is no place', () => {
    expect(finder.lookup('Monday', { countries: [] })).toBeUndefined();
  });
});

describe('PlaceFinder.capitalOf', () => {
  it("gives a country's capital by ISO code", () => {
    expect(finder.capitalOf('LY')).toMatchObject({ name: 'Tripoli', country: 'LY', precision: 'city' });
    expect(finder.capitalOf('ye')?.name).toBe('Sanaa');
    expect(finder.capitalOf('ZZ')).toBeUndefined();
  });
});

describe('kinds', () => {
  it('tells capitals, towns, countries and curated sites apart', () => {
    const found = finder.find('Envoys flew from Tripoli to Misrata, then to Mitiga airport and on to Egypt.', { countries: ['LY'] });
    expect(Object.fromEntries(found.map((m) => [m.text, m.kind]))).toEqual({
      Tripoli: 'capital', Misrata: 'city', 'Mitiga airport': 'site', Egypt: 'country',
    });
  });
});
