import { describe, expect, it } from 'vitest';
import type { Dataset } from '../compiler/schema.ts';
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
