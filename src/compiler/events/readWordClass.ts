import type { Inflection } from './lemmatize.ts';
import { entriesByFirstLemma, type LexiconEntry } from './triggerLexicon.ts';
import type { Token } from './tokenize.ts';

/** Articles and possessives: the word after them is a noun. */
export const determiners = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those', 'that']);

/** Lemmas the lexicon also reads as nouns ("attack", "shell"): a bare form of these is not a verb by default. */
const hasNounReading = new Set([...entriesByFirstLemma.values()].flat().filter((e) => e.wordClass !== 'v').map((e) => e.words[0]!));

/** Lemmas the lexicon also reads as verbs: only these need telling apart from nouns. */
const hasVerbReading = new Set([...entriesByFirstLemma.values()].flat().filter((e) => e.wordClass !== 'n').map((e) => e.words[0]!));

const NOUN_BEFORE = /^(?:the|a|an|its|their|his|her|our|this|these|those|such|of|in|on|at|for|with|from|by|amid|after|during|against|despite|following|over|since|before|into|new|fresh|renewed|heavy|fierce|deadly|major|further|more|several|many|some|no|any|each|every|another|first|latest|last|\d[\d,.]*)$/;
const VERB_BEFORE = /^(?:they|he|she|it|we|who|which|to|will|would|can|could|may|might|must|should|shall|did|do|does|not|n't|also|then|later|reportedly|allegedly)$/;
const PLURAL = /[^s]s$/;
const SUBJECT_PRONOUN = /^(?:they|he|she|it|we|who)$/;
const OBJECT_START = /^(?:the|a|an|its|their|his|her|control)$/;

/**
 * Whether the word at `i`, read as `inflection` of the entry's first word, is a noun (true), a verb
 * (false), or not what the entry allows (null). Endings settle most words: "-ed" is a verb, an entry
 * written "-ing" ("fighting") is a noun. A bare or "-s" form ("attack", "attacks") is read from the words
 * around it: a verb between a subject and its object, a noun otherwise.
 */
export function readsAsNoun(tokens: Token[], i: number, inflection: Inflection, entry: LexiconEntry): boolean | null {
  const cls = entry.wordClass;
  if (inflection === 'ed' || inflection === 'past' || inflection === 'participle') return cls === 'n' ? null : false;
  if (inflection === 'ing') {
    // "the shelling of the port" names; "shelling the port" tells.
    const noun = determiners.has(tokens[i - 1]?.lower ?? '') || tokens[i + 1]?.lower === 'of';
    if (cls === 'n') return null;
    return noun ? (cls === 'v' ? null : true) : false;
  }
  // An entry written as a gerund ("fighting", "shelling"), a noun phrase ("air strike"), or a noun the
  // lexicon never reads as a verb ("airstrikes"), is the noun itself.
  if ((entry.words[0]!.endsWith('ing') || entry.words.length > 1 || !hasVerbReading.has(entry.words[0]!)) && cls === 'n') return true;
  if (entry.words[0]!.endsWith('ing') && cls !== 'v') return true;
  // A verb-only entry ("condemns") is a verb unless the word before makes it a noun; a word with both
  // readings is a verb between a subject and an object.
  const fallback = (cls === 'v' && !hasNounReading.has(entry.words[0]!)) || betweenSubjectAndObject(tokens, i) ? 'VERB' : 'NOUN';
  const tag = cls === 'any' && !ambiguous(entry) ? 'NOUN' : (contextTag(tokens, i) ?? fallback);
  const verb = tag === 'VERB';
  if (cls === 'v') return verb ? false : null;
  if (cls === 'n') return verb ? null : true;
  return !verb;
}

/** "troops retake the hill", "Ukraine retakes Izium": a plural noun or a name before, an object after. */
function betweenSubjectAndObject(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!before || !after) return false;
  const subject = (before.cap && i > 1) || (PLURAL.test(before.lower) && !determiners.has(before.lower)) || SUBJECT_PRONOUN.test(before.lower);
  const object = OBJECT_START.test(after.lower) || after.cap;
  return subject && object;
}


/**
 * Noun or verb, for a bare or "-s" form ("attack", "attacks"), from the word before: "the attack", "they
 * attack". A part-of-speech tagger was tried here: it cost a third of the compile time and still called
 * "retake" in "as troops retake the hill" a noun. Undefined: the word before does not say.
 */
function contextTag(tokens: Token[], i: number): 'NOUN' | 'VERB' | undefined {
  const before = tokens[i - 1];
  if (!before) return undefined;
  if (before.possessive || (NOUN_BEFORE.test(before.lower) && before.text !== 'May')) return 'NOUN';
  if (VERB_BEFORE.test(before.lower)) return 'VERB';
  return undefined;
}

/** A one-word entry: its word may be read either way ("attack", "shell"), unlike a phrase. */
function ambiguous(entry: LexiconEntry): boolean {
  return entry.words.length === 1;
}
