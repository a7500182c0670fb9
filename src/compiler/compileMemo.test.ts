import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generateCorpus.ts';
import { loadGazetteer } from '../node/gazetteer/loadGazetteer.ts';
import { compile, createAssemblyMemo, type InputFile } from './compile.ts';
import { createReaders, readArticle, type ArticleReading } from './readArticle.ts';

const gazetteer = loadGazetteer();
const readers = createReaders(gazetteer, []);

/** Readings as a shell's cache keeps them: the same object for the same text. */
const cache = new Map<string, ArticleReading>();
const readingsOf = (files: InputFile[]) => new Map(files.map((f) => {
  const key = `${f.path}\0${f.text}`;
  if (!cache.has(key)) cache.set(key, readArticle(f, readers));
  return [f.path, cache.get(key)!];
}));
const bytes = (files: InputFile[], memo?: ReturnType<typeof createAssemblyMemo>) => {
  const { dataset, diagnostics, review, reviewPayload } = compile(files, { gazetteer, review: true, readings: readingsOf(files), memo });
  return JSON.stringify({ dataset, diagnostics, review, reviewPayload });
};

describe('compiling again with the last compile\'s memo', () => {
  it('gives the bytes a fresh compile gives, after edits, a new article, a removed one and a surname link', () => {
    let files = generateCorpus(30, 3);
    const memo = createAssemblyMemo();
    expect(bytes(files, memo)).toBe(bytes(files));
    const edits: ((fs: InputFile[]) => InputFile[])[] = [
      (fs) => fs.map((f, i) => (i === 7 ? { ...f, text: `${f.text}\nClashes erupted in Sirte on Monday.\n` } : f)),
      (fs) => fs.map((f, i) => (i === 7 ? { ...f, text: f.text.replace('Sirte', 'Misrata') } : f)),
      (fs) => fs,
      (fs) => [...fs, { path: 'bench/corpus/zz-new.txt', text: 'Talks in Tunis\n\n3 March, 2015\n\nKhalifa Haftar met officials in Tunis on Monday.\n' }],
      (fs) => fs.map((f) => (f.path === 'bench/corpus/zz-new.txt' ? { ...f, text: `${f.text}Haftar later visited Benghazi on Tuesday.\n` } : f)),
      (fs) => fs.filter((_, i) => i !== 3),
      (fs) => fs.map((f, i) => (i === 12 ? { ...f, text: f.text.replace(/Tripoli/g, 'Aleppo') } : f)),
    ];
    for (const [n, edit] of edits.entries()) {
      files = edit(files);
      expect(bytes(files, memo), `edit ${n}`).toBe(bytes(files));
    }
  });
});
