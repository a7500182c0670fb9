import { placeKey } from './foldPlaceName.ts';

/**
 * The consonant skeleton of a name: Arabic and other transliterations disagree mostly on vowels and on
 * "w" and "y" used as vowels ("Gheryan" = "Gharyan", "Misurata" = "Misrata", "Dayr az Zawr" = "Deir
 * ez-Zor"). Too loose to read names by itself: the finder falls back on it only for a single word after a
 * locative preposition, in the country the story is about.
 */
export function fuzzyKey(name: string): string {
  return placeKey(name)
    .replace(/[aeiouyw\s]/g, '')
    .replace(/([a-z])\1+/g, '$1');
}

/** Shorter skeletons match too many unrelated names to be worth a guess ("Dahyan" and Aden share "dhn"). */
export const MIN_FUZZY_KEY = 4;
