import type { SentenceToken } from './tokenizeSentence.ts';

/**
 * Alias matching works on keys, not on raw tokens. A key carries the case rule of the alias word it came
 * from: `A` acronyms and inner-capital words match only themselves (IS never matches "is"), `C` Capitalised
 * words match a capitalised or ALL-CAPS word, `L` lower-case words match any case (headlines).
 */
export interface KeyedToken {
  /** Index into the sentence's tokens. */
  index: number;
  /** Start of the match span: extends back over an "al-" folded away in front of this word. */
  start: number;
  end: number;
  /** The keys this word may match, see `textKeys`. */
  keys: string[];
}

const HYPHENS = new Set(['-', '‐', '‑']);
// Arabic articles fold away so al-Werfalli, Al Werfalli, el-Werfalli and Werfalli share a key. Sun-letter
// forms (ash-Shaddadi) only with a hyphen, since "as" and "an" are English words.
const ARTICLES = new Set(['al', 'el']);
const SUN_ARTICLES = new Set(['ad', 'adh', 'an', 'ar', 'as', 'ash', 'at', 'ath', 'az']);

/** The one key an alias word compiles to. */
export function aliasKey(token: SentenceToken): string {
  if (token.shape === 'upper' || token.shape === 'mixed') return 'A' + token.text.normalize('NFD').replace(/\p{M}/gu, '');
  return (token.shape === 'cap' ? 'C' : 'L') + token.folded;
}

/** The keys a sentence word may match, most specific first. */
export function textKeys(token: SentenceToken): string[] {
  switch (token.shape) {
    case 'upper':
      return ['A' + token.text, 'C' + token.folded, 'L' + token.folded];
    case 'mixed':
      return ['A' + token.text, 'C' + token.folded];
    case 'cap':
      return ['C' + token.folded, 'L' + token.folded];
    default:
      return ['L' + token.folded];
  }
}

function isArticle(tokens: readonly SentenceToken[], i: number): boolean {
  const token = tokens[i];
  const next = tokens[i + 1];
  if (!token || !next) return false;
  const hyphenated = HYPHENS.has(next.text) && !next.spaceBefore;
  if (SUN_ARTICLES.has(token.folded)) return hyphenated;
  if (!ARTICLES.has(token.folded)) return false;
  return hyphenated || next.shape === 'cap' || next.shape === 'upper';
}

/** The tokens that take part in matching: hyphens and Arabic articles are skipped. */
export function keyTokens(tokens: readonly SentenceToken[]): KeyedToken[] {
  const keyed: KeyedToken[] = [];
  let leadStart = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (isArticle(tokens, i)) {
      leadStart = token.start;
      continue;
    }
    if (HYPHENS.has(token.text)) {
      if (leadStart < 0 || token.spaceBefore) leadStart = -1;
      continue;
    }
    keyed.push({ index: i, start: leadStart >= 0 ? leadStart : token.start, end: token.end, keys: textKeys(token) });
    leadStart = -1;
  }
  return keyed;
}
