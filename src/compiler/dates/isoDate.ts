import type { DatePrecision, EventDate } from '../schema.ts';

/**
 * A calendar point known to year, month or day: the missing parts are unknown, not "the first". Precision is
 * read from which parts are present, so a point can never claim more than the text gave.
 */
export interface CalendarPoint {
  y: number;
  m?: number;
  d?: number;
}

const RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

export function precisionOf(p: CalendarPoint): DatePrecision {
  if (p.m === undefined) return 'year';
  return p.d === undefined ? 'month' : 'day';
}

export function coarser(a: DatePrecision, b: DatePrecision): DatePrecision {
  return RANK[a] <= RANK[b] ? a : b;
}

/** Drops the parts finer than `precision`. */
export function truncate(p: CalendarPoint, precision: DatePrecision): CalendarPoint {
  if (precision === 'year') return { y: p.y };
  if (precision === 'month') return p.m === undefined ? { y: p.y } : { y: p.y, m: p.m };
  return p;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function formatIso(p: CalendarPoint): string {
  const y = String(p.y).padStart(4, '0');
  if (p.m === undefined) return y;
  return p.d === undefined ? `${y}-${pad(p.m)}` : `${y}-${pad(p.m)}-${pad(p.d)}`;
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null for anything else. */
export function parseIso(iso: string): CalendarPoint | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return null;
  const p: CalendarPoint = { y: Number(m[1]) };
  if (m[2] !== undefined) p.m = Number(m[2]);
  if (m[3] !== undefined) p.d = Number(m[3]);
  return p;
}

/**
 * Builds the dataset's EventDate. A range takes the coarser precision of its two ends, and a range whose ends
 * collapse to the same value at that precision becomes a single date.
 */
export function toEventDate(start: CalendarPoint, end?: CalendarPoint, approximate = false): EventDate {
  const precision = end ? coarser(precisionOf(start), precisionOf(end)) : precisionOf(start);
  const s = formatIso(truncate(start, precision));
  const e = end ? formatIso(truncate(end, precision)) : undefined;
  const date: EventDate = { start: s, precision };
  if (e !== undefined && e !== s) {
    date.start = e < s ? e : s;
    date.end = e < s ? s : e;
  }
  if (approximate) date.approximate = true;
  return date;
}

function utc(p: CalendarPoint): Date {
  return new Date(Date.UTC(p.y, (p.m ?? 1) - 1, p.d ?? 1));
}

function fromUtc(d: Date): CalendarPoint {
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}

export function addDays(p: CalendarPoint, days: number): CalendarPoint {
  const d = utc(p);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/** Month arithmetic on a month-precision point (the day, if any, is dropped). */
export function addMonths(p: CalendarPoint, months: number): CalendarPoint {
  const index = p.y * 12 + (p.m ?? 1) - 1 + months;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

/** 0 = Sunday … 6 = Saturday, as in JavaScript and chrono. */
export function weekdayOf(p: CalendarPoint): number {
  return utc(p).getUTCDay();
}

/** Compares at the coarser precision of the two points: 2017-03 equals 2017-03-14. */
export function compareAt(a: CalendarPoint, b: CalendarPoint): number {
  const precision = coarser(precisionOf(a), precisionOf(b));
  const x = formatIso(truncate(a, precision));
  const y = formatIso(truncate(b, precision));
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A real calendar day (rejects 31 April). */
export function isValidDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
