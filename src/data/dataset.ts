/**
 * The only importer of `virtual:events`: the rest of the app gets the dataset from here, so tests and
 * later modes (embed, story) can hand the store another dataset without touching the build.
 * A build delivers the dataset as a JSON file beside the code (the page preloads it) and each document's
 * text as its own file; the dev server and the single-file build inline both.
 */
import { dataset as inline, datasetUrl } from 'virtual:events';
import type { Dataset, Document } from '../compiler/schema.ts';
import { isPacked, unpackPlaces, type PackedDataset } from './placeTable.ts';

export async function loadDataset(): Promise<Dataset> {
  if (inline) return inline;
  if (!datasetUrl) throw new Error('the build carries no dataset');
  const data = await (await fetchOk(datasetUrl)).json() as Dataset | PackedDataset;
  return isPacked(data) ? unpackPlaces(data) : data;
}

const texts = new Map<string, Promise<string>>();

/** A document's full text, inline or fetched once from its file beside the dataset's. */
export function loadDocumentText(document: Document): Promise<string> {
  if (document.text !== undefined) return Promise.resolve(document.text);
  const file = document.textFile;
  if (!file || !datasetUrl) return Promise.reject(new Error(`no text for ${document.file}`));
  let text = texts.get(file);
  if (!text) {
    text = fetchOk(new URL(file, new URL(datasetUrl, window.location.href)).href).then((r) => r.text());
    // A failed fetch (offline for a moment) is tried again next time, not remembered.
    text.catch(() => texts.delete(file));
    texts.set(file, text);
  }
  return text;
}

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}
