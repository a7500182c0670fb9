import { useEffect } from 'react';
import { appStore } from '../store/appStore.ts';
import type { TimelineHandle } from './useTimelineInstance.ts';

/**
 * With clustering on (a crowded dataset), vis re-clusters only when items change, not on a selection: so
 * the items that gain or lose the selection are written back unchanged, which makes vis cluster again
 * with the criteria that keep the selected event on its own (crowdedTimelineOptions).
 */
export function useSelectedUnclustered(timeline: TimelineHandle | null, clustered: boolean): void {
  useEffect(function reclusterOnSelection() {
    if (!timeline || !clustered) return;
    return appStore.subscribe((state, prev) => {
      if (state.selectedId === prev.selectedId) return;
      const touched = [prev.selectedId, state.selectedId].flatMap((id) => (id === null ? [] : [timeline.items.get(id)].filter((i) => i !== null)));
      if (touched.length > 0) timeline.items.update(touched);
    });
  }, [timeline, clustered]);
}
