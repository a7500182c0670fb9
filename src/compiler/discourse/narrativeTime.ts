import { dateInterval } from '../events/dateInterval.ts';
import type { EventDate, Source } from '../schema.ts';

/**
 * The time the story is at: the last date an event was told at. A sentence that gives no date of its own
 * is told at that time ("Rebels took the town in August 2011. Residents fled."), within its paragraph. A
 * new paragraph keeps it only while it is the news of the day (within a month before publication): an
 * article's background paragraphs ("In 2014, …") do not date the paragraphs after them.
 */
export interface Narrative {
  /** `local`: told in the same paragraph, not carried over from an earlier one. */
  dateFor(paragraph: number): { date: EventDate; source: Source; local: boolean } | undefined;
  tell(date: EventDate, paragraph: number, source: Source): void;
}

const DAY = 1;
const RECENT_DAYS = 31;

export function createNarrative(published: string | null): Narrative {
  const pubDay = published ? dateInterval({ start: published, precision: 'day' })[0] : null;
  let current: { date: EventDate; paragraph: number; source: Source } | undefined;
  const isRecent = (date: EventDate) => {
    if (pubDay === null) return false;
    const [, end] = dateInterval(date);
    return end <= pubDay + DAY && end >= pubDay - RECENT_DAYS;
  };
  return {
    dateFor(paragraph) {
      if (!current) return undefined;
      const local = current.paragraph === paragraph;
      if (local || isRecent(current.date)) return { date: current.date, source: current.source, local };
      return undefined;
    },
    tell(date, paragraph, source) {
      current = { date, paragraph, source };
    },
  };
}
