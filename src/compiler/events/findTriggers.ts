import { lemmas, type Inflection } from './lemmatize.ts';
import { readFactuality } from './readFactuality.ts';
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
      bare: nominal && isBare(tokens, i),
      perfect: !nominal && hasPerfectAux(tokens, i),
      present: !nominal && (inflection === 's' || (inflection === 'base' && !NOT_PRESENT_BEFORE.test(tokens[i - 1]?.lower ?? ''))),
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

/** The longest lexicon entry starting at token `i`, over every lemma the token may be. */
/** Lemmas the lexicon also reads as nouns ("attack", "shell"): a bare form of these is not a verb by default. */
const hasNounReading = new Set([...entriesByFirstLemma.values()].flat().filter((e) => e.wordClass !== 'v').map((e) => e.words[0]!));

/** Lemmas the lexicon also reads as verbs: only these need telling apart from nouns. */
const hasVerbReading = new Set([...entriesByFirstLemma.values()].flat().filter((e) => e.wordClass !== 'n').map((e) => e.words[0]!));

/** Per word, the entries it may start with its reading: most words start none, and are looked up once. */
const startsByWord = new Map<string, { entry: LexiconEntry; inflection: Inflection }[]>();
const NONE: { entry: LexiconEntry; inflection: Inflection }[] = [];

function entriesStartedBy(word: string): { entry: LexiconEntry; inflection: Inflection }[] {
  let list = startsByWord.get(word);
  if (list) return list;
  list = lemmas(word).flatMap(({ lemma, inflection }) => (entriesByFirstLemma.get(lemma) ?? []).map((entry) => ({ entry, inflection })));
  if (list.length === 0) list = NONE;
  if (startsByWord.size > 100_000) startsByWord.clear();
  startsByWord.set(word, list);
  return list;
}

function longestEntryAt(tokens: Token[], i: number): Match | undefined {
  const starts = entriesStartedBy(tokens[i]!.lower);
  if (starts === NONE) return undefined;
  let best: Match | undefined;
  for (const { lemma, inflection } of lemmas(tokens[i]!.lower)) {
    for (const entry of entriesByFirstLemma.get(lemma) ?? []) {
      if (best && best.entry.words.length >= entry.words.length) break;
      const span = restMatches(tokens, i, entry.words);
      if (!span) continue;
      const nominal = readsAsNoun(tokens, i, inflection, entry);
      if (nominal === null) continue;
      if (entry.constraint === 'object' && !hasPlaceObject(tokens, i + span)) continue;
      if (entry.constraint === 'thing' && !hasStructureSubject(tokens, i)) continue;
      if (entry.constraint === 'report' && !tokens.slice(i + span, i + span + 5).some((t) => REPORTED.test(t.lower))) continue;
      if (nominal && compoundHead.test(tokens[i + span]?.lower ?? '')) continue;
      best = { entry, nominal, inflection, span };
      break;
    }
  }
  return best;
}

const PARTICLE = /^(?:out|back|over|off|down|up)$/;

/** Words a verb phrase may hold between its parts: "expressed his worries", "took full control". */
const PHRASE_GAP = /^(?:his|her|its|their|the|a|an|full|complete|total|effective|back|\d[\d,]*|dozens|hundreds|some|several|more|all)$/;

