import { describe, expect, test } from 'vitest';
import { findQuote } from './findQuote.ts';

const text = [
  'Headline without a stop', // 1
  '', // 2
  'Gen. Haftar arrived in Rome. He met officials there! Did he sign?', // 3
  'A wrapped sentence that goes on', // 4
  'over two lines. And a last one.', // 5
  '',
].join('\n');

describe('findQuote', () => {
  test('widens a fragment to its sentence, keeping abbreviations inside it', () => {
    const m = findQuote(text, 'arrived in Rome')!;
    expect(m.source).toEqual({ quote: 'Gen. Haftar arrived in Rome.', start: text.indexOf('Gen.'), end: text.indexOf(' He met'), line: 3 });
    expect(m.occurrences).toBe(1);
  });

  test('stops at ! and ?', () => {
    expect(findQuote(text, 'met officials')!.source.quote).toBe('He met officials there!');
    expect(findQuote(text, 'sign')!.source.quote).toBe('Did he sign?');
  });

  test('a sentence hard-wrapped over two lines is one sentence; the quote may span the break', () => {
    const m = findQuote(text, 'goes on over two')!;
    expect(m.source.quote).toBe('A wrapped sentence that goes on\nover two lines.');
    expect(m.source.line).toBe(4);
    expect(text.slice(m.source.start, m.source.end)).toBe('A wrapped sentence that goes on\nover two lines.');
  });

  test('a line that ends without a stop before a blank line is its own sentence', () => {
    expect(findQuote(text, 'Headline')!.source).toMatchObject({ quote: 'Headline without a stop', start: 0, line: 1 });
  });

  test('without the parser paragraphs, a headline right above a sentence stays apart from it', () => {
    const scraped = 'Haftar holds talks in Paris\nKhalifa Haftar has been accused of ordering attacks.\n';
    expect(findQuote(scraped, 'accused of')!.source).toMatchObject({ quote: 'Khalifa Haftar has been accused of ordering attacks.', line: 2 });
    expect(findQuote(scraped, 'talks')!.source).toMatchObject({ quote: 'Haftar holds talks in Paris', line: 1 });
  });

  test('with the parser paragraphs, sentences are cut as the extractor cuts them', () => {
    const wrapped = 'Title\n\nHaftar met the envoy of\nItaly in Rome. Then he left.\n';
    const start = wrapped.indexOf('Haftar');
    const paragraphs = [{ start: 0, end: 5, line: 1 }, { start, end: wrapped.length - 1, line: 3 }];
    expect(findQuote(wrapped, 'Italy in Rome')!.source.quote).toBe('Italy in Rome.');
    expect(findQuote(wrapped, 'Italy in Rome', paragraphs)!.source).toEqual({
      quote: 'Haftar met the envoy of\nItaly in Rome.',
      start,
      end: wrapped.indexOf(' Then'),
      line: 3,
    });
  });

  test('a quote over two sentences cites both', () => {
    expect(findQuote(text, 'Rome. He met')!.source.quote).toBe('Gen. Haftar arrived in Rome. He met officials there!');
  });

  test('straight quotes and apostrophes match curly ones; extra spaces are loose', () => {
    const curly = 'They called it a “corridor”. Haftar’s men left.';
    expect(findQuote(curly, 'a "corridor"')!.source.quote).toBe('They called it a “corridor”.');
    expect(findQuote(curly, "Haftar's  men")!.source.quote).toBe('Haftar’s men left.');
  });

  test('regex characters in the quote are literal', () => {
    expect(findQuote('Costs rose (again) by 5.5%. Fine.', '(again) by 5.5%')!.source.quote).toBe('Costs rose (again) by 5.5%.');
    expect(findQuote('Costs rose by 5x5. Fine.', '5.5')).toBeUndefined();
  });

  test('counts occurrences and uses the first', () => {
    const m = findQuote(text, 'he')!;
    expect(m.occurrences).toBeGreaterThan(1);
    expect(m.source.line).toBe(3);
  });

  test('is case sensitive and misses what is not there', () => {
    expect(findQuote(text, 'gen. haftar')).toBeUndefined();
    expect(findQuote(text, 'Tripoli')).toBeUndefined();
  });
});
