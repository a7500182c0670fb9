/**
 * Turns a dataset date into the span of time it covers. A month-precision date is the whole month, never
 * its first day (see schema.ts), so `2017-03` spans 1 March to 1 April. Local-time midnights, because
 * vis-timeline draws its axis in local time: a UTC midnight would sit at 02:00 in Paris. Built with
 * `localDate`, never `new Date(y, m, d)`, which would turn the year 99 into 1999.
 */
import type { DatePrecision, EventDate } from '../compiler/schema.ts';
import { localDate } from './localDate.ts';

/** A span [start, end) in local time. */
export interface TimeSpan {
  start: Date;
  end: Date;
}

function parts(iso: string): [number, number, number] {
  const [y = 'NaN', m = '1', d = '1'] = iso.split('-');
  return [Number(y), Number(m) - 1, Number(d)];
}

/** The first instant of the precision unit an ISO date names. */
export function unitStart(iso: string): Date {
  const [y, m, d] = parts(iso);
  return localDate(y, m, d);
}

/** The first instant after the precision unit an ISO date names (exclusive end). */
export function unitEnd(iso: string, precision: DatePrecision): Date {
  const [y, m, d] = parts(iso);
  if (precision === 'year') return localDate(y + 1, 0, 1);
  if (precision === 'month') return localDate(y, m + 1, 1);
  return localDate(y, m, d + 1);
}

/** The whole span an event date covers, from the start of its first unit to the end of its last. */
export function eventTimeSpan(date: EventDate): TimeSpan {
  return { start: unitStart(date.start), end: unitEnd(date.end ?? date.start, date.precision) };
}
