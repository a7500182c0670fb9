import { describe, expect, it } from 'vitest';
import { highlightParagraphs } from './highlightParagraphs.ts';

const text = 'Headline\n\nFirst sentence. The quoted one. Last.\nAnother paragraph.';

describe('highlightParagraphs', () => {
  it('splits paragraphs and marks the quote by its offsets', () => {
    const start = text.indexOf('The quoted');
    const paragraphs = highlightParagraphs(text, 'The quoted one.', start, start + 15);
    expect(paragraphs.map((p) => p.parts.map((x) => x.text).join(''))).toEqual(['Headline', 'First sentence. The quoted one. Last.', 'Another paragraph.']);
    expect(paragraphs[1]?.parts).toEqual([
      { text: 'First sentence. ', mark: false },
      { text: 'The quoted one.', mark: true },
      { text: ' Last.', mark: false },
    ]);
  });

  it('falls back to searching for the quote when offsets are stale', () => {
    const marked = highlightParagraphs(text, 'Another paragraph.', 0, 5).flatMap((p) => p.parts).filter((p) => p.mark);
    expect(marked).toEqual([{ text: 'Another paragraph.', mark: true }]);
  });

  it('marks nothing when the quote is not in the text', () => {
    expect(highlightParagraphs(text, 'Nowhere.', 0, 3).flatMap((p) => p.parts).some((p) => p.mark)).toBe(false);
  });
});
