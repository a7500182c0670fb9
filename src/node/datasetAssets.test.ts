import { describe, expect, it } from 'vitest';
import type { Dataset } from '../compiler/schema.ts';
import { makeEvent } from '../testing/makeEvent.ts';
import { datasetAssets } from './datasetAssets.ts';

const doc = (id: string, text: string) => ({ id, file: `seeds/${id}.txt`, title: id, published: null, text });
const dataset = (texts: Record<string, string>): Dataset => ({
  version: 1,
  documents: Object.entries(texts).map(([id, text]) => doc(id, text)),
  events: [],
  actors: [],
  diagnostics: [],
});

describe('datasetAssets', () => {
  it('moves each text to its own file and names it in the document', () => {
    const assets = datasetAssets(dataset({ a: 'Forces clashed in Sirte.', b: 'Talks opened in Geneva.' }));
    const delivered = JSON.parse(assets.dataset.source) as Dataset;
    expect(delivered.documents.every((d) => d.text === undefined)).toBe(true);
    for (const d of delivered.documents) {
      const file = assets.texts.find((t) => t.fileName === `assets/${d.textFile}`);
      expect(file?.source).toBe(d.id === 'a' ? 'Forces clashed in Sirte.' : 'Talks opened in Geneva.');
    }
  });

  it('names files by content: same text, one file; another dataset, another name', () => {
    const same = datasetAssets(dataset({ a: 'One text.', b: 'One text.' }));
    expect(same.texts).toHaveLength(1);
    const other = datasetAssets(dataset({ a: 'One text.', b: 'Two texts.' }));
    expect(other.dataset.fileName).not.toBe(same.dataset.fileName);
    expect(other.dataset.fileName).toMatch(/^assets\/dataset-[0-9a-f]{12}\.json$/);
    expect(datasetAssets(dataset({ a: 'One text.', b: 'One text.' })).dataset.fileName).toBe(same.dataset.fileName);
  });
});

describe('the shipped dataset packs places', () => {
  it('stores each place once and unpacks to the same events', async () => {
    const { unpackPlaces } = await import('../data/placeTable.ts');
    const place = { name: 'Sirte', lat: 31.2, lon: 16.6, precision: 'city' as const, country: 'LY' };
    const event = (id: string, p: typeof place | null) => makeEvent(id, {
      title: id, type: 'battles', subType: 'armed-clash', date: null, place: p, sources: [],
    });
    const data: Dataset = { ...dataset({ a: 'x' }), events: [event('e1', place), event('e2', { ...place }), event('e3', null)] };
    const shipped = JSON.parse(datasetAssets(data).dataset.source);
    expect(shipped.places).toEqual([place]);
    expect(shipped.events.map((e: { place: number | null }) => e.place)).toEqual([0, 0, null]);
    expect(unpackPlaces(shipped).events).toEqual(data.events);
  });
});
