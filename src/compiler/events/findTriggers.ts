import { lemmas, type Inflection } from './lemmatize.ts';
import { isBackground } from './isBackground.ts';
import { readFactuality } from './readFactuality.ts';
import { determiners, readsAsNoun } from './readWordClass.ts';
import { entriesByFirstLemma, type LexiconEntry, type Trigger } from './triggerLexicon.ts';
import type { Token } from './tokenize.ts';

export interface TriggerMention extends Trigger {
  text: string;
  start: number;
  end: number;
  /** Index of the trigger's first token. */
  token: number;
  /** Number of tokens the trigger covers. */
  length: number;
  /** False when the text says it did not, or has not yet, happened ("will meet", "denied attacking"). */
  factual: boolean;
  /** The event is named as a noun ("the siege", "an attack") rather than told with a verb. */
  nominal: boolean;
  /** A noun with a definite or demonstrative article: it may refer back to an event already told. */
  definite: boolean;
  /** A noun with no article, possessive or number ("indiscriminate shelling", "attacks on civilians"): often a kind of event. */
  bare: boolean;
  /** A verb in the present perfect ("have accused each other"): a state of affairs more than a dated act. */
  perfect: boolean;
  /** A verb in the simple present ("condemns", "say"): in a news text, the day of publication. */
  present: boolean;
  /**
   * Named as the backdrop of another ("after a week of fighting", "since the 2011 uprising"): it still
   * takes the dates and places next to it, but makes no event.
   */
  background: boolean;
}

/**
 * Finds trigger words, longest phrase first, by lemma. A capitalised trigger in mid-sentence is part of a
 * name ("Government of National Accord", "Operation Dignity"), except a named battle or siege ("the Battle
 * of Sirte"). `sentence` is the text the tokens come from (for the punctuation between them).
 */
export function findTriggers(tokens: Token[], sentence = ''): TriggerMention[] {
  const found: TriggerMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const match = longestEntryAt(tokens, i);
    if (!match) continue;
    const { entry, nominal, inflection, span: n } = match;
    const first = tokens[i]!;
    const named = i > 0 && first.cap && tokens[i + n]?.lower !== 'of';
    if (named || isAdjective(tokens, i, n)) continue;
    const definite = nominal && isDefinite(tokens, i);
    const factual = readFactuality(tokens, i, n, nominal);
    const { type, subType, label, weak } = entry.trigger;
    found.push({
      type, subType, label, weak: weak === true, text: n === 1 ? first.lower : tokens.slice(i, i + n).map((t) => t.lower).join(' '), start: first.start, end: tokens[i + n - 1]!.end,
      token: i, length: n, factual, nominal, definite, background: nominal && isBackground(tokens, i, sentence),
      bare: nominal && isBare(tokens, i) && !toldInPast(tokens, i + n),
      perfect: !nominal && hasPerfectAux(tokens, i),
      present: entry.constraint === 'stance' ? PRESENT_BE.test(copulaBefore(tokens, i)?.lower ?? '')
        : !nominal && (inflection === 's' || (inflection === 'base' && !NOT_PRESENT_BEFORE.test(tokens[i - 1]?.lower ?? ''))),
    });
    i += n - 1;
  }
  return found;
}

interface Match {
  entry: LexiconEntry;
  nominal: boolean;
  inflection: Inflection;
  /** Tokens covered, gaps included ("expressed his worries" is three). */
  span: number;
}

/** A trigger noun used to qualify another noun names no event: "the battle line", "attack helicopters". */
const compoundHead = /^(?:lines?|plans?|groups?|force|helicopters?|aircraft|jets?|zones?|season|tanks?|fields?|mode|gear|rifles?|drones?|capabilit(?:y|ies)|readiness|formations?|units?|cells?|tactics?|planes?|vessels?|ships?|boats?|squads?|dogs?|survivors?)$/;

interface Start {
  entry: LexiconEntry;
  inflection: Inflection;
}

/**
 * Per word, the entries it may start, over every lemma it may be, longest first (a stable sort keeps the
 * word's own reading first among equals): most words start none, and each is looked up once.
 */
const startsByWord = new Map<string, Start[]>();
const NONE: Start[] = [];

function entriesStartedBy(word: string): Start[] {
  let list = startsByWord.get(word);
  if (list) return list;
  list = lemmas(word).flatMap(({ lemma, inflection }) => (entriesByFirstLemma.get(lemma) ?? []).map((entry) => ({ entry, inflection })));
  list = list.length === 0 ? NONE : list.sort((a, b) => b.entry.words.length - a.entry.words.length);
  if (startsByWord.size > 100_000) startsByWord.clear();
  startsByWord.set(word, list);
  return list;
}

