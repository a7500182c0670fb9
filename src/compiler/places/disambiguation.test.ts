import { describe, expect, it } from 'vitest';
 
import { fixtureGazetteer } from '../../testing/gazetteer/fixtureGazetteer.ts';
import { createPlaceFinder } from './createPlaceFinder.ts';

const finder = createPlaceFinder(fixtureGazetteer());
const placeIn = (sentence: string, document = sentence, hint?: { place?: string }) =>
  finder.find(sentence, finder.scanDocument(document, hint))[0]?.place;

describe('homonyms', () => {
  it('reads Tripoli by the document\'s countries', () => {
    expect(placeIn('Clashes shook Tripoli overnight.', 'Libyan militias fought. Clashes shook Tripoli overnight.')?.country).toBe('LY');
    expect(placeIn('Clashes shook Tripoli overnight.', 'In northern Lebanon, clashes shook Tripoli overnight.')?.country).toBe('LB');
  });

  it('prefers capitals and big cities without context', () => {
    expect(placeIn('The envoy flew to Paris.')?.country).toBe('FR');
    expect(placeIn('The envoy flew on to Rome.')?.country).toBe('IT');
    expect(placeIn('Talks resumed in Tripoli.')?.country).toBe('LY');
  });

  it('lets an explicit "X, Country" qualifier win over context', () => {
    const doc = 'Libya\'s rivals met again. A second round was held in Tripoli, Lebanon, a week later.';
    const mention = finder.find('A second round was held in Tripoli, Lebanon, a week later.', finder.scanDocument(doc))[0];
    expect(mention?.text).toBe('Tripoli, Lebanon');
    expect(mention?.place.country).toBe('LB');
    expect(placeIn('Delegates gathered in Geneva, Switzerland.')).toMatchObject({ country: 'CH', precision: 'city' });
  });

  it('carries a locative preposition over a list', () => {
    const found = finder.find('Officials in Washington, London and Ankara welcomed it.', { countries: ['LY'] });
    expect(found.map((m) => m.place.country)).toEqual(['US', 'GB', 'TR']);
  });

  it('counts a front-matter place hint as context', () => {
    expect(placeIn('Shops in Tripoli stayed shut.', 'Shops in Tripoli stayed shut.', { place: 'Lebanon' })?.country).toBe('LB');
    expect(placeIn('Shops in Tripoli stayed shut.', 'Shops in Tripoli stayed shut.', { place: 'Beirut' })?.country).toBe('LB');
  });
});

describe('scanDocument', () => {
  it('ranks named countries, demonyms and unambiguous big cities', () => {
    const ctx = finder.scanDocument('Libya is split. Libyan factions met Italian officials in Rome and then Cairo.');
    expect(ctx.countries.slice(0, 2)).toEqual(['LY', 'IT']);
    expect(ctx.countries).toContain('EG');
  });

  it('does not let an ambiguous city imply a country', () => {
    expect(finder.scanDocument('Tripoli was calm.').countries).toEqual([]);
  });
});

describe('prominence against a secondary country', () => {
  it('keeps a major city over small namesakes in a country the story only touches', () => {
    const [m] = finder.find('Envoys met in Geneva on Friday.', { countries: ['SY', 'US'] });
    expect(m?.place.country).toBe('CH');
  });

  it('still lets the main country of the story decide', () => {
    const [m] = finder.find('Police patrolled Alexandria overnight.', { countries: ['US'] });
    expect(m?.place.country).toBe('US');
  });
});
