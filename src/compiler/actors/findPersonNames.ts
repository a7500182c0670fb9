import { HONORIFICS, NAME_PARTICLES, NOT_NAME_WORDS, ROLE_NOUNS, SPEECH_VERBS, TITLES } from './nameCues.ts';
import type { PosOf } from './partsOfSpeech.ts';
import type { SentenceToken } from './tokenizeSentence.ts';

/** A person's name found by its cues; `first`/`last` index the sentence's tokens. */
export interface PersonName {
  first: number;
  last: number;
  /** Name words; a hyphenated word (Jean-Yves) and particles (al-, bin) count as part of their word. */
  words: number;
}

const HYPHEN = new Set(['-', '‐', '‑']);
const STOP = new Set([',', '.', ';', ':', '(', ')', '"', '“', '”']);
// "Residents of Ain Zara said": after a preposition the name is a place, and someone else is speaking.
const PREPOSITIONS = new Set(['of', 'in', 'at', 'from', 'near', 'to', 'for', 'with', 'around', 'across', 'outside', 'inside', 'into', 'towards', 'toward']);

const isNameWord = (t: SentenceToken | undefined): boolean =>
  !!t && (t.shape === 'cap' || t.shape === 'mixed') && t.folded.length > 1 && !NOT_NAME_WORDS.has(t.folded) && !TITLES.has(t.folded);
const isJoiner = (t: SentenceToken | undefined): boolean => !!t && HYPHEN.has(t.text) && !t.spaceBefore;
const isParticle = (t: SentenceToken | undefined): boolean => !!t && t.shape === 'lower' && NAME_PARTICLES.has(t.folded);

/** Extends a name run from token `i`; returns its last token and word count. */
function extendRun(tokens: readonly SentenceToken[], i: number, free: (j: number) => boolean): { last: number; words: number } {
  let last = i;
  let words = 1;
  for (;;) {
    const next = last + 1;
    let word = -1;
    let joined = false;
    if (isJoiner(tokens[next]) && isNameWord(tokens[next + 1]) && !tokens[next + 1]!.spaceBefore) {
      word = next + 1;
      joined = true;
    } else if (isNameWord(tokens[next])) word = next;
    else if (isParticle(tokens[next]) && free(next)) word = isJoiner(tokens[next + 1]) ? next + 2 : next + 1;
    if (word < 0 || !isNameWord(tokens[word]) || !free(word)) break;
    last = word;
    if (!joined) words++;
  }
  return { last, words };
}

function titleBefore(tokens: readonly SentenceToken[], first: number): 'honorific' | 'title' | undefined {
  let p = first - 1;
  if (tokens[p]?.text === '.') p--;
  const word = tokens[p]?.folded ?? '';
  return HONORIFICS.has(word) ? 'honorific' : TITLES.has(word) ? 'title' : undefined;
}

/** "“We will not withdraw,” said Aisha Gwedar." — the reporting verb before the name, then a pause. */
function quotedBy(tokens: readonly SentenceToken[], first: number, last: number): boolean {
  const after = tokens[last + 1];
  return SPEECH_VERBS.has(tokens[first - 1]?.folded ?? '') && (!after || STOP.has(after.text));
}

/** "…, a senior LNA general," right after the name. */
function roleAfter(tokens: readonly SentenceToken[], last: number): boolean {
  if (tokens[last + 1]?.text !== ',') return false;
  for (let j = last + 2; j < tokens.length && j <= last + 8 && !STOP.has(tokens[j]!.text); j++) if (ROLE_NOUNS.has(tokens[j]!.folded)) return true;
  return false;
}

/** "the French Minister for Foreign Affairs, Jean-Yves Le Drian, …": a role before a comma before the name. */
function roleBefore(tokens: readonly SentenceToken[], first: number, last: number): boolean {
  if (tokens[first - 1]?.text !== ',') return false;
  const after = tokens[last + 1];
  if (after && !STOP.has(after.text) && !SPEECH_VERBS.has(after.folded)) return false;
  for (let j = first - 2; j >= 0 && j >= first - 8 && !STOP.has(tokens[j]!.text); j--) {
    if (TITLES.has(tokens[j]!.folded) || ROLE_NOUNS.has(tokens[j]!.folded)) return true;
  }
  return false;
}

/**
 * People not in the actor list: 2–4 capitalised proper nouns with a cue (a title before, "said" after, a
 * role in apposition), or one proper noun right after an honorific ("President Macron"). Every name word
 * must be a PROPN for wink-nlp, which is asked only once a run has passed the cheaper tests.
 */
export function findPersonNames(tokens: readonly SentenceToken[], free: (j: number) => boolean, pos: PosOf): PersonName[] {
  const names: PersonName[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const leadingParticle = isParticle(tokens[i]) && isJoiner(tokens[i + 1]) && isNameWord(tokens[i + 2]);
    if (!free(i) || !(isNameWord(tokens[i]) || leadingParticle)) continue;
    const { last, words } = extendRun(tokens, leadingParticle ? i + 2 : i, free);
    const title = titleBefore(tokens, i);
    const speaker = (SPEECH_VERBS.has(tokens[last + 1]?.folded ?? '') && !PREPOSITIONS.has(tokens[i - 1]?.folded ?? '')) || quotedBy(tokens, i, last);
    const cued = words >= 2 && words <= 4 && (title || speaker || roleAfter(tokens, last) || roleBefore(tokens, i, last));
    const honoured = words === 1 && title === 'honorific';
    const allProper = (): boolean => tokens.slice(i, last + 1).every((t) => (t.shape !== 'cap' && t.shape !== 'mixed') || pos(t) === 'PROPN');
    if ((cued || honoured) && allProper()) names.push({ first: i, last, words });
    i = last;
  }
  return names;
}
