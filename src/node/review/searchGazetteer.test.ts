import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../gazetteer/loadGazetteer.ts';
import { searchGazetteer } from './searchGazetteer.ts';

// The real gazetteer, as the dev server loads it (cached after the first build).
const index = loadGazetteer();

describe('searchGazetteer', () => {
  it('finds a city by name, whatever the case and accents, biggest first', () => {
    const hits = searchGazetteer(index, 'benghazi');
    expect(hits[0]).toMatchObject({ name: 'Benghazi', country: 'LY', precision: 'city' });
    expect(hits[0]!.description).toMatch(/^town in LY, [\d,]+ people$/);
  });

  it('tells places of the same name apart by country', () => {
    const countries = new Set(searchGazetteer(index, 'Tripoli').map((h) => h.country));
    expect(countries.has('LY')).toBe(true);
    expect(countries.has('LB')).toBe(true);
  });

  it('offers countries as countries', () => {
    expect(searchGazetteer(index, 'Libya')[0]).toMatchObject({ name: 'Libya', precision: 'country', country: 'LY' });
  });

  it('finds nothing for an empty or unknown name', () => {
    expect(searchGazetteer(index, '  ')).toEqual([]);
    expect(searchGazetteer(index, 'Qzxwvplace')).toEqual([]);
  });
});
