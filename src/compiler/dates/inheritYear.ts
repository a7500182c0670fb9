import { compareAt, isValidDay, weekdayOf, type CalendarPoint } from './isoDate.ts';
import { yearNear } from './pastBias.ts';
import type { ReaderState } from './Resolution.ts';

/**
 * The year of a date written without one ("on 13 November", "in March"): the year the text last wrote out,
 * else the past-biased year relative to publication; null with neither. When the year in context is the
 * publication year (typically from the dateline) the past bias still applies, so "in November" in a piece
 * from February means last November. A weekday given with the date ("Friday 3 March") picks between
 * neighbouring years.
 */
export function inheritYear(
  state: ReaderState,
  month: number,
  day: number | undefined,
  future: boolean,
  weekday?: number,
): number | null {
  const { contextYear, published } = state;
  let year: number;
  if (contextYear !== null && (published === null || contextYear !== published.y)) {
    year = movesForward(state, contextYear, month, day) ? contextYear + 1 : contextYear;
  } else if (published !== null) {
    year = yearNear(published, month, day, future);
  } else if (contextYear !== null) {
    year = contextYear;
  } else {
    return null;
  }
  if (weekday === undefined || day === undefined) return year;
  for (const y of [year, year - 1, year + 1]) {
    if (isValidDay(y, month, day) && weekdayOf({ y, m: month, d: day }) === weekday) return y;
  }
  return year;
}

/**
 * A story told in order moves forward across New Year: after "On 23 October [2020] … ", "On 5 February" is
 * the next February when that is a short step on (at most six months) and not after publication, rather
 * than eight months back. A step back of less than three months stays in the year ("a flashback").
 */
function movesForward(state: ReaderState, year: number, month: number, day: number | undefined): boolean {
  const { anchor, published } = state;
  // Only a day read after a day ("On 5 February" after "On 23 October"): a bare month ("shut in March")
  // after a dated event is as often a month of the same year.
  if (day === undefined || !anchor || anchor.y !== year || anchor.m === undefined || anchor.d === undefined) return false;
  const back = anchor.m - month;
  if (back < 3 || 12 - back > 6) return false;
  return !isAfter({ y: year + 1, m: month, d: day }, published);
}

/** Whether a point lies after publication (at the coarser precision of the two). */
export function isAfter(point: CalendarPoint, published: CalendarPoint | null): boolean {
  return published !== null && compareAt(point, published) > 0;
}
