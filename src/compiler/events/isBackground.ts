import type { Token } from './tokenize.ts';

const ONGOING = /^(?:ongoing|continuing|continued|persistent|constant|daily|nightly|sporadic|intermittent|repeated|frequent)$/;
const SPAN_OF = /^(?:weeks?|months?|days?|years?|hours?)$/;
const BREAK = /[,;:–—()]/;
const BACKDROP_HEAD = /^(?:part|victims?|displaced|caused|triggered|sparked|affected|wake|height|anniversary|eve|years|decade|legacy|memory|scars)$/;
const LOWER_WORD = /^[a-z-]+$/;

/** Prepositions that introduce an event as background: "protested against the offensive". */
const backgroundPrepositions = new Set(['against', 'during', 'since', 'after', 'amid', 'despite', 'following', 'throughout', 'over', 'before', 'of', 'from', 'by']);
const backgroundFiller = /^(?:a|an|the|its|their|his|her|this|that|weeks?|months?|days?|years?|hours?|several|two|three|four|five|six|heavy|fierce|renewed|nationwide|recent|ongoing|increased|increasing|escalating|escalated|continued|continuing|intensified|intensifying|latest|deadly|bloody|brutal|protracted|long|years-long|months-long|\d{4})$/;

/** "over the weekend, clashes…": a time adverbial, not a backdrop. */
const timeNoun = /^(?:weekend|night|nights|morning|evening|afternoon|summer|winter|spring|autumn|fall|period|time)$/;

/**
 * A noun trigger after a preposition of time or cause names an event already known, as the backdrop of the
 * one being reported: "against the offensive", "after a week of fighting", "amid clashes", "since the 2011
 * uprising". "Of" and "from"/"by" count only after a word of time or cause ("at the height of the fighting",
 * "displaced by the fighting").
 */
export function isBackground(tokens: Token[], at: number, sentence: string): boolean {
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
