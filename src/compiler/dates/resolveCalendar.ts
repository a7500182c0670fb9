import type { ParsedComponents } from 'chrono-node';
import { addDays, compareAt, isValidDay, precisionOf, toEventDate, weekdayOf, type CalendarPoint } from './isoDate.ts';
import { inheritYear } from './inheritYear.ts';
import { weekdayNear } from './pastBias.ts';
import { unresolved, type ReaderState, type Resolution } from './Resolution.ts';

/** The parts of a chrono result this file reads; a range end can be passed on its own. */
interface ParsedResult {
  text: string;
  start: ParsedComponents;
  end?: ParsedComponents | undefined;
}

const RELATIVE_WORDS = /\b(?:this|last|next|past|coming|ago|today|tonight|yesterday|tomorrow)\b/i;

function certain(c: ParsedComponents, part: 'year' | 'month' | 'day' | 'weekday'): number | undefined {
  return c.isCertain(part) ? (c.get(part) ?? undefined) : undefined;
}

/** Stock chrono relatives ("yesterday", "three days ago", "last month") count from the reference we gave it. */
function isPublicationRelative(r: ParsedResult): boolean {
  for (const tag of r.start.tags()) {
    if (tag === 'result/relativeDate' || tag.startsWith('casualReference/') || tag === 'parser/ENCasualDateParser') {
      return true;
    }
  }
  return RELATIVE_WORDS.test(r.text);
}

function publicationRelative(r: ParsedResult, state: ReaderState): Resolution {
  if (!state.published) return unresolved('relative to publication, but the document has no publication date');
  const c = r.start;
  const y = c.get('year') ?? state.published.y;
  const m = c.get('month') ?? 1;
  const d = c.get('day') ?? 1;
  const casual = [...r.start.tags()].some((t) => t.startsWith('casualReference/'));
  const point: CalendarPoint = c.isCertain('day') || casual ? { y, m, d } : c.isCertain('month') ? { y, m } : { y };
  // "a week ago" is not meant to the day.
  const resolution: Resolution = {
    kind: 'relative',
    anchoredOn: 'publication',
    date: toEventDate(point, undefined, /\bweeks?\b/i.test(r.text)),
    anchor: point,
  };
  if (/\b(?:next|coming|tomorrow)\b|^in\s/i.test(r.text)) resolution.future = true;
  return resolution;
}

function weekdayOnly(r: ParsedResult, weekday: number, state: ReaderState, future: boolean): Resolution {
  const next = /\bnext\b/i.test(r.text);
  if (state.published) {
    const point = weekdayNear(state.published, weekday, future || next, /\blast\b/i.test(r.text));
    return { kind: 'relative', anchoredOn: 'publication', date: toEventDate(point), anchor: point };
  }
  // Without a publication date, a narrative moves forward from the last day it named.
  if (state.anchor && precisionOf(state.anchor) === 'day') {
    const point = addDays(state.anchor, (weekday - weekdayOf(state.anchor) + 7) % 7);
    return { kind: 'relative', anchoredOn: 'narrative', date: toEventDate(point), anchor: point };
  }
  return unresolved('weekday without publication date or earlier date');
}

/**
 * One end of an explicit date; `fallbackYear` comes from the other end of a range. 'no year' when the year
 * can be neither read nor inherited, null when this is no calendar date (31 April, a day without a month).
 */
function point(c: ParsedComponents, state: ReaderState, future: boolean, fallbackYear?: number): CalendarPoint | 'no year' | null {
  const m = certain(c, 'month');
  const d = certain(c, 'day');
  if (m === undefined) return null;
  const y = certain(c, 'year') ?? fallbackYear ?? inheritYear(state, m, d, future, certain(c, 'weekday'));
  if (y === null) return 'no year';
  if (d === undefined) return { y, m };
  return isValidDay(y, m, d) ? { y, m, d } : null;
}

/**
 * Resolves a stock chrono result from its *certain* components only: what chrono implied (a year, a day)
 * came from its forward-biased guess, so the year and past bias are decided here instead.
 */
export function resolveCalendar(r: ParsedResult, state: ReaderState, future: boolean): Resolution | null {
  const weekday = certain(r.start, 'weekday');
  if (weekday !== undefined && certain(r.start, 'month') === undefined) {
    return weekdayOnly(r, weekday, state, future);
  }
  if (isPublicationRelative(r)) return publicationRelative(r, state);
  const endYear = r.end ? certain(r.end, 'year') : undefined;
  const start = point(r.start, state, future, endYear);
  if (start === 'no year') return unresolved('no year in context or publication date', 'explicit');
  if (!start) return null;
  const endPoint = r.end ? point(r.end, state, future, start.y) : null;
  let end = typeof endPoint === 'object' ? endPoint : null;
  // "from November to February" crosses a year boundary.
  if (end && endYear === undefined && compareAt(end, start) < 0) end = { ...end, y: end.y + 1 };
  const startYear = certain(r.start, 'year');
  const year = endYear ?? startYear;
  const resolution: Resolution = { kind: 'explicit', date: toEventDate(start, end ?? undefined), anchor: end ?? start };
  if (year !== undefined) resolution.year = year;
  // Chrono implies the start year from the end ("16 May until 23 October 2015"); a start after the end
  // means the range crossed New Year.
  if (end && startYear === undefined && endYear !== undefined && compareAt(start, end) > 0) {
    resolution.date = toEventDate({ ...start, y: start.y - 1 }, end);
  }
  return resolution;
}
