/** A small hand-written dataset for unit tests (not shipped: only tests import src/testing). */
import type { Dataset } from '../compiler/schema.ts';
import { makeEvent } from './makeEvent.ts';

export const testDataset: Dataset = {
  version: 1,
  documents: [{ id: 'doc-1', file: 'seeds/doc-1.txt', title: 'A document', published: '2017-09-28', text: 'A sentence.' }],
  actors: [],
  diagnostics: [],
  events: [
    makeEvent('paris'),
    makeEvent('siege', {
      title: 'Siege',
      type: 'battles',
      date: { start: '2015-09', end: '2017-09', precision: 'month', approximate: true },
      place: { name: 'Benghazi', lat: 32.1, lon: 20.1, precision: 'city' },
    }),
    makeEvent('undated', { date: null }),
    makeEvent('unplaced', { place: null }),
  ],
};
