import type { Parser } from 'chrono-node';
import { gatedParser } from './gatedParser.ts';
import { atlasResult, type AtlasMeta } from './atlasMeta.ts';
import { COUNT, parseCount } from './countWord.ts';

type Unit = Extract<AtlasMeta, { kind: 'duration' }>['unit'];

// A length of time only dates an event when it measures a conflict; "a two-year sentence" or "a
// five-year plan" are not spans of fighting, so the noun after the duration must be one of these. "His
// 42-year rule" is left out on purpose: a reign seldom ends at publication.
const EPISODE =
  '(?:war|wars|conflict|siege|battle|offensive|campaign|fight|fighting|struggle|insurgency|uprising|rebellion|revolt|' +
  'blockade|occupation|standoff|stand-off|stalemate|crisis|clashes|bombardment|bombing|assault|operation|' +
  'deadlock|truce|ceasefire|detention|captivity|imprisonment)';
const HEDGE = '(?:near|nearly|almost|about|around|roughly|some|more than|over|at least)';
const UNIT = '(?:day|week|month|year)';

// Shapes: "a near two-year battle" · "a decade-long war" · "for 18 months" · "six years of war"
const PATTERN = new RegExp(
  '(?<![\\w-])(?:' +
    `(?:a|an|the|its|his|her|their|this|that)\\s+(?:${HEDGE}[\\s-]+)?` +
    `(?:(?<aCount>${COUNT})[\\s-](?<aUnit>${UNIT})|(?:(?<decCount>${COUNT})[\\s-])?(?<decade>decade))` +
    `(?:[\\s-]long)?(?:\\s+[a-z]+){0,2}?\\s+${EPISODE}` +
    `|for\\s+(?:the\\s+(?:past|last)\\s+)?(?:${HEDGE}\\s+)?(?<bCount>${COUNT})\\s+(?<bUnit>${UNIT}|decade)s?` +
    `|(?:(?:over|during|in)\\s+)?the\\s+(?:past|last)\\s+(?:(?<cCount>${COUNT})\\s+)?(?<cUnit>${UNIT}|decade)s?` +
    `|(?<eCount>${COUNT})\\s+(?<eUnit>${UNIT}|decade)s?\\s+of(?:\\s+[a-z]+)?\\s+${EPISODE}` +
    ')(?![\\w-])',
  'i',
);

function unitOf(word: string): Unit {
  const w = word.toLowerCase();
  return w === 'day' || w === 'week' || w === 'month' || w === 'year' ? w : 'decade';
}

/** Spans of time that date a conflict episode: "the two-year siege" started two years before the anchor. */
export const durationParser: Parser = gatedParser({
  pattern: () => PATTERN,
  extract(context, match) {
    const g = match.groups ?? {};
    let countWord: string | undefined;
    let unitWord: string | undefined;
    if (g.decade) {
      countWord = g.decCount ?? 'a';
      unitWord = 'decade';
    } else {
      // "over the past year" counts one.
      countWord = g.aCount ?? g.bCount ?? g.cCount ?? g.eCount ?? (g.cUnit ? 'one' : undefined);
      unitWord = g.aUnit ?? g.bUnit ?? g.cUnit ?? g.eUnit;
    }
    if (!countWord || !unitWord) return null;
    const count = parseCount(countWord);
    if (count === null || count <= 0) return null;
    return atlasResult(context, match.index ?? 0, match[0], { kind: 'duration', unit: unitOf(unitWord), count });
  },
}, /\b(?:day|week|month|year|decade)s?\b/i);
