import type { Parser } from 'chrono-node';
import { gatedParser } from './gatedParser.ts';
import { atlasResult } from './atlasMeta.ts';

const YEAR = '(?:19|20)\\d\\d';
// Counts of things that happen to be four digits: "in 2000 families", "the 1500 fighters".
const NOT_A_YEAR_AFTER =
  '(?!\\s*(?:%|per\\s?cent|people|persons|troops|soldiers|fighters|civilians|migrants|refugees|families|men|women|' +
  'children|members|prisoners|detainees|casualties|deaths|dead|residents|homes|houses|km|kilomet|miles|metres|meters|' +
  'dollars|euros|barrels|tonnes|tons|times|units|vehicles|rockets|missiles|bpd|[-/.,:]\\d))';
// Only years introduced as years: "in 2011", "since 2014", "the 1969 coup", "(2011)". A bare four-digit number
// ("Resolution 2259", "4,000") is left alone.
const INTRO = '(?:in|since|by|during|until|till|before|after|from|of|around|throughout|circa|year|the|until|through)';

const PATTERN = new RegExp(
  '(?<![\\w-])(?:' +
    `(?:between|from)\\s+(?<fromY>${YEAR})\\s+(?:and|to|until|till|through)\\s+(?<toY>${YEAR})` +
    `|(?:in|during)\\s+(?<listA>${YEAR})\\s+and\\s+(?<listB>${YEAR})` +
    `|(?<rangeA>${YEAR})\\s*[–—-]\\s*(?<rangeB>${YEAR}|\\d\\d)(?![-/.]?\\d)` +
    `|(?<openA>${YEAR})\\s*[–—-]\\s*(?:present|now|today)` +
    `|(?:(?<intro>${INTRO})\\s+)(?:the\\s+)?(?:year\\s+)?(?<single>${YEAR})` +
    `|\\((?<paren>${YEAR})\\)` +
    `|(?:the\\s+)?(?:(?<decadePart>early|mid|late)[\\s-]+)?(?<decade>(?:19|20)\\d0)['’]?s` +
    `|(?<lead>${YEAR})(?=\\s*[-–—:]\\s)` +
    `)(?![\\w-])${NOT_A_YEAR_AFTER}`,
  'i',
);

// Years of a decade named by "early", "mid" or "late": the mid-2010s are about 2013–2017, not a month of 2010.
const DECADE_PART: Record<string, [number, number]> = { early: [0, 3], mid: [3, 7], late: [7, 9] };
// A lower-case word after "the 2011" is the noun it qualifies ("uprising", "military intervention"); words
// that continue a clause ("the 2011 and 2012 seasons" aside) are not.
const ATTRIBUTIVE_AFTER = /^\s+(?!(?:and|or|to|until|when|in|on|at|as|after|before|while|with|for|by|of)\b)\p{Ll}/u;

/** Years and year ranges, which stock chrono does not read at all ("in 2011", "between 2014 and 2017"). */
export const yearParser: Parser = gatedParser({
  pattern: () => PATTERN,
  extract(context, match) {
    const g = match.groups ?? {};
    const index = match.index ?? 0;
    const text = match[0];
    if ((g.fromY && g.toY) || (g.listA && g.listB)) {
      const [start, end] = [Number(g.fromY ?? g.listA), Number(g.toY ?? g.listB)];
      if (end < start) return null;
      return atlasResult(context, index, text, { kind: 'years', start, end });
    }
    if (g.rangeA && g.rangeB) {
      const start = Number(g.rangeA);
      const end = g.rangeB.length === 2 ? Math.floor(start / 100) * 100 + Number(g.rangeB) : Number(g.rangeB);
      // "2014-09" is an ISO month, not a range; a real range moves forward.
      if (end <= start || end - start > 50) return null;
      return atlasResult(context, index, text, { kind: 'years', start, end });
    }
    if (g.decade) {
      const [from, to] = DECADE_PART[(g.decadePart ?? '').toLowerCase()] ?? [0, 9];
      const decade = Number(g.decade);
      return atlasResult(context, index, text, { kind: 'years', start: decade + from, end: decade + to, approximate: true, decade: true });
    }
    // "2014–present" runs to publication, as "since 2014" does.
    if (g.openA) return atlasResult(context, index, text, { kind: 'years', start: Number(g.openA), since: true });
    // "2014: Haftar launches…", "* 2011 - Protests…": a year heading a timeline item, at the start only.
    if (g.lead) {
      if (!/^[\s*•·]*$/.test(context.text.slice(0, index))) return null;
      return atlasResult(context, index, text, { kind: 'years', start: Number(g.lead) });
    }
    const year = g.single ?? g.paren;
    if (!year) return null;
    const since = g.intro?.toLowerCase() === 'since';
    // "the 2011 uprising", "after the 2014 election": the year names a past event, background of the story.
    const attributive = /\bthe\s+(?:19|20)\d\d$/i.test(text) && ATTRIBUTIVE_AFTER.test(context.text.slice(index + text.length));
    return atlasResult(context, index, text, { kind: 'years', start: Number(year), since, ...(attributive ? { attributive } : {}) });
  },
}, /(?:19|20)\d\d/);
