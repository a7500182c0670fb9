import type { DatePrecision } from '../schema.ts';
import type { AtlasMeta } from './atlasMeta.ts';
import { addDays, addMonths, coarser, precisionOf, toEventDate, truncate, type CalendarPoint } from './isoDate.ts';
import { unresolved, type Resolution } from './Resolution.ts';

type Duration = Extract<AtlasMeta, { kind: 'duration' }>;

// A span measured in years is known to about a month, one measured in decades to about a year.
const PRECISION: Record<Duration['unit'], DatePrecision> = {
  day: 'day', week: 'day', month: 'month', year: 'month', decade: 'year',
};

function lengthInDays(d: Duration): number {
  const perUnit = { day: 1, week: 7, month: 30, year: 365, decade: 3652 }[d.unit];
  return Math.round(d.count * perUnit);
}

function lengthInMonths(d: Duration): number {
  const perUnit = { day: 1 / 30, week: 7 / 30, month: 1, year: 12, decade: 120 }[d.unit];
  return Math.round(d.count * perUnit);
}

function shift(p: CalendarPoint, d: Duration, sign: number): CalendarPoint {
  const precision = precisionOf(p);
  if (precision === 'day') return addDays(p, sign * lengthInDays(d));
  if (precision === 'month') return addMonths(p, sign * lengthInMonths(d));
  return { y: p.y + sign * Math.round(lengthInMonths(d) / 12) };
}

/**
 * A duration is an approximate range that ends at its anchor: the date given in the same sentence if any
 * ("the two-year siege ended in July 2017"), else publication ("the two-year siege" in a 2017 piece).
 * In a clause about the future ("will stay for 18 months") it starts there instead.
 */
export function resolveDuration(d: Duration, anchor: CalendarPoint | null, future: boolean): Resolution {
  if (!anchor) return unresolved('duration without a date in its clause or a publication date', 'duration');
  const precision = coarser(PRECISION[d.unit], precisionOf(anchor));
  const at = truncate(anchor, precision);
  const date = future ? toEventDate(at, shift(at, d, 1), true) : toEventDate(shift(at, d, -1), at, true);
  return { kind: 'duration', date };
}
