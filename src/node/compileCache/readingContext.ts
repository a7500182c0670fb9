import { createHash } from 'node:crypto';
import type { ActorEntry } from '../../compiler/actors/ActorEntry.ts';
import type { GazetteerIndex } from '../../compiler/places/GazetteerIndex.ts';

/**
 * Everything besides the file itself that an article's reading depends on: the compiler's code, the
 * gazetteer and the actor list (seeds/actors.yaml and the caller's). A cache key is this and the file.
 */
export function readingContext(compilerVersion: string, gazetteer: GazetteerIndex, actors: readonly ActorEntry[]): string {
  return createHash('sha256')
    .update(`${compilerVersion}\0${gazetteerFingerprint(gazetteer)}\0`)
    .update(JSON.stringify(actors))
    .digest('hex');
}

const fingerprints = new WeakMap<GazetteerIndex, string>();

/**
 * The index's whole content, not just its name: a rebuilt index under the same package versions counts.
 * ~20 MB through sha256, some tens of milliseconds once per process.
 */
function gazetteerFingerprint(index: GazetteerIndex): string {
  let print = fingerprints.get(index);
  if (!print) {
    const hash = createHash('sha256');
    for (const [key, value] of Object.entries(index).sort(([a], [b]) => (a < b ? -1 : 1))) {
      hash.update(`${key}\0`);
      if (ArrayBuffer.isView(value)) hash.update(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
      else hash.update(typeof value === 'string' ? value : JSON.stringify(value));
    }
    print = hash.digest('hex');
    fingerprints.set(index, print);
  }
  return print;
}
