import { describe, expect, it } from 'vitest';
import { splitSentences } from './splitSentences.ts';

const split = (text: string) => splitSentences(text, 0, 1, text).map((s) => s.text);

describe('splitSentences', () => {
  it('splits on full stops, question and exclamation marks', () => {
    expect(split('Fighting resumed. Was anyone hurt? Nobody knows!')).toEqual(['Fighting resumed.', 'Was anyone hurt?', 'Nobody knows!']);
  });

  it('keeps titles, initials and dotted acronyms inside a sentence', () => {
    expect(split('Gen. Smith met Mr. J. Doe at the U.N. headquarters. Then he left.')).toEqual([
      'Gen. Smith met Mr. J. Doe at the U.N. headquarters.',
      'Then he left.',
    ]);
  });

  it('ends a sentence after a closing quotation mark', () => {
    expect(split('"We will not stop," he said. "Never."')).toEqual(['"We will not stop," he said.', '"Never."']);
  });

  it('gives offsets and lines into the document text', () => {
    const doc = 'Title\n\nFirst one here. Second one\nwraps here.';
    const start = doc.indexOf('First');
    const [a, b] = splitSentences(doc.slice(start), start, 3, doc);
    expect(doc.slice(a!.start, a!.end)).toBe('First one here.');
    expect(b).toMatchObject({ text: 'Second one wraps here.', line: 3 });
    expect(doc.slice(b!.start, b!.end)).toBe('Second one\nwraps here.');
  });
});

describe('splitSentences with citation marks', () => {
  it('ends a sentence after its reference number', () => {
    const text = 'The town fell in 2019.[4] Fighting resumed in 2021.[5][6] It is calm now.';
    expect(splitSentences(text, 0, 1, text).map((s) => s.text)).toEqual(['The town fell in 2019.[4]', 'Fighting resumed in 2021.[5][6]', 'It is calm now.']);
  });
});
