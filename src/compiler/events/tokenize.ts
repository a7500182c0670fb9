/** A word of a sentence with its character offsets. `lower` is for lexicon look-ups. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const word = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;

export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  for (const m of sentence.matchAll(word)) {
    tokens.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}
