import { useEffect, useMemo, useRef } from 'react';
import { useFocusWhenAsked } from './useFocusWhenAsked.ts';
import { Marker } from 'react-leaflet';
import type { LeafletKeyboardEvent, Marker as LeafletMarker } from 'leaflet';
import type { MarkerCluster } from './useMarkerLayout.ts';
import { clusterIcon } from './clusterIcon.ts';
import { clusterName } from './clusterName.ts';

interface ClusterMarkerProps {
  cluster: MarkerCluster;
  /** Holds the hovered event (from any view): highlighted like a hovered marker. */
  hovered: boolean;
  onOpen: (cluster: MarkerCluster) => void;
  /** Given when the cluster should take keyboard focus (it holds the event a reader was led to). */
  takeFocus?: (() => void) | undefined;
}

/**
 * A crowd of events as one button, named "N events: …"; a click, Enter or Space opens it (zooms in, or
 * spreads its markers out when zooming cannot separate them).
 * Live: hovered, onOpen, takeFocus. Creation-only: cluster (the parent keys clusters by zoom and cell).
 */
export function ClusterMarker({ cluster, hovered, onOpen, takeFocus }: ClusterMarkerProps) {
  const markerRef = useRef<LeafletMarker>(null);
  const handlers = useMemo(() => ({
    click: () => onOpen(cluster),
    keydown: (e: LeafletKeyboardEvent) => {
      if (e.originalEvent.key !== 'Enter' && e.originalEvent.key !== ' ') return;
      e.originalEvent.preventDefault();
      onOpen(cluster);
    },
  }), [cluster, onOpen]);

  useEffect(function showHover() {
    markerRef.current?.getElement()?.classList.toggle('is-hovered', hovered);
  }, [hovered]);

  useFocusWhenAsked(markerRef, takeFocus);

  return (
    <Marker
      ref={markerRef}
      position={[cluster.lat, cluster.lon]}
      icon={clusterIcon(cluster.members.length)}
      title={clusterName(cluster.members.map((e) => e.title))}
      keyboard
      eventHandlers={handlers}
    />
  );
}
