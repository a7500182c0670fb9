import { useEffect, useMemo, useState } from 'react';
import { useMap } from 'react-leaflet';
import { afterFirstPaint } from '../browser/afterFirstPaint.ts';
import { appStore, useAppStore } from '../store/appStore.ts';
import { selectEventsById, selectMapEvents } from '../store/selectors.ts';
import { buildClusterIndex } from './clusterIndex.ts';
import type { Spread } from './clusterLayout.ts';
import { ContextLabels } from './ContextLabels.tsx';
import { EventMarkers } from './EventMarkers.tsx';
import { PrecisionAreas } from './PrecisionAreas.tsx';
import { selectHoveredOnMap, selectSelectedOnMap } from './selectSelectedOnMap.ts';
import { useMapView } from './useMapView.ts';
import { useMarkerLayout } from './useMarkerLayout.ts';

/**
 * The events the filters and the time window leave (selectMapEvents), drawn in three layers that share
 * one layout: precision areas, context labels kept clear of the markers, and the markers and clusters.
 * The cluster index is built when the events change (from their places, so a timeline drag with the
 * window filter on rebuilds it from a few hundred places, not tens of thousands of events); the layout is
 * redone per view (zoom or pan end), selection and spread cluster, and holds only what is in view — a few
 * hundred markers at most.
 */
export function EventLayers() {
  const map = useMap();
  const events = useAppStore(selectMapEvents);
  const selectedId = useAppStore((s) => s.selectedId);
  // Only events the map shows: a selection the filters hide has no marker. Read from the store in O(1).
  const selected = useAppStore(selectSelectedOnMap);
  const hovered = useAppStore(selectHoveredOnMap);
  const index = useMemo(() => buildClusterIndex(events, map.getMaxZoom()), [events, map]);
  const dataset = useAppStore((s) => s.dataset);
  useEffect(function buildLookupWhenIdle() {
    // selectOnMap finds the selection and the hover by id: build that map (once per dataset) while the page
    // is idle after it is drawn, not on the first hover, where at 84k events it was a 20 ms hitch in a drag.
    return afterFirstPaint(() => selectEventsById(appStore.getState()), 2000);
  }, [dataset]);
  const view = useMapView();
  // A zoom, or a new index, closes a spread cluster again (clusterLayout ignores a stale one).
  const [spread, setSpread] = useState<Spread | null>(null);
  const layout = useMarkerLayout(index, view, selected, spread);
  const shown = useMemo(() => layout.singles.map((s) => s.event), [layout]);

  return (
    <>
      <PrecisionAreas shown={shown} selected={selected} hovered={hovered} />
      <ContextLabels layout={layout} selectedId={selectedId} />
      <EventMarkers index={index} layout={layout} selectedId={selectedId} hovered={hovered} spread={spread} onSpread={setSpread} />
    </>
  );
}
