/** A word of a sentence with its character offsets. `lower` is for lexicon look-ups. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Starts with a capital letter (computed once: every stage asks). */
  cap: boolean;
  /** Ends in a possessive "'s". */
  possessive: boolean;
}

const CAP = /^\p{Lu}/u;
const POSSESSIVE = /['’]s$/;
const word = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;

export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  for (const m of sentence.matchAll(word)) {
    const lower = m[0].toLowerCase();
    tokens.push({ text: m[0], lower, start: m.index, end: m.index + m[0].length, cap: lower !== m[0] && CAP.test(m[0]), possessive: POSSESSIVE.test(lower) });
  }
  return tokens;
}
