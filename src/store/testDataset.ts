/** A small hand-written dataset for unit tests (not shipped: only *.test.ts import it). */
import type { Dataset, Event } from '../compiler/schema.ts';

function event(id: string, overrides: Partial<Event> = {}): Event {
  return {
    id,
    title: `Event ${id}`,
    type: 'diplomacy',
    subType: 'meeting',
    date: { start: '2017-09-28', precision: 'day' },
    place: { name: 'Paris', lat: 48.85, lon: 2.35, precision: 'city' },
    actors: [],
    certainty: 'stated',
    sources: [{ document: 'doc-1', quote: 'A sentence.', start: 0, end: 11, line: 3 }],
    ...overrides,
  };
}

export const testDataset: Dataset = {
  version: 1,
  documents: [{ id: 'doc-1', file: 'seeds/doc-1.txt', title: 'A document', published: '2017-09-28', text: 'A sentence.' }],
  actors: [],
  diagnostics: [],
  events: [
    event('paris'),
    event('siege', {
      title: 'Siege',
      type: 'battles',
      date: { start: '2015-09', end: '2017-09', precision: 'month', approximate: true },
      place: { name: 'Benghazi', lat: 32.1, lon: 20.1, precision: 'city' },
    }),
    event('undated', { date: null }),
    event('unplaced', { place: null }),
  ],
};
