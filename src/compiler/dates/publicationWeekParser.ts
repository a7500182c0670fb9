import type { Parser } from 'chrono-node';
import { gatedParser } from './gatedParser.ts';
import { atlasResult } from './atlasMeta.ts';

// Stock chrono turns "last week" into the single day seven days back, a precision the text never gave.
const PATTERN =
  /(?<![\w-])(?:(?<over>(?:over|at|during)\s+the\s+weekend)|(?:(?<when>earlier|later)\s+)?(?:(?<rel>last|this|past|next|previous|coming)|the\s+(?<the>past|last|previous|coming)(?=\s+week\b))\s+(?<unit>week(?:end)?))(?![\w-])/i;

/** Weeks relative to publication: "last week", "earlier this week", "next weekend", "over the weekend". */
export const publicationWeekParser: Parser = gatedParser({
  pattern: () => PATTERN,
  extract(context, match) {
    const g = match.groups ?? {};
    if (g.over) return atlasResult(context, match.index ?? 0, match[0], { kind: 'pubWeek', offset: 0, part: 'latestWeekend' });
    const rel = (g.rel ?? g.the ?? '').toLowerCase();
    const weekend = g.unit?.toLowerCase() === 'weekend';
    const index = match.index ?? 0;
    // "the past week" is the seven days up to publication, not the previous calendar week.
    if (!weekend && (g.the === 'past' || g.the === 'last' || rel === 'past')) {
      return atlasResult(context, index, match[0], { kind: 'pubWeek', offset: 0, part: 'lastSeven' });
    }
    // "this past weekend" is the last one.
    const offset = rel === 'next' || rel === 'coming' ? 1 : rel === 'this' ? 0 : -1;
    if (weekend) return atlasResult(context, index, match[0], { kind: 'pubWeek', offset, part: 'weekend' });
    const when = g.when?.toLowerCase();
    const part = offset === 0 && when === 'earlier' ? 'toDate' : offset === 0 && when === 'later' ? 'fromDate' : 'week';
    return atlasResult(context, index, match[0], { kind: 'pubWeek', offset, part });
  },
}, /week/i);
