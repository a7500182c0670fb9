import type { Parser } from 'chrono-node';
import { gatedParser } from './gatedParser.ts';
import { atlasResult } from './atlasMeta.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// Capitalised only: "may" and "march" in lower case are a verb and a noun.
const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)';
const YEAR = '(?:19|20)\\d\\d';

// "in September and October", "between March and May 2015", "from November 2014 to February", "during June-July".
// A preposition must introduce the pair: "clashes in March and May's vote" is rare, a list after "in" common.
const PATTERN = new RegExp(
  `(?<=\\b(?:in|during|through|throughout|over|between|from)\\s+)` +
    `(?<m1>${MONTH})(?:\\s+(?<y1>${YEAR}))?\\s*(?:and|to|until|till|through|-|–|—)\\s*(?<m2>${MONTH})(?:,?\\s+(?<y2>${YEAR}))?(?![\\w-])(?!\\s+\\d)`,
);

const monthOf = (word: string) => MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;

/**
 * Two months joined as a span ("in September and October" → 09..10). Stock chrono reads them as two
 * separate months, or drops the second ("between March and May" lost May). The year, when not written,
 * is inherited like a bare month's.
 */
export const monthSpanParser: Parser = gatedParser({
  pattern: () => PATTERN,
  extract(context, match) {
    const g = match.groups ?? {};
    const from = monthOf(g.m1 ?? '');
    const to = monthOf(g.m2 ?? '');
    if (from < 1 || to < 1 || from === to) return null;
    const y1 = g.y1 ? Number(g.y1) : undefined;
    const y2 = g.y2 ? Number(g.y2) : undefined;
    // Spans crossing New Year ("from November to February 2015") and spans over more than a year are left
    // to chrono's own range reading.
    if (y1 !== undefined && y2 !== undefined && y1 !== y2) return null;
    const year = y1 ?? y2;
    if (to < from && year !== undefined) return null;
    return atlasResult(context, match.index ?? 0, match[0], { kind: 'period', fromMonth: from, toMonth: to, ...(year ? { year } : {}) });
  },
}, /(?:and|to|until|till|through|[-–—])\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/);
