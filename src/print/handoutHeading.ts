/** The handout's heading in words: what it contains and when it was printed. Pure: the clock is passed in. */
import type { AppState } from '../store/appStore.ts';
import { formatEventDate } from '../data/formatEventDate.ts';
import { isoDay } from '../store/isoDay.ts';
import { selectActorsById, selectDocumentsById, selectFilteredEvents, selectStorySteps } from '../store/selectors.ts';
import { describeFilters } from './describeFilters.ts';

export interface HandoutHeading {
  /** "6 of 12 events by date, filtered by type: Battle", or "Benghazi under siege: a story in 5 steps". */
  contents: string;
  /** "Printed 27 November 2025". */
  printed: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function storyContents(state: AppState, filters: string | null): string {
  const steps = `a story in ${plural(selectStorySteps(state).length, 'step')}`;
  const authored = state.dataset.story;
  // An authored story is whole whatever the filters; without one, the story walks the filtered events.
  if (authored?.steps.length) return authored.title ? `${authored.title}: ${steps}` : `A${steps.slice(1)}`;
  return `A${steps.slice(1)}, the events by date${filters ? `, filtered by ${filters}` : ''}`;
}

export function handoutHeading(state: AppState, now: number): HandoutHeading {
  const printed = `Printed ${formatEventDate({ start: isoDay(now), precision: 'day' })}`;
  const filters = describeFilters(state.filters, selectActorsById(state), selectDocumentsById(state));
  if (state.story !== null) return { contents: storyContents(state, filters), printed };
  const total = state.dataset.events.length;
  const count = filters
    ? `${selectFilteredEvents(state).length} of ${plural(total, 'event')}`
    : total === 1 ? '1 event' : `All ${total} events`;
  return { contents: `${count} by date${filters ? `, filtered by ${filters}` : ''}`, printed };
}
