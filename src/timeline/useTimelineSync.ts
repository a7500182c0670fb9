import { useEffect, type RefObject } from 'react';
import { appStore, type AppState } from '../store/appStore.ts';
import { itemAreaWidth } from './itemAreaWidth.ts';
import type { TimelineEnvironment } from './timelineProps.ts';
import { updateTimeline, type TimelineLike, type TimelineProps } from './updateTimeline.ts';
import { prefersReducedMotion } from '../browser/prefersReducedMotion.ts';

/**
 * Keeps the timeline in step with the store through `store.subscribe`, not React renders: hover and
 * window changes arrive often and touch one item or the window, so they never re-render the component.
 * Previous props belong to one instance: a new one (StrictMode remount) starts from nothing.
 */
export function useTimelineSync(
  timeline: TimelineLike | null,
  container: RefObject<HTMLElement | null>,
  toProps: (state: AppState, env: TimelineEnvironment) => TimelineProps,
): void {
  useEffect(function syncTimelineWithStore() {
    if (!timeline) return;
    let prev: TimelineProps | null = null;
    let applied: AppState | null = null;
    let frame = 0;
    let task: ReturnType<typeof setTimeout> | undefined;
    const cancel = () => {
      cancelAnimationFrame(frame);
      clearTimeout(task);
    };
    const apply = (state: AppState) => {
      cancel();
      const env = {
        reduceMotion: prefersReducedMotion(),
        width: itemAreaWidth(container.current),
      };
      const next = toProps(state, env);
      updateTimeline(timeline, next, prev);
      prev = next;
      applied = state;
    };
    // A selection or hover alone waits for the frame that paints the details and the list, then a task:
    // vis's redraw (a layout of the whole page at 84k events: ~90 ms) no longer delays that answer.
    // Anything else applies at once: a window must not lag a wheel that keeps turning (the late update would
    // pull vis back to the older window).
    const follow = (state: AppState) => {
      if (!applied || !onlyPointed(state, applied)) return apply(state);
      cancel();
      frame = requestAnimationFrame(() => { task = setTimeout(() => apply(appStore.getState())); });
    };
    apply(appStore.getState());
    const unsubscribe = appStore.subscribe(follow);
    return () => {
      cancel();
      unsubscribe();
    };
  }, [timeline, container, toProps]);
}

/** Whether only what the reader points at (selection, hover) changed since the state last applied. */
function onlyPointed(state: AppState, applied: AppState): boolean {
  return state.dataset === applied.dataset && state.filters === applied.filters && state.groupBy === applied.groupBy
    && state.window === applied.window && state.story === applied.story;
}
