import { compareAt, parseIso, toEventDate, type CalendarPoint } from './isoDate.ts';
import { yearNear } from './pastBias.ts';
import type { ReaderState, Resolution } from './Resolution.ts';

const SINCE_BEFORE = /\bsince\s+(?:early\s+|late\s+|mid-?)?$/i;
// "had been underway since December": a past perfect counts to the story's past, not to publication.
const PAST_PERFECT = /\bhad\b[^,;:.]*$/i;

function withoutContext(r: Resolution): Resolution {
  const copy: Resolution = { ...r, noContext: true };
  delete copy.anchor;
  delete copy.year;
  return copy;
}

/** Where the "since" before the date at `start` begins, or -1. */
export function sinceBefore(sentence: string, start: number): number {
  const from = Math.max(0, start - 20);
  const m = SINCE_BEFORE.exec(sentence.slice(from, start));
  return m ? from + m.index : -1;
}

/**
 * "has carried out 490 strikes since August 1", "underway since December": from the latest such date on or
 * before publication (whatever year the text last wrote: this is about now) to publication. In a past
 * perfect, or without a publication date, the date keeps its own reading and no end is invented. The start
 * does not become the year in context or the anchor: what follows "since" is the background of a present
 * state.
 */
export function resolveSince(r: Resolution, state: ReaderState, sentence: string, start: number): Resolution {
  if (!r.date || r.date.end) return r;
  const point = parseIso(r.date.start);
  const pub = state.published;
  if (!point || !pub || PAST_PERFECT.test(sentence.slice(0, start).replace(SINCE_BEFORE, ''))) {
    return withoutContext(r);
  }
  let from: CalendarPoint = point;
  if (r.year === undefined && r.kind === 'explicit' && point.m !== undefined) {
    from = { ...point, y: yearNear(pub, point.m, point.d, false) };
  }
  if (compareAt(from, pub) > 0) return withoutContext(r);
  const resolution: Resolution = { kind: r.kind, date: toEventDate(from, pub, r.date.approximate), noContext: true };
  if (r.anchoredOn) resolution.anchoredOn = r.anchoredOn;
  return resolution;
}
