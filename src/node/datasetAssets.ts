import { createHash } from 'node:crypto';
import type { Dataset } from '../compiler/schema.ts';
import { packPlaces } from '../data/placeTable.ts';

export interface DatasetAsset {
  /** Path inside the build's output directory, content-hashed so hosts can cache it forever. */
  fileName: string;
  source: string;
}

export interface DatasetAssets {
  /** The dataset without document texts: each document names its `textFile` instead. */
  dataset: DatasetAsset;
  /** One file per distinct document text, fetched only when a reader opens that document. */
  texts: DatasetAsset[];
}

const ASSETS_DIR = 'assets';

/**
 * How a build delivers the data: the dataset as a JSON file the page fetches while its code downloads
 * (a JSON parse is cheaper than a JS string of the same size, and a new article does not change the code's
 * hash), and every document's full text as its own file, since the source reader is the only thing that
 * needs it and a reader opens a handful of documents out of thousands.
 * `textFile` is relative to the dataset's file (both sit in assets/).
 */
export function datasetAssets(dataset: Dataset): DatasetAssets {
  const texts = new Map<string, DatasetAsset>();
  const documents = dataset.documents.map(({ text, ...document }) => {
    if (text === undefined) return document;
    const name = `text-${contentHash(text)}.txt`;
    if (!texts.has(name)) texts.set(name, { fileName: `${ASSETS_DIR}/${name}`, source: text });
    return { ...document, textFile: name };
  });
  // Places once each (placeTable.ts): src/data/dataset.ts unpacks them.
  const json = JSON.stringify(packPlaces({ ...dataset, documents }));
  return {
    dataset: { fileName: `${ASSETS_DIR}/dataset-${contentHash(json)}.json`, source: json },
    texts: [...texts.values()],
  };
}

/** Short and URL-safe; 12 hex digits (48 bits) leave collisions out of reach for any archive's size. */
function contentHash(content: string): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 12);
}
