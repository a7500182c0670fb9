import type { DatePrecision } from '../schema.ts';

const shape = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Whether `text` is a real calendar date at year, month or day precision. The schema's regex accepts
 * `2017-13` and `2017-02-30`; an editor's typo must not reach the timeline as an impossible date.
 */
export function isCalendarDate(text: string): boolean {
  const m = shape.exec(text);
  if (!m) return false;
  const [, year, month, day] = m;
  if (month === undefined) return true;
  const mm = Number(month);
  if (mm < 1 || mm > 12) return false;
  if (day === undefined) return true;
  const dd = Number(day);
  // Day 0 of the next month is the last day of this one; UTC avoids any local-time surprise.
  const daysInMonth = new Date(Date.UTC(Number(year), mm, 0)).getUTCDate();
  return dd >= 1 && dd <= daysInMonth;
}

/** The precision a date's own parts carry: `2017` is a year, `2017-03` a month, `2017-03-14` a day. */
export function precisionOf(text: string): DatePrecision {
  const parts = text.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}
