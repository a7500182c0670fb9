import { describe, expect, it } from 'vitest';

import { fixtureGazetteer } from '../../testing/gazetteer/fixtureGazetteer.ts';
import { createPlaceFinder } from './createPlaceFinder.ts';
import { fuzzyKey } from './fuzzyKey.ts';

const finder = createPlaceFinder(fixtureGazetteer());

describe('fuzzyKey', () => {
  it('gives transliteration variants one consonant skeleton', () => {
    expect(fuzzyKey('Gheryan')).toBe(fuzzyKey('Gharyan'));
    expect(fuzzyKey('Misurata')).toBe(fuzzyKey('Misrata'));
    expect(fuzzyKey('Dayr az Zawr')).toBe(fuzzyKey('Deir ez-Zor'));
    expect(fuzzyKey('Benghazi')).not.toBe(fuzzyKey('Bani Walid'));
  });
});

describe('names spelt otherwise than the gazetteer', () => {
  it('finds a town of the story by its skeleton after a locative preposition', () => {
    const [m] = finder.find('Mortars fell on homes in Gheryan overnight.', { countries: ['LY'] });
    expect(m).toMatchObject({ text: 'Gheryan', kind: 'city', place: { name: 'Gharyan', country: 'LY', precision: 'city' } });
  });

  it('carries the preposition over a list', () => {
    const found = finder.find('Shelling hit the towns of Zawiya and Gheryan.', { countries: ['LY'] });
    expect(found.map((m) => m.place.name)).toEqual(['Zawiya', 'Gharyan']);
  });

  it('guesses nothing without a locative, or outside the main country of the story', () => {
    expect(finder.find('Gheryan residents protested.', { countries: ['LY'] })).toEqual([]);
    expect(finder.find('Mortars fell in Gheryan overnight.', { countries: ['TN', 'LY'] })).toEqual([]);
  });
});