/** The longest lexicon entry that starts at token `i` and fits the words around it. */
function longestEntryAt(tokens: Token[], i: number): Match | undefined {
  for (const { entry, inflection } of entriesStartedBy(tokens[i]!.lower)) {
    const span = restMatches(tokens, i, entry.words);
    if (!span) continue;
    const nominal = readsAsNoun(tokens, i, inflection, entry);
    if (nominal === null) continue;
    if (entry.constraint === 'object' && !hasPlaceObject(tokens, i + span)) continue;
    if (entry.constraint === 'thing' && !hasStructureSubject(tokens, i)) continue;
    if (entry.constraint === 'report' && !tokens.slice(i + span, i + span + 5).some((t) => REPORTED.test(t.lower))) continue;
    if (entry.constraint === 'stance' && !copulaBefore(tokens, i)) continue;
    if (nominal && compoundHead.test(tokens[i + span]?.lower ?? '')) continue;
    return { entry, nominal, inflection, span };
  }
  return undefined;
}

const PARTICLE = /^(?:out|back|over|off|down|up)$/;

/**
 * Words a verb phrase may hold between its parts, up to two: "expressed his worries", "took full control",
 * "expressed its deep concern", "came under heavy fire".
 */
const PHRASE_GAP = /^(?:his|her|its|their|the|a|an|full|complete|total|effective|back|\d[\d,]*|dozens|hundreds|some|several|more|all|deep|grave|serious|strong|profound|great|growing|heavy|intense|fierce|sustained|renewed|repeated|direct)$/;

/** Whether the entry's further words follow token `i`; the number of tokens the phrase covers, or 0. */
function restMatches(tokens: Token[], i: number, words: string[]): number {
  let at = i + 1;
  for (let k = 1; k < words.length; k++, at++) {
    let t = tokens[at];
    for (let gap = 0; gap < 2 && t && words.length > 1 && PHRASE_GAP.test(t.lower) && !is(t, words[k]!); gap++) t = tokens[++at];
    // "drove Islamic State out of Derna": a particle may follow the verb's object.
    if (t && k === 1 && words.length === 2 && PARTICLE.test(words[1]!) && !is(t, words[1]!)) {
      let j = at;
      while (j < at + 4 && tokens[j] && (tokens[j]!.cap || PHRASE_GAP.test(tokens[j]!.lower))) j++;
      if (j > at && tokens[j] && is(tokens[j]!, words[1]!) && tokens[j - 1]!.cap) return j + 1 - i;
    }
    if (!t || !is(t, words[k]!)) return 0;
  }
  return at - i;
}

function is(t: Token, lemma: string): boolean {
  return t.lower === lemma || lemmas(t.lower).some((l) => l.lemma === lemma);
}

// Patterns used for every trigger, compiled once.
const NOT_PRESENT_BEFORE = /^(?:to|will|would|can|could|may|might|must|should|shall|did|do|does|not|n't)$/;
const PARTICIPLE_END = /(?:ed|en)$/;
const ADJECTIVE_SLOT = /^(?:in|of|for|with|from|to|on|at|among|by|many|some|all|\d[\d,]*)$/;
const PLURAL_WORD = /^[a-z]+s$/;
const DEFINITE_STOP = /^(?:of|in|on|at|for|and|or|by|with)$/;
const QUANTIFIER = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens|hundreds|some|many|new|fresh|renewed|another|first|second|latest|last)$/;
const LOWER_WORD = /^[a-z-]+$/;
const BARE_STOP = /^(?:of|in|on|at|by|for|with|from|and|or|to|said|that)$/;
const REPORTED = /^(?:how|that|testimony|evidence|accounts|from|about|witnesses|submissions)$/;

const BE_FORM = /^(?:is|are|am|was|were|been|being|be|'s|'re|remains?|remained|felt|feels?)$/;
const PRESENT_BE = /^(?:is|are|am|'s|'re|remains?|feels?)$/;
const DEGREE = /^(?:[a-z]+ly|very|so|most|also|still|particularly|increasingly|equally|too)$/;

/** "is deeply concerned", "said it was alarmed": the form of "be" before a participle of feeling, if any. */
function copulaBefore(tokens: Token[], i: number): Token | undefined {
  let j = i - 1;
  while (j >= 0 && j >= i - 3 && DEGREE.test(tokens[j]!.lower)) j--;
  const t = tokens[j];
  return t && BE_FORM.test(t.lower) ? t : undefined;
}

