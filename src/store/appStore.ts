/**
 * The app's one store: the only bridge between the map, the timeline and the panels, which never import
 * each other. Actions are plain module functions (zustand's "no store actions" practice), so views and
 * adapters call `selectEvent(id)` without subscribing to anything.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Dataset } from '../compiler/schema.ts';

/** A visible time span in epoch milliseconds. */
export interface TimeWindow {
  start: number;
  end: number;
}

export interface AppState {
  dataset: Dataset;
  /** The event shown in the details panel and highlighted on both views. */
  selectedId: string | null;
  /** The timeline's window as last set by the user; null until they pan or zoom. */
  window: TimeWindow | null;
}

export const emptyDataset: Dataset = { version: 1, documents: [], events: [], actors: [], diagnostics: [] };

export const initialState: AppState = { dataset: emptyDataset, selectedId: null, window: null };

export const appStore = createStore<AppState>()(() => initialState);

/** React binding: re-renders only when the selected slice changes (Object.is). */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}

/** Replaces the dataset and drops a selection that no longer exists in it. */
export function setDataset(dataset: Dataset): void {
  const { selectedId } = appStore.getState();
  const keep = selectedId !== null && dataset.events.some((e) => e.id === selectedId);
  appStore.setState({ dataset, selectedId: keep ? selectedId : null });
}

/** Selects an event by id; unknown ids clear the selection rather than point at nothing. */
export function selectEvent(id: string | null): void {
  const known = id !== null && appStore.getState().dataset.events.some((e) => e.id === id);
  const selectedId = known ? id : null;
  if (appStore.getState().selectedId !== selectedId) appStore.setState({ selectedId });
}

/** Skips equal windows so a timeline echoing its own range cannot start an update loop. */
export function setWindow(next: TimeWindow | null): void {
  const current = appStore.getState().window;
  if (current === next) return;
  if (current && next && current.start === next.start && current.end === next.end) return;
  appStore.setState({ window: next });
}

/** For tests: back to the initial state. */
export function resetAppStore(): void {
  appStore.setState(initialState, true);
}
