import { availableParallelism } from 'node:os';
import type { ActorEntry } from '../compiler/actors/ActorEntry.ts';
import { compile, createAssemblyMemo, isArticle, readActorLists, type AssemblyMemo, type CompileResult, type InputFile } from '../compiler/compile.ts';
import type { GazetteerIndex } from '../compiler/places/GazetteerIndex.ts';
import type { Diagnostic } from '../compiler/schema.ts';
import { createReaders, readArticle, type ArticleReading } from '../compiler/readArticle.ts';
import { compilerVersion } from './compileCache/compilerVersion.ts';
import { createReadingCache, readingKey, type ReadingCache } from './compileCache/readingCache.ts';
import { readingContext } from './compileCache/readingContext.ts';
import { readInWorkers } from './compileWorkers/readInWorkers.ts';

export interface CompileSeedsOptions {
  gazetteer: GazetteerIndex;
  review?: boolean;
  actors?: ActorEntry[];
  /** Readings already made, on disk and in memory: `createReadingCache(dir)`, kept across compiles. */
  cache?: ReadingCache;
  /** Threads reading besides this one; default: every core but this one's. 0 reads on this thread only. */
  workers?: number;
  /** What the shell met reading the folder (readSeeds.ts), reported first, with the compiler's own. */
  readDiagnostics?: Diagnostic[];
}

/** What the shells' compile did, for the bench and the terminal. */
export interface CompileSeedsReport {
  articles: number;
  cached: number;
  read: number;
  workers: number;
  readMs: number;
  assembleMs: number;
}

/**
 * Below this many articles to read, worker threads cost more than they save: each loads the gazetteer and
 * the compiler (~1 s, ~300 articles' reading on one core).
 */
const WORKERS_FROM = 300;

/**
 * Keys by file object: the dev server keeps the objects of the seeds that did not change (seedFiles.ts), so
 * an edit hashes one text, not all 10,000 (~0.1 s). A file object is never changed in place.
 */
const fileKeys = new WeakMap<InputFile, { context: string; path: string; text: string; key: string }>();

function keyOf(context: string, file: InputFile): string {
  const known = fileKeys.get(file);
  if (known && known.context === context && known.path === file.path && known.text === file.text) return known.key;
  const key = readingKey(context, file);
  fileKeys.set(file, { context, path: file.path, text: file.text, key });
  return key;
}

/** One assembly memo per cache: the dev server keeps its cache across compiles, and so this. */
const memos = new WeakMap<ReadingCache, AssemblyMemo>();

function memoOf(cache: ReadingCache): AssemblyMemo {
  let memo = memos.get(cache);
  if (!memo) memos.set(cache, (memo = createAssemblyMemo()));
  return memo;
}

/**
 * The shells' compile: the articles the cache knows are taken from it, the others are read (on worker
 * threads when they are many) and cached, and the compiler assembles the dataset. Same result as
 * `compile(files, options)`, which the tests check.
 */
export async function compileSeeds(files: InputFile[], options: CompileSeedsOptions): Promise<CompileResult & { report: CompileSeedsReport }> {
  const started = performance.now();
  const actors = readActorLists(files, options.actors).entries;
  const context = readingContext(compilerVersion(), options.gazetteer, actors);
  const cache = options.cache ?? createReadingCache(undefined);
  const readings = new Map<string, ArticleReading>();
  const keys = new Map<string, string>();
  const missing: InputFile[] = [];
  for (const file of files) {
    if (!isArticle(file.path)) continue;
    const key = keyOf(context, file);
    keys.set(file.path, key);
    const known = cache.get(key);
    if (known) readings.set(file.path, known);
    else missing.push(file);
  }
  const workers = missing.length >= WORKERS_FROM ? Math.max(0, options.workers ?? availableParallelism() - 1) : 0;
  let workersUsed = 0;
  if (missing.length) {
    const readers = createReaders(options.gazetteer, actors);
    const missingKeys = missing.map((file) => keys.get(file.path)!);
    const read = workers > 0
      ? await readInWorkers(missing, { workers, actors, gazetteer: options.gazetteer, readers, entries: cache.dir === undefined ? undefined : { dir: cache.dir, keys: missingKeys } })
      : { readings: missing.map((file) => readArticle(file, readers)), written: [], workers: 0 };
    workersUsed = read.workers;
    missing.forEach((file, i) => {
      readings.set(file.path, read.readings[i]!);
      cache.set(missingKeys[i]!, read.readings[i]!, read.written[i]);
    });
  }
  const live = new Set(keys.values());
  cache.retain(live);
  cache.flush(live);
  const assembling = performance.now();
  const result = compile(files, { gazetteer: options.gazetteer, review: options.review, actors: options.actors, readings, memo: memoOf(cache) });
  const done = performance.now();
  const diagnostics = [...(options.readDiagnostics ?? []), ...result.diagnostics];
  const report = { articles: keys.size, cached: keys.size - missing.length, read: missing.length, workers: workersUsed, readMs: assembling - started, assembleMs: done - assembling };
  const out = { dataset: { ...result.dataset, diagnostics }, diagnostics, review: result.review, report };
  // Not spread from `result`: that would make the review payload, which compile makes only when read.
  if ('reviewPayload' in result) Object.defineProperty(out, 'reviewPayload', { enumerable: true, get: () => result.reviewPayload });
  return out;
}
