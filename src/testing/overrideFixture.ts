import type { Event } from '../compiler/schema.ts';
import { makeEvent } from './makeEvent.ts';

/**
 * A tiny article and its extracted events, shared by the overrides tests. Line 7 is hard-wrapped into
 * line 8, and line 8 uses curly quotes, the two things an editor's typed quote differs on.
 */
export const article = {
  id: 'x',
  file: 'seeds/x.txt',
  text: [
    'Haftar visits Paris and Rome',
    '',
    '28 September, 2017',
    '',
    'Haftar held private meetings with Le Drian in Paris on Thursday. He had met Italian officials in Rome the day previous.',
    '',
    'Hundreds of civilians were evacuated from the Ganfouda neighbourhood of Benghazi in March, a',
    'local official said. The army called it a “humanitarian corridor”.',
    '',
  ].join('\n'),
};

export const sidecarPath = 'seeds/x.events.yaml';

function event(id: string, documents: string[], fields: Partial<Event> = {}): Event {
  return makeEvent(id, {
    place: { name: 'Paris', lat: 48.8566, lon: 2.3522, precision: 'city' },
    actors: ['khalifa-haftar'],
    sources: documents.map((document) => ({ document, quote: 'A sentence.', start: 0, end: 11, line: 5 })),
    ...fields,
  });
}

/** Two events from x, one from x and y, one from y only. */
export const extracted: Event[] = [
  event('e1abc', ['x']),
  event('e2def', ['x'], { place: { name: 'Rome', lat: 41.9, lon: 12.5, precision: 'city' } }),
  event('e3both', ['y', 'x']),
  event('e4other', ['y']),
];
