import { beforeEach, describe, expect, it } from 'vitest';
import { appStore, goToStep, resetAppStore, setDataset, setFilters } from '../store/appStore.ts';
import { testDataset } from '../testing/testDataset.ts';
import { handoutHeading } from './handoutHeading.ts';

// Noon, so the local day is 3 March 2025 in any time zone the tests run in.
const now = new Date(2025, 2, 3, 12).getTime();

describe('handoutHeading', () => {
  beforeEach(() => {
    resetAppStore();
    setDataset(testDataset);
  });

  it('says what the handout holds and when it was printed', () => {
    expect(handoutHeading(appStore.getState(), now)).toEqual({ contents: 'All 4 events by date', printed: 'Printed 3 March 2025' });
  });

  it('names the filters', () => {
    setFilters({ types: ['battles', 'diplomacy'], documents: ['doc-1'], query: ' siege ' });
    expect(handoutHeading(appStore.getState(), now).contents)
      .toBe('1 of 4 events by date, filtered by type: Battle or Diplomacy; document: A document; search “siege”');
  });

  it('in story mode, names the authored story', () => {
    setDataset({ ...testDataset, story: { title: 'Two cities', steps: [{ eventId: 'paris' }, { eventId: 'siege' }] } });
    goToStep(0);
    expect(handoutHeading(appStore.getState(), now).contents).toBe('Two cities: a story in 2 steps');
  });

  it('in story mode without an authored story, says the steps are the filtered events by date', () => {
    setFilters({ types: ['battles'] });
    goToStep(0);
    expect(handoutHeading(appStore.getState(), now).contents).toBe('A story in 1 step, the events by date, filtered by type: Battle');
  });
});
