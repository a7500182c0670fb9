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
    const apply = (state: AppState) => {
      const env = {
        reduceMotion: prefersReducedMotion(),
        width: itemAreaWidth(container.current),
      };
      const next = toProps(state, env);
      updateTimeline(timeline, next, prev);
      prev = next;
    };
    apply(appStore.getState());
    return appStore.subscribe(apply);
  }, [timeline, container, toProps]);
}
