import type { ParsingReference } from 'chrono-node';
import { atlasMetaOf } from './atlasMeta.ts';
import type { DateMention, DateReader } from './DateMention.ts';
import { isFutureClause } from './futureClause.ts';
import { compareAt, parseIso, type CalendarPoint } from './isoDate.ts';
import { mayHoldDate } from './mayHoldDate.ts';
import { newsChrono } from './newsChrono.ts';
import { resolveAtlas } from './resolveAtlas.ts';
import { resolveDuration } from './resolveDuration.ts';
import { resolveResult } from './resolveResult.ts';
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

/**
 * Creates the date reader for one document. `published` is `YYYY-MM-DD` or null. Sentences must be read in
 * document order: the reader carries the anchor date and the year in context from one to the next.
 */
export function createDateReader(published: string | null): DateReader {
  const pub = published === null ? null : parseIso(published);
  if (published !== null && (pub === null || pub.d === undefined)) {
    throw new Error(`createDateReader: published must be YYYY-MM-DD, got "${published}"`);
  }
  const state: ReaderState = { published: pub, contextYear: null, anchor: null };
  const reference = referenceOf(pub);

  return {
    read(sentence: string): DateMention[] {
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
        const clauseFuture = isFutureClause(sentence, start, end);
        if (meta?.kind === 'duration') {
          durations.push({ mention, meta, future: clauseFuture });
          mentions.push(mention);
          continue;
        }
        // "on Saturday, a day after the UN called for a truce": the relative dates the event it names, a day
        // before the date just given, and must not move the anchor.
        // "two days after the UN voted" with no date named yet counts from an event we cannot date.
        const apposition = meta?.kind === 'anchor' && meta.complement === true && resolvedPoints.length > 0;
        const unanchored = meta?.kind === 'anchor' && meta.complement === true && !apposition && !state.anchor;
        const resolution = unanchored
          ? unresolved('relative to an event without a date')
          : apposition
            ? resolveAtlas({ ...meta, offset: -meta.offset }, { ...state, anchor: resolvedPoints.at(-1)?.point ?? null }, clauseFuture)
            : resolveResult(r, state, clauseFuture);
        if (!resolution) continue;
        // A flashback ("having visited Tunis the day before") does not move the story's time: "two days
        // later" in the next sentence counts from the main date, not from the flashback.
        const flashback = meta?.kind === 'anchor' && meta.offset < 0 && state.anchor !== null;
        if (apposition || flashback) delete resolution.anchor;
        mention.date = resolution.date;
        mention.kind = resolution.kind;
        if (resolution.unresolved) mention.unresolved = resolution.unresolved;
        if (resolution.future || (clauseFuture && isStillAhead(resolution, state))) mention.future = true;
        // A year far past publication names a plan ("the 2030 agenda"), not the story's time.
        if (resolution.year !== undefined && (pub === null || resolution.year <= pub.y + 1)) state.contextYear = resolution.year;
        if (resolution.anchor) state.anchor = resolution.anchor;
        const point = endPoint(resolution);
        if (point) resolvedPoints.push({ at: start, point });
        mentions.push(mention);
      }

      for (const { mention, meta, future } of durations) {
        const nearest = resolvedPoints.reduce<{ at: number; point: CalendarPoint } | null>((best, p) => {
          if (!sameClause(sentence, p.at, mention.start)) return best;
          return best === null || Math.abs(p.at - mention.start) < Math.abs(best.at - mention.start) ? p : best;
        }, null);
        const resolution = resolveDuration(meta, nearest?.point ?? state.published, future);
        mention.date = resolution.date;
        if (resolution.unresolved) mention.unresolved = resolution.unresolved;
        if (future && resolution.date) mention.future = true;
      }
      return mentions;
    },
  };
}
