import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { InputFile } from '../../compiler/compile.ts';
import type { ArticleReading } from '../../compiler/readArticle.ts';
import { gazetteerCachePath } from '../gazetteer/loadGazetteer.ts';

/** Beside the gazetteer's cache, in node_modules/.cache/conflict-atlas: git-ignored, dropped by `npm ci`. */
export function defaultReadingCacheDir(): string {
  return join(dirname(gazetteerCachePath().path), 'readings');
}

/** Articles already read, in memory and on disk, by content: see `readingKey`. */
export interface ReadingCache {
  get(key: string): ArticleReading | undefined;
  set(key: string, reading: ArticleReading): void;
  /** Forgets in memory what the current seeds no longer use (the dev server runs for hours). */
  retain(keys: ReadonlySet<string>): void;
}

/** The file's path and text under a reading context (readingContext.ts): same key, same reading. */
export function readingKey(context: string, file: InputFile): string {
  return createHash('sha256').update(`${context}\0${file.path}\0`).update(file.text).digest('hex');
}

/**
 * One JSON file per article under `dir` (git-ignored node_modules/.cache), plus a memory layer so the dev
 * server's next compile touches the disk only for what changed. An entry records its own key: a
 * truncated, corrupt or foreign file is a miss, never an error, and never a wrong reading. Writes go
 * through a temporary file and a rename, so a parallel build never reads half an entry; a disk that
 * refuses writes only costs the cache.
 */
export function createReadingCache(dir: string | undefined): ReadingCache {
  const memory = new Map<string, ArticleReading>();
  let writable = dir !== undefined;
  const pathOf = (key: string) => join(dir!, key.slice(0, 2), `${key}.json`);
  return {
    get(key) {
      const known = memory.get(key);
      if (known || !dir) return known;
      try {
        const entry = JSON.parse(readFileSync(pathOf(key), 'utf8')) as { key?: unknown; reading?: ArticleReading };
        if (entry.key !== key || !isReading(entry.reading)) return undefined;
        memory.set(key, entry.reading);
        return entry.reading;
      } catch {
        return undefined;
      }
    },
    retain(keys) {
      for (const key of memory.keys()) if (!keys.has(key)) memory.delete(key);
    },
    set(key, reading) {
      memory.set(key, reading);
      if (!writable) return;
      try {
        const path = pathOf(key);
        mkdirSync(join(dir!, key.slice(0, 2)), { recursive: true });
        const tmp = `${path}.${process.pid}.tmp`;
        writeFileSync(tmp, JSON.stringify({ key, reading }));
        renameSync(tmp, path);
      } catch {
        writable = false;
      }
    },
  };
}

/** Enough of the shape to trust the rest: the entry was written by JSON.stringify of a reading. */
function isReading(value: unknown): value is ArticleReading {
  const r = value as ArticleReading | undefined;
  return typeof r === 'object' && r !== null && typeof r.document?.id === 'string' && typeof r.document.text === 'string'
    && Array.isArray(r.candidates) && Array.isArray(r.diagnostics) && Array.isArray(r.actors)
    && Array.isArray(r.people?.surnames) && Array.isArray(r.people.bare);
}
