import type { EventDate } from '../schema.ts';

/** The days an ISO date of any precision covers, as [first, last] day numbers since the epoch. */
export function dateInterval(date: EventDate): [number, number] {
  return [dayNumber(date.start, 'first'), dayNumber(date.end ?? date.start, 'last')];
}

/**
 * Merging compares dates some million times over a large corpus. Plain "YYYY", "YYYY-MM" and "YYYY-MM-DD"
 * (every date the compiler writes) are counted with integer arithmetic, which costs less than the
 * WeakMap that used to cache them (170,000 keys weighed on every garbage collection); anything else goes
 * through `Date.UTC` as before, so the numbers are the same for every input (dateInterval.test.ts).
 */
export function dayNumber(iso: string, edge: 'first' | 'last'): number {
  const n = iso.length;
  if ((n === 4 || n === 7 || n === 10) && isDigits(iso, 0, 4) && (n === 4 || (iso.charCodeAt(4) === 45 && isDigits(iso, 5, 2))) && (n < 10 || (iso.charCodeAt(7) === 45 && isDigits(iso, 8, 2)))) {
    const y = digits(iso, 0, 4);
    const m = n >= 7 ? digits(iso, 5, 2) : 0;
    // Date.UTC reads years 0–99 as 1900–1999, and rolls months over: leave those to it.
    if (y >= 100 && m <= 12 && (n === 4 || m >= 1)) {
      if (n === 10) return civilDays(y, m, digits(iso, 8, 2));
      if (n === 7) return edge === 'first' ? civilDays(y, m, 1) : m === 12 ? civilDays(y + 1, 1, 1) - 1 : civilDays(y, m + 1, 1) - 1;
      return edge === 'first' ? civilDays(y, 1, 1) : civilDays(y, 12, 31);
    }
  }
  return utcDayNumber(iso, edge);
}

function isDigits(s: string, from: number, count: number): boolean {
  for (let i = from; i < from + count; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function digits(s: string, from: number, count: number): number {
  let v = 0;
  for (let i = from; i < from + count; i++) v = v * 10 + (s.charCodeAt(i) - 48);
  return v;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil); `d` may overflow its month, as in Date.UTC. */
function civilDays(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** The reference: what every date went through before, and what unusual ones still do. */
export function utcDayNumber(iso: string, edge: 'first' | 'last'): number {
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
