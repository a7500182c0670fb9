import { useEffect, useMemo, useRef } from 'react';
import { useFocusWhenAsked } from './useFocusWhenAsked.ts';
import { Marker } from 'react-leaflet';
import type { LeafletKeyboardEvent, Marker as LeafletMarker } from 'leaflet';
import type { MarkerCluster } from './useMarkerLayout.ts';
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
  /** The key the map's roving focus knows this cluster by, and whether it is the markers' one Tab stop. */
  rovingKey: string;
  tabStop: boolean;
  roving: RovingFocus;
}

/**
 * A crowd of events as one button, named "N events: …"; a click, Enter or Space opens it (zooms in, or
 * spreads its markers out when zooming cannot separate them); arrow keys move to the next marker.
 * Live: hovered, onOpen, takeFocus, tabStop. Creation-only: cluster, rovingKey (the parent keys clusters
 * by zoom and cell), roving.
 */
export function ClusterMarker({ cluster, hovered, onOpen, takeFocus, rovingKey, tabStop, roving }: ClusterMarkerProps) {
  const markerRef = useRef<LeafletMarker>(null);
  const icon = clusterIcon(cluster.members.length);
  const handlers = useMemo(() => ({
    click: () => onOpen(cluster),
    keydown: (e: LeafletKeyboardEvent) => {
      const { key } = e.originalEvent;
      if (key === 'Enter' || key === ' ') onOpen(cluster);
      else if (!roving.move(rovingKey, key)) return;
      e.originalEvent.preventDefault();
    },
  }), [cluster, onOpen, roving, rovingKey]);

  useEffect(function showHover() {
    markerRef.current?.getElement()?.classList.toggle('is-hovered', hovered);
  }, [hovered]);

  // Before useFocusWhenAsked: its focus must find the roving listener in place.
  useRovingTabStop(markerRef, rovingKey, tabStop, roving, icon);
  useFocusWhenAsked(markerRef, takeFocus);

  return (
    <Marker
      ref={markerRef}
      position={[cluster.lat, cluster.lon]}
      icon={icon}
      title={clusterName(cluster.members.map((e) => e.title))}
      keyboard
      eventHandlers={handlers}
    />
  );
}
