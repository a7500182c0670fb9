import { triggersByFirstWord, type Trigger } from './triggerLexicon.ts';
import type { Token } from './tokenize.ts';

export interface TriggerMention extends Trigger {
  text: string;
  start: number;
  end: number;
  /** Index of the trigger's first token. */
  token: number;
  /** False when the text says it did not, or has not yet, happened ("will meet", "denied attacking"). */
  factual: boolean;
}

/** Words that, shortly before a trigger, say the event did not happen or has not happened yet. */
const nonFactual = new Set([
  'not', 'never', 'no', "n't", 'denied', 'deny', 'denies', 'denying', 'without', 'will', 'would', 'could', 'might',
  'should', 'shall', 'upcoming', 'planned', 'planning', 'plans', 'proposed', 'possible', 'potential', 'future',
  'scheduled', 'forthcoming', 'prospective', 'threatened', 'threatening', 'avoid', 'prevent', 'averted', 'if',
]);

/**
 * Finds trigger words, longest phrase first. A capitalised trigger in mid-sentence is part of a name
 * ("Government of National Accord", "Operation Dignity"), except a named battle or siege ("the Battle of Sirte").
 */
export function findTriggers(tokens: Token[]): TriggerMention[] {
  const found: TriggerMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const entry = longestPhraseAt(tokens, i) ?? placeObjectVerb(tokens, i);
    if (!entry) continue;
    const { words, trigger } = entry;
    const n = words.length;
    const phrase = words.join(' ');
    const first = tokens[i]!;
    const named = i > 0 && /^\p{Lu}/u.test(first.text) && tokens[i + n]?.lower !== 'of';
    // "the besieged districts", "a liberated town": a participle used as an adjective describes, it
    // does not report.
    const adjective = n === 1 && /ed$/.test(phrase) && determiners.has(tokens[i - 1]?.lower ?? '');
    if (named || adjective) continue;
    const factual = isFactual(tokens, i, phrase) && !isBackground(tokens, i);
    found.push({ ...trigger, text: phrase, start: first.start, end: tokens[i + n - 1]!.end, token: i, factual });
    i += n - 1;
  }
  return found;
}

/** The longest lexicon phrase starting at token `i` (plain loops: this runs for every word of every article). */
function longestPhraseAt(tokens: Token[], i: number): { words: string[]; trigger: Trigger } | undefined {
  const candidates = triggersByFirstWord.get(tokens[i]!.lower);
  if (!candidates) return undefined;
  for (const entry of candidates) {
    let k = 1;
    while (k < entry.words.length && tokens[i + k]?.lower === entry.words[k]) k++;
    if (k === entry.words.length) return entry;
  }
  return undefined;
}

/** Verbs too common to be triggers alone, that report a change of control when a name follows them. */
const controlVerbs: Record<string, Trigger> = {
  took: { type: 'battles', subType: 'territory-taken', label: 'Capture' },
  lost: { type: 'battles', subType: 'territory-taken', label: 'Capture' },
  reached: { type: 'battles', subType: 'territory-taken', label: 'Advance' },
  surrounded: { type: 'battles', subType: 'armed-clash', label: 'Siege' },
  left: { type: 'strategic-developments', subType: 'non-violent-transfer-of-territory', label: 'Withdrawal' },
};

/** "took Gharyan", "left Douma": the verb counts only with a proper name right after it. */
function placeObjectVerb(tokens: Token[], i: number): { words: string[]; trigger: Trigger } | undefined {
  const trigger = controlVerbs[tokens[i]!.lower];
  const next = tokens[i + 1];
  if (!trigger || !next || !/^\p{Lu}/u.test(next.text) || (tokens[i + 2] && /^['’]s$/.test(next.text.slice(-2)))) return undefined;
  return { words: [tokens[i]!.lower], trigger };
}

/** Prepositions that introduce an event as background: "protested against the offensive". */
const backgroundPrepositions = new Set(['against', 'during', 'since', 'after', 'amid', 'despite', 'following', 'throughout', 'over', 'before']);

/**
 * A noun trigger after a preposition of time or cause names an event already known, as the backdrop of
 * the one being reported: "against the offensive", "after a week of fighting", "amid clashes". It still
 * absorbs the dates and places next to it ("after the siege of Benghazi ended in July") but makes no event.
 */
function isBackground(tokens: Token[], at: number): boolean {
  let j = at - 1;
  if (tokens[j - 1]?.lower && /^(?:of)$/.test(tokens[j]?.lower ?? '')) j -= 2; // "a week of", "months of"
  while (j >= 0 && /^(?:a|an|the|its|their|his|her|this|that|weeks?|months?|days?|years?|hours?|several|two|three|four|five|six|heavy|fierce|renewed|nationwide|the)$/.test(tokens[j]!.lower)) j--;
  return j >= 0 && j < at && backgroundPrepositions.has(tokens[j]!.lower);
}

const determiners = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those']);

/** Words right after a trigger that put it in the future: "talks are expected in January". */
const futureAfter = new Set(['expected', 'scheduled', 'due', 'planned', 'will', 'would', 'set']);

function isFactual(tokens: Token[], at: number, phrase: string): boolean {
  const length = phrase.split(' ').length;
  for (let j = at + length; j < Math.min(tokens.length, at + length + 3); j++) {
    if (futureAfter.has(tokens[j]!.lower)) return false;
  }
  for (let j = Math.max(0, at - 3); j < at; j++) {
    const w = tokens[j]!.lower;
    if (nonFactual.has(w) || w.endsWith("n't")) return false;
  }
  // "plans to visit", "vowed to attack": an infinitive is an intention, not an event. A noun after "to"
  // ("a trip to talks") is fine, so only bare verb forms count.
  const before = tokens[at - 1]?.lower;
  // "ordered his forces to march on Tripoli": an order given is the event, not an intention.
  const ordered = tokens.slice(Math.max(0, at - 5), at).some((t) => /^(?:ordered|commanded|instructed)$/.test(t.lower));
  return ordered || !(before === 'to' && !/(?:ed|ing|s)$/.test(phrase) && !isNoun(phrase));
}

/** Trigger words that are nouns even in their base form: "ahead of talks", "a return to fighting". */
function isNoun(phrase: string): boolean {
  return /(?:ion|ment|ing|ce|ty|ks|siege|battle|offensive|ceasefire|truce|summit|meeting|conference)$/.test(phrase);
}
