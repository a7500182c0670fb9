import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSeeds } from './readSeeds.ts';

let root: string;
let seeds: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'atlas-seeds-'));
  seeds = join(root, 'seeds');
  mkdirSync(seeds);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const read = () => readSeeds(seeds, root);
const messages = () => read().diagnostics.map((d) => `${d.file}: ${d.message}`);

describe('readSeeds: the seeds folder is a boundary', () => {
  it('does not read a link to a file outside the folder, and names the link', () => {
    writeFileSync(join(root, 'secret.txt'), 'not for publication');
    symlinkSync(join(root, 'secret.txt'), join(seeds, 'a.txt'));
    expect(read().files).toEqual([]);
    expect(messages()).toEqual(['seeds/a.txt: a link to a file outside the seeds folder: not read (copy the file into the folder instead)']);
  });

  it('follows a link that stays inside, and reads a looping folder once', () => {
    mkdirSync(join(seeds, 'wire'));
    writeFileSync(join(seeds, 'wire', 'b.txt'), 'Talks opened in Geneva.');
    symlinkSync(join(seeds, 'wire', 'b.txt'), join(seeds, 'a.txt'));
    symlinkSync(seeds, join(seeds, 'wire', 'loop'));
    const { files, diagnostics } = read();
    expect(files.map((f) => f.path)).toEqual(['seeds/a.txt', 'seeds/wire/b.txt']);
    expect(diagnostics.map((d) => d.file)).toEqual(['seeds/wire/loop']);
    expect(diagnostics[0]!.message).toMatch(/link loop/);
  });

  it('reports a hidden document instead of skipping it silently', () => {
    writeFileSync(join(seeds, '..x.txt'), 'Talks opened.');
    writeFileSync(join(seeds, '.DS_Store'), 'x');
    expect(read().files).toEqual([]);
    expect(read().diagnostics).toEqual([{ severity: 'info', file: 'seeds/..x.txt', line: 1, message: expect.stringMatching(/hidden file/) }]);
  });

  it('reads structured sources beside the articles, and reports a hidden one too', () => {
    for (const name of ['acled.csv', 'timeline.json', 'events.geojson']) writeFileSync(join(seeds, name), '{}');
    writeFileSync(join(seeds, '.export.csv'), 'event_date,event_type');
    expect(read().files.map((f) => f.path)).toEqual(['seeds/acled.csv', 'seeds/events.geojson', 'seeds/timeline.json']);
    expect(messages()).toEqual(['seeds/.export.csv: hidden file (its name starts with a dot): skipped']);
  });
});

describe('readSeeds: encodings', () => {
  it('reads UTF-16 with its byte-order mark, and UTF-8 with or without one', () => {
    writeFileSync(join(seeds, 'le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Café bombing', 'utf16le')]));
    writeFileSync(join(seeds, 'bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Café bombing')]));
    writeFileSync(join(seeds, 'plain.txt'), 'Café bombing');
    const { files, diagnostics } = read();
    expect(files.map((f) => f.text)).toEqual(['Café bombing', 'Café bombing', 'Café bombing']);
    expect(diagnostics).toEqual([]);
  });

  it('reads Windows-1252 without mojibake, and says it guessed', () => {
    writeFileSync(join(seeds, 'latin.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x93, 0x6f, 0x6b, 0x94]));
    expect(read().files[0]!.text).toBe('Café – “ok”');
    expect(messages()).toEqual(['seeds/latin.txt: not valid UTF-8: read as Windows-1252; save it as UTF-8 to be sure of its accents']);
  });

  it('refuses binary content with a diagnostic naming the file', () => {
    writeFileSync(join(seeds, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    expect(read().files).toEqual([]);
    expect(messages()).toEqual(['seeds/photo.txt: not a text file (binary content): skipped']);
  });
});
