import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ActorEntry } from '../../compiler/actors/ActorEntry.ts';
import type { InputFile } from '../../compiler/compile.ts';
import type { Readers } from '../../compiler/discourse/readDocument.ts';
import type { GazetteerIndex } from '../../compiler/places/GazetteerIndex.ts';
import { readArticle, type ArticleReading } from '../../compiler/readArticle.ts';

export interface ReadInWorkersOptions {
  /** Threads besides this one. */
  workers: number;
  actors: readonly ActorEntry[];
  /** This thread's gazetteer: the workers load theirs from the same disk cache and must agree with it. */
  gazetteer: GazetteerIndex;
  /** This thread's readers: it reads batches too while the workers start and run. */
  readers: Readers;
}

/** Small enough to balance the threads at the end, big enough that messages cost little. */
const BATCH = 25;

/**
 * Reads articles on this thread and `workers` worker threads at once, batch by batch from one queue (who
 * is free takes the next), and returns the readings in the files' order. A worker that fails, or loaded
 * another gazetteer than this thread's, leaves the pool and its batch goes back in the queue: the worst
 * case is this thread reading everything, never a failed compile.
 */
export async function readInWorkers(files: readonly InputFile[], options: ReadInWorkersOptions): Promise<ArticleReading[]> {
  const out = new Array<ArticleReading>(files.length);
  let next = 0;
  const returned: Batch[] = [];
  const take = (): Batch | undefined => {
    if (returned.length) return returned.pop();
    if (next >= files.length) return undefined;
    const start = next;
    next = Math.min(files.length, next + BATCH);
    return [start, files.slice(start, next)];
  };
  const workers = startWorkers(options.workers, options.actors);
  const expected = `${options.gazetteer.format}\0${options.gazetteer.source}`;
  try {
    await Promise.all([
      readHere(take, out, options.readers),
      ...workers.map((worker) => readThere(worker, take, (batch) => returned.push(batch), out, expected)),
    ]);
    // What a failing worker gave back after this thread had run out of work.
    await readHere(take, out, options.readers);
    return out;
  } finally {
    for (const worker of workers) void worker.terminate();
  }
}

async function readHere(take: () => Batch | undefined, out: ArticleReading[], readers: Readers): Promise<void> {
  for (let batch = take(); batch; batch = take()) {
    batch[1].forEach((file, i) => (out[batch![0] + i] = readArticle(file, readers)));
    // Let the workers' messages in between batches.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

type Batch = [number, InputFile[]];

function readThere(worker: Worker, take: () => Batch | undefined, giveBack: (batch: Batch) => void, out: ArticleReading[], gazetteer: string): Promise<void> {
  return new Promise((resolve) => {
    let held: Batch | undefined;
    const leave = () => {
      if (held) giveBack(held);
      held = undefined;
      resolve();
    };
    const send = () => {
      held = take();
      if (held) worker.postMessage(held[1]);
      else resolve();
    };
    worker.on('message', (message: { type: 'ready'; gazetteer: string } | { type: 'read'; readings: ArticleReading[] }) => {
      if (message.type === 'ready' && message.gazetteer !== gazetteer) return leave();
      if (message.type === 'read' && held) message.readings.forEach((r, i) => (out[held![0] + i] = r));
      send();
    });
    worker.on('error', leave);
    worker.on('exit', leave);
  });
}

const require = createRequire(import.meta.url);

/**
 * The worker runs TypeScript source in any host: under tsx it inherits tsx's loader, under the Vite config
 * (plain Node) it registers tsx's ESM API itself (the CommonJS entry cannot register, hence `.mjs`).
 */
function startWorkers(count: number, actors: readonly ActorEntry[]): Worker[] {
  try {
    return Array.from({ length: count }, () => startWorker(actors));
  } catch {
    return []; // no tsx to load the source with: this thread reads alone
  }
}

function startWorker(actors: readonly ActorEntry[]): Worker {
  const tsx = pathToFileURL(require.resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const entry = new URL('./readingWorker.ts', import.meta.url).href;
  const bootstrap = "const { workerData } = require('node:worker_threads'); import(workerData.tsx).then((api) => { api.register(); return import(workerData.entry); });";
  return new Worker(bootstrap, { eval: true, workerData: { tsx, entry, actors } });
}
