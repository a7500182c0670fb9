import type { Parser } from 'chrono-node';
import { gatedParser } from './gatedParser.ts';
import { atlasResult } from './atlasMeta.ts';

// "On the 9th, Russia began…", "by the 11th", "until the 15th and": a bare ordinal after a preposition, closed
// by punctuation or a conjunction. "the 9th Brigade", "the 17th century", "the 2nd time" are followed by a
// noun and never match.
const PATTERN =
  /(?<![\w-])(?:on|by|until|till|from|since|before|after|through|to)\s+the\s+(?<day>\d{1,2})(?:st|nd|rd|th)(?=\s*(?:[,.;:!?)]|$|(?:and|to|or)\s+the\s+\d))/i;

/** Bare day ordinals, a day of the month the story is telling: "on the 9th" after "on 7 September". */
export const dayOrdinalParser: Parser = gatedParser({
  pattern: () => PATTERN,
  extract(context, match) {
    const day = Number(match.groups?.day);
    if (day < 1 || day > 31) return null;
    return atlasResult(context, match.index ?? 0, match[0], { kind: 'ordinalDay', day });
  },
}, /\d(?:st|nd|rd|th)\b/i);
