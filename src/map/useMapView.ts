import { useEffect, useState } from 'react';
import { useMapEvents } from 'react-leaflet';
import type { Map as LeafletMap } from 'leaflet';
import type { Bbox } from './clusterLayout.ts';

export interface MapView {
  zoom: number;
  /** The view's box with half a view's margin on each side, so a short pan finds its markers drawn. */
  bbox: Bbox;
}

function viewOf(map: LeafletMap): MapView {
  const b = map.getBounds().pad(0.5);
  return { zoom: map.getZoom(), bbox: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] };
}

const sameView = (a: MapView, b: MapView) => a.zoom === b.zoom && a.bbox.every((x, i) => x === b.bbox[i]);

/**
 * The map's zoom and bounds as React state, updated when a move or zoom ends (Leaflet fires `moveend`
 * after both), not on every animation frame: the markers are laid out once per view.
 */
export function useMapView(): MapView {
  const map = useMapEvents({ moveend: () => setView(viewOf(map)) });
  const [view, setView] = useState(() => viewOf(map));
  // A move made before the listener was attached (InitialFrame frames the map in an earlier sibling's
  // effect, without animation, so its moveend comes first) would leave the layout at the container's
  // first zoom until the reader moved the map: read the view again once listening.
  useEffect(function catchUp() {
    setView((known) => {
      const now = viewOf(map);
      return sameView(known, now) ? known : now;
    });
  }, [map]);
  return view;
}
