import type { Parser } from 'chrono-node';
import { gatedParser } from './gatedParser.ts';
import { atlasResult } from './atlasMeta.ts';

const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';

// "overnight" as an adverb: not "an overnight curfew" (an adjective), and not "overnight on Tuesday" or
// "overnight into Wednesday", which the weekday dates. "this morning", "this evening": today, which stock
// chrono only reads with its clock-time parser (dropped, see newsChrono).
const PATTERN = new RegExp(
  '(?<![\\w-])(?:' +
    `(?<!\\b(?:an|the|a)\\s+)(?<overnight>overnight)(?!\\s+(?:(?:on|into|to|from|of)\\s+)?(?:${WEEKDAY}|the\\s+\\d))` +
    '|(?<today>this\\s+(?:morning|afternoon|evening))' +
    ')(?![\\w-])',
  'i',
);

/** Parts of a day that name no day: "Shells hit the district overnight", "We lost the city this morning". */
export const partOfDayParser: Parser = gatedParser({
  pattern: () => PATTERN,
  extract(context, match) {
    const part = match.groups?.overnight ? 'overnight' : 'today';
    return atlasResult(context, match.index ?? 0, match[0], { kind: 'partOfDay', part });
  },
}, /overnight|morning|afternoon|evening/i);
