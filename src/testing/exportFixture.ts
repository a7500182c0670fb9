/** An export context with hostile text, for the export unit tests (not shipped: only tests import src/testing). */
import type { ExportContext } from '../exports/exportContext.ts';
import { makeEvent } from './makeEvent.ts';
import { testDataset } from './testDataset.ts';

const hostile = makeEvent('hostile', {
  title: '=HYPERLINK("http://evil.example","click") <img src=x onerror=alert(1)>',
  type: 'violence-against-civilians',
  subType: 'abduction-forced-disappearance',
  date: { start: '2019-04', end: '2019-06', precision: 'month', approximate: true },
  place: { name: 'Tripoli, "old town"', lat: -32.9, lon: 13.18, precision: 'city', approximate: true, country: 'LY' },
  actors: ['lna', 'ghost'],
  certainty: 'alleged',
  sources: [{ document: 'doc-1', quote: '-2+3 said "they",\nthen left', start: 0, end: 5, line: 2 }],
});

export const exportContext: ExportContext = {
  events: [...testDataset.events, hostile],
  actorsById: new Map([['lna', { id: 'lna', name: 'Libyan National Army', kind: 'armed-group', aliases: [] }]]),
  documentsById: new Map(testDataset.documents.map((d) => [d.id, { ...d, source: 'https://example.org/a' }])),
};
