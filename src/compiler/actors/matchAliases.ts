import type { ActorKind } from '../schema.ts';
import type { AliasTrie } from './AliasTrie.ts';
import { isGrammaticalAgent, possessiveStateNounEnd } from './isGrammaticalAgent.ts';
import { keyTokens } from './keyTokens.ts';
import { NOT_NAME_WORDS, TITLES } from './nameCues.ts';
import type { PosOf } from './partsOfSpeech.ts';
import type { SentenceToken } from './tokenizeSentence.ts';

/** A span of tokens resolved to an actor (or to NOT_AN_ACTOR). `first`/`last` index the tokens. */
export interface TokenMatch {
  first: number;
  last: number;
  start: number;
  end: number;
  actorId: string;
}

// In an all-caps headline ("THE WAR IS OVER") these acronyms are more likely English words.
const WORD_LIKE_ACRONYMS = new Set(['IS', 'US']);

interface Candidate extends TokenMatch {
  agentOnly: boolean;
  keyedLength: number;
}

/** Longest match at each position over all tries; a later trie (the document's) wins ties. */
function scan(tokens: readonly SentenceToken[], tries: readonly AliasTrie[]): Candidate[] {
  const keyed = keyTokens(tokens);
  const found: Candidate[] = [];
  for (let k = 0; k < keyed.length; ) {
    let best;
    for (const trie of tries) {
      const m = trie.longest(keyed, k);
      if (m && (!best || m.length >= best.length)) best = m;
    }
    if (!best) {
      k++;
      continue;
    }
    const head = keyed[k]!;
    const tail = keyed[k + best.length - 1]!;
    let first = head.index;
    while (first > 0 && tokens[first - 1]!.start >= head.start) first--;
    found.push({ first, last: tail.index, start: head.start, end: tail.end, actorId: best.target.actorId, agentOnly: best.target.agentOnly, keyedLength: best.length });
    k += best.length;
  }
  return found;
}

/**
 * "Saddam Haftar" is not Khalifa Haftar: a bare surname alias preceded by another capitalised proper noun
 * (that is not a title) belongs to someone else's full name.
 */
function isSomeoneElsesSurname(tokens: readonly SentenceToken[], c: Candidate, pos: PosOf, taken: (j: number) => boolean): boolean {
  const previous = tokens[c.first - 1];
  if (!previous || taken(c.first - 1) || (previous.shape !== 'cap' && previous.shape !== 'mixed')) return false;
  if (TITLES.has(previous.folded) || NOT_NAME_WORDS.has(previous.folded)) return false;
  return pos(previous) === 'PROPN';
}

/**
 * Matches every alias in the sentence, then keeps agent-only names (countries) only as grammatical agents
 * and drops surnames that belong to another person's full name.
 */
export function matchAliases(tokens: readonly SentenceToken[], tries: readonly AliasTrie[], kindOf: (id: string) => ActorKind | undefined, pos: PosOf): TokenMatch[] {
  const shouting = !tokens.some((t) => t.shape === 'lower' || (t.shape === 'cap' && t.text.length > 1));
  const candidates = scan(tokens, tries).filter((c) => !(shouting && c.first === c.last && WORD_LIKE_ACRONYMS.has(tokens[c.first]!.text)));
  const owner = new Map<number, Candidate>();
  for (const c of candidates) for (let j = c.first; j <= c.last; j++) owner.set(j, c);
  const taken = (j: number): boolean => owner.has(j);
  const kept: TokenMatch[] = [];
  for (const c of candidates) {
    if (c.keyedLength === 1 && kindOf(c.actorId) === 'person' && isSomeoneElsesSurname(tokens, c, pos, taken)) continue;
    if (c.agentOnly) {
      const possessiveEnd = possessiveStateNounEnd(tokens, c.last);
      if (possessiveEnd >= 0) {
        kept.push({ ...c, last: possessiveEnd, end: tokens[possessiveEnd]!.end });
        continue;
      }
      const others = (j: number): boolean => owner.has(j) && owner.get(j) !== c;
      if (!isGrammaticalAgent(tokens, c.first, c.last, pos, others)) continue;
    }
    kept.push({ first: c.first, last: c.last, start: c.start, end: c.end, actorId: c.actorId });
  }
  return kept;
}
