/** A date in words with how finely it is known: "March 2017 (month)", for the details panel and print. */
import type { EventDate } from '../compiler/schema.ts';
import { formatEventDate } from './formatEventDate.ts';
import { DATE_PRECISION_TABLE } from './precisions.ts';

export function describeDate(date: EventDate | null): string {
  if (!date) return formatEventDate(date);
  return `${formatEventDate(date)} (${DATE_PRECISION_TABLE[date.precision].word})`;
}
