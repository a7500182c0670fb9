import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../bench/generateCorpus.ts';
import { createReaders, readArticle } from '../../compiler/readArticle.ts';
import { createReadingCache } from '../compileCache/readingCache.ts';
import { loadGazetteer } from '../gazetteer/loadGazetteer.ts';
import { readInWorkers } from './readInWorkers.ts';

const gazetteer = loadGazetteer();
const readers = createReaders(gazetteer, []);
const files = generateCorpus(80, 7);
const dir = mkdtempSync(join(tmpdir(), 'atlas-workers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reading on worker threads', () => {
  it('gives the readings this thread gives, in the files\' order, and writes the workers\' cache entries', { timeout: 60_000 }, async () => {
    const keys = files.map((_, i) => `key-${i}`);
    // This thread stays out of the queue: otherwise, on a fast run, it may read every batch before the
    // worker has started, and the test would not know whose readings it compares.
    const read = await readInWorkers(files, { workers: 1, actors: [], gazetteer, readers, entries: { dir, keys }, readHere: false });
    expect(read.workers).toBe(1);
    expect(read.written.every(Boolean)).toBe(true);
    expect(JSON.stringify(read.readings)).toBe(JSON.stringify(files.map((f) => readArticle(f, readers))));
    // What a worker read is on disk once it is done.
    const cache = createReadingCache(dir);
    files.forEach((_, i) => expect(JSON.stringify(cache.get(keys[i]!))).toBe(JSON.stringify(read.readings[i])));
  });

  it('writes the cache entries of what this thread reads too', { timeout: 60_000 }, async () => {
    const own = mkdtempSync(join(tmpdir(), 'atlas-workers-'));
    try {
      const keys = files.map((_, i) => `own-${i}`);
      const read = await readInWorkers(files, { workers: 1, actors: [], gazetteer, readers, entries: { dir: own, keys } });
      expect(read.written.every(Boolean)).toBe(true);
      const cache = createReadingCache(own);
      files.forEach((_, i) => expect(JSON.stringify(cache.get(keys[i]!))).toBe(JSON.stringify(read.readings[i])));
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  });

  it('reads on this thread alone when asked for no worker', async () => {
    const read = await readInWorkers(files.slice(0, 5), { workers: 0, actors: [], gazetteer, readers });
    expect(read).toMatchObject({ workers: 0, written: [false, false, false, false, false] });
    expect(read.readings.map((r) => r.document.file)).toEqual(files.slice(0, 5).map((f) => f.path));
  });
});
