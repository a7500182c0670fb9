import { describe, expect, it } from 'vitest';
 
import { fixtureGazetteer } from '../../testing/gazetteer/fixtureGazetteer.ts';
import { createPlaceFinder } from './createPlaceFinder.ts';

const finder = createPlaceFinder(fixtureGazetteer());
const libya = { countries: ['LY'] };

describe('find: Libyan places in a Libya story', () => {
  const names = [
    'Misrata', 'Sirte', 'Derna', 'Tobruk', 'Benghazi', 'Tripoli', 'Sabha', 'Zawiya', 'Ajdabiya', 'Brega',
    'Ras Lanuf', 'Gharyan', 'Tarhuna', 'Bani Walid', 'Kufra', 'Ubari', 'Zintan', 'Al Bayda', 'Marj',
  ];
  for (const name of names) {
    it(`resolves ${name} in Libya`, () => {
      const sentence = `Residents said the fighting in ${name} had eased by the evening.`;
      const [m] = finder.find(sentence, libya);
      expect(m?.text).toBe(name);
      expect(m?.place.country).toBe('LY');
      expect(m?.place.precision).toBe('city');
    });
  }

  it('matches transliteration variants and Arabic articles', () => {
    const s = 'Trucks left Misratah for al-Marj, then Ajdabiyah and El Marj again.';
    const found = finder.find(s, libya);
    expect(found.map((m) => m.text)).toEqual(['Misratah', 'al-Marj', 'Ajdabiyah', 'El Marj']);
    expect(new Set(found.map((m) => m.place.country))).toEqual(new Set(['LY']));
    expect(found[1]?.place.geonameId).toBe(found[3]?.place.geonameId);
  });

  it('matches the longest name first', () => {
    const [m] = finder.find('Elders met in Bani Walid on Sunday.', libya);
    expect(m).toMatchObject({ text: 'Bani Walid', start: 14, end: 24 });
  });

  it('reads diacritic spellings and names places the way English news does', () => {
    expect(finder.find('A clinic in Mişrātah reopened.', libya)[0]?.place).toMatchObject({ name: 'Misrata', geonameId: 2214846 });
    expect(finder.find('A clinic in Sabratha reopened.', libya)[0]?.place.name).toBe('Sabratha');
    // Places without a curated English name keep GeoNames' primary name.
    expect(finder.find('A clinic in Gharyan reopened.', libya)[0]?.place.name).toBe('Gharyan');
  });
});
