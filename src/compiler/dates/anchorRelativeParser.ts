import type { Parser } from 'chrono-node';
import { gatedParser } from './gatedParser.ts';
import { atlasResult, type AtlasMeta } from './atlasMeta.ts';
import { COUNT, parseCount } from './countWord.ts';

type Unit = Extract<AtlasMeta, { kind: 'anchor' }>['unit'];

const PART_OF_DAY = 'day|night|evening|morning|afternoon';
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const UNIT = `${PART_OF_DAY}|week|month|year`;

// Six shapes, one regex so chrono scans each sentence once: the day before / a day earlier · the following
// week / the same day · later that month · two days later · (16) October of that year · hours later
const PATTERN = new RegExp(
  '(?<![\\w-])(?:' +
    `(?:the|a|one)\\s+(?<aUnit>${PART_OF_DAY})\\s+(?<aDir>before|previous|prior|earlier|after|later)` +
    `|the\\s+(?<bDir>previous|preceding|prior|following|next|subsequent|same)\\s+(?<bUnit>${UNIT})` +
    `|(?:(?:later|earlier)\\s+)?(?:on\\s+)?(?:that|that same)\\s+(?<cUnit>${UNIT})` +
    `|(?<dCount>${COUNT})\\s+(?<dUnit>day|week|month|year)s?\\s+(?<dDir>later|earlier|before|after|on)` +
    `|(?:(?<fCount>${COUNT}|a\\s+few|several|some|many)\\s+)?(?<fUnit>hours|minutes)\\s+(?<fDir>later|earlier|after|before)` +
    `|(?:(?<eDay>\\d{1,2})(?:st|nd|rd|th)?\\s+)?(?<eMonth>${MONTHS.join('|')})\\s+(?:of\\s+)?(?:that|(?:the\\s+)?(?<eDir>same|following|next|previous|preceding))\\s+year` +
    ')(?![\\w-])',
  'i',
);

function unitOf(word: string): Unit {
  const w = word.toLowerCase();
  if (w === 'week' || w === 'month' || w === 'year') return w;
  return 'day';
}

function directionOf(word: string): number {
  return /^(before|previous|preceding|prior|earlier)$/i.test(word) ? -1 : /^same$/i.test(word) ? 0 : 1;
}

/** Dates relative to the anchor, the date the text spoke of last: "having met in Rome the day previous". */
export const anchorRelativeParser: Parser = gatedParser({
  pattern: () => PATTERN,
  extract(context, match) {
    const g = match.groups ?? {};
    let meta: AtlasMeta;
    if (g.aUnit && g.aDir) {
      meta = { kind: 'anchor', unit: 'day', offset: directionOf(g.aDir) };
    } else if (g.bUnit && g.bDir) {
      const unit = unitOf(g.bUnit);
      meta = { kind: 'anchor', unit, offset: directionOf(g.bDir), span: unit === 'week' };
    } else if (g.cUnit) {
      const unit = unitOf(g.cUnit);
      meta = { kind: 'anchor', unit, offset: 0, span: unit === 'week' };
    } else if (g.dCount && g.dUnit && g.dDir) {
      const count = parseCount(g.dCount);
      if (count === null || count !== Math.floor(count)) return null;
      meta = { kind: 'anchor', unit: unitOf(g.dUnit), offset: count * directionOf(g.dDir) };
    } else if (g.fUnit && g.fDir) {
      // "hours later" is the same day, or about: it may cross midnight.
      const count = g.fCount ? parseCount(g.fCount) : null;
      const days = g.fUnit.toLowerCase() === 'hours' && count !== null ? Math.round(count / 24) : 0;
      meta = { kind: 'anchor', unit: 'day', offset: days * directionOf(g.fDir), approximate: true };
    } else if (g.eMonth) {
      const month = MONTHS.indexOf(g.eMonth.toLowerCase()) + 1;
      const day = g.eDay ? Number(g.eDay) : undefined;
      meta = { kind: 'anchor', unit: 'year', offset: g.eDir ? directionOf(g.eDir) : 0, month, day };
    } else {
      return null;
    }
    const index = match.index ?? 0;
    // "after" and "before" are prepositions here: what follows is the event the date counts from.
    if (/^(?:after|before)$/i.test(g.aDir ?? g.dDir ?? g.fDir ?? '') && /^\s+[\w"“]/.test(context.text.slice(index + match[0].length))) {
      meta.complement = true;
    }
    return atlasResult(context, index, match[0], meta);
  },
}, /\b(?:day|night|evening|morning|afternoon|week|month|year|hour|minute)s?\b/i);
