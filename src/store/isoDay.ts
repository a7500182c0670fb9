/**
 * Days as `YYYY-MM-DD` in local time, for the `from`/`to` link parameters. Local, not UTC, because
 * vis-timeline draws its axis in local time (see data/eventTimeSpan.ts): a link's "1 March" is the
 * 1 March the reader sees on the axis.
 */
import { localDate } from '../data/localDate.ts';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The local calendar day an instant falls on. */
export function isoDay(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Local midnight at the start of a `YYYY-MM-DD` day, in epoch ms (NaN when malformed). */
export function dayStart(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return NaN;
  return localDate(y, m - 1, d).getTime();
}

/** The `YYYY-MM-DD` day after a `YYYY-MM-DD` day (by the calendar, so a 23-hour DST day is one day too). */
export function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return isoDay(localDate(y ?? NaN, (m ?? NaN) - 1, (d ?? NaN) + 1).getTime());
}
