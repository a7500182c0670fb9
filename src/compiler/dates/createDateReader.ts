import type { ParsingReference } from 'chrono-node';
import { atlasMetaOf } from './atlasMeta.ts';
import { inBackgroundClause, inSinceClause } from './backgroundClause.ts';
import type { DateMention, DateReader, ReadOptions } from './DateMention.ts';
import { isFutureClause } from './futureClause.ts';
import { joinRelativeYear } from './joinRelativeYear.ts';
import { compareAt, parseIso, precisionOf, type CalendarPoint } from './isoDate.ts';
import { mayHoldDate } from './mayHoldDate.ts';
import { isPublicationDayPart } from './pastBias.ts';
import { newsChrono } from './newsChrono.ts';
import { boundYears } from './plausibleYear.ts';
import { resolveAtlas } from './resolveAtlas.ts';
import { resolveDuration } from './resolveDuration.ts';
import { resolveResult } from './resolveResult.ts';
import { resolveSince, sinceBefore } from './resolveSince.ts';
import { unresolved, type ReaderState, type Resolution } from './Resolution.ts';

// Without a publication date chrono still needs a reference; every value derived from it is discarded
// (publication-relative results are reported unresolved), so any fixed instant will do.
const NO_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

function referenceOf(published: CalendarPoint | null): ParsingReference {
  const instant = published ? new Date(Date.UTC(published.y, (published.m ?? 1) - 1, published.d ?? 1, 12)) : NO_REFERENCE;
  return { instant, timezone: 0 };
}

function endPoint(r: Resolution): CalendarPoint | null {
  if (!r.date) return null;
  return parseIso(r.date.end ?? r.date.start);
}

/** The future flag is only worth setting for dates that are still to come at publication. */
function isStillAhead(r: Resolution, state: ReaderState): boolean {
  const end = endPoint(r);
  return end !== null && (state.published === null || compareAt(end, state.published) >= 0);
}

/** "The 1969 coup brought him to power; he ruled for 42 years": a duration ends at a date of its own clause. */
function sameClause(sentence: string, a: number, b: number): boolean {
  return !/[;:—()]/.test(sentence.slice(Math.min(a, b), Math.max(a, b)));
}

