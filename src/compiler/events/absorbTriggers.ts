import type { TriggerMention } from './findTriggers.ts';
import type { Token } from './tokenize.ts';
import { isViolent } from './eventFamilies.ts';

const CONDEMNING = /^(?:condemn|denounc|deplor|criticis|criticiz|blam|accus|decr|mourn)/;

/** Words that may stand between "at" and a setting noun, or between a verb and its object. */
const filler = /^(?:a|an|the|its|their|his|her|this|that|new|news|press|joint|emergency|special|private|closed-door|televised|large|mass|fresh|nationwide|permanent|temporary|lasting|humanitarian|un-sponsored|un-backed|un-brokered)$/;

/**
 * Some triggers are not events of their own but part of another's description, and hand it their date
 * and place:
 * - a setting: "… declared victory *at a rally* in Benghazi", "agreed a truce *at talks* in Moscow" — a
 *   meeting or rally after "at" is where a diplomatic act or statement took place;
 * - an object: "*announced a ceasefire*", "*declared the liberation* of Libya" — what a statement or
 *   agreement is about.
 * Returns, for each trigger, the index of the trigger it belongs to, or -1.
 */
export function absorbTriggers(triggers: TriggerMention[], tokens: Token[]): number[] {
  const host = triggers.map((t, i) => {
    if (isSetting(t) && precededByAt(tokens, t.token)) {
      // The nearest diplomatic act before it, however far: "officials heard on Tuesday how … at a meeting".
      for (let j = i - 1; j >= 0; j--) if (triggers[j]!.type === 'diplomacy') return j;
      return -1;
    }
    const prev = triggers[i - 1];
    if (!prev || (prev.subType !== 'statement' && prev.subType !== 'agreement')) return -1;
    // What is condemned happened on its own: "condemned the attack" is two events, "announced a ceasefire" one.
    if (CONDEMNING.test(prev.text) && isViolent(t.type)) return -1;
    const between = tokens.slice(prev.token + prev.length, t.token);
    return between.length <= 3 && between.every((w) => filler.test(w.lower) || /^\p{Lu}/u.test(w.text)) ? i - 1 : -1;
  });
  // Follow chains ("agreed a ceasefire at talks") to the trigger that stays an event.
  return host.map((h) => {
    while (h >= 0 && host[h]! >= 0) h = host[h]!;
    return h;
  });
}

function isSetting(t: TriggerMention): boolean {
  return (t.type === 'diplomacy' && t.subType === 'meeting') || t.type === 'protests';
}

/** "at a rally", "at UN-sponsored talks", "at a Human Rights Council meeting". */
function precededByAt(tokens: Token[], at: number): boolean {
  for (let j = at - 1; j >= Math.max(0, at - 6); j--) {
    const w = tokens[j]!;
    if (w.lower === 'at' || w.lower === 'during') return true;
    if (!filler.test(w.lower) && !/^\p{Lu}/u.test(w.text)) return false;
  }
  return false;
}
