import { describe, expect, it } from 'vitest';
import type { Dataset } from '../compiler/schema.ts';
import { noFilters } from '../store/filters.ts';
import { facetCounts } from '../store/facetCounts.ts';
import { testDataset } from '../testing/testDataset.ts';
import { filterOptions } from './filterOptions.ts';

const actors = new Map();
const options = (dataset: Dataset, filters = noFilters) => filterOptions(dataset, filters, facetCounts(dataset.events, filters, actors), 'deaths');
const killed = { min: 8, max: null, hedge: 'at least' as const, text: 'at least eight' };
const withToll: Dataset = {
  ...testDataset,
  events: testDataset.events.map((e) => (e.id === 'siege' ? { ...e, sources: [{ ...e.sources[0]!, casualties: { killed } }] } : e)),
};

describe('filterOptions: reported deaths', () => {
  it('offers both choices with their counts when some event reports deaths', () => {
    expect(options(withToll).map((o) => [o.value, o.label, o.count, o.checked])).toEqual([
      ['reported', 'Deaths reported', 1, false],
      ['none', 'No death toll in the sources', 3, false],
    ]);
  });

  it('hides the filter when no source gives a death toll: its one choice would filter nothing', () => {
    expect(options(testDataset)).toEqual([]);
  });

  it('still shows a choice a link ticked, so it can be unticked', () => {
    expect(options(testDataset, { ...noFilters, deaths: ['reported'] }).map((o) => [o.value, o.count, o.checked])).toEqual([
      ['reported', 0, true],
      ['none', 4, false],
    ]);
  });
});
