import { NAME_PARTICLES } from './nameCues.ts';
import type { SentenceToken } from './tokenizeSentence.ts';

const HYPHEN = new Set(['-', '‐', '‑']);

/**
 * The forms a later bare mention of a full name may take: "Jean-Yves Le Drian" → "Drian", "Le Drian";
 * "Mahmoud al-Werfalli" → "al-Werfalli". Only the last word, since first names recur across people.
 */
export function surnamesOf(sentence: string, tokens: readonly SentenceToken[], first: number, last: number): string[] {
  let k = last;
  while (k - 2 >= first && HYPHEN.has(tokens[k - 1]!.text) && !tokens[k - 1]!.spaceBefore) k -= 2;
  if (k === first) return [];
  const end = tokens[last]!.end;
  const surnames = [sentence.slice(tokens[k]!.start, end)];
  const particle = tokens[k - 1]!;
  if (k - 1 > first && NAME_PARTICLES.has(particle.folded)) surnames.push(sentence.slice(particle.start, end));
  return surnames;
}
