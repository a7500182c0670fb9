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
    const read = await readInWorkers(files, { workers: 1, actors: [], gazetteer, readers, entries: { dir, keys } });
    expect(read.workers).toBe(1);
    expect(JSON.stringify(read.readings)).toBe(JSON.stringify(files.map((f) => readArticle(f, readers))));
    // What a worker read is on disk once it is done; what this thread read is the caller's to write.
    const cache = createReadingCache(dir);
    files.forEach((_, i) => {
      if (read.written[i]) expect(JSON.stringify(cache.get(keys[i]!))).toBe(JSON.stringify(read.readings[i]));
      else expect(cache.get(keys[i]!)).toBeUndefined();
    });
  });

  it('reads on this thread alone when asked for no worker', async () => {
    const read = await readInWorkers(files.slice(0, 5), { workers: 0, actors: [], gazetteer, readers });
    expect(read).toMatchObject({ workers: 0, written: [false, false, false, false, false] });
    expect(read.readings.map((r) => r.document.file)).toEqual(files.slice(0, 5).map((f) => f.path));
  });
});
