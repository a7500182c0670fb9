import type { EventDate } from '../schema.ts';
import type { DateMention } from './DateMention.ts';
import { parseIso, type CalendarPoint } from './isoDate.ts';

const RELATIVE_YEAR = /^(?:last|this|next|the\s+previous)\s+year$/i;
const BETWEEN = /^\s*,?\s*(?:of\s+)?$/;

function shiftYear(date: EventDate, year: number): EventDate {
  const delta = year - Number(date.start.slice(0, 4));
  const move = (iso: string) => `${Number(iso.slice(0, 4)) + delta}${iso.slice(4)}`;
  return { ...date, start: move(date.start), ...(date.end ? { end: move(date.end) } : {}) };
}

/**
 * "on 5 May last year", "in March this year": the relative year is the year of the date before it. Stock
 * chrono reads them as two dates, the first in whatever year the past bias gives. Joins each such pair into
 * one mention, counted from publication (and unresolved without it). Returns the joined date's last point,
 * which the story now speaks of, or null when nothing was joined.
 */
export function joinRelativeYear(mentions: DateMention[], sentence: string): CalendarPoint | null {
  let last: CalendarPoint | null = null;
  for (let i = mentions.length - 1; i > 0; i--) {
    const [date, year] = [mentions[i - 1]!, mentions[i]!];
    if (!RELATIVE_YEAR.test(year.text) || date.kind !== 'explicit' || !BETWEEN.test(sentence.slice(date.end, year.start))) continue;
    if (!date.date || date.date.precision === 'year' || /\b(?:19|20)\d\d\b/.test(date.text)) continue;
    const joined: DateMention = { ...date, text: sentence.slice(date.start, year.end), end: year.end, kind: 'relative' };
    if (year.date) {
      joined.date = shiftYear(date.date, Number(year.date.start.slice(0, 4)));
      joined.anchoredOn = 'publication';
      last ??= parseIso(joined.date.end ?? joined.date.start);
    } else {
      joined.date = null;
      joined.unresolved = year.unresolved ?? 'relative to publication, but the document has no publication date';
      delete joined.anchoredOn;
    }
    mentions.splice(i - 1, 2, joined);
  }
  return last;
}
