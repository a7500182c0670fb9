/**
 * A document's text as paragraphs, with the quoted span marked, for the source reader. Offsets come from
 * the compiler; if they do not match the quote (an edited document), the quote is searched for instead.
 */
export interface TextPart { text: string; mark: boolean }
export interface Paragraph { start: number; parts: TextPart[] }

function quoteSpan(text: string, quote: string, start: number, end: number): [number, number] | null {
  if (text.slice(start, end) === quote) return [start, end];
  const at = text.indexOf(quote);
  return at >= 0 ? [at, at + quote.length] : null;
}

export function highlightParagraphs(text: string, quote: string, start: number, end: number): Paragraph[] {
  const span = quoteSpan(text, quote, start, end);
  const paragraphs: Paragraph[] = [];
  for (const match of text.matchAll(/[^\n]+/g)) {
    const pStart = match.index;
    const line = match[0];
    if (!line.trim()) continue;
    const pEnd = pStart + line.length;
    if (!span || span[1] <= pStart || span[0] >= pEnd) {
      paragraphs.push({ start: pStart, parts: [{ text: line, mark: false }] });
      continue;
    }
    const from = Math.max(span[0], pStart) - pStart;
    const to = Math.min(span[1], pEnd) - pStart;
    const parts = [
      { text: line.slice(0, from), mark: false },
      { text: line.slice(from, to), mark: true },
      { text: line.slice(to), mark: false },
    ].filter((p) => p.text !== '');
    paragraphs.push({ start: pStart, parts });
  }
  return paragraphs;
}
