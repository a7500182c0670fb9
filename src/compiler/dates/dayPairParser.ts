import type { Parser } from 'chrono-node';
import { gatedParser } from './gatedParser.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const PATTERN = new RegExp(
  `(?<![\\w-])(?:[Bb]etween\\s+)?${DAY}\\s+(?:and|&)\\s+${DAY}\\s+` +
    '(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)' +
    '(?:,?\\s+((?:19|20)\\d\\d))?(?![\\w-])',
);

/**
 * "between 19 and 21 March", "on 5 and 6 May": chrono reads only the second day. The result is an ordinary
 * calendar range (assigned parts, no tag) so the year is inherited like any other date's.
 */
export const dayPairParser: Parser = gatedParser({
  pattern: () => PATTERN,
  extract(context, match) {
    const [text, first, second, monthWord, year] = match;
    const month = MONTHS.indexOf((monthWord ?? '').slice(0, 3).toLowerCase()) + 1;
    const from = Number(first);
    const to = Number(second);
    if (month < 1 || from < 1 || to > 31 || to <= from) return null;
    const result = context.createParsingResult(match.index ?? 0, text);
    const end = context.createParsingComponents();
    for (const [c, day] of [[result.start, from], [end, to]] as const) {
      c.assign('month', month);
      c.assign('day', day);
      if (year) c.assign('year', Number(year));
      else c.imply('year', context.refDate.getUTCFullYear());
    }
    result.end = end;
    return result;
  },
}, /\d\s+(?:and|&)\s+\d/);
