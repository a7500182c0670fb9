/**
 * Human dates that say no more than the text did: "28 September 2017", "March 2017", "2017",
 * "about Sep 2015 – Sep 2017". Fixed English names rather than Intl, so output does not depend on the
 * reader's locale and tests are deterministic.
 */
import type { EventDate } from '../compiler/schema.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

function formatIso(iso: string, short: boolean): string {
  const [year = '', month, day] = iso.split('-');
  if (!month) return year;
  const name = MONTHS[Number(month) - 1] ?? month;
  const monthName = short ? name.slice(0, 3) : name;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** Formats a dataset date by its precision; `null` reads "Date unknown". */
export function formatEventDate(date: EventDate | null): string {
  if (!date) return 'Date unknown';
  const text = date.end && date.end !== date.start
    ? `${formatIso(date.start, true)} – ${formatIso(date.end, true)}`
    : formatIso(date.start, false);
  return date.approximate ? `about ${text}` : text;
}