/** Whether the entry's further words follow token `i`; the number of tokens the phrase covers, or 0. */
function restMatches(tokens: Token[], i: number, words: string[]): number {
  let at = i + 1;
  for (let k = 1; k < words.length; k++, at++) {
    let t = tokens[at];
    if (t && k === 1 && words.length > 1 && PHRASE_GAP.test(t.lower) && !is(t, words[k]!)) t = tokens[++at];
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

/**
 * Whether the word at `i`, read as `inflection` of the entry's first word, is a noun (true), a verb
 * (false), or not what the entry allows (null). Endings settle most words: "-ed" is a verb, an entry
 * written "-ing" ("fighting") is a noun. A bare or "-s" form ("attack", "attacks") is read from the words
 * around it: a verb between a subject and its object, a noun otherwise.
 */
function readsAsNoun(tokens: Token[], i: number, inflection: Inflection, entry: LexiconEntry): boolean | null {
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

const NOUN_BEFORE = /^(?:the|a|an|its|their|his|her|our|this|these|those|such|of|in|on|at|for|with|from|by|amid|after|during|against|despite|following|over|since|before|into|new|fresh|renewed|heavy|fierce|deadly|major|further|more|several|many|some|no|any|each|every|another|first|latest|last|\d[\d,.]*)$/;
const VERB_BEFORE = /^(?:they|he|she|it|we|who|which|to|will|would|can|could|may|might|must|should|shall|did|do|does|not|n't|also|then|later|reportedly|allegedly)$/;

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

/** Entries whose noun and verb readings both exist ("attack", "shell"): worth a tagger call to tell apart. */
function ambiguous(entry: LexiconEntry): boolean {
  return entry.words.length === 1;
}

// Patterns used for every trigger, compiled once.
const NOT_PRESENT_BEFORE = /^(?:to|will|would|can|could|may|might|must|should|shall|did|do|does|not|n't)$/;
const PLURAL = /[^s]s$/;
const SUBJECT_PRONOUN = /^(?:they|he|she|it|we|who)$/;
const OBJECT_START = /^(?:the|a|an|its|their|his|her|control)$/;
const PARTICIPLE_END = /(?:ed|en)$/;
const ADJECTIVE_SLOT = /^(?:in|of|for|with|from|to|on|at|among|by|many|some|all|\d[\d,]*)$/;
const PLURAL_WORD = /^[a-z]+s$/;
const DEFINITE_STOP = /^(?:of|in|on|at|for|and|or|by|with)$/;
const QUANTIFIER = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens|hundreds|some|many|new|fresh|renewed|another|first|second|latest|last)$/;
const LOWER_WORD = /^[a-z-]+$/;
const BARE_STOP = /^(?:of|in|on|at|by|for|with|from|and|or|to|said|that)$/;
const ONGOING = /^(?:ongoing|continuing|continued|persistent|persistant|constant|daily|nightly|sporadic|intermittent|repeated|frequent)$/;
const SPAN_OF = /^(?:weeks?|months?|days?|years?|hours?)$/;
const BREAK = /[,;:–—()]/;
const REPORTED = /^(?:how|that|testimony|evidence|accounts|from|about|witnesses|submissions)$/;
const BACKDROP_HEAD = /^(?:part|victims?|displaced|caused|triggered|sparked|affected|wake|height|anniversary|eve|years|decade|legacy|memory|scars)$/;

/** "has launched", "have accused": an auxiliary of the perfect within three words before. */
function hasPerfectAux(tokens: Token[], i: number): boolean {
  for (let j = Math.max(0, i - 3); j < i; j++) {
    const w = tokens[j]!.lower;
    if (w === 'has' || w === 'have' || w === "'ve") return true;
  }
  return false;
}

const determiners = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those', 'that']);
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
    if (!objectFiller.test(t.lower)) return false;
  }
  return false;
}

const structures = /^(?:dams?|buildings?|bridges?|houses?|homes?|towers?|walls?|roofs?|tunnels?|blocks?|mines?|hospitals?|schools?)$/;

/** "two dams … collapsed": a structure among the words before the verb. */
function hasStructureSubject(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 9); j--) if (structures.test(tokens[j]!.lower)) return true;
  return false;
}

/** Prepositions that introduce an event as background: "protested against the offensive". */
const backgroundPrepositions = new Set(['against', 'during', 'since', 'after', 'amid', 'despite', 'following', 'throughout', 'over', 'before', 'of', 'from', 'by']);
const backgroundFiller = /^(?:a|an|the|its|their|his|her|this|that|weeks?|months?|days?|years?|hours?|several|two|three|four|five|six|heavy|fierce|renewed|nationwide|recent|ongoing|increased|increasing|escalating|escalated|continued|continuing|intensified|intensifying|latest|deadly|bloody|brutal|protracted|long|years-long|months-long|\d{4})$/;

/** "over the weekend, clashes…": a time adverbial, not a backdrop. */
const timeNoun = /^(?:weekend|night|nights|morning|evening|afternoon|summer|winter|spring|autumn|fall|period|time)$/;

/**
 * A noun trigger after a preposition of time or cause names an event already known, as the backdrop of the
 * one being reported: "against the offensive", "after a week of fighting", "amid clashes", "since the 2011
 * uprising". "Of" and "from"/"by" count only after a word of result or cause ("the toll of the fighting",
 * "displaced by the fighting").
 */
function isBackground(tokens: Token[], at: number, sentence: string): boolean {
  // "the ongoing shelling", "continuing clashes": a state of affairs, not an incident.
  if (ONGOING.test(tokens[at - 1]?.lower ?? '')) return true;
  let j = at - 1;
  if (tokens[j - 1] && tokens[j]?.lower === 'of' && SPAN_OF.test(tokens[j - 1]!.lower)) j -= 2; // "a week of"
  // Articles, spans of time, intensity and names ("the 2011 uprising", "the Houthi offensive") in between.
  let modifiers = 0;
  // The preposition must govern the noun: "Over the past two weeks, the battle…" does not.
  const joined = (k: number) => tokens[k + 1]!.start - tokens[k]!.end === 1 || !BREAK.test(sentence.slice(tokens[k]!.end, tokens[k + 1]!.start));
  while (j >= 0 && joined(j) && (backgroundFiller.test(tokens[j]!.lower) || (j > 0 && tokens[j]!.cap)
    || (modifiers++ < 2 && LOWER_WORD.test(tokens[j]!.lower) && !backgroundPrepositions.has(tokens[j]!.lower) && !timeNoun.test(tokens[j]!.lower)))) j--;
  if (j < 0 || j >= at || !joined(j)) return false;
  const w = tokens[j]!.lower;
  if (!backgroundPrepositions.has(w)) return false;
  // "since the escalation of violence": a noun of a backdrop phrase is a backdrop too.
  if (w === 'of' && j > 1 && isBackground(tokens, j - 1, sentence)) return true;
  if (w === 'of' || w === 'from' || w === 'by') return BACKDROP_HEAD.test(tokens[j - 1]?.lower ?? '');
  return true;
}
