import type { EventDate } from '../schema.ts';

/** The days an ISO date of any precision covers, as [first, last] day numbers since the epoch. */
export function dateInterval(date: EventDate): [number, number] {
  let span = spans.get(date);
  if (!span) {
    span = [dayNumber(date.start, 'first'), dayNumber(date.end ?? date.start, 'last')];
    spans.set(date, span);
  }
  return span;
}

/** Merging compares each date many times; dates are never mutated, so their spans are cached. */
const spans = new WeakMap<EventDate, [number, number]>();

function dayNumber(iso: string, edge: 'first' | 'last'): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number?, number?];
  const ms =
    d !== undefined
      ? Date.UTC(y, m! - 1, d)
      : m !== undefined
        ? edge === 'first' ? Date.UTC(y, m - 1, 1) : Date.UTC(y, m, 0)
        : edge === 'first' ? Date.UTC(y, 0, 1) : Date.UTC(y, 11, 31);
  return Math.round(ms / 86_400_000);
}

/**
 * Whether two dates can describe the same event. Two single dates must overlap (a month contains its
 * days). Two ranges must mostly coincide: a two-year siege and a two-year battle are one thing. A range
 * and a single date never are: a day of fighting inside a siege is an event of its own.
 */
export function datesOverlap(a: EventDate, b: EventDate): boolean {
  const [a0, a1] = dateInterval(a);
  const [b0, b1] = dateInterval(b);
  if (a0 > b1 || b0 > a1) return false;
  if (!a.end && !b.end) return true;
  if (!a.end || !b.end) return false;
  const shared = Math.min(a1, b1) - Math.max(a0, b0) + 1;
  return shared >= 0.5 * Math.max(a1 - a0 + 1, b1 - b0 + 1);
}

const precisionRank = { day: 0, month: 1, year: 2 } as const;

/** The more informative of two compatible dates: finer precision, then exact over approximate. */
export function finerDate(a: EventDate, b: EventDate): EventDate {
  if (precisionRank[a.precision] !== precisionRank[b.precision]) return precisionRank[a.precision] < precisionRank[b.precision] ? a : b;
  if (!!a.approximate !== !!b.approximate) return a.approximate ? b : a;
  return a;
}