// A sentence that reports a statement: "…," said Türk. / The ministry said… / according to the UN.
const REPORTS_STATEMENT = /\b(?:said|says|told|stated|added|warned|noted|declared|announced|reported|according to)\b|^["“]/i;

/**
 * Where a span with no date in its own clause ends: at the date of the statement just told, when the
 * sentence reports that statement ("On 26 September, Türk warned… 'Over the past two weeks…,' said Türk"),
 * else at publication.
 */
function durationEnd(sentence: string, state: ReaderState): { point: CalendarPoint | null; on: DateMention['anchoredOn'] } {
  const { anchor, published } = state;
  const justGiven = anchor !== null && state.anchorAge <= 1 && precisionOf(anchor) === 'day';
  if (justGiven && REPORTS_STATEMENT.test(sentence) && (published === null || compareAt(anchor, published) < 0)) {
    return { point: anchor, on: 'narrative' };
  }
  return { point: published, on: 'publication' };
}

/**
 * Creates the date reader for one document. `published` is `YYYY-MM-DD` or null. Sentences must be read in
 * document order: the reader carries the anchor date and the year in context from one to the next.
 */
export function createDateReader(published: string | null): DateReader {
  const pub = published === null ? null : parseIso(published);
  if (published !== null && (pub === null || pub.d === undefined)) {
    throw new Error(`createDateReader: published must be YYYY-MM-DD, got "${published}"`);
  }
  const state: ReaderState = { published: pub, contextYear: null, anchor: null, anchorAge: Infinity };
  const reference = referenceOf(pub);

  /** What a resolved date teaches about the rest of the story: its year, and the date to count from. */
  function remember(resolution: Resolution): void {
    if (resolution.year !== undefined && !resolution.noContext) {
      // A year far past publication names a plan ("the 2030 agenda"), not the story's time.
      if (pub === null || resolution.year <= pub.y + 1) state.contextYear = resolution.year;
    } else if (resolution.anchoredOn === 'publication' && resolution.anchor) {
      // "on Monday", "last week", "three years ago": the story has come back to the time of writing, so a
      // later "in May" is the latest May again, not a May of the year an earlier paragraph wrote out.
      state.contextYear = resolution.anchor.y;
    }
    if (resolution.anchor) {
      state.anchor = resolution.anchor;
      state.anchorAge = 0;
    }
  }

  return {
    read(sentence: string, options: ReadOptions = {}): DateMention[] {
      state.anchorAge++;
      if (!mayHoldDate(sentence)) return [];
      const mentions: DateMention[] = [];
      const durations: Array<{ mention: DateMention; meta: Parameters<typeof resolveDuration>[0]; future: boolean }> = [];
      const resolvedPoints: Array<{ at: number; point: CalendarPoint }> = [];

      for (const r of newsChrono.parse(sentence, reference)) {
        const meta = atlasMetaOf(r.start);
        // Chrono keeps the comma of "on Thursday," in its match.
        const text = r.text.replace(/[\s,;:]+$/, '');
        const start = r.index;
        const end = r.index + text.length;
        const mention: DateMention = { text, start, end, date: null, kind: 'duration' };
        const weekday = !meta && r.start.isCertain('weekday') && !r.start.isCertain('month') ? r.start.get('weekday') : null;
        const tonight = weekday !== null && isPublicationDayPart(sentence, start, end, weekday, pub);
        const clauseFuture = isFutureClause(sentence, start, end);
        // The clause may still speak of the future ("will strike on Wednesday night"): flagged, but dated tonight.
        const resolveAhead = clauseFuture && !tonight;
        if (meta?.kind === 'duration') {
          durations.push({ mention, meta, future: clauseFuture });
          mentions.push(mention);
          continue;
        }
        // "on Saturday, a day after the UN called for a truce": the relative dates the event it names, a day
        // before the date just given, and must not move the anchor.
        // "two days after the UN voted" with no date named yet counts from an event we cannot date.
        const complement = meta?.kind === 'anchor' && meta.complement === true;
        const apposition = complement && resolvedPoints.length > 0;
        const unanchored = complement && !apposition && !state.anchor;
        let resolution = unanchored
          ? unresolved('relative to an event without a date')
          : apposition
            ? resolveAtlas({ ...meta, offset: -meta.offset }, { ...state, anchor: resolvedPoints.at(-1)?.point ?? null }, resolveAhead)
            : resolveResult(r, state, resolveAhead);
        if (!resolution) continue;
        const since = !meta || (meta.kind === 'period' && meta.month !== undefined) ? sinceBefore(sentence, start) : -1;
        if (since >= 0) {
          resolution = resolveSince(resolution, state, sentence, start);
          // The mention is the whole span, "since August 1", as "since 2014" is.
          mention.start = since;
          mention.text = sentence.slice(since, end);
        }
        // An impossible year neither dates the event nor anchors the dates after it.
        resolution = boundYears(resolution);
        // A flashback ("having visited Tunis the day before") does not move the story's time: "two days
        // later" in the next sentence counts from the main date, not from the flashback.
        const flashback = meta?.kind === 'anchor' && meta.offset < 0 && state.anchor !== null;
        if (apposition || flashback) delete resolution.anchor;
        const background =
          options.background === true ||
          (meta?.kind === 'years' && meta.attributive === true) ||
          inBackgroundClause(sentence, start, resolution.date?.precision) ||
          inSinceClause(sentence, start);
        mention.date = resolution.date;
        mention.kind = resolution.kind;
        if (resolution.anchoredOn && resolution.date) mention.anchoredOn = resolution.anchoredOn;
        if (complement) mention.complement = true;
        if (background) mention.background = true;
        if (resolution.unresolved) mention.unresolved = resolution.unresolved;
        if (resolution.future || (clauseFuture && isStillAhead(resolution, state))) mention.future = true;
        if (!background) remember(resolution);
        const point = endPoint(resolution);
        if (point) resolvedPoints.push({ at: start, point });
        mentions.push(mention);
      }

      const joined = joinRelativeYear(mentions, sentence);
      if (joined && !options.background) {
        state.anchor = joined;
        state.anchorAge = 0;
      }

      for (const { mention, meta, future } of durations) {
        const nearest = resolvedPoints.reduce<{ at: number; point: CalendarPoint } | null>((best, p) => {
          if (!sameClause(sentence, p.at, mention.start)) return best;
          return best === null || Math.abs(p.at - mention.start) < Math.abs(best.at - mention.start) ? p : best;
        }, null);
        const end = nearest ? { point: nearest.point, on: 'sentence' as const } : future ? { point: state.published, on: 'publication' as const } : durationEnd(sentence, state);
        const resolution = boundYears(resolveDuration(meta, end.point, future));
        mention.date = resolution.date;
        if (resolution.date) mention.anchoredOn = end.on;
        if (resolution.unresolved) mention.unresolved = resolution.unresolved;
        if (future && resolution.date) mention.future = true;
        if (options.background) mention.background = true;
      }
      return mentions;
    },
  };
}
