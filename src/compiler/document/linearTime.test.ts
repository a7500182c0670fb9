import { describe, expect, it } from 'vitest';
import { parseDocument } from './parseDocument.ts';
import { MAX_SENTENCE, splitSentences } from './splitSentences.ts';
import { stripMarkdownLine } from './stripMarkdown.ts';

/**
 * Issue 16.2: one long paragraph or line made the compiler quadratic (1 MB took 19 s). Growth is measured as
 * a ratio, so the test does not depend on the machine's speed: eight times the text takes about eight times
 * as long when linear and sixty-four times when quadratic; the bound, 32, leaves room for a busy machine; best of five runs
 * against a busy machine, inputs built outside the timer.
 */
function growth<T>(make: (size: number) => T, run: (input: T) => unknown, size: number): number {
  const best = (n: number) => {
    const input = make(n);
    return Math.min(...[0, 1, 2, 3, 4].map(() => {
      const t = performance.now();
      run(input);
      return performance.now() - t;
    }));
  };
  best(size); // warm-up: compiled code, not the first run's JIT, is measured
  return best(size * 8) / Math.max(best(size), 1);
}

const sentences = (chars: number) => {
  const unit = 'Forces clashed with rebels in Misrata on Monday,\nwitnesses said. ';
  return unit.repeat(Math.ceil(chars / unit.length));
};

describe('time linear in the size of a document', () => {
  it('splits one long paragraph into sentences in linear time', () => {
    expect(growth(sentences, (t) => splitSentences(t, 0, 1, t), 50_000)).toBeLessThan(32);
  });

  it('counts lines on from sentence to sentence', () => {
    const t = sentences(1000);
    const split = splitSentences(t, 0, 7, t);
    split.forEach((s, i) => expect(s.line).toBe(7 + i));
  });

  it('cuts text without stops into bounded windows at spaces, exact slices of the text', () => {
    const text = 'word '.repeat(3000);
    const split = splitSentences(text, 0, 1, text);
    expect(split.length).toBeGreaterThan(5);
    for (const s of split) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(text.slice(s.start, s.end)).toMatch(/^word( word)*$/);
    }
    const word = 'x'.repeat(5000);
    expect(splitSentences(word, 0, 1, word).map((s) => s.text.length)).toEqual([2000, 2000, 1000]);
  });

  it('parses a hard-wrapped paragraph without stops in linear time', () => {
    const wrapped = (n: number) => `Title\n\n${'forces moved on the town at dawn\n'.repeat(Math.ceil(n / 33))}`;
    expect(growth(wrapped, (t) => parseDocument('a.txt', t), 100_000)).toBeLessThan(32);
  });

  it('strips a Markdown line of unclosed links and tags in linear time', () => {
    for (const unit of ['a < b ', 'a [b ', 'a ](b ']) {
      expect(growth((n) => unit.repeat(n / unit.length), stripMarkdownLine, 20_000)).toBeLessThan(32);
    }
  });
});
