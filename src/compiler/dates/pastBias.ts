import { addDays, compareAt, weekdayOf, type CalendarPoint } from './isoDate.ts';

/**
 * News speaks of the past: "on Thursday" is the latest Thursday on or before publication, "in March" the
 * latest March. Only a clause about the future flips the choice to the next one. (Stock chrono does the
 * opposite: it is forward-biased.)
 */
export function weekdayNear(reference: CalendarPoint, weekday: number, future: boolean, strict = false): CalendarPoint {
  // A future weekday is never publication day itself: "will meet on Thursday" in Thursday's paper would say
  // "today". "last Thursday" (strict) is never publication day either.
  if (future) return addDays(reference, (weekday - weekdayOf(reference) + 7) % 7 || 7);
  const back = (weekdayOf(reference) - weekday + 7) % 7 || (strict ? 7 : 0);
  return addDays(reference, -back);
}

/** The year that puts month (and day) on the past side of `reference`, or the future side when asked. */
export function yearNear(reference: CalendarPoint, month: number, day: number | undefined, future: boolean): number {
  const candidate: CalendarPoint = day === undefined ? { y: reference.y, m: month } : { y: reference.y, m: month, d: day };
  const order = compareAt(candidate, reference);
  if (future) return order < 0 ? reference.y + 1 : reference.y;
  return order > 0 ? reference.y - 1 : reference.y;
}

const PART_AFTER = /^\s+(?:night|evening|afternoon|morning)\b/i;
const PART_BEFORE = /\b(?:late|early)\s+(?:on\s+)?$/i;

/**
 * "on Wednesday night" in a Wednesday paper is that very night, whatever the clause's tense: a story filed
 * in the evening tells of the coming night as "Wednesday night", one filed next morning of the night just
 * gone. Never the Wednesday a week later, which a future clause would otherwise pick.
 */
export function isPublicationDayPart(sentence: string, start: number, end: number, weekday: number, published: CalendarPoint | null): boolean {
  if (!published || weekdayOf(published) !== weekday) return false;
  return PART_AFTER.test(sentence.slice(end)) || PART_BEFORE.test(sentence.slice(Math.max(0, start - 12), start));
}
