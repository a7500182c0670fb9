import { expect, test } from 'vitest';
import { closestWord, didYouMean } from './closestWord.ts';

test('suggests a near candidate and nothing for a far one', () => {
  expect(closestWord('dat', ['date', 'title'])).toBe('date');
  expect(closestWord('certanity', ['certainty', 'actors'])).toBe('certainty');
  expect(closestWord('subtype', ['subType', 'type'])).toBe('subType');
  expect(closestWord('banana', ['date', 'title'])).toBeUndefined();
});

test('formats the hint, and none for an exact match', () => {
  expect(didYouMean('dat', ['date'])).toBe(' (did you mean "date"?)');
  expect(didYouMean('date', ['date'])).toBe('');
});
