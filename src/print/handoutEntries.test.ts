import { beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../compiler/schema.ts';
import { appStore, goToStep, resetAppStore, setDataset, setFilters } from '../store/appStore.ts';
import { testDataset } from '../testing/testDataset.ts';
import { handoutEntries } from './handoutEntries.ts';

const dataset: Dataset = {
  ...testDataset,
  documents: [...testDataset.documents, { id: 'doc-2', file: 'seeds/doc-2.md', title: 'Second report', published: null, source: 'https://example.org/report', text: 'Said to be.' }],
  actors: [{ id: 'lna', name: 'Libyan National Army', kind: 'armed-group', aliases: ['LNA'] }],
  events: testDataset.events.map((e) => e.id !== 'siege' ? e : {
    ...e,
    subType: 'armed-clash',
    certainty: 'alleged',
    actors: ['lna', 'unknown-actor'],
    sources: [...e.sources, { document: 'doc-2', quote: 'Said to be.', start: 0, end: 11, line: 7, casualties: { killed: { min: 12, max: null, hedge: 'at least', text: 'Said' } } }],
  }),
};

describe('handoutEntries', () => {
  beforeEach(() => {
    resetAppStore();
    setDataset(dataset);
  });

  it('lists the filtered events by date, undated last', () => {
    expect(handoutEntries(appStore.getState()).map((e) => e.id)).toEqual(['siege', 'paris', 'unplaced', 'undated']);
    setFilters({ types: ['battles'] });
    expect(handoutEntries(appStore.getState()).map((e) => e.id)).toEqual(['siege']);
  });

  it('puts every fact in words, and an allegation reads as one', () => {
    setFilters({ types: ['battles'] });
    const [siege] = handoutEntries(appStore.getState());
    expect(siege).toMatchObject({
      step: null,
      caption: null,
      title: 'Siege',
      date: 'about Sep 2015 – Sep 2017 (month)',
      place: 'Benghazi — city',
      type: 'Battle — armed clash',
      certainty: 'Alleged — an accusation, not established',
      actors: 'Libyan National Army, unknown-actor',
      casualties: 'at least 12 killed',
    });
  });

  it('quotes every source with its document title, date and origin', () => {
    setFilters({ types: ['battles'] });
    expect(handoutEntries(appStore.getState())[0]!.sources).toEqual([
      { quote: 'A sentence.', documentTitle: 'A document', where: 'published 2017-09-28, line 3', origin: null, casualties: null },
      { quote: 'Said to be.', documentTitle: 'Second report', where: 'publication date unknown, line 7', origin: 'https://example.org/report', casualties: 'at least 12 killed' },
    ]);
  });

  it('says when nothing is known', () => {
    const byId = new Map(handoutEntries(appStore.getState()).map((e) => [e.id, e]));
    expect(byId.get('undated')?.date).toBe('Date unknown');
    expect(byId.get('unplaced')?.place).toBe('Place unknown');
    expect(byId.get('paris')?.actors).toBe('None named');
  });

  it('in story mode, prints the steps in their order with their captions', () => {
    setDataset({ ...dataset, story: { title: 'Two cities', steps: [{ eventId: 'paris', caption: 'Talks first.' }, { eventId: 'siege' }] } });
    goToStep(1);
    expect(handoutEntries(appStore.getState()).map(({ id, step, caption }) => ({ id, step, caption }))).toEqual([
      { id: 'paris', step: 'Step 1 of 2', caption: 'Talks first.' },
      { id: 'siege', step: 'Step 2 of 2', caption: null },
    ]);
  });

  it('in story mode without an authored story, prints the filtered events by date as steps', () => {
    setFilters({ types: ['diplomacy'] });
    goToStep(0);
    expect(handoutEntries(appStore.getState()).map((e) => e.step)).toEqual(['Step 1 of 3', 'Step 2 of 3', 'Step 3 of 3']);
  });
});
