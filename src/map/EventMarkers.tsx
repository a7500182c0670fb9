import { useCallback, useMemo, useState } from 'react';
import { useMap } from 'react-leaflet';
import { LatLngBounds } from 'leaflet';
import { useAppStore } from '../store/appStore.ts';
import { selectMapEvents } from '../store/selectors.ts';
import { ClusterMarker } from './ClusterMarker.tsx';
import { EventMarker } from './EventMarker.tsx';
import { prefersReducedMotion } from '../browser/prefersReducedMotion.ts';
import { useMapZoom } from './useMapZoom.ts';
import { useMarkerLayout, type MarkerCluster } from './useMarkerLayout.ts';
import { useRovingFocus } from './useRovingFocus.ts';

/** A cluster's key among the markers' keys (event ids). */
const clusterKey = (cluster: MarkerCluster) => `cluster:${cluster.key}`;

/** Clusters opened in place at one zoom; zooming closes them again. */
interface Expanded {
  zoom: number;
  ids: ReadonlySet<string>;
}

/**
 * The events the filters and the time window leave (selectMapEvents), as markers and clusters; inside
 * MapContainer, since the layout depends on the zoom. Opening a cluster zooms to its events, or, when
 * zooming would not separate them (same place, or the deepest zoom), spreads them out where they are.
 * Keyboard focus then moves to the cluster's first event, so a keyboard reader is not dropped on the page.
 * All markers and clusters are one Tab stop, with arrow keys between them (useRovingFocus).
 */
export function EventMarkers() {
  const map = useMap();
  const events = useAppStore(selectMapEvents);
  const selectedId = useAppStore((s) => s.selectedId);
  const hoveredId = useAppStore((s) => s.hoveredId);
  const zoom = useMapZoom();
  const [expanded, setExpanded] = useState<Expanded | null>(null);
  // The event whose marker (or new cluster) takes focus after a cluster opens; `fromKey` is the cluster
  // opened, which must not take it back while the zoom animates.
  const [focusRequest, setFocusRequest] = useState<{ id: string; fromKey: string } | null>(null);
  const focusTaken = useCallback(() => setFocusRequest(null), []);

  const keep = useMemo(() => {
    const ids = new Set(expanded?.zoom === zoom ? expanded.ids : []);
    if (selectedId) ids.add(selectedId);
    return ids;
  }, [expanded, zoom, selectedId]);
  const { singles, clusters } = useMarkerLayout(events, zoom, keep);
  const rovingItems = useMemo(() => [
    ...clusters.map((c) => ({ key: clusterKey(c), lat: c.lat, lon: c.lon })),
    ...singles.map(({ event }) => ({ key: event.id, lat: event.place.lat, lon: event.place.lon })),
  ], [clusters, singles]);
  const { stopKey, roving } = useRovingFocus(rovingItems, selectedId);

  const openCluster = useCallback((cluster: MarkerCluster) => {
    const bounds = new LatLngBounds(cluster.members.map((e) => [e.place.lat, e.place.lon]));
    const target = Math.min(map.getBoundsZoom(bounds.pad(0.5)), map.getMaxZoom());
    const first = cluster.members[0];
    setFocusRequest(first ? { id: first.id, fromKey: cluster.key } : null);
    if (target > map.getZoom() + 0.25) map.fitBounds(bounds.pad(0.5), { animate: !prefersReducedMotion() });
    else setExpanded({ zoom: map.getZoom(), ids: new Set(cluster.members.map((e) => e.id)) });
  }, [map]);

  return (
    <>
      {clusters.map((cluster) => (
        <ClusterMarker
          key={cluster.key}
          cluster={cluster}
          hovered={cluster.members.some((e) => e.id === hoveredId)}
          onOpen={openCluster}
          takeFocus={focusRequest && focusRequest.fromKey !== cluster.key && cluster.members.some((e) => e.id === focusRequest.id) ? focusTaken : undefined}
          rovingKey={clusterKey(cluster)}
          tabStop={clusterKey(cluster) === stopKey}
          roving={roving}
        />
      ))}
      {singles.map(({ event, offset }) => (
        <EventMarker
          key={event.id}
          event={event}
          selected={event.id === selectedId}
          hovered={event.id === hoveredId}
          offset={offset}
          takeFocus={event.id === focusRequest?.id ? focusTaken : undefined}
          tabStop={event.id === stopKey}
          roving={roving}
        />
      ))}
    </>
  );
}
