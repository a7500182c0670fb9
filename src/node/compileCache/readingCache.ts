import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import type { InputFile } from '../../compiler/compile.ts';
import type { ArticleReading } from '../../compiler/readArticle.ts';
import { gazetteerCachePath } from '../gazetteer/loadGazetteer.ts';
import { packReader, packWriter, type PackWriter } from './readingPacks.ts';

/** Beside the gazetteer's cache, in node_modules/.cache/conflict-atlas: git-ignored, dropped by `npm ci`. */
export function defaultReadingCacheDir(): string {
  return join(dirname(gazetteerCachePath().path), 'readings');
}

/** Articles already read, in memory and on disk, by content: see `readingKey`. */
export interface ReadingCache {
  get(key: string): ArticleReading | undefined;
  /** `written`: the entry is on disk already (a worker thread wrote it). */
  set(key: string, reading: ArticleReading, written?: boolean): void;
  /** The folder of the entries, if the cache has one. */
  readonly dir: string | undefined;
  /** Forgets in memory what the current seeds no longer use (the dev server runs for hours). */
  retain(keys: ReadonlySet<string>): void;
  /** Ends a compile: what it read goes to disk, and the packs are tidied (`keys`: the current seeds'). */
  flush(keys: ReadonlySet<string>): void;
}

/** The file's path and text under a reading context (readingContext.ts): same key, same reading. */
export function readingKey(context: string, file: InputFile): string {
  return createHash('sha256').update(`${context}\0${file.path}\0`).update(file.text).digest('hex');
}

/**
 * Packs of entries under `dir` (git-ignored node_modules/.cache; readingPacks.ts), plus a memory layer so
 * the dev server's next compile touches the disk only for what changed. What a compile reads is appended to
 * one pack, made visible by `flush` at the end of the compile; worker threads write packs of their own
 * (`set(key, reading, true)` then only remembers the reading). A corrupt entry is a miss; a disk that
 * refuses writes only costs the cache.
 */
export function createReadingCache(dir: string | undefined): ReadingCache {
  const memory = new Map<string, ArticleReading>();
  const packs = dir === undefined ? undefined : packReader(dir);
  let writer: PackWriter | undefined;
  return {
    dir,
    get(key) {
      const known = memory.get(key);
      if (known || !packs) return known;
      const reading = packs.get(key);
      if (reading) memory.set(key, reading);
      return reading;
    },
    retain(keys) {
      for (const key of memory.keys()) if (!keys.has(key)) memory.delete(key);
    },
    set(key, reading, written = false) {
      memory.set(key, reading);
      if (!written && dir !== undefined) (writer ??= packWriter(dir)).append(key, reading);
    },
    flush(live) {
      writer?.close();
      writer = undefined;
      packs?.tidy(live);
      packs?.close();
    },
  };
}
