/**
 * The app's one store: the only bridge between the map, the timeline and the panels, which never import
 * each other. Actions are plain module functions (zustand's "no store actions" practice), so views and
 * adapters call `selectEvent(id)` without subscribing to anything.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Dataset } from '../compiler/schema.ts';
import type { AppState, TimeWindow, TimelineGrouping } from './appState.ts';
import { noFilters, type Filters } from './filters.ts';
import { selectEventsById, selectFilteredEvents, selectStorySteps } from './selectors.ts';

export { noFilters, type Filters };
export type { AppState, StoryState, TimeWindow, TimelineGrouping } from './appState.ts';

export const emptyDataset: Dataset = { version: 1, documents: [], events: [], actors: [], diagnostics: [] };

export const initialState: AppState = {
  dataset: emptyDataset,
  selectedId: null,
  missingId: null,
  hoveredId: null,
  window: null,
  windowFilter: false,
  filters: noFilters,
  groupBy: 'type',
  story: null,
  storyPace: 8,
};

export const appStore = createStore<AppState>()(() => initialState);

/** React binding: re-renders only when the selected slice changes (Object.is). */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}

/** Replaces the dataset and drops a selection that no longer exists in it. */
export function setDataset(dataset: Dataset): void {
  const { selectedId } = appStore.getState();
  const keep = selectedId !== null && selectEventsById({ ...appStore.getState(), dataset }).has(selectedId);
  appStore.setState({ dataset, selectedId: keep ? selectedId : null, missingId: null });
}

/**
 * Selects an event by id; unknown ids clear the selection rather than point at nothing. In story mode,
 * selecting an event that is a step (a click on its marker) moves the story to that step.
 */
export function selectEvent(id: string | null): void {
  const state = appStore.getState();
  const known = id !== null && selectEventsById(state).has(id);
  const selectedId = known ? id : null;
  // A published link whose event was removed or renamed: remembered, so the details can say so.
  const missingId = id !== null && !known ? id : null;
  if (state.selectedId === selectedId && state.missingId === missingId) return;
  const step = state.story ? selectStorySteps(state).findIndex((s) => s.eventId === selectedId) : -1;
  if (state.story && step >= 0) appStore.setState({ selectedId, missingId, story: { ...state.story, step } });
  else appStore.setState({ selectedId, missingId });
}

/** Skips equal windows so a timeline echoing its own range cannot start an update loop. */
export function setWindow(next: TimeWindow | null): void {
  const current = appStore.getState().window;
  if (current === next) return;
  if (current && next && current.start === next.start && current.end === next.end) return;
  appStore.setState({ window: next });
}

/** Highlights an event on every view; null clears. */
export function setHovered(id: string | null): void {
  if (appStore.getState().hoveredId !== id) appStore.setState({ hoveredId: id });
}

export function setWindowFilter(on: boolean): void {
  if (appStore.getState().windowFilter !== on) appStore.setState({ windowFilter: on });
}

export function setGroupBy(groupBy: TimelineGrouping): void {
  if (appStore.getState().groupBy !== groupBy) appStore.setState({ groupBy });
}

/**
 * Replaces some filter fields; the others keep their values. A selection the new filters hide is cleared
 * in the same update: the details panel (and the link) must not keep an event no view shows.
 */
export function setFilters(patch: Partial<Filters>): void {
  const state = appStore.getState();
  const next = { ...state, filters: { ...state.filters, ...patch } };
  const hidden = next.selectedId !== null && !selectFilteredEvents(next).includes(selectEventsById(next).get(next.selectedId)!);
  appStore.setState(hidden ? { filters: next.filters, selectedId: null } : { filters: next.filters });
}

/** Adds a value to one filter list, or removes it when it is already there. */
export function toggleFilter<K extends Exclude<keyof Filters, 'query'>>(key: K, value: Filters[K][number]): void {
  const list = appStore.getState().filters[key] as string[];
  const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  setFilters({ [key]: next } as Partial<Filters>);
}

export function clearFilters(): void {
  appStore.setState({ filters: noFilters });
}

/**
 * Enters story mode on a step (or moves to it): clamps to the steps there are and selects the step's
 * event, in one update so the views never see the step without its selection. No steps, no story.
 */
export function goToStep(step: number): void {
  const state = appStore.getState();
  const steps = selectStorySteps(state);
  if (steps.length === 0) return;
  const index = Math.min(Math.max(0, Math.trunc(step) || 0), steps.length - 1);
  const playing = (state.story?.playing ?? false) && index < steps.length - 1;
  if (state.story?.step === index && state.story.playing === playing && state.selectedId === steps[index]!.eventId) return;
  appStore.setState({ story: { step: index, playing }, selectedId: steps[index]!.eventId });
}

/** Leaves story mode; the last step's event stays selected. */
export function leaveStory(): void {
  if (appStore.getState().story !== null) appStore.setState({ story: null });
}

/** Starts or stops autoplay (outside story mode there is nothing to play). */
export function setStoryPlaying(playing: boolean): void {
  const { story } = appStore.getState();
  if (story && story.playing !== playing) appStore.setState({ story: { ...story, playing } });
}

export function setStoryPace(seconds: number): void {
  if (seconds > 0 && appStore.getState().storyPace !== seconds) appStore.setState({ storyPace: seconds });
}

/** For tests: back to the initial state. */
export function resetAppStore(): void {
  appStore.setState(initialState, true);
}
