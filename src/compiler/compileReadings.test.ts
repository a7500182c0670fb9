import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../node/gazetteer/loadGazetteer.ts';
import { compile, isArticle, readActorLists, type InputFile } from './compile.ts';
import { createReaders, readArticle, type ArticleReading } from './readArticle.ts';

/** Shells hand compile articles read elsewhere (a disk cache, worker threads): the output must not tell. */
const gazetteer = loadGazetteer();
const dir = new URL('./fixtures/', import.meta.url);
const fixtures: InputFile[] = readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort().slice(0, 6)
  .map((name) => ({ path: `seeds/${name}`, text: readFileSync(new URL(name, dir), 'utf8') }));
const mansouri: InputFile[] = [
  { path: 'seeds/a.txt', text: 'Fighting in Sirte\n\nSIRTE, 4 March 2019 - Commander Tarek Mansouri ordered an attack on Sirte on Monday, officials said.\n' },
  { path: 'seeds/b.txt', text: 'Shelling in Misrata\n\nMISRATA, 6 March 2019 - General Mansouri shelled Misrata on Tuesday, residents said.\n' },
];
const files: InputFile[] = [
  ...fixtures,
  ...mansouri,
  { path: 'seeds/copy/a.txt', text: 'Another a\n\nTRIPOLI, 1 May 2019 - Clashes erupted in Tripoli on Monday.\n' },
  { path: 'seeds/actors.yaml', text: '- id: tripoli-brigade\n  name: Tripoli Brigade\n  kind: armed-group\n  aliases: [the brigade]\n' },
  { path: 'seeds/notes.json', text: '{}' },
];

/** What a shell does: read each article on its own, through JSON as the disk cache stores it. */
function readApart(input: InputFile[]): Map<string, ArticleReading> {
  const readers = createReaders(gazetteer, readActorLists(input).entries);
  return new Map(input.filter((f) => isArticle(f.path)).map((f) => [f.path, JSON.parse(JSON.stringify(readArticle(f, readers))) as ArticleReading]));
}

describe('compile with readings', () => {
  const plain = JSON.stringify(compile(files, { gazetteer, review: true }));

  it('gives what compile without them gives, byte for byte', () => {
    const readings = readApart(files);
    expect(JSON.stringify(compile(files, { gazetteer, review: true, readings }))).toBe(plain);
    expect(JSON.stringify(compile(files, { gazetteer, review: true, readings })), 'readings are not changed by a compile').toBe(plain);
  });

  it('reads the articles a shell did not supply', () => {
    const some = new Map([...readApart(files)].slice(0, 3));
    expect(JSON.stringify(compile(files, { gazetteer, review: true, readings: some }))).toBe(plain);
  });

  it('links a bare surname to the full name an earlier document gave it', () => {
    const { dataset } = compile(mansouri, { gazetteer });
    const shelling = dataset.events.find((e) => e.sources[0]?.document === 'b');
    expect(shelling?.actors).toEqual(['tarek-mansouri']);
    expect(dataset.actors.map((a) => a.id)).not.toContain('mansouri');
    expect(dataset.actors.find((a) => a.id === 'tarek-mansouri')?.aliases).toContain('Mansouri');
  });
});
