import type { GazetteerIndex } from '../../compiler/places/GazetteerIndex.ts';

/**
 * The cache file format: the index as JSON, with each typed array stored as base64 of its bytes (JSON of
 * plain number arrays parses ~10× slower: one heap number per entry), and every non-ASCII character
 * escaped, so the file is pure ASCII and can be read as latin1: UTF-8 decoding of 20 MB was the largest
 * part of the load time.
 */
type Serialised = { [K in keyof GazetteerIndex]: GazetteerIndex[K] extends ArrayBufferView ? string : GazetteerIndex[K] };

const TYPED_FIELDS = [
  'nameStarts', 'geonameIds', 'lats', 'lons', 'populations', 'keyStarts', 'keyPlaceStarts', 'keyPlaceList',
  'fuzzyKeyStarts', 'fuzzyKeyPlaceStarts', 'fuzzyKeyPlaceList',
] as const;

function toBase64(view: ArrayBufferView): string {
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength).toString('base64');
}

function toInt32(base64: string): Int32Array {
  const bytes = Buffer.from(base64, 'base64');
  // Copy into a fresh, aligned buffer: Buffer's pooled memory may start at an odd offset.
  return new Int32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

export function serialiseGazetteer(index: GazetteerIndex): string {
  const out: Record<string, unknown> = { ...index };
  for (const field of TYPED_FIELDS) out[field] = toBase64(index[field]);
  out.featureOf = toBase64(index.featureOf);
  return JSON.stringify(out).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function deserialiseGazetteer(json: string): GazetteerIndex {
  const raw = JSON.parse(json) as Serialised;
  const index = { ...raw } as unknown as Record<string, unknown>;
  for (const field of TYPED_FIELDS) index[field] = toInt32(raw[field]);
  index.featureOf = new Uint8Array(Buffer.from(raw.featureOf, 'base64'));
  return index as unknown as GazetteerIndex;
}
