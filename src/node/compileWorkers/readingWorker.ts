import { parentPort, workerData } from 'node:worker_threads';
import type { ActorEntry } from '../../compiler/actors/ActorEntry.ts';
import type { InputFile } from '../../compiler/compile.ts';
import type { GazetteerIndex } from '../../compiler/places/GazetteerIndex.ts';
import { createReaders, readArticle } from '../../compiler/readArticle.ts';
import { packWriter } from '../compileCache/readingPacks.ts';

/** What readInWorkers.ts hands each worker when it starts: the whole job, and the shared queue. */
export interface ReadingJob {
  files: InputFile[];
  /** One counter: the index of the next article nobody has claimed. Threads claim `batch` at a time. */
  next: Int32Array;
  batch: number;
  actors: ActorEntry[];
  /** The main thread's own index (typed arrays and strings, cloned once): no disk read, no mismatch. */
  gazetteer: GazetteerIndex;
  /** Where to write each reading's cache entry, and its key (compileCache/readingPacks.ts). */
  entries?: { dir: string; keys: string[] };
}

/**
 * A batch read: its first index, the readings as one JSON array, and whether their cache entries were
 * written. JSON, not the readings themselves: the worker makes it for the cache anyway, it costs less
 * than a structured clone's serialising, and the main thread parses it as fast as it would deserialise.
 */
export interface ReadBatch {
  start: number;
  json: string;
  written: boolean;
}

/**
 * A worker thread of the reading pool (readInWorkers.ts), run from its bundle (workerBundle.ts): builds the
 * readers once, then claims batches from the shared counter until none is left, posting each batch's
 * readings and writing their cache entries itself. It never waits for the main thread between batches.
 */
const job = workerData as ReadingJob;
const readers = createReaders(job.gazetteer, job.actors);
const pack = job.entries ? packWriter(job.entries.dir) : undefined;
for (;;) {
  const start = Atomics.add(job.next, 0, job.batch);
  if (start >= job.files.length) break;
  const json = job.files.slice(start, start + job.batch).map((file) => JSON.stringify(readArticle(file, readers)));
  let written = pack !== undefined;
  if (pack) json.forEach((r, i) => (written = pack.appendJson(job.entries!.keys[start + i]!, r) && written));
  parentPort!.postMessage({ start, json: `[${json.join(',')}]`, written } satisfies ReadBatch);
}
// The pack's index, before 'done': the main thread's flush may tidy the folder right after.
pack?.close();
parentPort!.postMessage('done');
