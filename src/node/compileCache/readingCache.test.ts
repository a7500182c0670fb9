import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compile, type InputFile } from '../../compiler/compile.ts';
import { loadGazetteer } from '../gazetteer/loadGazetteer.ts';
import { compileSeeds } from '../compileSeeds.ts';
import { createReadingCache, readingKey } from './readingCache.ts';
import { readingContext } from './readingContext.ts';
import { packReader, packWriter } from './readingPacks.ts';

const gazetteer = loadGazetteer();
const files: InputFile[] = [
  { path: 'seeds/a.txt', text: 'Clashes in Sirte\n\nSIRTE, 4 March 2019 - Fighters clashed in Sirte on Monday, killing five people.\n' },
  { path: 'seeds/b.txt', text: 'Shelling in Misrata\n\nMISRATA, 6 March 2019 - Rockets hit Misrata on Tuesday, residents said.\n' },
  { path: 'seeds/actors.yaml', text: '- id: sirte-brigade\n  name: Sirte Brigade\n  kind: armed-group\n  aliases: []\n' },
];
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-reading-cache-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const packs = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.jsonl')).map((f) => join(dir, f));

describe('the reading cache', () => {
  it('gives what compile gives, from a cold and from a warm cache', async () => {
    const dir = tempDir();
    const plain = JSON.stringify(compile(files, { gazetteer, review: true }));
    const cold = await compileSeeds(files, { gazetteer, review: true, cache: createReadingCache(dir), workers: 0 });
    expect(cold.report).toMatchObject({ articles: 2, cached: 0, read: 2 });
    // A new process: nothing in memory, everything on disk.
    const warm = await compileSeeds(files, { gazetteer, review: true, cache: createReadingCache(dir) });
    expect(warm.report).toMatchObject({ cached: 2, read: 0 });
    const withoutReport = ({ dataset, diagnostics, review, reviewPayload }: typeof cold) => JSON.stringify({ dataset, diagnostics, review, reviewPayload });
    expect(withoutReport(cold)).toBe(plain);
    expect(withoutReport(warm)).toBe(plain);
  });

  it('reads again only the article whose text changed', async () => {
    const cache = createReadingCache(tempDir());
    await compileSeeds(files, { gazetteer, cache });
    const edited = files.map((f) => (f.path === 'seeds/b.txt' ? { ...f, text: f.text.replace('Tuesday', 'Wednesday') } : f));
    const again = await compileSeeds(edited, { gazetteer, cache });
    expect(again.report).toMatchObject({ cached: 1, read: 1 });
    expect(JSON.stringify(again.dataset)).toBe(JSON.stringify(compile(edited, { gazetteer }).dataset));
  });

  it('reads everything again when the actor list changes', async () => {
    const cache = createReadingCache(tempDir());
    await compileSeeds(files, { gazetteer, cache });
    const actors = files.map((f) => (f.path === 'seeds/actors.yaml' ? { ...f, text: f.text.replace('aliases: []', 'aliases: [the fighters]') } : f));
    expect((await compileSeeds(actors, { gazetteer, cache })).report).toMatchObject({ cached: 0, read: 2 });
    const extra = [{ id: 'misrata-brigade', name: 'Misrata Brigade', kind: 'armed-group' as const, aliases: [] }];
    expect((await compileSeeds(actors, { gazetteer, cache, actors: extra })).report).toMatchObject({ cached: 0, read: 2 });
  });

  it('keys by compiler version, path and text', () => {
    const v1 = readingContext('v1', gazetteer, []);
    expect(readingContext('v1', gazetteer, [])).toBe(v1);
    expect(readingContext('v2', gazetteer, [])).not.toBe(v1);
    const file = files[0]!;
    expect(readingKey(v1, { ...file, path: 'seeds/c.txt' })).not.toBe(readingKey(v1, file));
    expect(readingKey(v1, { ...file, text: `${file.text} ` })).not.toBe(readingKey(v1, file));
  });

  it('ignores a corrupt, truncated or foreign entry and reads the article again', async () => {
    const dir = tempDir();
    await compileSeeds(files, { gazetteer, cache: createReadingCache(dir) });
    // Entries are lines of a pack, found by offset: the first truncated, the second under another key.
    const [pack] = packs(dir);
    const [first, second] = readFileSync(pack!, 'utf8').split('\n');
    writeFileSync(pack!, `${'{"key":"'.padEnd(first!.length)}\n${second!.replace(/"key":"./, '"key":"-')}\n`);
    const again = await compileSeeds(files, { gazetteer, cache: createReadingCache(dir) });
    expect(again.report).toMatchObject({ cached: 0, read: 2 });
    expect(JSON.stringify(again.dataset)).toBe(JSON.stringify(compile(files, { gazetteer }).dataset));
  });

  it('finds, after a compile, the packs written since, and misses what was tidied away', async () => {
    const dir = tempDir();
    const reading = (await compileSeeds(files.slice(0, 1), { gazetteer, cache: createReadingCache(dir) })).dataset.documents[0]!;
    const entry = { document: { ...reading, text: reading.text! }, candidates: [], diagnostics: [], actors: [], people: { surnames: [], bare: [] } } as never;
    const reader = packReader(dir);
    expect(reader.get('k1')).toBeUndefined();
    const writer = packWriter(dir);
    writer.append('k1', entry);
    writer.close();
    // The indexes are read once per compile: the pack written meanwhile is seen after its end (close).
    expect(reader.get('k1')).toBeUndefined();
    reader.close();
    expect(reader.get('k1')?.document.id).toBe('a');
    // A pack tidied away: every index is read again, and what is gone is a miss, never an error.
    for (const p of packs(dir)) if (readFileSync(p, 'utf8').includes('"k1"')) rmSync(p.replace(/\.jsonl$/, '.json'));
    reader.close();
    expect(reader.get('k1')).toBeUndefined();
  });

  it('works without a writable disk: a cache that cannot write only costs the cache', async () => {
    const file = join(tempDir(), 'not-a-dir');
    writeFileSync(file, '');
    const result = await compileSeeds(files, { gazetteer, cache: createReadingCache(file) });
    expect(result.dataset.events.length).toBeGreaterThan(0);
  });
});
