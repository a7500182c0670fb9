import type { Source } from '../schema.ts';
import { splitSentences } from '../document/splitSentences.ts';

export interface QuoteMatch {
  /** The whole sentence (or sentences) around the quote, as the extractor would have cited it. */
  source: Omit<Source, 'document'>;
  /** How many times the quote occurs; the first occurrence is used. */
  occurrences: number;
}

/** A paragraph as `parseDocument` found it: offsets into the text and its 1-based first line. */
export interface Span {
  start: number;
  end: number;
  line: number;
}

/**
 * Finds `quote` in the document and widens it to the sentence(s) containing it. Whitespace and
 * typographic quotes are matched loosely because an editor types the quote on one line with straight
 * quotes, while the article may wrap lines and use curly ones. Given the parser's `paragraphs`, sentences
 * are cut exactly as the extractor cuts them; without, lines are paragraphs (see paragraphAround).
 */
export function findQuote(text: string, quote: string, paragraphs?: readonly Span[]): QuoteMatch | undefined {
  const matches = [...text.matchAll(loosePattern(quote.trim()))];
  const first = matches[0];
  if (!first) return undefined;
  const from = first.index;
  const to = from + first[0].length;

  const paragraph = paragraphOf(paragraphs, from, to) ?? paragraphAround(text, from, to);
  // The extractor's own splitter, so an added event cites the same sentence an extracted one would.
  const sentences = splitSentences(text.slice(paragraph.start, paragraph.end), paragraph.start, paragraph.line, text)
    .filter((s) => s.end > from && s.start < to);
  const head = sentences[0];
  const tail = sentences[sentences.length - 1];
  if (!head || !tail) return undefined;
  return {
    source: {
      // Exact, as every source's quote is: the text between its offsets.
      quote: text.slice(head.start, tail.end),
      start: head.start,
      end: tail.end,
      line: head.line,
    },
    occurrences: matches.length,
  };
}

function loosePattern(quote: string): RegExp {
  const parts = [...quote.replace(/\s+/g, ' ')].map((ch) => {
    if (ch === ' ') return '\\s+';
    if (/['‘’]/.test(ch)) return "['‘’]";
    if (/["“”]/.test(ch)) return '["“”]';
    return ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  });
  return new RegExp(parts.join(''), 'g');
}

/** The parser's paragraphs covering [from, to), merged into one span. */
function paragraphOf(paragraphs: readonly Span[] | undefined, from: number, to: number): Span | undefined {
  const covering = (paragraphs ?? []).filter((p) => p.end > from && p.start < to);
  const first = covering[0];
  const last = covering[covering.length - 1];
  if (!first || !last || first.start > from || last.end < to) return undefined;
  return { start: first.start, end: last.end, line: first.line };
}

/**
 * The lines around [from, to) that make one paragraph when the parser's are not at hand. A line end ends a
 * sentence, except before a lower-case letter: that is a hard-wrapped sentence running on. An upper-case
 * start is not taken as a run-on, because scraped articles put headlines and bylines, which have no
 * full stop, right above the first sentence.
 */
function paragraphAround(text: string, from: number, to: number): Span {
  const runsOn = (lineStart: number) => /^[ \t]*\p{Ll}/u.test(text.slice(lineStart, lineStart + 40));
  let start = text.lastIndexOf('\n', from - 1) + 1;
  // A line after a blank one starts a paragraph whatever its case: stop at `\n\n`.
  while (start > 1 && runsOn(start) && text[start - 2] !== '\n') start = text.lastIndexOf('\n', start - 2) + 1;
  let end = text.indexOf('\n', to);
  if (end < 0) end = text.length;
  while (end < text.length && runsOn(end + 1)) {
    const next = text.indexOf('\n', end + 1);
    end = next < 0 ? text.length : next;
  }
  let line = 1;
  for (let i = 0; i < start; i++) if (text.charCodeAt(i) === 10) line++;
  return { start, end, line };
}
