import type { ParsedComponents, ParsingContext, ParsingResult } from 'chrono-node';

/**
 * What one of our own chrono parsers recognised. Chrono results only carry calendar components, but these
 * expressions need the reader's state (the anchor, the year in context) to resolve, so the meaning travels
 * with the result (see atlasMetaOf) and is resolved after parsing.
 */
export type AtlasMeta =
  /** "the day previous", "two days later", "that week", "later that month": relative to the anchor. */
  | {
      kind: 'anchor';
      unit: 'day' | 'week' | 'month' | 'year';
      offset: number;
      span?: boolean;
      /** Followed by what it is relative to: "a day after the vote". */
      complement?: boolean;
      /** "hours later": about the anchor day. */
      approximate?: boolean;
      /** "October of that year", "16 May that year": a month (and day) of the anchor's year. */
      month?: number;
      day?: number;
    }
  /** "last week", "earlier this week", "next weekend": a day range relative to publication. */
  | { kind: 'pubWeek'; offset: number; part: 'week' | 'toDate' | 'fromDate' | 'weekend' | 'latestWeekend' | 'lastSeven' }
  /** "the two-year siege", "for 18 months": a span ending at the anchor. */
  | { kind: 'duration'; unit: 'day' | 'week' | 'month' | 'year' | 'decade'; count: number }
  /** "recently", "for weeks": real but unplaceable. */
  | { kind: 'vague' }
  /**
   * "in 2011", "between 2014 and 2017", "since 2014", "the mid-2010s". `attributive`: the year qualifies a
   * noun ("the 2011 uprising"), naming a past event as background. `decade`: too vague to be the year in
   * context of later bare months.
   */
  | { kind: 'years'; start: number; end?: number; since?: boolean; approximate?: boolean; attributive?: boolean; decade?: boolean }
  /**
   * "early 2015" (months 1–4), "late March" (month, approximate), "in September and October", "between
   * March and May 2015" (a span of months; the year may be inherited).
   */
  | { kind: 'period'; year?: number; month?: number; fromMonth?: number; toMonth?: number; approximate?: boolean }
  /** "on the 9th", "by the 11th": a day of the narrative month. */
  | { kind: 'ordinalDay'; day: number }
  /** "overnight", "this morning": a part of the publication day or of the narrative day. */
  | { kind: 'partOfDay'; part: 'overnight' | 'today' };

// Keyed by the result's components, which carry the meaning wherever chrono or atlasRangeRefiner move them
// (the start of a result, or the end of a range). A WeakMap rather than chrono tags: tags() copies a Set on
// every call and the meaning would need serialising.
const metaOf = new WeakMap<object, AtlasMeta>();

/**
 * Creates a chrono result for one of our parsers. Its date parts are assign()ed, not implied: chrono's merge
 * refiners treat a result with only implied parts as a fragment and glue it onto the previous date, even
 * across a sentence boundary. The assigned values are placeholders; the meta carries the meaning.
 */
export function atlasResult(context: ParsingContext, index: number, text: string, meta: AtlasMeta): ParsingResult {
  const result = context.createParsingResult(index, text);
  const ref = context.refDate;
  result.start.assign('year', ref.getUTCFullYear());
  result.start.assign('month', ref.getUTCMonth() + 1);
  result.start.assign('day', ref.getUTCDate());
  metaOf.set(result.start, meta);
  return result;
}

/** The meaning of one of our results, given its start (or a range's end) components; null for chrono's own. */
export function atlasMetaOf(components: ParsedComponents): AtlasMeta | null {
  return metaOf.get(components) ?? null;
}
