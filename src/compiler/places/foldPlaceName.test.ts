import { describe, expect, it } from 'vitest';
import { foldPlaceName, isLatinName, placeKey } from './foldPlaceName.ts';

describe('foldPlaceName', () => {
  it('strips diacritics, apostrophes and hyphens', () => {
    expect(foldPlaceName('Mişrātah')).toBe('misratah');
    expect(foldPlaceName('Al Bayḑā’')).toBe('al bayda');
    expect(foldPlaceName('al-Marj')).toBe('al marj');
    expect(foldPlaceName('Łódź')).toBe('lodz');
  });
});

describe('placeKey', () => {
  it('drops Arabic articles in their assimilated forms', () => {
    for (const spelling of ['al-Marj', 'Al Marj', 'Marj', 'el-Marj']) expect(placeKey(spelling)).toBe('marj');
    expect(placeKey('ash-Shati')).toBe(placeKey('Shati'));
    expect(placeKey('az-Zawiya')).toBe(placeKey('Zawiya'));
    expect(placeKey('ad-Dafiniyah')).toBe(placeKey('Dafiniya'));
  });

  it('merges common transliteration endings', () => {
    expect(placeKey('Misratah')).toBe(placeKey('Misrata'));
    expect(placeKey('Ajdabiyah')).toBe(placeKey('Ajdabiya'));
    expect(placeKey('Zawiyya')).toBe(placeKey('Zawiya'));
  });
});

describe('isLatinName', () => {
  it('keeps Latin script only', () => {
    expect(isLatinName('Mişrātah')).toBe(true);
    expect(isLatinName('مصراتة')).toBe(false);
    expect(isLatinName('Триполи')).toBe(false);
  });
});
