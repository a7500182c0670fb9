/** A date in words with how finely it is known: "March 2017 (known to the month)". */
import type { EventDate } from '../compiler/schema.ts';
import { formatEventDate } from '../data/formatEventDate.ts';

export function describeDate(date: EventDate | null): string {
  if (!date) return formatEventDate(date);
  return `${formatEventDate(date)} (${date.precision})`;
}
