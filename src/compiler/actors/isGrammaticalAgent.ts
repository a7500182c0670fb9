import { STATE_NOUNS } from './countryActors.ts';
import type { PosOf } from './partsOfSpeech.ts';
import type { SentenceToken } from './tokenizeSentence.ts';

const CLAUSE_OPENERS = new Set([',', ';', ':', '"', '“', '”', '(', '—', '–']);
const LINKERS = new Set(['and', 'but', 'while', 'as', 'after', 'when', 'since', 'because', 'though', 'although',
  'whereas', 'that', 'meanwhile', 'then', 'so', 'yet', 'before', 'once', 'if', 'also']);
const STATE_PHRASES = new Set(STATE_NOUNS);

/**
 * Approximates "the country is the subject of a verb" without a parser: the name opens a clause (sentence
 * start, after a comma or a conjunction, optionally after "the") and a verb follows, skipping adverbs and
 * coordinated actors ("Egypt and the UAE launched"). `covered(j)` tells whether token j is another actor.
 */
export function isGrammaticalAgent(tokens: readonly SentenceToken[], first: number, last: number, pos: PosOf, covered: (j: number) => boolean): boolean {
  let before = first - 1;
  if (tokens[before]?.folded === 'the') before--;
  const previous = tokens[before];
  if (previous && !CLAUSE_OPENERS.has(previous.text) && !LINKERS.has(previous.folded)) return false;
  for (let j = last + 1; j < tokens.length && j <= last + 8; j++) {
    const token = tokens[j]!;
    if (covered(j) || token.text === ',' || token.folded === 'and' || token.folded === 'the') continue;
    const tag = pos(token);
    if (tag === 'VERB' || tag === 'AUX') return true;
    if (tag !== 'ADV') return false;
  }
  return false;
}

/**
 * "Egypt's air force", "Turkey's government": the possessive makes the state act whatever the clause.
 * Returns the index of the state noun's last token, or -1.
 */
export function possessiveStateNounEnd(tokens: readonly SentenceToken[], last: number): number {
  if (tokens[last + 1]?.folded !== "'s") return -1;
  const one = tokens[last + 2]?.folded;
  const two = tokens[last + 3] ? `${one} ${tokens[last + 3]!.folded}` : '';
  if (STATE_PHRASES.has(two)) return last + 3;
  return one && STATE_PHRASES.has(one) ? last + 2 : -1;
}
