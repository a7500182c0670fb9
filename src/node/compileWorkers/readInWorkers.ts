import { Worker } from 'node:worker_threads';
import type { ActorEntry } from '../../compiler/actors/ActorEntry.ts';
import type { InputFile } from '../../compiler/compile.ts';
import type { Readers } from '../../compiler/discourse/readDocument.ts';
import type { GazetteerIndex } from '../../compiler/places/GazetteerIndex.ts';
import { readArticle, type ArticleReading } from '../../compiler/readArticle.ts';
import type { ReadBatch, ReadingJob } from './readingWorker.ts';
import { packWriter } from '../compileCache/readingPacks.ts';
import { readingWorkerFile } from './workerBundle.ts';

export interface ReadInWorkersOptions {
  /** Threads besides this one. */
  workers: number;
  actors: readonly ActorEntry[];
  /** This thread's gazetteer, handed to the workers as it is. */
  gazetteer: GazetteerIndex;
  /** This thread's readers: it reads batches too while the workers start and run. */
  readers: Readers;
  /** Where every thread writes the cache entries of what it read, by each file's key. */
  entries?: { dir: string; keys: string[] };
  /** This thread takes batches too (the default). Off, the workers read everything: tests use it to know who read. */
  readHere?: boolean;
}

export interface WorkersRead {
  readings: ArticleReading[];
  /** Per file: its cache entry was written (the caller writes the others). */
  written: boolean[];
  /** Workers that started and read; 0 when none could (no bundle), and this thread read everything. */
  workers: number;
}

/**
 * Small enough that the threads finish together; big enough that messages cost little (one ~25-article
 * message every ~0.1 s).
 */
const BATCH = 25;

/**
 * Reads articles on this thread and `workers` worker threads at once and returns the readings in the files'
 * order. Every thread claims the next batch from one shared counter (Atomics), so a worker never waits for
 * this thread, which is busy reading too, to hand it work; this thread takes the workers' readings in
 * between its own batches. A worker that fails leaves what it claimed but did not post undone, and this
 * thread reads it at the end: the worst case is this thread reading everything, never a failed compile.
 */
export async function readInWorkers(files: readonly InputFile[], options: ReadInWorkersOptions): Promise<WorkersRead> {
  const readings = new Array<ArticleReading>(files.length);
  const written = new Array<boolean>(files.length).fill(false);
  const next = new Int32Array(new SharedArrayBuffer(4));
  const claim = () => {
    const start = Atomics.add(next, 0, BATCH);
    return start < files.length ? start : undefined;
  };
  const file = options.workers > 0 ? readingWorkerFile() : undefined;
  const job: ReadingJob = { files: [...files], next, batch: BATCH, actors: [...options.actors], gazetteer: options.gazetteer, entries: options.entries };
  const workers = file ? startWorkers(file, options.workers, job) : [];
  const active = new Set<Worker>();
  try {
    const done = workers.map((worker) => new Promise<void>((resolve) => {
      worker.on('message', (message: ReadBatch | 'done') => {
        if (message === 'done') return resolve();
        active.add(worker);
        (JSON.parse(message.json) as ArticleReading[]).forEach((r, i) => {
          readings[message.start + i] = r;
          written[message.start + i] = message.written;
        });
      });
      worker.on('error', () => resolve());
      worker.on('exit', () => resolve());
    }));
    // This thread writes the cache entries of what it reads as it reads them, like a worker: written after
    // the reading, they were the caller's serial work once every thread had finished (~0.3 s at 10,000).
    const pack = options.entries ? packWriter(options.entries.dir) : undefined;
    const readHere = (i: number) => {
      readings[i] = readArticle(files[i]!, options.readers);
      if (pack) written[i] = pack.append(options.entries!.keys[i]!, readings[i]);
    };
    for (let start = options.readHere === false ? undefined : claim(); start !== undefined; start = claim()) {
      const end = Math.min(files.length, start + BATCH);
      for (let i = start; i < end; i++) readHere(i);
      // Let the workers' messages in between batches.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(done);
    // What a failing worker claimed and never posted.
    for (let i = 0; i < files.length; i++) if (!readings[i]) readHere(i);
    pack?.close();
    return { readings, written, workers: active.size };
  } finally {
    for (const worker of workers) void worker.terminate();
  }
}

function startWorkers(file: string, count: number, job: ReadingJob): Worker[] {
  const workers: Worker[] = [];
  try {
    // Plain JavaScript: no loader flags of the host (tsx would load itself again in each worker). A larger
    // young generation: a reading's garbage dies young, and scavenges then cost less.
    for (let i = 0; i < count; i++) workers.push(new Worker(file, { workerData: job, execArgv: [], resourceLimits: { maxYoungGenerationSizeMb: 64 } }));
  } catch {
    // A worker that cannot start only costs its share: this thread reads it.
  }
  return workers;
}
