import { useCallback, useMemo, useState } from 'react';
import { useMap } from 'react-leaflet';
import type { PlacedEvent } from '../store/selectors.ts';
import { ClusterMarker } from './ClusterMarker.tsx';
import { EventMarker } from './EventMarker.tsx';
import { prefersReducedMotion } from '../browser/prefersReducedMotion.ts';
import { CLUSTER_MIN, eventsIn, expansionZoom, type ClusterIndex } from './clusterIndex.ts';
import type { MarkerCluster, Spread } from './clusterLayout.ts';
import { clusterHolding } from './clusterHolding.ts';
import type { MarkerLayout } from './useMarkerLayout.ts';
import { useRovingFocus } from './useRovingFocus.ts';

/** Events a cluster spreads out per opening, when zooming cannot separate them: a ring that still fits. */
export const SPREAD_BATCH = 24;

interface EventMarkersProps {
  index: ClusterIndex;
  layout: MarkerLayout;
  selectedId: string | null;
  hovered: PlacedEvent | null;
  spread: Spread | null;
  onSpread: (spread: Spread) => void;
}

/**
 * The layout's markers and clusters (useMarkerLayout). Opening a cluster zooms to where supercluster
 * separates it, or, when zooming cannot (same place, or the deepest zoom), spreads its events out where
 * they are, a batch at a time. Keyboard focus then moves to the cluster's first event, or to the smaller
 * cluster holding it, so a keyboard reader is not dropped on the page. All markers and clusters are one
 * Tab stop, with arrow keys between them (useRovingFocus).
 * Live: all props.
 */
export function EventMarkers({ index, layout, selectedId, hovered, spread, onSpread }: EventMarkersProps) {
  const map = useMap();
  const { singles, clusters, clusterZoom: zoom } = layout;
  // The event whose marker (or cluster) takes focus after a cluster opens; `fromKey` is the cluster
  // opened, which must not take it back while the zoom animates.
  const [focusRequest, setFocusRequest] = useState<{ event: PlacedEvent; fromKey: string } | null>(null);
  const focusTaken = useCallback(() => setFocusRequest(null), []);

  /** The key of the marker showing an event: its own, or the cluster's holding it; null when not in view. */
  const keyShowing = useCallback((event: PlacedEvent | null | undefined): string | null => {
    if (!event) return null;
    if (singles.some((s) => s.event.id === event.id)) return event.id;
    const holder = clusterHolding(index, clusters, event, zoom);
    return clusters.find((c) => c.id === holder)?.key ?? null;
  }, [index, singles, clusters, zoom]);
  const hoveredKey = useMemo(() => keyShowing(hovered), [keyShowing, hovered]);
  const focusKey = useMemo(() => (focusRequest ? keyShowing(focusRequest.event) : null), [keyShowing, focusRequest]);

  const rovingItems = useMemo(() => [
    ...clusters.map((c) => ({ key: c.key, lat: c.lat, lon: c.lon })),
    ...singles.map(({ event }) => ({ key: event.id, lat: event.place.lat, lon: event.place.lon })),
  ], [clusters, singles]);
  const { stopKey, roving } = useRovingFocus(rovingItems, selectedId);

  const openCluster = useCallback((cluster: MarkerCluster) => {
    const expansion = expansionZoom(index, cluster.id);
    if (expansion <= map.getMaxZoom()) {
      setFocusRequest({ event: cluster.first, fromKey: cluster.key });
      map.setView([cluster.lat, cluster.lon], expansion, { animate: !prefersReducedMotion() });
      return;
    }
    const before = spread && spread.indexKey === index.key && spread.zoom === zoom && spread.clusterId === cluster.id ? spread.shown : 0;
    let shown = Math.min(before + SPREAD_BATCH, cluster.total);
    // A remainder too small to cluster would stand alone anyway: spread it now.
    if (cluster.total - shown < CLUSTER_MIN) shown = cluster.total;
    const first = eventsIn(index, cluster.id, 1, before)[0];
    setFocusRequest(first ? { event: first, fromKey: cluster.key } : null);
    onSpread({ indexKey: index.key, zoom, clusterId: cluster.id, shown });
  }, [index, map, spread, zoom, onSpread]);

  const asked = (key: string) => (focusRequest && focusRequest.fromKey !== key && focusKey === key ? focusTaken : undefined);
  return (
    <>
      {/* Events before clusters in the document, the order a screen reader browses: an event first, not a crowd. */}
      {singles.map(({ event, offset }) => (
        <EventMarker
          key={event.id}
          event={event}
          selected={event.id === selectedId}
          hovered={event.id === hovered?.id}
          offset={offset}
          takeFocus={asked(event.id)}
          tabStop={event.id === stopKey}
          roving={roving}
        />
      ))}
      {clusters.map((cluster) => (
        <ClusterMarker
          key={cluster.key}
          cluster={cluster}
          hovered={cluster.key === hoveredKey}
          onOpen={openCluster}
          takeFocus={asked(cluster.key)}
          tabStop={cluster.key === stopKey}
          roving={roving}
        />
      ))}
    </>
  );
}
