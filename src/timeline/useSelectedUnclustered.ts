import { useEffect } from 'react';
import { appStore } from '../store/appStore.ts';
import type { TimelineHandle } from './useTimelineInstance.ts';

/** vis's own record of an item: `cluster` is set while the item is drawn inside a cluster. */
interface ItemSetLike { itemSet?: { items?: Record<string, { cluster?: unknown } | undefined> } }

/**
 * With clustering on (a crowded dataset), vis re-clusters only when items change, not on a selection. When
 * the newly selected event sits inside a cluster, it is written back unchanged, which makes vis cluster
 * again with the criteria that keep the selected event on its own (crowdedTimelineOptions). Re-clustering
 * walks every item (~0.7 s at 10k events), so it waits for the frame after the selection's: the details
 * panel and the map answer first. An event already drawn on its own needs nothing.
 */
export function useSelectedUnclustered(timeline: TimelineHandle | null, clustered: boolean): void {
  useEffect(function reclusterOnSelection() {
    if (!timeline || !clustered) return;
    let pending = 0;
    const unsubscribe = appStore.subscribe((state, prev) => {
      const id = state.selectedId;
      if (id === prev.selectedId || id === null) return;
      cancelAnimationFrame(pending);
      pending = requestAnimationFrame(() => setTimeout(() => {
        if (appStore.getState().selectedId !== id) return;
        const record = (timeline.timeline as unknown as ItemSetLike).itemSet?.items?.[id];
        const item = timeline.items.get(id);
        if (record?.cluster && item) timeline.items.update([item]);
      }, 0));
    });
    return () => {
      cancelAnimationFrame(pending);
      unsubscribe();
    };
  }, [timeline, clustered]);
}
