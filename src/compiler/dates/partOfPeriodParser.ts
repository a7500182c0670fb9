import type { Parser } from 'chrono-node';
import { gatedParser } from './gatedParser.ts';
import { atlasResult } from './atlasMeta.ts';

const MONTHS = [
  'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec',
];
const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)';
const YEAR = '(?:19|20)\\d\\d';

// The word sets which slice of a year it names. Thirds of a year for early/mid/late, meteorological seasons
// (northern hemisphere, where the conflicts we cover are). Winter straddles two years: year precision only.
const YEAR_SLICES: Record<string, [number, number] | null> = {
  early: [1, 4], mid: [5, 8], middle: [5, 8], late: [9, 12],
  beginning: [1, 2], start: [1, 2], end: [11, 12],
  'first half': [1, 6], 'second half': [7, 12],
  spring: [3, 5], summer: [6, 8], autumn: [9, 11], fall: [9, 11], winter: null,
};

const PATTERN = new RegExp(
  '(?<![\\w-])(?:the\\s+)?' +
    '(?<part>early|mid|late|(?:the\\s+)?(?:beginning|start|middle|end|first\\s+half|second\\s+half)\\s+of|spring|summer|autumn|fall|winter)' +
    // "mid-2010s" and "mid-2010's" are decades (yearParser), not slices of 2010.
    `(?:\\s+of)?[\\s-]+(?:(?<month>${MONTH})(?:,?\\s+(?<monthYear>${YEAR}))?|(?<year>${YEAR}))(?![\\w-])(?!['’]s\\b)`,
  'i',
);

function partKey(part: string): string {
  return part.toLowerCase().replace(/^the\s+/, '').replace(/\s+of$/, '').replace(/\s+/g, ' ');
}

/** "mid-2014", "early 2015", "the summer of 2011", "late March": hedged slices of a year or a month. */
export const partOfPeriodParser: Parser = gatedParser({
  pattern: () => PATTERN,
  extract(context, match) {
    const g = match.groups ?? {};
    const key = partKey(g.part ?? '');
    const index = match.index ?? 0;
    if (g.month) {
      // Seasons do not slice a month ("summer March" is not English).
      if (!['early', 'mid', 'middle', 'late', 'beginning', 'start', 'end'].includes(key)) return null;
      // News capitalises month names; "late may" is a modal verb.
      if (g.month[0] === g.month[0]?.toLowerCase()) return null;
      const month = MONTHS.indexOf(g.month.slice(0, 3).toLowerCase()) + 1;
      const year = g.monthYear ? Number(g.monthYear) : undefined;
      return atlasResult(context, index, match[0], { kind: 'period', month, year, approximate: true });
    }
    if (!g.year || !(key in YEAR_SLICES)) return null;
    const year = Number(g.year);
    const slice = YEAR_SLICES[key];
    if (!slice) return atlasResult(context, index, match[0], { kind: 'years', start: year, approximate: true });
    return atlasResult(context, index, match[0], {
      kind: 'period', year, fromMonth: slice[0], toMonth: slice[1], approximate: true,
    });
  },
}, /early|mid|late|beginning|start|end|half|spring|summer|autumn|fall|winter/i);
