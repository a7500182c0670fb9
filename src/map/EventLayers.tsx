import { useMemo, useState } from 'react';
import { useMap } from 'react-leaflet';
import { useAppStore } from '../store/appStore.ts';
import { selectMapEvents } from '../store/selectors.ts';
import { buildClusterIndex } from './clusterIndex.ts';
import type { Spread } from './clusterLayout.ts';
import { ContextLabels } from './ContextLabels.tsx';
import { EventMarkers } from './EventMarkers.tsx';
import { PrecisionAreas } from './PrecisionAreas.tsx';
import { useMapView } from './useMapView.ts';
import { useMarkerLayout } from './useMarkerLayout.ts';

/**
 * The events the filters and the time window leave (selectMapEvents), drawn in three layers that share
 * one layout: precision areas, context labels kept clear of the markers, and the markers and clusters.
 * The cluster index is built when the events change; the layout is redone per view (zoom or pan end),
 * selection and spread cluster, and holds only what is in view — a few hundred markers at most.
 */
export function EventLayers() {
  const map = useMap();
  const events = useAppStore(selectMapEvents);
  const selectedId = useAppStore((s) => s.selectedId);
  const hoveredId = useAppStore((s) => s.hoveredId);
  const index = useMemo(() => buildClusterIndex(events, map.getMaxZoom()), [events, map]);
  const view = useMapView();
  // A zoom, or a new index, closes a spread cluster again (clusterLayout ignores a stale one).
  const [spread, setSpread] = useState<Spread | null>(null);
  // Only an event the map shows: a selection the filters hide has no marker.
  const selected = (selectedId && index.byId.get(selectedId)) || null;
  const hovered = (hoveredId && index.byId.get(hoveredId)) || null;
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
