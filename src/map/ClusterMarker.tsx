import { useEffect, useMemo, useRef } from 'react';
import { useFocusWhenAsked } from './useFocusWhenAsked.ts';
import { Marker } from 'react-leaflet';
import type { LeafletKeyboardEvent, Marker as LeafletMarker } from 'leaflet';
import type { MarkerCluster } from './clusterLayout.ts';
import { clusterIcon } from './clusterIcon.ts';
import { clusterName } from './clusterName.ts';
import { useRovingTabStop } from './useRovingTabStop.ts';
import type { RovingFocus } from './useRovingFocus.ts';

interface ClusterMarkerProps {
  cluster: MarkerCluster;
  /** Holds the hovered event (from any view): highlighted like a hovered marker. */
  hovered: boolean;
  onOpen: (cluster: MarkerCluster) => void;
  /** Given when the cluster should take keyboard focus (it holds the event a reader was led to). */
  takeFocus?: (() => void) | undefined;
  /** Whether it is the markers' one Tab stop. */
  tabStop: boolean;
  roving: RovingFocus;
}

/**
 * A crowd of events as one button, named "N events: <counts by type>. <first titles>…"; a click, Enter or
 * Space opens it (zooms in, or spreads its markers out when zooming cannot separate them); arrow keys
 * move to the next marker. Live: cluster (its count and types change when the selection is taken out of
 * it), hovered, onOpen, takeFocus, tabStop. Creation-only: roving, and cluster.key (the parent keys by it).
 */
export function ClusterMarker({ cluster, hovered, onOpen, takeFocus, tabStop, roving }: ClusterMarkerProps) {
  const markerRef = useRef<LeafletMarker>(null);
  const icon = clusterIcon(cluster.count, cluster.byType);
  const name = clusterName(cluster.count, cluster.byType, cluster.titles);
  const handlers = useMemo(() => ({
    click: () => onOpen(cluster),
    keydown: (e: LeafletKeyboardEvent) => {
      const { key } = e.originalEvent;
      if (key === 'Enter' || key === ' ') onOpen(cluster);
      else if (!roving.move(cluster.key, key)) return;
      e.originalEvent.preventDefault();
    },
  }), [cluster, onOpen, roving]);

  useEffect(function showState() {
    const marker = markerRef.current;
    if (!marker) return;
    // react-leaflet sets `title` once; the name changes when the selection leaves or joins the cluster.
    marker.options.title = name;
    const element = marker.getElement();
    element?.setAttribute('title', name);
    element?.classList.toggle('is-hovered', hovered);
    // The icon is a dependency: a new icon is a new element, which needs the state again.
  }, [name, hovered, icon]);

  // Before useFocusWhenAsked: its focus must find the roving listener in place.
  useRovingTabStop(markerRef, cluster.key, tabStop, roving, icon);
  useFocusWhenAsked(markerRef, takeFocus);

  return (
    <Marker
      ref={markerRef}
      position={[cluster.lat, cluster.lon]}
      icon={icon}
      title={name}
      keyboard
      eventHandlers={handlers}
    />
  );
}
