import type { EventDate } from '../schema.ts';
import { unresolved, type Resolution } from './Resolution.ts';

/**
 * The years a date may have. The contract writes years with four digits (`YYYY`), so "8325327 days ago"
 * (year -20775) or "5000 years ago" (-2981) cannot be data: they are reported, not published (issue 16.3).
 */
export const FIRST_YEAR = 1000;
export const LAST_YEAR = 9999;

/** Before this an event is history the news rarely reports as an event; it is kept, with a warning. */
export const MODERN_YEAR = 1900;

/** The years a date spans: its start and its end. `parseInt` reads a negative year as the sign it has. */
export function yearsOf(date: EventDate): number[] {
  return [date.start, date.end ?? date.start].map((iso) => Number.parseInt(iso, 10));
}

/** The first year of `date` outside FIRST_YEAR…LAST_YEAR, or undefined when both ends fit. */
export function yearOutOfRange(date: EventDate): number | undefined {
  return yearsOf(date).find((y) => !(y >= FIRST_YEAR && y <= LAST_YEAR));
}

/** How an out-of-range date's `unresolved` reason begins, for the reader to know it. */
export const OUT_OF_RANGE = 'year out of range';

/** A resolution whose date has an impossible year becomes unresolved, so it neither dates nor anchors. */
export function boundYears(resolution: Resolution): Resolution {
  const year = resolution.date ? yearOutOfRange(resolution.date) : undefined;
  if (year === undefined) return resolution;
  return unresolved(`${OUT_OF_RANGE} (${year}; expected ${FIRST_YEAR}–${LAST_YEAR})`, resolution.kind);
}
