import type { ParsingResult, Refiner } from 'chrono-node';
import { atlasMetaOf } from './atlasMeta.ts';

const NAME_AFTER = /^\s+(?:[A-Z]|(?:revolution|uprising|brigade|martyrs|movement|coalition)\b)/;
const MONTH_INTRO = /^(?:In|By|Since|Until|Till|From|During|Through|Throughout|Last|Next|This|Early|Late|Mid|Between|Before|After|Around|Since|Of|On)$/;
const FULL_WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;

function hasDatePart(r: ParsingResult): boolean {
  return ['year', 'month', 'day', 'weekday'].some((c) => r.start.isCertain(c as 'year'));
}

function isNonDate(r: ParsingResult, text: string): boolean {
  if (atlasMetaOf(r.start)) return false;
  const tags = [...r.tags()];
  const relative = tags.includes('result/relativeDate');
  const casual = tags.some((t) => t.startsWith('casualReference/'));
  // "now" is the time of writing, not the date of an event.
  if (/^(?:right\s+)?now$/i.test(r.text)) return true;
  // A bare clock time ("at 9pm") dates nothing by itself.
  if (!hasDatePart(r) && !casual) return true;
  // "Sun", "Wed" alone are more often words or abbreviations than days.
  if (r.start.isCertain('weekday') && !r.start.isCertain('month') && !FULL_WEEKDAY.test(r.text)) return true;
  // News capitalises month names: lowercase "march" and "may" are a noun and a verb.
  if (r.start.isCertain('month') && !r.start.isCertain('year') && !/[A-Z]/.test(r.text)) return true;
  // "5/6" without a year is as likely a score or a ratio as a date.
  if (tags.includes('parser/SlashDateFormatParser') && !r.start.isCertain('year')) return true;
  // "in 24 hours", "within two days", "in two weeks": lengths of time far more often than future dates.
  if (relative && /^(?:in|within)\s/i.test(r.text)) return true;
  if (relative && /\b(?:hours?|minutes?|seconds?|hrs?|mins?)\b/i.test(r.text)) return true;
  // "the 17 February Revolution", "the 7 April Brigade": a yearless date inside a proper name.
  if (!r.start.isCertain('year') && /^the\s+$/i.test(text.slice(Math.max(0, r.index - 4), r.index))) {
    if (NAME_AFTER.test(text.slice(r.index + r.text.length))) return true;
  }
  // "Theresa May", "Prime Minister May": a month alone after a capitalised word that is not a preposition.
  if (r.start.isCertain('month') && !r.start.isCertain('day') && !r.start.isCertain('year')) {
    const before = /([A-Z][a-z]+)\s+$/.exec(text.slice(Math.max(0, r.index - 30), r.index))?.[1];
    if (before && !MONTH_INTRO.test(before)) return true;
  }
  return false;
}

/** Drops what chrono reads as dates but news means otherwise. Runs last, after chrono's merges. */
export const nonDateRefiner: Refiner = {
  refine: (context, results) => results.filter((r) => !isNonDate(r, context.text)),
};
