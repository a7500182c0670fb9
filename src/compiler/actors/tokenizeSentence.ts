/**
 * A fast tokenizer of our own: matching aliases needs character offsets and a stable split, and calling
 * wink-nlp on every sentence would cost a large share of the compiler's budget (≈0.05–0.1 ms per sentence).
 */

/** `upper`: an acronym (LNA, U.S.); `mixed`: inner capitals (HoR); `cap`: Capitalised; `lower`; `other`. */
export type TokenShape = 'upper' | 'mixed' | 'cap' | 'lower' | 'other';

export interface SentenceToken {
  text: string;
  start: number;
  end: number;
  shape: TokenShape;
  /** Lower case with diacritics and curly apostrophes folded: Salamé → salame, ’s → 's. */
  folded: string;
  /** Whitespace right before this token. */
  spaceBefore: boolean;
}

// Dotted acronyms (U.S.), words with inner apostrophes (N'Djamena) but not a possessive 's, the possessive,
// then any other single character.
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’](?![sS](?![\p{L}\p{N}]))[\p{L}\p{M}\p{N}]+)*|['’][sS](?![\p{L}\p{N}])|\S/gu;
const NON_ASCII = /[^\u0020-\u007e]/;
const MARKS = /\p{M}/gu;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;

export function foldText(text: string): string {
  const plain = NON_ASCII.test(text) ? text.normalize('NFD').replace(MARKS, '').replace(/’/g, "'") : text;
  return plain.toLowerCase();
}

const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90;
const isAsciiLower = (c: number): boolean => c >= 97 && c <= 122;

function shapeOf(text: string): TokenShape {
  const c = text.charCodeAt(0);
  // ASCII fast path: this runs for every token of every sentence.
  if (isAsciiLower(c)) return 'lower';
  if (!isAsciiUpper(c)) return c < 128 ? 'other' : unicodeShapeOf(text);
  let lower = false;
  let upper = false;
  for (let i = 1; i < text.length; i++) {
    const d = text.charCodeAt(i);
    if (isAsciiLower(d)) lower = true;
    else if (isAsciiUpper(d)) upper = true;
    else if (d >= 128) return unicodeShapeOf(text);
  }
  if (!lower) return text.replace(/\./g, '').length >= 2 ? 'upper' : 'cap';
  return upper ? 'mixed' : 'cap';
}

function unicodeShapeOf(text: string): TokenShape {
  const first = text[0] ?? '';
  if (!LETTER.test(first)) return 'other';
  if (!UPPER.test(first)) return 'lower';
  const rest = text.slice(1);
  if (!LOWER.test(rest)) return text.replace(/\./g, '').length >= 2 ? 'upper' : 'cap';
  return UPPER.test(rest) ? 'mixed' : 'cap';
}

export function tokenizeSentence(sentence: string): SentenceToken[] {
  const tokens: SentenceToken[] = [];
  let previousEnd = 0;
  for (const m of sentence.matchAll(TOKEN)) {
    const start = m.index;
    const text = m[0];
    tokens.push({
      text,
      start,
      end: start + text.length,
      shape: shapeOf(text),
      folded: foldText(text),
      spaceBefore: start > previousEnd || start === 0,
    });
    previousEnd = start + text.length;
  }
  return tokens;
}
