import { describe, expect, it } from 'vitest';
 
import { fixtureGazetteer } from '../../testing/gazetteer/fixtureGazetteer.ts';
import { createPlaceFinder } from './createPlaceFinder.ts';

const finder = createPlaceFinder(fixtureGazetteer());
const context = { countries: ['LY'] };

describe('countries', () => {
  it('finds countries by name and alternative spelling at country precision', () => {
    const s = 'He is backed by Egypt, the United Arab Emirates and, some say, the UAE\'s ally Switzerland in Libya.';
    const found = finder.find(s, context);
    expect(found.map((m) => [m.text, m.place.country, m.place.precision])).toEqual([
      ['Egypt', 'EG', 'country'], ['United Arab Emirates', 'AE', 'country'], ['UAE', 'AE', 'country'],
      ['Switzerland', 'CH', 'country'], ['Libya', 'LY', 'country'],
    ]);
    expect(found[4]?.place).toMatchObject({ name: 'Libya', lat: 25, lon: 17 });
  });


  it('knows the English names news still uses', () => {
    const found = finder.find('Turkey, the U.S. and the UK urged calm.', context);
    expect(found.map((m) => [m.text, m.place.country])).toEqual([['Turkey', 'TR'], ['U.S.', 'US'], ['UK', 'GB']]);
  });
});

describe('demonyms', () => {
  it('are context, not places: a French minister does not put an event in France', () => {
    const s = 'The French minister met Libyan and Italian officials.';
    expect(finder.find(s, context)).toEqual([]);
    expect(finder.scanDocument(s).countries).toEqual(['FR', 'LY', 'IT']);
  });
});
