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

  it('applies the search to every facet', () => {
    const c = facetCounts(testDataset.events, { ...noFilters, query: 'siege' }, actors);
    expect(Object.fromEntries(c.types)).toEqual({ battles: 1 });
  });
});
