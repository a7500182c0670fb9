import { longestTrigger, triggerLexicon, type Trigger } from './triggerLexicon.ts';
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
    for (let n = Math.min(longestTrigger, tokens.length - i); n >= 1; n--) {
      const phrase = tokens.slice(i, i + n).map((t) => t.lower).join(' ');
      const trigger = triggerLexicon.get(phrase);
      if (!trigger) continue;
      const first = tokens[i]!;
      const named = i > 0 && /^\p{Lu}/u.test(first.text) && tokens[i + n]?.lower !== 'of';
      // "the besieged districts", "a liberated town": a participle used as an adjective describes, it
      // does not report.
      const adjective = n === 1 && /ed$/.test(phrase) && determiners.has(tokens[i - 1]?.lower ?? '');
      if (named || adjective) break;
      const last = tokens[i + n - 1]!;
      found.push({
        ...trigger,
        text: phrase,
        start: first.start,
        end: last.end,
        token: i,
        factual: isFactual(tokens, i, phrase),
      });
      i += n - 1;
      break;
    }
  }
  return found;
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
  return !(before === 'to' && !/(?:ed|ing|s)$/.test(phrase) && !isNoun(phrase));
}

/** Trigger words that are nouns even in their base form: "ahead of talks", "a return to fighting". */
function isNoun(phrase: string): boolean {
  return /(?:ion|ment|ing|ce|ty|ks|siege|battle|offensive|ceasefire|truce|summit|meeting|conference)$/.test(phrase);
}
