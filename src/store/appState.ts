/**
 * The shape of the app's state. Its own module, not appStore's: appStore imports the selectors, and the
 * selectors and the time index name these types, so taking them from appStore made an import loop.
 */
import type { Dataset } from '../compiler/schema.ts';
import type { Filters } from './filters.ts';

/** A visible time span in epoch milliseconds. */
export interface TimeWindow {
  start: number;
  end: number;
}

export type TimelineGrouping = 'type' | 'place';

/** Story mode's position: a 0-based index into `selectStorySteps`, and whether autoplay runs. */
export interface StoryState {
  step: number;
  playing: boolean;
}

export interface AppState {
  dataset: Dataset;
  /** The event shown in the details panel and highlighted on both views. */
  selectedId: string | null;
  /** An id asked for (a link, a host message) that no event has: the panels say so instead of showing nothing. */
  missingId: string | null;
  /** The event under the pointer (or keyboard focus) on any view, highlighted on the others. */
  hoveredId: string | null;
  /** The timeline's window as last set by the user; null until they pan or zoom. */
  window: TimeWindow | null;
  /** When true, the map and list show only events in the visible time window. */
  windowFilter: boolean;
  filters: Filters;
  groupBy: TimelineGrouping;
  /** Null outside story mode. */
  story: StoryState | null;
  /** Seconds per step when the story plays by itself. */
  storyPace: number;
}