/** "has launched", "have accused": an auxiliary of the perfect within three words before. */
function hasPerfectAux(tokens: Token[], i: number): boolean {
  for (let j = Math.max(0, i - 3); j < i; j++) {
    const w = tokens[j]!.lower;
    if (w === 'has' || w === 'have' || w === "'ve") return true;
  }
  return false;
}

const definiteWords = new Set(['the', 'this', 'these', 'those', 'that', 'its', 'their', 'his', 'her']);

/** "the besieged districts", "a liberated town": a participle used as an adjective describes, it does not report. */
function isAdjective(tokens: Token[], i: number, n: number): boolean {
  if (n !== 1 || !PARTICIPLE_END.test(tokens[i]!.lower) || ['of', 'by'].includes(tokens[i + 1]?.lower ?? '')) return false;
  const before = tokens[i - 1]?.lower ?? '';
  // "the besieged districts"; "in displaced persons camps", "thousands of detained migrants".
  return determiners.has(before) || (ADJECTIVE_SLOT.test(before) && PLURAL_WORD.test(tokens[i + 1]?.lower ?? ''));
}

/** "the battle", "this attack", "the recent fighting", "Haftar's low-key visits": up to three modifiers. */
function isDefinite(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
    const w = tokens[j]!.lower;
    if (definiteWords.has(w) || tokens[j]!.possessive) return true;
    if (determiners.has(w) || DEFINITE_STOP.test(w)) return false;
  }
  return false;
}

/** No article, possessive, number or name before the noun: "indiscriminate shelling" rather than "the shelling". */
function isBare(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const t = tokens[j]!;
    if (determiners.has(t.lower) || QUANTIFIER.test(t.lower) || t.possessive || t.cap) return false;
    if (!LOWER_WORD.test(t.lower) || BARE_STOP.test(t.lower)) return true;
  }
  return true;
}

const PAST_FINITE = /^(?:was|were|had|broke|began|hit|struck|shook|rang|tore|spread|fell|came|went|[a-z]{3,}ed)$/;
const ADVERB = /^(?:[a-z]+ly|also|again|then|later|still|soon)$/;

/**
 * "Heavy fighting broke out", "powerful explosions were heard": a noun without an article is a kind of
 * event in "to end indiscriminate shelling", but one that happened when it is the subject of a verb in the
 * past, right after it.
 */
function toldInPast(tokens: Token[], from: number): boolean {
  let j = from;
  if (tokens[j] && ADVERB.test(tokens[j]!.lower)) j++;
  const t = tokens[j];
  return !!t && !t.cap && PAST_FINITE.test(t.lower);
}

/** Nouns after which a verb's object is a place: "took the town", "cleared the last district". */
const placeNouns = new Set([
  'city', 'town', 'village', 'district', 'neighbourhood', 'neighborhood', 'quarter', 'area', 'suburb', 'suburbs', 'outskirts',
  'airport', 'base', 'airbase', 'port', 'camp', 'province', 'region', 'territory', 'positions', 'position', 'stronghold',
  'checkpoint', 'border', 'crossing', 'capital', 'bridge', 'highway', 'hill', 'island', 'oilfield', 'terminal', 'refinery',
  'compound', 'headquarters', 'barracks', 'prison', 'garrison', 'enclave', 'strongholds', 'towns', 'villages', 'cities', 'areas',
]);
const objectFiller = /^(?:the|a|an|its|their|his|her|control|of|back|full|final|last|remaining|key|strategic|whole|entire|most|much|all|part|parts|large|several|two|three|four|five|northern|southern|eastern|western|central|[a-z]+-held)$/;

/** "took Gharyan", "entered the city", "cleared the final district": a name or a place noun follows. */
function hasPlaceObject(tokens: Token[], from: number): boolean {
  for (let j = from; j < Math.min(tokens.length, from + 5); j++) {
    const t = tokens[j]!;
    if (t.cap) return !(j === from && t.possessive && tokens[j + 1] && !placeNouns.has(tokens[j + 1]!.lower));
    if (placeNouns.has(t.lower)) return true;
    // "surrounded the bank's headquarters", "took the army's main base": whose place it is.
    if (!objectFiller.test(t.lower) && !t.possessive) return false;
  }
  return false;
}

const structures = /^(?:dams?|buildings?|bridges?|houses?|homes?|towers?|walls?|roofs?|tunnels?|blocks?|mines?|hospitals?|schools?)$/;

/** "two dams … collapsed": a structure among the words before the verb. */
function hasStructureSubject(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 9); j--) if (structures.test(tokens[j]!.lower)) return true;
  return false;
}

