import { describe, expect, it } from 'vitest';
import { noFilters } from './appStore.ts';
import { facetCounts } from './facetCounts.ts';
import { testDataset } from '../testing/testDataset.ts';

const actors = new Map();

describe('facetCounts', () => {
  it('counts every value when nothing is filtered', () => {
    const c = facetCounts(testDataset.events, noFilters, actors);
    expect(Object.fromEntries(c.types)).toEqual({ diplomacy: 3, battles: 1 });
    expect(Object.fromEntries(c.places)).toEqual({ Paris: 2, Benghazi: 1 });
    expect(Object.fromEntries(c.documents)).toEqual({ 'doc-1': 4 });
  });

  it('ignores a facet\'s own selection but applies the others', () => {
    const c = facetCounts(testDataset.events, { ...noFilters, types: ['battles'] }, actors);
    // Types still show what ticking another type would add...
    expect(Object.fromEntries(c.types)).toEqual({ diplomacy: 3, battles: 1 });
    // ...while places count only battles.
    expect(Object.fromEntries(c.places)).toEqual({ Benghazi: 1 });
  });

  it('counts events with and without a reported death toll, and filters by it in the same pass', () => {
    const killed = { min: 8, max: null, hedge: 'at least' as const, text: 'at least eight' };
    const events = testDataset.events.map((e) => (e.id === 'siege' ? { ...e, sources: [{ ...e.sources[0]!, casualties: { killed } }] } : e));
    expect(Object.fromEntries(facetCounts(events, noFilters, actors).deaths)).toEqual({ reported: 1, none: 3 });
    const c = facetCounts(events, { ...noFilters, deaths: ['reported'] }, actors);
    expect(Object.fromEntries(c.types)).toEqual({ battles: 1 });
    expect(Object.fromEntries(c.deaths)).toEqual({ reported: 1, none: 3 });
    expect(Object.fromEntries(facetCounts(events, { ...noFilters, types: ['diplomacy'] }, actors).deaths)).toEqual({ none: 3 });
  });

  it('applies the search to every facet', () => {
    const c = facetCounts(testDataset.events, { ...noFilters, query: 'siege' }, actors);
    expect(Object.fromEntries(c.types)).toEqual({ battles: 1 });
  });
});
